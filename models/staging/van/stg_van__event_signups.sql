{%- set staging_rules = {
    'source': ['van', 'eventsignups'],
    'key': ['eventsignupid'],
    'latest_by': ['datemodified'],
    'suppressed_when': 'datesuppressed is not null',
    'mode_suffixed': true,
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('van'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'database_mode', 'eventsignupid']) }} as event_signup_key,
        {{ movement_360.m360_van_person_key() }} as van_person_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'eventid']) }} as event_key,
        {{ movement_360.m360_reference_key(['org_id', 'database_mode', 'currenteventsignupseventstatusid']) }} as current_event_signup_status_key,
        cast(eventsignupid as {{ dbt.type_string() }}) as source_id,
        eventsignupid as event_signup_id,
        eventid as event_id,
        vanid as van_id,
        eventshiftid as event_shift_id,
        locationid as location_id,
        eventroleid as event_role_id,
        currenteventsignupseventstatusid as current_event_signup_status_id,
        createdby as created_by_user_id,
        canvassedby as canvassed_by_user_id,
        inputtypeid as input_type_id,
        upper({{ movement_360.m360_clean_text('statecode') }}) as state_code,
        {{ movement_360.m360_clean_text('eventrolename') }} as event_role_name,
        {{ movement_360.m360_local_to_utc('datetimeoffsetbegin', var('movement_360__van_time_zone')) }} as shift_starts_at,
        {{ movement_360.m360_local_to_utc('datetimeoffsetend', var('movement_360__van_time_zone')) }} as shift_ends_at,
        {{ movement_360.m360_local_to_utc('datemodified', var('movement_360__van_time_zone')) }} as modified_at,
        org_id,
        database_mode,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'van' as source_system,
        source_schema,
        source_table

    from source

)

select * from renamed
