{#-
    One row per person of dim_people and channel (sms, call, email, mail),
    whether or not anything was recorded, so a BI tool filters
    is_opted_out = false for a contactable list. An opt-out recorded by any
    tool, on any of the person's records or on any phone or e-mail the person
    holds, opts the person out of that channel everywhere.
-#}
with

people as (

    select
        person_id,
        org_id
    from {{ ref('int_identity__people') }}

),

channels as (

    select 'sms' as channel
    union all
    select 'call' as channel
    union all
    select 'email' as channel
    union all
    select 'mail' as channel

),

person_opt_outs as (

    select * from {{ ref('int_preferences__person_opt_outs') }}

),

opt_out_summary as (

    select
        person_id,
        channel,
        count(*) as opt_out_event_count,
        count(distinct source_system) as opt_out_source_system_count,
        count(distinct match_key) as opted_out_contact_point_count,
        max(case when is_applied_by_record then 1 else 0 end) = 1 as is_opted_out_on_record,
        max(case when is_applied_by_contact_point then 1 else 0 end) = 1 as is_opted_out_on_contact_point,
        min(opted_out_at) as first_opted_out_at,
        max(opted_out_at) as last_opted_out_at
    from person_opt_outs
    group by person_id, channel

),

person_source_systems as (

    select distinct
        person_id,
        channel,
        source_system
    from person_opt_outs

),

source_system_lists as (

    select
        person_id,
        channel,
        {{ dbt.listagg('source_system', "', '", 'order by ' ~ movement_360.m360_byte_order('source_system')) }} as opt_out_source_systems
    from person_source_systems
    group by person_id, channel

),

person_contact_points as (

    select distinct
        person_id,
        channel,
        match_key
    from person_opt_outs
    where match_key is not null

),

contact_point_lists as (

    select
        person_id,
        channel,
        {{ dbt.listagg('match_key', "', '", 'order by ' ~ movement_360.m360_byte_order('match_key')) }} as opted_out_contact_points
    from person_contact_points
    group by person_id, channel

)

select
    people.person_id,
    people.org_id,
    channels.channel,
    source_system_lists.opt_out_source_systems,
    contact_point_lists.opted_out_contact_points,
    coalesce(opt_out_summary.opt_out_source_system_count, 0) as opt_out_source_system_count,
    coalesce(opt_out_summary.opted_out_contact_point_count, 0) as opted_out_contact_point_count,
    coalesce(opt_out_summary.opt_out_event_count, 0) as opt_out_event_count,
    opt_out_summary.person_id is not null as is_opted_out,
    coalesce(opt_out_summary.is_opted_out_on_record, false) as is_opted_out_on_record,
    coalesce(opt_out_summary.is_opted_out_on_contact_point, false) as is_opted_out_on_contact_point,
    opt_out_summary.first_opted_out_at,
    opt_out_summary.last_opted_out_at
from people
cross join channels
left join opt_out_summary
    on
        people.person_id = opt_out_summary.person_id
        and channels.channel = opt_out_summary.channel
left join source_system_lists
    on
        people.person_id = source_system_lists.person_id
        and channels.channel = source_system_lists.channel
left join contact_point_lists
    on
        people.person_id = contact_point_lists.person_id
        and channels.channel = contact_point_lists.channel
