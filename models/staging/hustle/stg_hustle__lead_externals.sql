{#-
    A Hustle lead's record in one integration. identifiers is JSON text; the
    VAN id is read from its "van_id" key (string or number) by the dispatched
    m360_json_extract_text. The highest version (then updated_at) wins.
-#}
{%- set staging_rules = {
    'source': ['hustle', 'lead_externals'],
    'key': ['lead_id', 'integration_id'],
    'latest_by': ['version', 'updated_at'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('hustle'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'lead_id', 'integration_id']) }} as lead_external_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'lead_id']) }} as lead_key,
        {{ dbt.concat([movement_360.m360_clean_text('lead_id'), "':'", movement_360.m360_clean_text('integration_id')]) }} as source_id,
        {{ movement_360.m360_clean_text('lead_id') }} as lead_id,
        {{ movement_360.m360_clean_text('integration_id') }} as integration_id,
        {{ movement_360.m360_clean_text(movement_360.m360_json_extract_text('identifiers', 'van_id')) }} as van_id,
        org_id,
        lower({{ movement_360.m360_clean_text('type') }}) as integration_type,
        {{ movement_360.m360_clean_text('identifiers') }} as identifiers,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'hustle' as source_system,
        source_schema,
        source_table,
        version,
        created_at,
        updated_at

    from source

)

select * from renamed
