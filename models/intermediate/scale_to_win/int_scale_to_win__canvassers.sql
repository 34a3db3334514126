{#- Scale to Win texters: every user, who is also a person record (int_scale_to_win__person_records). -#}
{{ config(enabled=movement_360.m360_tool_enabled('scale_to_win')) }}

select
    {{ movement_360.m360_canvasser_select({
        'canvasser_key': movement_360.m360_canvasser_key('scale_to_win', 'user', 'user_id'),
        'org_id': 'org_id',
        'source_system': "'scale_to_win'",
        'source_table': 'source_table',
        'source_id': 'source_id',
        'canvasser_type': "'texter'",
        'canvasser_name': dbt.concat(["coalesce(first_name, '')", "' '", "coalesce(last_name, '')"]),
        'first_name': 'first_name',
        'last_name': 'last_name',
        'username': 'alias_name',
        'email': 'email',
        'phone': 'cell',
        'person_record_key': movement_360.m360_person_record_key('scale_to_win', 'users', 'user_key'),
    }) }}
from {{ ref('stg_scale_to_win__users') }}
