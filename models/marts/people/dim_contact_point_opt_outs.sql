{#-
    One row per opted-out phone or e-mail (match key) and channel in a group:
    the suppression list a texting or e-mail tool can load, whether or not
    anyone in the people layer holds the number. Opt-outs recorded only on a
    person record (a VAN result) name no contact point and are not here: see
    dim_person_contact_preferences.
-#}
with

opt_outs as (

    select * from {{ ref('int_preferences__opt_outs') }}
    where match_key is not null

),

person_opt_outs as (

    select * from {{ ref('int_preferences__person_opt_outs') }}
    where is_applied_by_contact_point

),

opt_out_summary as (

    select
        org_id,
        contact_point_type,
        match_key,
        channel,
        count(*) as opt_out_event_count,
        count(distinct source_system) as opt_out_source_system_count,
        min(opted_out_at) as first_opted_out_at,
        max(opted_out_at) as last_opted_out_at
    from opt_outs
    group by org_id, contact_point_type, match_key, channel

),

contact_point_source_systems as (

    select distinct
        org_id,
        contact_point_type,
        match_key,
        channel,
        source_system
    from opt_outs

),

source_system_lists as (

    select
        org_id,
        contact_point_type,
        match_key,
        channel,
        {{ dbt.listagg('source_system', "', '", 'order by ' ~ movement_360.m360_byte_order('source_system')) }} as opt_out_source_systems
    from contact_point_source_systems
    group by org_id, contact_point_type, match_key, channel

),

holders as (

    select
        org_id,
        contact_point_type,
        match_key,
        channel,
        count(distinct person_id) as person_count
    from person_opt_outs
    group by org_id, contact_point_type, match_key, channel

)

select
    opt_out_summary.org_id,
    opt_out_summary.contact_point_type,
    opt_out_summary.match_key,
    opt_out_summary.channel,
    source_system_lists.opt_out_source_systems,
    opt_out_summary.opt_out_source_system_count,
    opt_out_summary.opt_out_event_count,
    coalesce(holders.person_count, 0) as person_count,
    opt_out_summary.first_opted_out_at,
    opt_out_summary.last_opted_out_at
from opt_out_summary
inner join source_system_lists
    on
        opt_out_summary.org_id = source_system_lists.org_id
        and opt_out_summary.contact_point_type = source_system_lists.contact_point_type
        and opt_out_summary.match_key = source_system_lists.match_key
        and opt_out_summary.channel = source_system_lists.channel
left join holders
    on
        opt_out_summary.org_id = holders.org_id
        and opt_out_summary.contact_point_type = holders.contact_point_type
        and opt_out_summary.match_key = holders.match_key
        and opt_out_summary.channel = holders.channel
