{#- Hustle survey questions, with the VAN survey question they map to. -#}
{%- set staging_rules = {
    'source': ['hustle', 'survey_questions'],
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
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as survey_question_key,
        {{ movement_360.m360_clean_text('id') }} as source_id,
        {{ movement_360.m360_clean_text('id') }} as survey_question_id,
        {{ movement_360.m360_clean_text('goal_id') }} as goal_id,
        {{ movement_360.m360_clean_text('goal_step_id') }} as goal_step_id,
        {{ movement_360.m360_clean_text('integration_id') }} as integration_id,
        van_survey_question_id,
        org_id,
        {{ movement_360.m360_clean_text('question') }} as question,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'hustle' as source_system,
        source_schema,
        source_table,
        created_at,
        updated_at

    from source

)

select * from renamed
