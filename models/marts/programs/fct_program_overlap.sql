{#-
    How many people each pair of programs both touched (fct_person_program_touches):
    one row per ordered pair, the diagonal (a program with itself) being the
    people the program touched at all, and the share of those the other
    program also reached.
-#}
with

touches as (

    select
        person_id,
        org_id,
        program
    from {{ ref('fct_person_program_touches') }}

),

pairs as (

    select
        first_program.org_id,
        first_program.program,
        second_program.program as other_program,
        count(distinct first_program.person_id) as people_in_both
    from touches as first_program
    inner join touches as second_program
        on first_program.person_id = second_program.person_id
    group by first_program.org_id, first_program.program, second_program.program

),

totals as (

    select
        org_id,
        program,
        count(distinct person_id) as people_touched
    from touches
    group by org_id, program

)

select
    pairs.org_id,
    pairs.program,
    pairs.other_program,
    pairs.people_in_both,
    totals.people_touched,
    cast(pairs.people_in_both as {{ dbt.type_float() }}) / totals.people_touched as share_also_in_other
from pairs
inner join totals
    on pairs.org_id = totals.org_id and pairs.program = totals.program
