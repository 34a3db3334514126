{#- Every action and outreach of every person in time order (int_journey__actions_unioned holds the union and the Mobilize/VAN de-duplication). -#}
select
    action_key,
    person_id,
    org_id,
    source_system,
    source_table,
    source_id,
    person_record_key,
    action_category,
    action_type,
    occurred_at,
    program,
    event_or_form_id,
    event_or_form_name,
    event_type,
    role,
    detail,
    amount,
    also_source_system,
    also_source_id,
    occurred_on,
    action_number
from {{ ref('int_journey__actions_unioned') }}
