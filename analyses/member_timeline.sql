-- A member's full timeline: every action and every outreach received, in order, with the tool and id
-- each came from. Set the person with `dbt compile --vars '{person_id: ...}'`, or paste an id below.
{%- set person_id = var('person_id', 'paste a person_id from dim_people') %}

select
    actions.action_number,
    actions.occurred_at,
    actions.action_category,
    actions.action_type,
    actions.program,
    actions.event_or_form_name,
    actions.event_type,
    actions.role,
    actions.detail,
    actions.amount,
    actions.source_system,
    actions.source_id,
    people.first_name,
    people.last_name
from {{ ref('fct_person_actions') }} as actions
inner join {{ ref('dim_people') }} as people
    on actions.person_id = people.person_id
where actions.person_id = '{{ person_id }}'
order by actions.action_number
