{#- Hustle survey answer options, with the VAN survey response they map to. -#}
{%- set staging_rules = {
    'source': ['hustle', 'survey_responses'],
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
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as survey_response_key,
        {{ movement_360.m360_clean_text('id') }} as source_id,
        {{ movement_360.m360_clean_text('id') }} as survey_response_id,
        {{ movement_360.m360_clean_text('survey_question_id') }} as survey_question_id,
        {{ movement_360.m360_clean_text('integration_id') }} as integration_id,
        van_survey_response_id,
        org_id,
        {{ movement_360.m360_clean_text('formatted_value') }} as formatted_value,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'hustle' as source_system,
        source_schema,
        source_table,
        created_at,
        updated_at

    from source

)

select * from renamed
