{#-
    ThruText's daily message export. Overlapping export windows deliver the
    same message again in the next day's file (same message_id, same content):
    one row per message_id is kept. There is no update column (copies are
    identical) and no deletion marker. `timestamp` is text in UTC.
-#}
{%- set staging_rules = {
    'source': ['thrutext', 'daily_messages'],
    'key': ['message_id'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('thrutext'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'message_id']) }} as message_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'conversation_id']) }} as conversation_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'contact_id']) }} as contact_key,
        {{ movement_360.m360_clean_text('message_id') }} as source_id,
        {{ movement_360.m360_clean_text('message_id') }} as message_id,
        {{ movement_360.m360_clean_text('conversation_id') }} as conversation_id,
        {{ movement_360.m360_clean_text('contact_id') }} as contact_id,
        {{ movement_360.m360_clean_text('campaign_id') }} as campaign_id,
        {{ movement_360.m360_clean_text('van_id') }} as van_id,
        {{ movement_360.m360_clean_text('van_campaign_id') }} as van_campaign_id,
        org_id,
        lower({{ movement_360.m360_clean_text('message_direction') }}) as message_direction,
        {{ movement_360.m360_clean_text('message_body') }} as message_body,
        {{ movement_360.m360_clean_text('media_content') }} as media_content,
        {{ movement_360.m360_clean_text('message_error') }} as message_error,
        {{ movement_360.m360_clean_text('campaign_name') }} as campaign_name,
        {{ movement_360.m360_clean_text('conversation_phone') }} as conversation_phone,
        {{ movement_360.m360_clean_text('sender_first_name') }} as sender_first_name,
        {{ movement_360.m360_clean_text('sender_last_name') }} as sender_last_name,
        {{ movement_360.m360_clean_text('sender_phone') }} as sender_phone,
        {{ movement_360.m360_clean_text('sender_email') }} as sender_email,
        {{ movement_360.m360_clean_text('contact_first_name') }} as contact_first_name,
        {{ movement_360.m360_clean_text('contact_last_name') }} as contact_last_name,
        {{ movement_360.m360_clean_text('contact_phone') }} as contact_phone,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'thrutext' as source_system,
        source_schema,
        source_table,
        message_segment_count,
        case
            when lower({{ movement_360.m360_clean_text('message_direction') }}) = 'outgoing' then true
            when lower({{ movement_360.m360_clean_text('message_direction') }}) = 'incoming' then false
        end as is_outgoing,
        {{ movement_360.m360_clean_text('message_error') }} is not null as has_error,
        {{ movement_360.m360_parse_timestamp('timestamp') }} as sent_at

    from source

)

select * from renamed
