{#-
    ThruTalk dials. The export has no dial id, so a dial is identified by
    campaign, number dialled and the second it was dialled: a caller cannot
    dial the same number twice in one second, and all three are present on
    every row. Re-delivered copies from overlapping exports (identical rows)
    collapse to one. time_dialed_est is naive Eastern text, converted to UTC.
    No deletion marker.
-#}
{%- set staging_rules = {
    'source': ['thrutalk', 'daily_campaign_dials'],
    'key': ['campaign', 'contact_phone', 'time_dialed_est'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('thrutalk'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'campaign', 'contact_phone', 'time_dialed_est']) }} as dial_key,
        {{ dbt.concat(["coalesce(campaign, '')", "'|'", "coalesce(contact_phone, '')", "'|'", "coalesce(time_dialed_est, '')"]) }} as source_id,
        org_id,
        {{ movement_360.m360_clean_text('campaign') }} as campaign_name,
        {{ movement_360.m360_clean_text('result') }} as result,
        {{ movement_360.m360_clean_text('contact_first_name') }} as contact_first_name,
        {{ movement_360.m360_clean_text('contact_last_name') }} as contact_last_name,
        {{ movement_360.m360_clean_text('contact_phone') }} as contact_phone,
        {{ movement_360.m360_clean_text('caller_first_name') }} as caller_first_name,
        {{ movement_360.m360_clean_text('caller_last_name') }} as caller_last_name,
        {{ movement_360.m360_clean_text('caller_phone_number') }} as caller_phone_number,
        {{ movement_360.m360_clean_text('caller_email') }} as caller_email,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'thrutalk' as source_system,
        source_schema,
        source_table,
        {{ movement_360.m360_local_to_utc(movement_360.m360_parse_timestamp('time_dialed_est'), 'America/New_York') }} as dialed_at

    from source

)

select * from renamed
