{#- The toy tool's adapter of the person records contract. -#}
{{ config(enabled=movement_360.m360_adapter_enabled('toy')) }}

select
    {{ movement_360.m360_person_record_select({
        'person_record_key': movement_360.m360_person_record_key('toy', 'contacts', 'contact_key'),
        'org_id': 'org_id',
        'source_system': "'toy'",
        'source_table': 'source_table',
        'source_record_id': 'source_id',
        'value_set': "'record'",
        'first_name': 'first_name',
        'last_name': 'last_name',
        'email': 'email',
        'phone': 'phone',
        'postal_code': 'postal_code',
        'record_created_at': 'created_at',
        'record_updated_at': 'updated_at',
    }) }}
from {{ ref('stg_toy__contacts') }}
