{%- set staging_rules = {
    'source': ['van', 'surveyresponses'],
    'key': ['surveyquestionid', 'surveyresponseid'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('van'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'surveyquestionid', 'surveyresponseid']) }} as survey_response_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'surveyquestionid']) }} as survey_question_key,
        cast(surveyresponseid as {{ dbt.type_string() }}) as source_id,
        surveyquestionid as survey_question_id,
        surveyresponseid as survey_response_id,
        {{ movement_360.m360_clean_text('surveyresponsename') }} as survey_response_name,
        org_id,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'van' as source_system,
        source_schema,
        source_table

    from source

)

select * from renamed
