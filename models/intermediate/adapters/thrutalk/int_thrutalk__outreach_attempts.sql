{#- ThruTalk attempts: every dial, with the caller named by the export's caller columns. -#}
{{ config(enabled=movement_360.m360_adapter_enabled('thrutalk')) }}

{%- set caller_id = movement_360.m360_named_account_id('caller_email', 'caller_phone_number', 'caller_first_name', 'caller_last_name') %}

select
    {{ movement_360.m360_outreach_attempt_select({
        'attempt_key': movement_360.m360_surrogate_key(["'thrutalk'", 'dial_key']),
        'org_id': 'org_id',
        'source_system': "'thrutalk'",
        'source_table': 'source_table',
        'source_id': 'source_id',
        'person_record_key': movement_360.m360_person_record_key('thrutalk', 'daily_campaign_dials', 'dial_key'),
        'channel': "'phone'",
        'attempted_at': 'dialed_at',
        'result': "coalesce(" ~ movement_360.m360_outreach_result('result') ~ ", 'other')",
        'result_label': 'result',
        'is_contact': movement_360.m360_result_is_contact(movement_360.m360_outreach_result('result')),
        'campaign_name': 'campaign_name',
        'canvasser_key': movement_360.m360_canvasser_key('thrutalk', 'caller', caller_id),
        'canvasser_source_id': caller_id,
    }) }}
from {{ ref('stg_thrutalk__daily_campaign_dials') }}
