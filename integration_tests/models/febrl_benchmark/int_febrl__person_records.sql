{#- The FEBRL tool's adapter of the person records contract: soc_sec_id as the external id. -#}
{{ config(enabled=movement_360.m360_adapter_enabled('febrl')) }}

select
    {{ movement_360.m360_person_record_select({
        'person_record_key': movement_360.m360_person_record_key('febrl', 'records', 'febrl_record_key'),
        'org_id': 'org_id',
        'source_system': "'febrl'",
        'source_table': 'source_table',
        'source_record_id': 'record_id',
        'value_set': "'record'",
        'first_name': 'first_name',
        'last_name': 'last_name',
        'address_line_1': 'address_line_1',
        'city': 'city',
        'state_code': 'state_code',
        'postal_code': 'postal_code',
        'birth_date': 'birth_date',
        'external_id_type': "'soc_sec_id'",
        'external_id': 'soc_sec_id',
    }) }}
from {{ ref('stg_febrl__records') }}
