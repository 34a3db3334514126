{%- set staging_rules = {
    'source': ['van', 'events'],
    'key': ['eventid'],
    'latest_by': ['datemodified'],
    'suppressed_when': 'datesuppressed is not null',
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('van'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'eventid']) }} as event_key,
        cast(eventid as {{ dbt.type_string() }}) as source_id,
        eventid as event_id,
        eventcalendarid as event_calendar_id,
        createdby as created_by_user_id,
        createdbycommitteeid as created_by_committee_id,
        campaignid as campaign_id,
        eventrepetitionid as event_repetition_id,
        {{ movement_360.m360_clean_text('eventcalendarname') }} as event_calendar_name,
        {{ movement_360.m360_clean_text('eventname') }} as event_name,
        {{ movement_360.m360_clean_text('eventshortname') }} as event_short_name,
        {{ movement_360.m360_clean_text('eventdescription') }} as event_description,
        {{ movement_360.m360_clean_text('createdbyusername') }} as created_by_username,
        {{ movement_360.m360_flag_to_boolean('ispublicwebsiteviewable') }} as is_public_website_viewable,
        {{ movement_360.m360_local_to_utc('dateoffsetbegin', var('movement_360__van_time_zone')) }} as starts_at,
        {{ movement_360.m360_local_to_utc('dateoffsetend', var('movement_360__van_time_zone')) }} as ends_at,
        {{ movement_360.m360_local_to_utc('datecreated', var('movement_360__van_time_zone')) }} as created_at,
        {{ movement_360.m360_local_to_utc('datemodified', var('movement_360__van_time_zone')) }} as modified_at,
        org_id,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'van' as source_system,
        source_schema,
        source_table

    from source

)

select * from renamed
