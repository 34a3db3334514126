{#-
    ThruText's opt-out export: one opt-out per conversation. Re-delivered rows
    in the next day's file collapse to one; `timestamp` is ISO text in UTC.
    No deletion marker (an opt-out is never withdrawn in the export).
-#}
{%- set staging_rules = {
    'source': ['thrutext', 'opt_outs'],
    'key': ['conversation_id'],
    'latest_by': [movement_360.m360_parse_timestamp('timestamp') | trim],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('thrutext'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'conversation_id']) }} as opt_out_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'contact_id']) }} as contact_key,
        {{ movement_360.m360_clean_text('conversation_id') }} as source_id,
        {{ movement_360.m360_clean_text('conversation_id') }} as conversation_id,
        {{ movement_360.m360_clean_text('contact_id') }} as contact_id,
        {{ movement_360.m360_clean_text('van_id') }} as van_id,
        {{ movement_360.m360_clean_text('van_campaign_id') }} as van_campaign_id,
        org_id,
        lower({{ movement_360.m360_clean_text('opt_out_type') }}) as opt_out_type,
        {{ movement_360.m360_clean_text('note') }} as note,
        {{ movement_360.m360_clean_text('contact_first_name') }} as contact_first_name,
        {{ movement_360.m360_clean_text('contact_last_name') }} as contact_last_name,
        {{ movement_360.m360_clean_text('contact_phone') }} as contact_phone,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'thrutext' as source_system,
        source_schema,
        source_table,
        {{ movement_360.m360_parse_timestamp('timestamp') }} as opted_out_at

    from source

)

select * from renamed
