{%- set staging_rules = {
    'source': ['action_network', 'user_tags'],
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
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as user_tag_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'user_id']) }} as user_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'tag_id']) }} as tag_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as user_tag_id,
        tag_id,
        user_id,
        group_id,
        {{ movement_360.m360_clean_text('uuid') }} as user_tag_uuid,
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
