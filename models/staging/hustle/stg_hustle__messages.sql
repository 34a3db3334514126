{#-
    Hustle messages. A changed message is appended again (latest updated_at
    wins); a redacted message keeps its row with null text.
-#}
{%- set staging_rules = {
    'source': ['hustle', 'messages'],
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
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as message_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'lead_id']) }} as lead_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'agent_id']) }} as agent_key,
        {{ movement_360.m360_clean_text('id') }} as source_id,
        {{ movement_360.m360_clean_text('id') }} as message_id,
        {{ movement_360.m360_clean_text('lead_id') }} as lead_id,
        {{ movement_360.m360_clean_text('agent_id') }} as agent_id,
        {{ movement_360.m360_clean_text('thread_id') }} as thread_id,
        {{ movement_360.m360_clean_text('group_id') }} as group_id,
        {{ movement_360.m360_clean_text('goal_id') }} as goal_id,
        org_id,
        lower({{ movement_360.m360_clean_text('direction') }}) as direction,
        lower({{ movement_360.m360_clean_text('type') }}) as message_type,
        {{ movement_360.m360_clean_text('message') }} as message_body,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'hustle' as source_system,
        source_schema,
        source_table,
        case
            when lower({{ movement_360.m360_clean_text('direction') }}) = 'outbound' then true
            when lower({{ movement_360.m360_clean_text('direction') }}) = 'inbound' then false
        end as is_outbound,
        pii_redacted_at is not null as is_pii_redacted,
        pii_redacted_at,
        created_at as sent_at,
        updated_at

    from source

)

select * from renamed
