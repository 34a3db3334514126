{#-
    One row per person and program that touched them: door, phone, text and
    relational outreach they received, events they signed up for or attended,
    and digital actions (petitions, forms, donations). The silos made visible:
    see fct_program_overlap.
-#}
with

touches as (

    select
        person_id,
        org_id,
        program,
        occurred_at
    from {{ ref('int_journey__actions_unioned') }}
    where
        person_id is not null
        and (
            (action_category = 'outreach_received' and program in ('door', 'phone', 'text', 'relational'))
            or program in ('events', 'digital')
        )

)

select
    person_id,
    min(org_id) as org_id,
    program,
    min(occurred_at) as first_touched_at,
    max(occurred_at) as last_touched_at,
    count(*) as touches
from touches
group by person_id, program
