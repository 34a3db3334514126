{#-
    Records with no name (texting exports often carry only the number): one
    row per pair of a nameless record and another record sharing an e-mail or
    phone that, in the group's data, one person holds. One person: no two of
    its named records carry names of two people (a first name that is neither
    equal, a nickname equivalent nor one slip apart, or a last name neither
    equal nor one slip apart), no named record lacks half its name, at most one
    date of birth, and the contact point's block under the cap. A shared
    landline (a household's records under two first names) or an office
    number links no nameless record; Bob and Robert, or Smith and Smiht, on
    one phone do. A contact point only nameless records hold links them to
    each other: nothing tells them apart, and the texting tools themselves
    treat the number as the contact. The pair's score gains the setting
    nameless_unique_contact (int_identity__pairs_scored).
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

first_name_equivalents as (

    select * from {{ ref('int_identity__first_name_equivalents') }}

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
        count(distinct birth_date_value) as birth_date_count,
        sum(case when is_nameless then 1 else 0 end) as nameless_holder_count,
        sum(case when not is_nameless and (first_name_key is null or last_name_key is null) then 1 else 0 end)
            as half_named_holder_count
    from holders
    group by org_id, contact_point_type, match_key

),

-- Only contact points a nameless record holds can link anything: the pairwise name check runs on those.
nameless_contact_points as (

    select
        org_id,
        contact_point_type,
        match_key,
        birth_date_count,
        half_named_holder_count
    from contact_point_summary
    where holder_count <= {{ settings.block_cap }} and nameless_holder_count > 0

),

named_holders as (

    select
        holders.org_id,
        holders.contact_point_type,
        holders.match_key,
        holders.person_record_key,
        holders.first_name_key,
        holders.last_name_key
    from holders
    inner join nameless_contact_points as points
        on
            holders.org_id = points.org_id
            and holders.contact_point_type = points.contact_point_type
            and holders.match_key = points.match_key
    where holders.first_name_key is not null and holders.last_name_key is not null

),

two_people_contact_points as (

    select distinct
        one.org_id,
        one.contact_point_type,
        one.match_key
    from named_holders as one
    inner join named_holders as other
        on
            one.org_id = other.org_id
            and one.contact_point_type = other.contact_point_type
            and one.match_key = other.match_key
            and one.person_record_key < other.person_record_key
    left join first_name_equivalents
        on
            one.first_name_key = first_name_equivalents.name_key
            and other.first_name_key = first_name_equivalents.equivalent_key
    where
        (
            one.first_name_key <> other.first_name_key
            and first_name_equivalents.name_key is null
            and not {{ movement_360.m360_names_similar('one.first_name_key', 'other.first_name_key', min_substitution_length=5) }}
        )
        or (
            one.last_name_key <> other.last_name_key
            and not {{ movement_360.m360_names_similar('one.last_name_key', 'other.last_name_key') }}
        )

),

one_person_contact_points as (

    select
        points.org_id,
        points.contact_point_type,
        points.match_key
    from nameless_contact_points as points
    left join two_people_contact_points as two_people
        on
            points.org_id = two_people.org_id
            and points.contact_point_type = two_people.contact_point_type
            and points.match_key = two_people.match_key
    where
        two_people.match_key is null
        and points.half_named_holder_count = 0
        and points.birth_date_count <= 1

),

pairs as (

    select distinct
        nameless.org_id,
        case
            when nameless.person_record_key < other.person_record_key then nameless.person_record_key
            else other.person_record_key
        end as left_record_key,
        case
            when nameless.person_record_key < other.person_record_key then other.person_record_key
            else nameless.person_record_key
        end as right_record_key
    from one_person_contact_points as points
    inner join holders as nameless
        on
            points.org_id = nameless.org_id
            and points.contact_point_type = nameless.contact_point_type
            and points.match_key = nameless.match_key
            and nameless.is_nameless
    inner join holders as other
        on
            points.org_id = other.org_id
            and points.contact_point_type = other.contact_point_type
            and points.match_key = other.match_key
            and nameless.person_record_key <> other.person_record_key

)

select * from pairs
