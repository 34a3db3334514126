{#- One row per person record and e-mail or phone match key it holds (any value set). -#}
{{ config(materialized='table') }}

with

value_rows as (

    select * from {{ ref('int_identity__record_values') }}
    where not is_link

),

contact_points as (

    select distinct
        person_record_key,
        org_id,
        'email' as contact_point_type,
        email_key as match_key
    from value_rows
    where email_key is not null

    union all

    select distinct
        person_record_key,
        org_id,
        'phone' as contact_point_type,
        phone_key as match_key
    from value_rows
    where phone_key is not null

)

select * from contact_points
