{%- set staging_rules = {
    'source': ['van', 'surveyquestions'],
    'key': ['surveyquestionid'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('van'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'surveyquestionid']) }} as survey_question_key,
        cast(surveyquestionid as {{ dbt.type_string() }}) as source_id,
        surveyquestionid as survey_question_id,
        createdcommitteeid as created_committee_id,
        {{ movement_360.m360_clean_text('surveyquestiontype') }} as survey_question_type,
        {{ movement_360.m360_clean_text('surveyquestionname') }} as survey_question_name,
        {{ movement_360.m360_clean_text('surveyquestiontext') }} as survey_question_text,
        cycle as cycle_year,
        active as active_status_id,
        coalesce(active = 1, false) as is_active,
        org_id,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'van' as source_system,
        source_schema,
        source_table

    from source

)

select * from renamed
