{%- set staging_rules = {
    'source': ['spoke', 'interaction_step'],
    'key': ['id'],
    'suppressed_when': 'is_deleted = true',
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('spoke'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as interaction_step_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'campaign_id']) }} as campaign_key,
        {{ movement_360.m360_reference_key(['org_id', 'parent_interaction_id']) }} as parent_interaction_step_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as interaction_step_id,
        campaign_id,
        parent_interaction_id as parent_interaction_step_id,
        {{ movement_360.m360_clean_text('question') }} as question,
        {{ movement_360.m360_clean_text('answer_option') }} as answer_option,
        {{ movement_360.m360_clean_text('script') }} as script,
        created_at,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'spoke' as source_system,
        org_id,
        source_schema,
        source_table

    from source

)

select * from renamed
