{#-
    ThruText's daily survey export: one answer per conversation and survey
    question. An answer edited later is exported again with a later
    `updated_at` (text in UTC, parsed for ordering); the newest wins.
    No deletion marker.
-#}
{%- set staging_rules = {
    'source': ['thrutext', 'daily_surveys'],
    'key': ['conversation_id', 'survey_id'],
    'latest_by': [movement_360.m360_parse_timestamp('updated_at') | trim],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('thrutext'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'conversation_id', 'survey_id']) }} as survey_response_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'conversation_id']) }} as conversation_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'contact_id']) }} as contact_key,
        {{ dbt.concat([movement_360.m360_clean_text('conversation_id'), "':'", movement_360.m360_clean_text('survey_id')]) }} as source_id,
        {{ movement_360.m360_clean_text('conversation_id') }} as conversation_id,
        {{ movement_360.m360_clean_text('survey_id') }} as survey_id,
        {{ movement_360.m360_clean_text('contact_id') }} as contact_id,
        {{ movement_360.m360_clean_text('campaign_id') }} as campaign_id,
        {{ movement_360.m360_clean_text('van_id') }} as van_id,
        {{ movement_360.m360_clean_text('van_campaign_id') }} as van_campaign_id,
        org_id,
        {{ movement_360.m360_clean_text('campaign_name') }} as campaign_name,
        {{ movement_360.m360_clean_text('survey_question') }} as survey_question,
        lower({{ movement_360.m360_clean_text('survey_type') }}) as survey_type,
        {{ movement_360.m360_clean_text('response') }} as response,
        lower({{ movement_360.m360_clean_text('sync_status') }}) as sync_status,
        {{ movement_360.m360_clean_text('contact_first_name') }} as contact_first_name,
        {{ movement_360.m360_clean_text('contact_last_name') }} as contact_last_name,
        {{ movement_360.m360_clean_text('contact_phone') }} as contact_phone,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'thrutext' as source_system,
        source_schema,
        source_table,
        {{ movement_360.m360_parse_timestamp('updated_at') }} as updated_at

    from source

)

select * from renamed
