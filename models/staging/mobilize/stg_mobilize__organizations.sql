{%- set staging_rules = {
    'source': ['mobilize', 'organizations'],
    'key': ['id'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('mobilize'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as organization_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as organization_id,
        committee_id,
        org_id,
        {{ movement_360.m360_clean_text('name') }} as organization_name,
        {{ movement_360.m360_clean_text('slug') }} as organization_slug,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'mobilize' as source_system,
        source_schema,
        source_table

    from source

)

select * from renamed
