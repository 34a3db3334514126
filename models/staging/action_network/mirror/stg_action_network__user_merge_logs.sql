{%- set staging_rules = {
    'source': ['action_network', 'user_merge_logs'],
    'key': ['id'],
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
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as user_merge_log_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'merged_user_id']) }} as merged_user_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'removed_user_id']) }} as removed_user_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as user_merge_log_id,
        merged_user_id,
        removed_user_id,
        {{ movement_360.m360_clean_text('merged_user_email') }} as merged_user_email,
        {{ movement_360.m360_clean_text('removed_user_email') }} as removed_user_email,
        {{ movement_360.m360_parse_timestamp('created_at') }} as merged_at,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'action_network' as source_system,
        org_id,
        source_schema,
        source_table

    from source

)

select * from renamed
