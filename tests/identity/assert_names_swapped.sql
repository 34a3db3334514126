{#-
    m360_names_swapped: given and family names entered in each other's fields, exactly or with a
    slip on either side, are 'swapped'; a shared family name, a person whose first and last names
    are one word, and two different people are not. Returns the cases decided wrongly.
-#}
with

cases as (

    {#- id, left first and last name keys, right first and last name keys, swapped -#}
    select
        1 as case_id, 'elizabeth' as left_first, 'stephenson' as left_last,
        'stephenson' as right_first, 'elizabeth' as right_last, true as is_swapped
    union all select 2, 'elizbeth', 'stephenson', 'stephenson', 'elizabeth', true
    union all select 3, 'melissa', 'redmond', 'rednond', 'melissa', true
    union all select 4, 'ethan', 'bartel', 'bartle', 'etahn', true
    union all select 5, 'ryan', 'smith', 'smith', 'ryan', true
    union all select 6, 'james', 'james', 'james', 'james', false
    union all select 7, 'maria', 'lopez', 'maria', 'lopez', false
    union all select 8, 'samantha', 'noble', 'drechsler', 'samantha', false
    union all select 9, 'ryan', 'smith', 'smith', 'joel', false

),

left_names as (

    select case_id, left_first as first_name_key, left_last as last_name_key from cases

),

right_names as (

    select case_id, right_first as first_name_key, right_last as last_name_key from cases

),

decided as (

    select
        cases.*,
        {{ movement_360.m360_names_swapped('left_names', 'right_names') }} as got_swapped
    from cases
    inner join left_names on cases.case_id = left_names.case_id
    inner join right_names on cases.case_id = right_names.case_id

)

select * from decided where got_swapped <> is_swapped
