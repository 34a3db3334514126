{#-
    Every opt-out any enabled tool recorded, one row per event: each tool's
    opt-outs adapter (int_<tool>__opt_outs, named by the tool registry) with
    the phone or e-mail it was given on as a match key, so it meets the
    identity layer's contact points. With no tool enabled the relation is
    empty but typed.
-#}
{{ config(materialized='table') }}
{%- set adapters = movement_360.m360_contract_adapters('opt_outs') %}
{%- set contract = movement_360.m360_opt_out_contract() %}

with

events as (

    {{ movement_360.m360_union_adapters(adapters, contract) }}

),

matched as (

    select
        *,
        case
            when contact_point_type = 'phone' then {{ movement_360.m360_phone_national('contact_value') }}
            when contact_point_type = 'email' then {{ movement_360.m360_email_match_key('contact_value') }}
        end as match_key
    from events

)

select
    {{ movement_360.m360_surrogate_key(['org_id', 'source_system', 'source_table', 'source_id', 'channel']) }} as opt_out_key,
    org_id,
    source_system,
    source_table,
    source_id,
    person_record_key,
    channel,
    case when match_key is not null then contact_point_type end as contact_point_type,
    match_key,
    opt_out_reason,
    opted_out_at
from matched
