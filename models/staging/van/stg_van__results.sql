{%- set staging_rules = {
    'source': ['van', 'results'],
    'key': ['resultid'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('van'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'resultid']) }} as result_key,
        cast(resultid as {{ dbt.type_string() }}) as source_id,
        resultid as result_id,
        org_id,
        {{ movement_360.m360_clean_text('resultshortname') }} as result_short_name,
        {{ movement_360.m360_clean_text('resultdescription') }} as result_description,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'van' as source_system,
        source_schema,
        source_table

    from source

)

select * from renamed
