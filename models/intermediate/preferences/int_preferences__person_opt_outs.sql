{#-
    Every opt-out event resolved to the people it applies to: the person of the
    record it was recorded on (dim_people_crosswalk; a record the sync holds only
    as a connector node, such as a Mobilize user who is not a member of the
    organization, through the identity graph), and every person of the same
    group holding the phone or e-mail it was given on (dim_people_contact_points,
    same match key and contact point type). An opt-out stops the number or the
    address whoever it belongs to, so a shared phone opts out every person who
    holds it. One row per event and person; when both ways reach the person,
    applied_by says 'record'.
-#}
{{ config(materialized='table') }}

with

opt_outs as (

    select * from {{ ref('int_preferences__opt_outs') }}

),

crosswalk as (

    select
        person_record_key,
        person_id
    from {{ ref('int_identity__crosswalk') }}

),

clusters as (

    select
        node_key,
        component_key
    from {{ ref('int_identity__clusters') }}

),

component_persons as (

    select distinct
        clusters.component_key,
        crosswalk.person_id
    from crosswalk
    inner join clusters
        on crosswalk.person_record_key = clusters.node_key

),


{# Every node of the identity graph with its person: the records, and connector nodes a record links to. -#}
node_persons as (

    select
        clusters.node_key,
        component_persons.person_id
    from clusters
    inner join component_persons
        on clusters.component_key = component_persons.component_key

),

people as (

    select
        person_id,
        org_id
    from {{ ref('int_identity__people') }}

),

contact_point_holders as (

    select
        contact_points.person_id,
        people.org_id,
        contact_points.contact_point_type,
        contact_points.match_key
    from {{ ref('int_identity__person_contact_points') }} as contact_points
    inner join people
        on contact_points.person_id = people.person_id

),

by_record as (

    select
        opt_outs.opt_out_key,
        node_persons.person_id,
        1 as is_by_record,
        0 as is_by_contact_point
    from opt_outs
    inner join node_persons
        on opt_outs.person_record_key = node_persons.node_key

),

by_contact_point as (

    select
        opt_outs.opt_out_key,
        contact_point_holders.person_id,
        0 as is_by_record,
        1 as is_by_contact_point
    from opt_outs
    inner join contact_point_holders
        on
            opt_outs.org_id = contact_point_holders.org_id
            and opt_outs.contact_point_type = contact_point_holders.contact_point_type
            and opt_outs.match_key = contact_point_holders.match_key

),

resolutions as (

    select * from by_record
    union all
    select * from by_contact_point

),

per_person as (

    select
        opt_out_key,
        person_id,
        max(is_by_record) = 1 as is_applied_by_record,
        max(is_by_contact_point) = 1 as is_applied_by_contact_point
    from resolutions
    group by opt_out_key, person_id

)

select
    per_person.opt_out_key,
    per_person.person_id,
    opt_outs.org_id,
    opt_outs.source_system,
    opt_outs.source_table,
    opt_outs.source_id,
    opt_outs.person_record_key,
    opt_outs.channel,
    opt_outs.contact_point_type,
    opt_outs.match_key,
    case when per_person.is_applied_by_record then 'record' else 'contact_point' end as applied_by,
    per_person.is_applied_by_record,
    per_person.is_applied_by_contact_point,
    opt_outs.opted_out_at
from per_person
inner join opt_outs
    on per_person.opt_out_key = opt_outs.opt_out_key
