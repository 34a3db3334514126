{%- set staging_rules = {
    'source': ['van', 'contacttypes'],
    'key': ['contacttypeid'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('van'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'contacttypeid']) }} as contact_type_key,
        cast(contacttypeid as {{ dbt.type_string() }}) as source_id,
        contacttypeid as contact_type_id,
        org_id,
        {{ movement_360.m360_clean_text('contacttypename') }} as contact_type_name,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'van' as source_system,
        source_schema,
        source_table

    from source

)

select * from renamed
