{%- set staging_rules = {
    'source': ['scale_to_win', 'assignments'],
    'key': ['id'],
    'latest_by': ['updated_at'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('scale_to_win'), meta={'movement_360': staging_rules}) }}

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
        dynamic_replies as has_dynamic_replies,
        dynamic_initials as has_dynamic_initials,
        created_at,
        updated_at,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'scale_to_win' as source_system,
        org_id,
        source_schema,
        source_table

    from source

)

select * from renamed
