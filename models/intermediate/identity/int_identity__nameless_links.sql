{#-
    Records with no name (texting exports often carry only the number): one
    row per pair of a nameless record and a named record sharing an e-mail or
    phone that, in the group's data, exactly one person holds: every named
    record holding it carries the same first and last name key and at most
    one date of birth, and the contact point's block is under the cap. A
    shared landline (a household's records under two first names) or an
    office number links no nameless record. The pair's score gains the
    setting nameless_unique_contact (int_identity__pairs_scored).
-#}
{{ config(materialized='table') }}

{%- set settings = movement_360.m360_identity_settings() %}

with

contact_points as (

    select * from {{ ref('int_identity__contact_points') }}

),

records as (

    select * from {{ ref('int_identity__person_records') }}

),

holders as (

    select
        contact_points.org_id,
        contact_points.contact_point_type,
        contact_points.match_key,
        contact_points.person_record_key,
        records.first_name_key,
        records.last_name_key,
        records.birth_date_value,
        records.first_name_key is null and records.last_name_key is null as is_nameless
    from contact_points
    inner join records
        on contact_points.person_record_key = records.person_record_key

),

contact_point_summary as (

    select
        org_id,
        contact_point_type,
        match_key,
        count(*) as holder_count,
        count(distinct first_name_key) as first_name_count,
        count(distinct last_name_key) as last_name_count,
        count(distinct birth_date_value) as birth_date_count,
        sum(case when is_nameless then 0 else 1 end) as named_holder_count,
        sum(case when not is_nameless and (first_name_key is null or last_name_key is null) then 1 else 0 end)
            as half_named_holder_count
    from holders
    group by org_id, contact_point_type, match_key

),

one_person_contact_points as (

    select
        org_id,
        contact_point_type,
        match_key
    from contact_point_summary
    where
        holder_count <= {{ settings.block_cap }}
        and named_holder_count > 0
        and half_named_holder_count = 0
        and first_name_count = 1
        and last_name_count = 1
        and birth_date_count <= 1

),

pairs as (

    select distinct
        nameless.org_id,
        case
            when nameless.person_record_key < named.person_record_key then nameless.person_record_key
            else named.person_record_key
        end as left_record_key,
        case
            when nameless.person_record_key < named.person_record_key then named.person_record_key
            else nameless.person_record_key
        end as right_record_key
    from one_person_contact_points as points
    inner join holders as nameless
        on
            points.org_id = nameless.org_id
            and points.contact_point_type = nameless.contact_point_type
            and points.match_key = nameless.match_key
            and nameless.is_nameless
    inner join holders as named
        on
            points.org_id = named.org_id
            and points.contact_point_type = named.contact_point_type
            and points.match_key = named.match_key
            and not named.is_nameless

)

select * from pairs
