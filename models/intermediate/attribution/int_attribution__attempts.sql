{#-
    Every outreach attempt of every enabled tool (the outreach attempts
    contract), with the person reached (person_id through the crosswalk).
-#}
{{ config(materialized='table') }}

{%- set adapters = movement_360.m360_contract_adapters('outreach_attempts') %}
{%- set contract = movement_360.m360_outreach_attempt_contract() %}

with

adapter_rows as (

    {{ movement_360.m360_union_adapters(adapters, contract) }}

),

crosswalk as (

    select
        person_record_key,
        person_id
    from {{ ref('int_identity__crosswalk') }}

)

select
    adapter_rows.*,
    crosswalk.person_id
from adapter_rows
left join crosswalk
    on adapter_rows.person_record_key = crosswalk.person_record_key
