{%- set staging_rules = {
    'source': ['mobilize', 'users'],
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
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as user_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as user_id,
        membership_id,
        membership__organization_id as organization_id,
        org_id,
        {{ movement_360.m360_clean_text('given_name') }} as given_name,
        {{ movement_360.m360_clean_text('family_name') }} as family_name,
        {{ movement_360.m360_clean_text('email_address') }} as email,
        {{ movement_360.m360_clean_text('phone_number') }} as phone,
        {{ movement_360.m360_clean_text('postal_code') }} as postal_code,
        upper({{ movement_360.m360_clean_text('membership__permission_tier') }}) as permission_tier,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'mobilize' as source_system,
        source_schema,
        source_table,
        (blocked_date is not null) as is_blocked,
        blocked_date as blocked_at,
        membership__created_date as membership_created_at,
        membership__modified_date as membership_modified_at,
        created_date as created_at,
        modified_date as modified_at

    from source

)

select * from renamed
