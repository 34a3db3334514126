{%- set staging_rules = {
    'source': ['mobilize', 'events'],
    'key': ['id'],
    'latest_by': ['modified_date'],
    'suppressed_when': 'deleted_date is not null',
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('mobilize'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as event_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as event_id,
        organization_id,
        owner_id as owner_user_id,
        creator_id as creator_user_id,
        event_campaign_id,
        org_id,
        {{ movement_360.m360_clean_text('title') }} as title,
        {{ movement_360.m360_clean_text('summary') }} as event_summary,
        upper({{ movement_360.m360_clean_text('event_type') }}) as event_type,
        {{ movement_360.m360_clean_text('timezone') }} as time_zone,
        upper({{ movement_360.m360_clean_text('visibility') }}) as visibility,
        {{ movement_360.m360_clean_text('approval_status') }} as approval_status,
        {{ movement_360.m360_clean_text('browser_url') }} as browser_url,
        {{ movement_360.m360_clean_text('van_name') }} as van_name,
        {{ movement_360.m360_clean_text('location__venue') }} as location_venue,
        {{ movement_360.m360_clean_text('location__address_line_1') }} as location_address_line_1,
        {{ movement_360.m360_clean_text('location__locality') }} as location_city,
        {{ movement_360.m360_clean_text('location__region') }} as location_state,
        {{ movement_360.m360_clean_text('location__postal_code') }} as location_postal_code,
        {{ movement_360.m360_clean_text('location__state_leg_district') }} as location_state_leg_district,
        {{ movement_360.m360_clean_text('owner__given_name') }} as owner_given_name,
        {{ movement_360.m360_clean_text('owner__family_name') }} as owner_family_name,
        {{ movement_360.m360_clean_text('owner__email_address') }} as owner_email,
        {{ movement_360.m360_clean_text('owner__phone_number') }} as owner_phone,
        {{ movement_360.m360_clean_text('contact__name') }} as contact_name,
        {{ movement_360.m360_clean_text('contact__email_address') }} as contact_email,
        {{ movement_360.m360_clean_text('contact__phone_number') }} as contact_phone,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'mobilize' as source_system,
        source_schema,
        source_table,
        location__lat as location_latitude,
        location__lon as location_longitude,
        is_virtual,
        high_priority as is_high_priority,
        created_by_volunteer_host as is_created_by_volunteer_host,
        created_date as created_at,
        modified_date as modified_at

    from source

)

select * from renamed
