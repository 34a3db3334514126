{#-
    One row per person record: its lineage and the single values it is
    compared on (names, date of birth, ZIP, street, voter-file ids). The
    record's own value set ('record') wins; a value only another value set holds
    (the typed-at-signup name, a second address) fills the gap. Its e-mails and
    phones, which can be many, are in int_identity__contact_points.
-#}
{{ config(materialized='table') }}

{%- set compared = [
    'first_name_key', 'last_name_key', 'name_suffix_key', 'birth_date_value', 'zip5', 'address_key',
    'myvoters_key', 'dwid_key',
] %}

with

value_rows as (

    select * from {{ ref('int_identity__record_values') }}
    where not is_link

),

{#- A tool may deliver a record's own row twice (two connections of one org); the latest wins. -#}
ranked_record_rows as (

    select
        *,
        row_number() over (
            partition by person_record_key
            order by record_updated_at desc, source_table, source_record_id
        ) as copy_number
    from value_rows
    where value_set = 'record'

),

record_rows as (

    select * from ranked_record_rows
    where copy_number = 1

),

{#- max() picks one value per record deterministically when a record's other value sets disagree. -#}
other_values as (

    select
        person_record_key,
        {%- for column in compared %}
        max({{ column }}) as {{ column }},
        {%- endfor %}
        min(org_id) as org_id,
        min(source_system) as source_system,
        min(source_table) as source_table,
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

)

select * from records
