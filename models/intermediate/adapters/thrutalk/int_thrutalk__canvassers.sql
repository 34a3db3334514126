{#- ThruTalk callers, as the dial export's caller columns name them. -#}
{{ config(enabled=movement_360.m360_adapter_enabled('thrutalk')) }}

{%- set caller_id = movement_360.m360_named_account_id('caller_email', 'caller_phone_number', 'caller_first_name', 'caller_last_name') %}

with

callers as (

    select
        org_id,
        {{ caller_id }} as caller_id,
        max({{ movement_360.m360_byte_order('source_table') }}) as source_table,
        max({{ movement_360.m360_byte_order('caller_first_name') }}) as first_name,
        max({{ movement_360.m360_byte_order('caller_last_name') }}) as last_name,
        max({{ movement_360.m360_byte_order('caller_email') }}) as email,
        max(caller_phone_number) as phone
    from {{ ref('stg_thrutalk__daily_campaign_dials') }}
    group by org_id, {{ caller_id }}

)

select
    {{ movement_360.m360_canvasser_select({
        'canvasser_key': movement_360.m360_canvasser_key('thrutalk', 'caller', 'caller_id'),
        'org_id': 'org_id',
        'source_system': "'thrutalk'",
        'source_table': 'source_table',
        'source_id': 'caller_id',
        'canvasser_type': "'caller'",
        'canvasser_name': dbt.concat(["coalesce(first_name, '')", "' '", "coalesce(last_name, '')"]),
        'first_name': 'first_name',
        'last_name': 'last_name',
        'email': 'email',
        'phone': 'phone',
    }) }}
from callers
where caller_id is not null
