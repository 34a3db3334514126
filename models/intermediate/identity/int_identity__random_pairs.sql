{#-
    Pairs of person records drawn at random within an org, almost all two different people: the
    sample the match weights' u probabilities are estimated from (Splink's u estimate; read by
    int_identity__comparison_vectors). Each of the first em_random_records records in hash order
    is paired with the next em_random_offsets records in that order. One row per pair.
    A table of its own, not a CTE of the vectors: PostgreSQL then has its size (about
    em_random_records x em_random_offsets rows) when it plans the comparison, instead of
    estimating a billion rows and crossing the person records with themselves.
-#}
{{ config(materialized='table') }}

{%- set s = movement_360.m360_identity_settings() %}

with

records as (

    select * from {{ ref('int_identity__person_records') }}

),

ranked_records as (

    select
        org_id,
        person_record_key,
        row_number() over (
            partition by org_id
            order by {{ dbt.hash('person_record_key') }}, person_record_key
        ) as sample_rank
    from records

),

offsets as (

    select distinct sample_rank as offset_number
    from ranked_records
    where sample_rank <= {{ s.em_random_offsets }}

),

sampled_records as (

    select
        ranked_records.org_id,
        ranked_records.person_record_key,
        ranked_records.sample_rank + offsets.offset_number as partner_rank
    from ranked_records
    cross join offsets
    where ranked_records.sample_rank <= {{ s.em_random_records }}

),

random_record_pairs as (

    select
        sampled_records.org_id,
        sampled_records.person_record_key as left_record_key,
        partners.person_record_key as right_record_key
    from sampled_records
    inner join ranked_records as partners
        on
            sampled_records.org_id = partners.org_id
            and sampled_records.partner_rank = partners.sample_rank

)

select * from random_record_pairs
