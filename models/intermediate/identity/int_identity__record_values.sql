{#-
    Every value set of every person record from every enabled tool's adapter,
    with match keys: the e-mail key (gmail dots and +tags dropped), the 10-digit
    phone, name keys (first names also through the nickname seed), ZIP5, date
    of birth, a street key and the external id key (its type, ':', the id). Link rows ('link:...') carry no values, only the
    record they point at.
-#}
{{ config(materialized='table') }}

{%- set adapters = movement_360.m360_contract_adapters('person_records') %}
{%- set contract = movement_360.m360_person_record_contract() %}

with

adapter_rows as (

    {{ movement_360.m360_union_adapters(adapters, contract) }}

),

{# Names repeat across millions of rows; each distinct spelling is normalised once. -#}
first_name_keys as (

    select first_name, {{ movement_360.m360_name_key('first_name') }} as first_name_key
    from (
        select distinct first_name
        from adapter_rows
        where first_name is not null
    ) as spellings

),

last_name_keys as (

    select last_name, {{ movement_360.m360_last_name_key('last_name') }} as last_name_key
    from (
        select distinct last_name
        from adapter_rows
        where last_name is not null
    ) as spellings

),

keyed as (

    select
        adapter_rows.*,
        {{ dbt.position("'link:'", 'adapter_rows.value_set') }} = 1 as is_link,
        first_name_keys.first_name_key,
        last_name_keys.last_name_key,
        {{ movement_360.m360_name_key('name_suffix') }} as name_suffix_key,
        {{ movement_360.m360_clean_email('email') }} as email_clean,
        {{ movement_360.m360_email_match_key('email') }} as email_key,
        {{ movement_360.m360_phone_national('phone') }} as phone_key,
        {{ movement_360.m360_zip5('postal_code') }} as zip5,
        {{ movement_360.m360_parse_dob('birth_date') }} as birth_date_value,
        {{ movement_360.m360_address_key('address_line_1') }} as address_key,
        nullif({{ movement_360.m360_trim('myvoters_van_id') }}, '') as myvoters_key,
        nullif({{ movement_360.m360_trim('dwid') }}, '') as dwid_key,
        case
            when nullif({{ movement_360.m360_trim('external_id') }}, '') is not null
                then {{ dbt.concat(["coalesce(nullif(lower(" ~ movement_360.m360_trim('external_id_type') ~ "), ''), 'external_id')", "':'", "lower(" ~ movement_360.m360_trim('external_id') ~ ")"]) }}
        end as external_id_key
    from adapter_rows
    left join first_name_keys
        on adapter_rows.first_name = first_name_keys.first_name
    left join last_name_keys
        on adapter_rows.last_name = last_name_keys.last_name

)

select * from keyed
