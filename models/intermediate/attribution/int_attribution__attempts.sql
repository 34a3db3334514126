{#-
    Every outreach attempt of every enabled tool (the outreach attempts
    contract), with the person reached (person_id through the crosswalk).
-#}
{{ config(materialized='table') }}

{%- set adapters = movement_360.m360_outreach_adapters('outreach_attempts') %}
{%- set contract = movement_360.m360_outreach_attempt_contract() %}

with

adapter_rows as (

    {%- for adapter_model in adapters %}
    select
        {%- for name, data_type in contract %}
        {{ name }}{{ ',' if not loop.last }}
        {%- endfor %}
    from {{ ref(adapter_model) }}
    {%- if not loop.last %}
    union all
    {%- endif %}
    {%- else %}
    select
        {{ movement_360.m360_outreach_attempt_select({}) }}
    from (select 1 as one) as nothing
    where 1 = 0
    {%- endfor %}

),

crosswalk as (

    select
        person_record_key,
        person_id
    from {{ ref('people_crosswalk') }}

)

select
    adapter_rows.*,
    crosswalk.person_id
from adapter_rows
left join crosswalk
    on adapter_rows.person_record_key = crosswalk.person_record_key
