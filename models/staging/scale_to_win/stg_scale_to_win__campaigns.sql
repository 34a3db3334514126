{%- set staging_rules = {
    'source': ['scale_to_win', 'campaigns'],
    'key': ['id'],
    'latest_by': ['updated_at'],
    'latest_by_fallback': ['created_at'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('scale_to_win'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as campaign_key,
        {{ movement_360.m360_reference_key(['org_id', 'creator_id']) }} as creator_user_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as campaign_id,
        organization_id,
        creator_id as creator_user_id,
        {{ movement_360.m360_clean_text('title') }} as campaign_title,
        {{ movement_360.m360_clean_text('description') }} as campaign_description,
        is_started,
        is_archived,
        due_by as due_at,
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
