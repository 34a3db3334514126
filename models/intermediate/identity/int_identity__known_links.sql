{#-
    Known links between person records: ids one tool holds of another's record
    (Mobilize van_persons, Spoke external_id, Empower vanId, ThruText and Hustle
    VAN ids), a tool's own merges (VAN contactsdeduped, Action Network merge
    logs) and records that cite one parent (participations of one Mobilize
    user, actions of one Action Network user). These are edges without
    scoring. A link may point at a record this sync does not hold (a Mobilize
    user who is not a member, a VAN id outside the synced committee): the
    target stays in the graph as a connector node, so every record citing it
    still joins, and never reaches the crosswalk.

    VAN ids: a VAN contact is the node (org, database mode, vanid). A link that
    names the mode goes to that node; a link that does not (Spoke, ThruText,
    Hustle) goes to the one mode that holds the vanid, and is left out when
    both modes hold it (guessing could merge two people).
-#}
{{ config(materialized='table') }}

with

value_rows as (

    select * from {{ ref('int_identity__record_values') }}

),

van_contacts as (

    select distinct
        org_id,
        van_id,
        van_database_mode,
        person_record_key
    from value_rows
    where source_system = 'van' and van_id is not null and van_database_mode is not null and value_set = 'record'

),

van_id_modes as (

    select
        org_id,
        van_id,
        count(distinct van_database_mode) as mode_count,
        min(van_database_mode) as only_mode
    from van_contacts
    group by org_id, van_id

),


{# A VAN id's node: the contact's own record when the sync holds it, else a connector. -#}
van_id_links as (

    select
        value_rows.org_id,
        value_rows.person_record_key,
        value_rows.link_type,
        value_rows.linked_van_id,
        coalesce(value_rows.linked_van_database_mode, case when van_id_modes.mode_count = 1 then van_id_modes.only_mode end) as resolved_mode,
        coalesce(van_id_modes.mode_count, 0) > 1 and value_rows.linked_van_database_mode is null as is_ambiguous
    from value_rows
    left join van_id_modes
        on
            value_rows.org_id = van_id_modes.org_id
            and {{ movement_360.m360_trim('value_rows.linked_van_id') }} = van_id_modes.van_id
    where value_rows.is_link and value_rows.linked_van_id is not null

),

resolved_van_id_links as (

    select
        van_id_links.org_id,
        van_id_links.person_record_key as left_record_key,
        coalesce(
            van_contacts.person_record_key,
            {{ movement_360.m360_surrogate_key(["'van_id_connector'", 'van_id_links.org_id', 'van_id_links.resolved_mode', movement_360.m360_trim('van_id_links.linked_van_id')]) }}
        ) as right_record_key,
        van_id_links.link_type
    from van_id_links
    left join van_contacts
        on
            van_id_links.org_id = van_contacts.org_id
            and {{ movement_360.m360_trim('van_id_links.linked_van_id') }} = van_contacts.van_id
            and van_id_links.resolved_mode = van_contacts.van_database_mode
    where not van_id_links.is_ambiguous

),

record_links as (

    select
        org_id,
        person_record_key as left_record_key,
        linked_record_key as right_record_key,
        link_type
    from value_rows
    where is_link and linked_record_key is not null

),

links as (

    select * from record_links
    union all
    select * from resolved_van_id_links

)

select distinct
    org_id,
    left_record_key,
    right_record_key,
    link_type
from links
where left_record_key <> right_record_key
