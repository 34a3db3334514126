{#-
    Every volunteer shift attended in an outreach program, from every enabled
    tool's volunteer shifts adapter, with the volunteer's person_id (null when
    the record is not in the crosswalk).
-#}
{%- set adapters = movement_360.m360_contract_adapters('volunteer_shifts') %}
{%- set contract = movement_360.m360_volunteer_shift_contract() %}

with

shifts as (

    {{ movement_360.m360_union_adapters(adapters, contract) }}

),

crosswalk as (

    select
        person_record_key,
        person_id
    from {{ ref('int_identity__crosswalk') }}

)

select
    shifts.*,
    crosswalk.person_id
from shifts
inner join crosswalk
    on shifts.person_record_key = crosswalk.person_record_key
