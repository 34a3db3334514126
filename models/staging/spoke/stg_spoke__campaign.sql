{%- set staging_rules = {
    'source': ['spoke', 'campaign'],
    'key': ['id'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('spoke'), meta={'movement_360': staging_rules}) }}

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
        use_dynamic_assignment as is_dynamic_assignment,
        due_by as due_at,
        created_at,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'spoke' as source_system,
        org_id,
        source_schema,
        source_table

    from source

)

select * from renamed
