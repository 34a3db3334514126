{#-
    The external id comparator on this warehouse: whether two id keys are one
    keying slip apart (m360_ids_one_slip: a character changed or two
    neighbours swapped), both as the warehouse decides it (DuckDB: a Damerau
    distance) and spelled out per position (every warehouse): the answers must
    be the same everywhere. Returns the pairs whose answer is not the expected
    one.
-#}

with

cases as (

    {#- left, right, one slip apart -#}
    select
        'member_number:1480251' as left_key, 'member_number:1480351' as right_key, true as is_one_slip
    union all select 'member_number:8882475', 'member_number:8882745', true
    union all select 'member_number:1480251', 'member_number:148251', false
    union all select 'member_number:148251', 'member_number:1480251', false
    union all select 'member_number:1480251', 'member_number:14802510', false
    union all select 'member_number:1480251', 'member_number:2480251', true
    union all select 'member_number:1480251', 'member_number:1480259', true
    union all select 'member_number:1480251', 'member_number:1402519', false
    union all select 'member_number:1480251', 'member_number:1480251', false
    union all select 'member_number:1480251', 'member_number:1480315', false
    union all select 'member_number:1480251', 'member_number:9999999', false
    union all select 'member_number:1480251', 'member_number:14802', false
    union all select 'state_voter_id:ab12345678cd', 'state_voter_id:ab12345687cd', true
    union all select 'state_voter_id:ab12345678cd', 'state_voter_id:ab12543678cd', false

),

levels as (

    select
        *,
        {{ movement_360.m360_ids_one_slip('left_key', 'right_key') }} as got_one_slip,
        {{ movement_360.m360_ids_one_slip('left_key', 'right_key', mode='portable') }} as got_portable
    from cases

)

select *
from levels
where got_one_slip <> is_one_slip or got_portable <> is_one_slip
