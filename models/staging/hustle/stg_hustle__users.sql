{#- Hustle user accounts (texters and admins); the latest updated_at wins. -#}
{%- set staging_rules = {
    'source': ['hustle', 'users'],
    'key': ['id'],
    'latest_by': ['updated_at'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('hustle'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as user_key,
        {{ movement_360.m360_clean_text('id') }} as source_id,
        {{ movement_360.m360_clean_text('id') }} as user_id,
        org_id,
        {{ movement_360.m360_clean_text('full_name') }} as full_name,
        {{ movement_360.m360_clean_text('preferred_name') }} as preferred_name,
        {{ movement_360.m360_clean_text('username') }} as username,
        {{ movement_360.m360_clean_text('email') }} as email,
        {{ movement_360.m360_clean_text('phone_number') }} as phone_number,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'hustle' as source_system,
        source_schema,
        source_table,
        created_at,
        updated_at

    from source

)

select * from renamed
