{#-
    ThruTalk person records: the export has no contact id, so every dial is a
    record of the person dialled (name and number as uploaded); dials of the
    same person join through the identity layer's matching.
-#}
{{ config(enabled=movement_360.m360_adapter_enabled('thrutalk')) }}

select
    {{ movement_360.m360_person_record_select({
        'person_record_key': movement_360.m360_person_record_key('thrutalk', 'daily_campaign_dials', 'dial_key'),
        'org_id': 'org_id',
        'source_system': "'thrutalk'",
        'source_table': 'source_table',
        'source_record_id': 'source_id',
        'value_set': "'record'",
        'first_name': 'contact_first_name',
        'last_name': 'contact_last_name',
        'phone': 'contact_phone',
        'record_created_at': 'dialed_at',
        'record_updated_at': 'dialed_at',
    }) }}
from {{ ref('stg_thrutalk__daily_campaign_dials') }}
