{%- set staging_rules = {
    'source': ['spoke', 'assignment'],
    'key': ['id'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('spoke'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as assignment_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'campaign_id']) }} as campaign_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'user_id']) }} as user_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as assignment_id,
        campaign_id,
        user_id,
        max_contacts,
        created_at,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'spoke' as source_system,
        org_id,
        source_schema,
        source_table

    from source

)

select * from renamed
