{#-
    Hustle actions: what an agent recorded on a lead. Survey answers are
    type 'survey_response' with the question and the chosen response.
-#}
{%- set staging_rules = {
    'source': ['hustle', 'actions'],
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
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as action_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'lead_id']) }} as lead_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'agent_id']) }} as agent_key,
        {{ movement_360.m360_clean_text('id') }} as source_id,
        {{ movement_360.m360_clean_text('id') }} as action_id,
        {{ movement_360.m360_clean_text('lead_id') }} as lead_id,
        {{ movement_360.m360_clean_text('agent_id') }} as agent_id,
        {{ movement_360.m360_clean_text('goal_id') }} as goal_id,
        {{ movement_360.m360_clean_text('survey_question_id') }} as survey_question_id,
        {{ movement_360.m360_clean_text('survey_response_id') }} as survey_response_id,
        org_id,
        lower({{ movement_360.m360_clean_text('type') }}) as action_type,
        {{ movement_360.m360_clean_text('value_str') }} as action_value,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'hustle' as source_system,
        source_schema,
        source_table,
        created_at,
        updated_at

    from source

)

select * from renamed
