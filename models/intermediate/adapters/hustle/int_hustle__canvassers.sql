{#- Hustle agents (a user's seat in a group), each the person of its user record. -#}
{{ config(enabled=movement_360.m360_adapter_enabled('hustle')) }}

with

agents as (

    select * from {{ ref('stg_hustle__agents') }}

),

users as (

    select * from {{ ref('stg_hustle__users') }}

)

select
    {{ movement_360.m360_canvasser_select({
        'canvasser_key': movement_360.m360_canvasser_key('hustle', 'agent', 'agents.agent_id', 'agents.org_id'),
        'org_id': 'agents.org_id',
        'source_system': "'hustle'",
        'source_table': 'agents.source_table',
        'source_id': 'agents.source_id',
        'canvasser_type': "'texter'",
        'canvasser_name': 'users.full_name',
        'username': 'users.username',
        'email': 'users.email',
        'phone': 'users.phone_number',
        'person_record_key': "case when agents.user_id is not null then " ~ movement_360.m360_person_record_key('hustle', 'users', 'agents.user_key') ~ " end",
    }) }}
from agents
left join users
    on agents.user_key = users.user_key
