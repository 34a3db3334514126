{%- set staging_rules = {
    'source': ['action_network', 'subscriptions'],
    'key': ['id'],
    'latest_by': ['updated_at'],
} -%}
{{ config(
    enabled=movement_360.m360_adapter_enabled('action_network'),
    meta={'movement_360': staging_rules},
) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as subscription_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'user_id']) }} as user_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as subscription_id,
        user_id,
        group_id,
        source_action_id,
        lower({{ movement_360.m360_clean_text('status') }}) as subscription_status,
        {{ movement_360.m360_clean_text('source_action_type') }} as source_action_type,
        {{ movement_360.m360_clean_text('source_code') }} as source_code,
        {{ movement_360.m360_parse_timestamp('join_date') }} as joined_at,
        created_at,
        updated_at,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'action_network' as source_system,
        org_id,
        source_schema,
        source_table

    from source

)

select * from renamed
