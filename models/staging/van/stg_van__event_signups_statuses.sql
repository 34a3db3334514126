{#-
    Status history of event signups, one row per status given. A signup's
    current status is the row its eventsignups.currenteventsignupseventstatusid
    points at; the history itself marks the same row with is_latest_status:
    the latest datecreated per signup, ties (statuses entered in the same
    second, e.g. "Walk In" then "Completed") broken by the higher status id,
    which VAN assigns in entry order. Attended means the status is Completed.
-#}
{%- set staging_rules = {
    'source': ['van', 'eventsignupsstatuses'],
    'key': ['eventsignupseventstatusid'],
    'latest_by': ['datemodified'],
    'mode_suffixed': true,
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('van'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'database_mode', 'eventsignupseventstatusid']) }} as event_signup_status_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'database_mode', 'eventsignupid']) }} as event_signup_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'eventstatusid']) }} as event_status_key,
        {{ movement_360.m360_reference_key(['org_id', 'database_mode', 'contactscontactid']) }} as contact_attempt_key,
        cast(eventsignupseventstatusid as {{ dbt.type_string() }}) as source_id,
        eventsignupseventstatusid as event_signup_status_id,
        eventsignupid as event_signup_id,
        eventstatusid as event_status_id,
        createdby as created_by_user_id,
        contactscontactid as contacts_contact_id,
        upper({{ movement_360.m360_clean_text('statecode') }}) as state_code,
        {{ movement_360.m360_clean_text('eventstatusname') }} as event_status_name,
        {{ movement_360.m360_clean_text('createdbyusername') }} as created_by_username,
        case
            when {{ movement_360.m360_clean_text('eventstatusname') }} is null then null
            when lower({{ movement_360.m360_clean_text('eventstatusname') }}) = 'completed' then true
            else false
        end as is_attended,
        row_number() over (
            partition by org_id, database_mode, eventsignupid
            order by
                case when datecreated is null then 1 else 0 end,
                datecreated desc,
                eventsignupseventstatusid desc
        ) = 1 as is_latest_status,
        {{ movement_360.m360_local_to_utc('datecreated', var('movement_360__van_time_zone')) }} as created_at,
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
