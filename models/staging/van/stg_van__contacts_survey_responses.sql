{%- set staging_rules = {
    'source': ['van', 'contactssurveyresponses'],
    'key': ['contactssurveyresponseid'],
    'latest_by': ['datemodified'],
    'mode_suffixed': true,
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('van'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'database_mode', 'contactssurveyresponseid']) }} as canvass_response_key,
        {{ movement_360.m360_van_person_key() }} as van_person_key,
        {{ movement_360.m360_reference_key(['org_id', 'database_mode', 'contactscontactid']) }} as contact_attempt_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'surveyquestionid', 'surveyresponseid']) }} as survey_response_key,
        cast(contactssurveyresponseid as {{ dbt.type_string() }}) as source_id,
        contactssurveyresponseid as contacts_survey_response_id,
        vanid as van_id,
        contactscontactid as contacts_contact_id,
        surveyquestionid as survey_question_id,
        surveyresponseid as survey_response_id,
        inputtypeid as input_type_id,
        contacttypeid as contact_type_id,
        committeeid as committee_id,
        canvassedby as canvassed_by_user_id,
        campaignid as campaign_id,
        contentid as content_id,
        upper({{ movement_360.m360_clean_text('statecode') }}) as state_code,
        {{ movement_360.m360_clean_text('username') }} as canvasser_username,
        {{ movement_360.m360_local_to_utc('datecanvassed', var('movement_360__van_time_zone')) }} as canvassed_at,
        {{ movement_360.m360_local_to_utc('datecreated', var('movement_360__van_time_zone')) }} as created_at,
        {{ movement_360.m360_local_to_utc('datemodified', var('movement_360__van_time_zone')) }} as modified_at,
        org_id,
        database_mode,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'van' as source_system,
        source_schema,
        source_table

    from source

)

select * from renamed
