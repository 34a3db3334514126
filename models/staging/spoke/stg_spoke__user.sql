{%- set staging_rules = {
    'source': ['spoke', 'user'],
    'key': ['id'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('spoke'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as user_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as user_id,
        {{ movement_360.m360_clean_text('auth0_id') }} as auth0_id,
        {{ movement_360.m360_clean_text('first_name') }} as first_name,
        {{ movement_360.m360_clean_text('last_name') }} as last_name,
        {{ movement_360.m360_clean_text('alias') }} as alias_name,
        {{ movement_360.m360_clean_text('email') }} as email,
        {{ movement_360.m360_clean_text('cell') }} as cell,
        is_superadmin,
        created_at,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'spoke' as source_system,
        org_id,
        source_schema,
        source_table

    from source

)

select * from renamed
