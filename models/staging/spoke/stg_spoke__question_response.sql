{%- set staging_rules = {
    'source': ['spoke', 'question_response'],
    'key': ['id'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('spoke'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as question_response_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'campaign_contact_id']) }} as campaign_contact_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'interaction_step_id']) }} as interaction_step_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as question_response_id,
        campaign_contact_id,
        interaction_step_id,
        {{ movement_360.m360_clean_text('value') }} as response_value,
        created_at,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'spoke' as source_system,
        org_id,
        source_schema,
        source_table

    from source

)

select * from renamed
