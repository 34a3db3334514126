{#-
    One row per person and e-mail or phone any of their records holds: how many
    records and tools hold it, when it was last seen, and whether it is the one
    the golden record shows.
-#}
{{ config(materialized='table') }}
with

crosswalk as (

    select
        person_record_key,
        person_id,
        source_system,
        record_updated_at
    from {{ ref('int_identity__crosswalk') }}

),

contact_points as (

    select * from {{ ref('int_identity__contact_points') }}

),

people as (

    select
        person_id,
        email,
        phone
    from {{ ref('int_identity__people') }}

),

held as (

    select
        crosswalk.person_id,
        contact_points.contact_point_type,
        contact_points.match_key,
        count(*) as record_count,
        count(distinct crosswalk.source_system) as source_system_count,
        max(crosswalk.record_updated_at) as last_seen_at
    from contact_points
    inner join crosswalk
        on contact_points.person_record_key = crosswalk.person_record_key
    group by crosswalk.person_id, contact_points.contact_point_type, contact_points.match_key

)

select
    held.person_id,
    held.contact_point_type,
    held.match_key,
    held.record_count,
    held.source_system_count,
    held.last_seen_at,
    coalesce(
        (held.contact_point_type = 'phone' and held.match_key = people.phone)
        or (held.contact_point_type = 'email' and held.match_key = {{ movement_360.m360_email_match_key('people.email') }}),
        false
    ) as is_primary
from held
inner join people
    on held.person_id = people.person_id
