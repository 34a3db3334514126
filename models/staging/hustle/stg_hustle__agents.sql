{#-
    Hustle agents: one user texting for one group. An agent removed from its
    group carries deleted_at and is suppressed here (counted by the row
    accounting); messages may still name its id.
-#}
{%- set staging_rules = {
    'source': ['hustle', 'agents'],
    'key': ['id'],
    'latest_by': ['updated_at'],
    'suppressed_when': 'deleted_at is not null',
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('hustle'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as agent_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'user_id']) }} as user_key,
        {{ movement_360.m360_clean_text('id') }} as source_id,
        {{ movement_360.m360_clean_text('id') }} as agent_id,
        {{ movement_360.m360_clean_text('user_id') }} as user_id,
        {{ movement_360.m360_clean_text('group_id') }} as group_id,
        {{ movement_360.m360_clean_text('organization_id') }} as organization_id,
        org_id,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'hustle' as source_system,
        source_schema,
        source_table,
        created_at,
        updated_at

    from source

)

select * from renamed
