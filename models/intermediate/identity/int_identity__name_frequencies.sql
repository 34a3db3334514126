{#-
    How rare each full name (first and last name key) is in the group's own
    person records, as a term-frequency weight (the way Splink adjusts for
    term frequency): two records agreeing on a name that few records carry is
    stronger evidence than agreeing on one that many carry. name_frequency is
    the share of named records carrying the name; average_name_frequency is
    the chance that two random named records share a full name (the sum of the
    squared shares); the weight is log2(average / frequency), rounded and held
    between the settings name_frequency_min and name_frequency_max. Records of
    one person count once each: a person with many records makes the name look
    commoner, which errs on the side of caution.
-#}
{{ config(materialized='table') }}

{%- set settings = movement_360.m360_identity_settings() %}

with

named_records as (

    select
        org_id,
        first_name_key,
        last_name_key
    from {{ ref('int_identity__person_records') }}
    where first_name_key is not null and last_name_key is not null

),

name_counts as (

    select
        org_id,
        first_name_key,
        last_name_key,
        count(*) as record_count
    from named_records
    group by org_id, first_name_key, last_name_key

),

org_totals as (

    select
        org_id,
        sum(record_count) as named_record_count,
        sum(record_count * record_count) as squared_count_sum
    from name_counts
    group by org_id

),

frequencies as (

    select
        name_counts.org_id,
        name_counts.first_name_key,
        name_counts.last_name_key,
        name_counts.record_count,
        org_totals.named_record_count,
        cast(name_counts.record_count as {{ dbt.type_float() }}) / org_totals.named_record_count as name_frequency,
        cast(org_totals.squared_count_sum as {{ dbt.type_float() }})
        / (cast(org_totals.named_record_count as {{ dbt.type_float() }}) * org_totals.named_record_count) as average_name_frequency
    from name_counts
    inner join org_totals
        on name_counts.org_id = org_totals.org_id

)

select
    org_id,
    first_name_key,
    last_name_key,
    record_count,
    named_record_count,
    name_frequency,
    average_name_frequency,
    cast(
        greatest(
            {{ settings.name_frequency_min }},
            least({{ settings.name_frequency_max }}, round(ln(average_name_frequency / name_frequency) / ln(2)))
        ) as {{ dbt.type_int() }}
    ) as name_frequency_weight
from frequencies
