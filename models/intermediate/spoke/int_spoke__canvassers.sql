{#- Spoke texters: every user, who is also a person record (int_spoke__person_records). -#}
{{ config(enabled=movement_360.m360_tool_enabled('spoke')) }}

select
    {{ movement_360.m360_canvasser_select({
        'canvasser_key': movement_360.m360_canvasser_key('spoke', 'user', 'user_id'),
        'org_id': 'org_id',
        'source_system': "'spoke'",
        'source_table': 'source_table',
        'source_id': 'source_id',
        'canvasser_type': "'texter'",
        'canvasser_name': dbt.concat(["coalesce(first_name, '')", "' '", "coalesce(last_name, '')"]),
        'first_name': 'first_name',
        'last_name': 'last_name',
        'username': 'alias_name',
        'email': 'email',
        'phone': 'cell',
        'person_record_key': movement_360.m360_person_record_key('spoke', 'user', 'user_key'),
    }) }}
from {{ ref('stg_spoke__user') }}
