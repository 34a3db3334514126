{#- ThruText texters, as the sender columns of the message export name them (one per sender e-mail, phone or name). -#}
{{ config(enabled=movement_360.m360_adapter_enabled('thrutext')) }}

{%- set sender_id = movement_360.m360_named_account_id('sender_email', 'sender_phone', 'sender_first_name', 'sender_last_name') %}

with

senders as (

    select
        org_id,
        {{ sender_id }} as sender_id,
        max({{ movement_360.m360_byte_order('source_table') }}) as source_table,
        max({{ movement_360.m360_byte_order('sender_first_name') }}) as first_name,
        max({{ movement_360.m360_byte_order('sender_last_name') }}) as last_name,
        max({{ movement_360.m360_byte_order('sender_email') }}) as email,
        max({{ movement_360.m360_byte_order('sender_phone') }}) as phone
    from {{ ref('stg_thrutext__daily_messages') }}
    where is_outgoing
    group by org_id, {{ sender_id }}

)

select
    {{ movement_360.m360_canvasser_select({
        'canvasser_key': movement_360.m360_canvasser_key('thrutext', 'sender', 'sender_id'),
        'org_id': 'org_id',
        'source_system': "'thrutext'",
        'source_table': 'source_table',
        'source_id': 'sender_id',
        'canvasser_type': "'texter'",
        'canvasser_name': dbt.concat(["coalesce(first_name, '')", "' '", "coalesce(last_name, '')"]),
        'first_name': 'first_name',
        'last_name': 'last_name',
        'email': 'email',
        'phone': 'phone',
    }) }}
from senders
where sender_id is not null
