{#-
    One row per person record: its lineage and the single values it is
    compared on (names, date of birth, ZIP, street, voter-file ids). The
    record's own value set ('record') wins; a value only another value set holds
    (the typed-at-signup name, a second address) fills the gap. Its e-mails and
    phones, which can be many, are in int_identity__contact_points.

    A date of birth that far more records hold than an ordinary date (setting
    placeholder_birth_date_factor times the org's average per date, and more
    than the block cap) is a placeholder (a form default, a clamp, January 1st
    for a known year): it is kept out of matching.
-#}
{{ config(materialized='table') }}

{%- set settings = movement_360.m360_identity_settings() %}
{%- set compared = [
    'first_name_key', 'last_name_key', 'name_suffix_key', 'birth_date_value', 'zip5', 'address_key',
    'myvoters_key', 'dwid_key', 'external_id_key',
] %}

with

value_rows as (

    select * from {{ ref('int_identity__record_values') }}
    where not is_link

),


{# A tool may deliver a record's own row twice (two connections of one org); the latest wins. -#}
ranked_record_rows as (

    select
        *,
        row_number() over (
            partition by person_record_key
            order by
                record_updated_at desc nulls last,
                {{ movement_360.m360_byte_order('source_table') }} asc,
                {{ movement_360.m360_byte_order('source_record_id') }} asc,
                {{ movement_360.m360_surrogate_key(['first_name', 'middle_name', 'last_name', 'name_suffix', 'email', 'phone', 'address_line_1', 'city', 'state_code', 'postal_code', 'birth_date']) }} asc
        ) as copy_number
    from value_rows
    where value_set = 'record'

),

record_rows as (

    select * from ranked_record_rows
    where copy_number = 1

),


{# max() picks one value per record deterministically when a record's other value sets disagree. -#}
other_values as (

    select
        person_record_key,
        {%- for column in compared %}
            max({{ column }}) as {{ column }},
        {%- endfor %}
        min(org_id) as org_id,
        min({{ movement_360.m360_byte_order('source_system') }}) as source_system,
        min({{ movement_360.m360_byte_order('source_table') }}) as source_table,
        min(source_record_id) as source_record_id,
        min(record_created_at) as record_created_at,
        max(record_updated_at) as record_updated_at,
        count(distinct email_key) as email_count,
        count(distinct phone_key) as phone_count,
        count(*) as value_set_count
    from value_rows
    group by person_record_key

),

records as (

    select
        other_values.person_record_key,
        coalesce(record_rows.org_id, other_values.org_id) as org_id,
        coalesce(record_rows.source_system, other_values.source_system) as source_system,
        coalesce(record_rows.source_table, other_values.source_table) as source_table,
        coalesce(record_rows.source_record_id, other_values.source_record_id) as source_record_id,
        {%- for column in compared %}
            coalesce(record_rows.{{ column }}, other_values.{{ column }}) as {{ column }},
        {%- endfor %}
        coalesce(record_rows.record_created_at, other_values.record_created_at) as record_created_at,
        coalesce(record_rows.record_updated_at, other_values.record_updated_at) as record_updated_at,
        other_values.email_count,
        other_values.phone_count,
        other_values.value_set_count
    from other_values
    left join record_rows
        on other_values.person_record_key = record_rows.person_record_key

),

birth_date_counts as (

    select
        org_id,
        birth_date_value,
        count(*) as record_count
    from records
    where birth_date_value is not null
    group by org_id, birth_date_value

),

average_birth_date_counts as (

    select
        org_id,
        avg(record_count) as average_count
    from birth_date_counts
    group by org_id

),

placeholder_birth_dates as (

    select
        birth_date_counts.org_id,
        birth_date_counts.birth_date_value
    from birth_date_counts
    inner join average_birth_date_counts
        on birth_date_counts.org_id = average_birth_date_counts.org_id
    where
        birth_date_counts.record_count > {{ settings.block_cap }}
        and birth_date_counts.record_count > {{ settings.placeholder_birth_date_factor }} * average_birth_date_counts.average_count

)

select
    records.person_record_key,
    records.org_id,
    records.source_system,
    records.source_table,
    records.source_record_id,
    {%- for column in compared %}
        {%- if column == 'birth_date_value' %}
            case when placeholder_birth_dates.birth_date_value is null then records.birth_date_value end as birth_date_value,
        {%- else %}
            records.{{ column }},
        {%- endif %}
    {%- endfor %}
    placeholder_birth_dates.birth_date_value is not null as has_placeholder_birth_date,
    records.record_created_at,
    records.record_updated_at,
    records.email_count,
    records.phone_count,
    records.value_set_count
from records
left join placeholder_birth_dates
    on
        records.org_id = placeholder_birth_dates.org_id
        and records.birth_date_value = placeholder_birth_dates.birth_date_value
