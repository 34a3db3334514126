{#- The group's own people lists: each row is a person record with one value set. -#}
{{ config(enabled=movement_360.m360_adapter_enabled('custom')) }}

select
    {{ movement_360.m360_person_record_select({
        'person_record_key': movement_360.m360_person_record_key('custom', 'person_records', 'custom_record_key'),
        'org_id': 'org_id',
        'source_system': "'custom'",
        'source_table': 'source_table',
        'source_record_id': 'source_id',
        'value_set': "'record'",
        'first_name': 'first_name',
        'middle_name': 'middle_name',
        'last_name': 'last_name',
        'email': 'email',
        'phone': 'phone',
        'address_line_1': 'address_line_1',
        'city': 'city',
        'state_code': 'state_code',
        'postal_code': 'postal_code',
        'birth_date': 'birth_date',
        'record_created_at': 'updated_at',
        'record_updated_at': 'updated_at',
    }) }}
from {{ ref('stg_custom__person_records') }}
