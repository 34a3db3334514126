{#- Spoke actions: survey answers a texter recorded for a campaign contact (question responses). -#}
{{ config(enabled=movement_360.m360_adapter_enabled('spoke')) }}

select
    {{ movement_360.m360_action_select({
        'action_key': movement_360.m360_surrogate_key(["'spoke'", "'survey_response'", 'responses.question_response_key']),
        'org_id': 'responses.org_id',
        'source_system': "'spoke'",
        'source_table': 'responses.source_table',
        'source_id': 'responses.source_id',
        'person_record_key': movement_360.m360_person_record_key('spoke', 'campaign_contact', 'responses.campaign_contact_key'),
        'action_type': "'survey_response'",
        'occurred_at': 'responses.created_at',
        'program': "'text'",
        'event_or_form_id': 'cast(responses.interaction_step_id as ' ~ dbt.type_string() ~ ')',
        'event_or_form_name': 'steps.question',
        'detail': 'responses.response_value',
    }) }}
from {{ ref('stg_spoke__question_response') }} as responses
left join {{ ref('stg_spoke__interaction_step') }} as steps
    on responses.interaction_step_key = steps.interaction_step_key
