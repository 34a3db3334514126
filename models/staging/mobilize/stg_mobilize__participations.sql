{%- set staging_rules = {
    'source': ['mobilize', 'participations'],
    'key': ['id'],
    'latest_by': ['modified_date'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('mobilize'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as participation_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'user_id']) }} as user_key,
        {{ movement_360.m360_reference_key(['org_id', 'event_id']) }} as event_key,
        {{ movement_360.m360_reference_key(['org_id', 'timeslot_id']) }} as timeslot_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as participation_id,
        user_id,
        event_id,
        timeslot_id,
        organization_id,
        affiliation_id,
        org_id,
        upper({{ movement_360.m360_clean_text('status') }}) as status,
        {{ movement_360.m360_clean_text('user__given_name') }} as user_given_name,
        {{ movement_360.m360_clean_text('user__family_name') }} as user_family_name,
        {{ movement_360.m360_clean_text('user__email_address') }} as user_email,
        {{ movement_360.m360_clean_text('user__phone_number') }} as user_phone,
        {{ movement_360.m360_clean_text('user__postal_code') }} as user_postal_code,
        {{ movement_360.m360_clean_text('given_name_at_signup') }} as given_name_at_signup,
        {{ movement_360.m360_clean_text('family_name_at_signup') }} as family_name_at_signup,
        {{ movement_360.m360_clean_text('email_at_signup') }} as email_at_signup,
        {{ movement_360.m360_clean_text('phone_number_at_signup') }} as phone_at_signup,
        {{ movement_360.m360_clean_text('postal_code_at_signup') }} as postal_code_at_signup,
        {{ movement_360.m360_clean_text('organization__name') }} as organization_name,
        {{ movement_360.m360_clean_text('organization__slug') }} as organization_slug,
        {{ movement_360.m360_clean_text('affiliation__name') }} as affiliation_name,
        {{ movement_360.m360_clean_text('affiliation__slug') }} as affiliation_slug,
        upper({{ movement_360.m360_clean_text('experience_feedback_type') }}) as experience_feedback_type,
        {{ movement_360.m360_clean_text('experience_feedback_text') }} as experience_feedback_text,
        {{ movement_360.m360_clean_text('referrer__utm_source') }} as referrer_utm_source,
        {{ movement_360.m360_clean_text('referrer__utm_medium') }} as referrer_utm_medium,
        {{ movement_360.m360_clean_text('referrer__utm_campaign') }} as referrer_utm_campaign,
        {{ movement_360.m360_clean_text('referrer__url') }} as referrer_url,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'mobilize' as source_system,
        source_schema,
        source_table,
        attended as has_attended,
        (event_id is null) as is_cross_firewall,
        created_date as created_at,
        modified_date as modified_at,
        user__modified_date as user_modified_at

    from source

)

select * from renamed
