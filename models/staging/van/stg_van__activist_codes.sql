{%- set staging_rules = {
    'source': ['van', 'activistcodes'],
    'key': ['activistcodeid'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('van'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'activistcodeid']) }} as activist_code_key,
        cast(activistcodeid as {{ dbt.type_string() }}) as source_id,
        activistcodeid as activist_code_id,
        committeeid as committee_id,
        {{ movement_360.m360_clean_text('activistcodetype') }} as activist_code_type,
        {{ movement_360.m360_clean_text('activistcodename') }} as activist_code_name,
        {{ movement_360.m360_clean_text('activistcodedescription') }} as activist_code_description,
        active as active_status_id,
        coalesce(active = 1, false) as is_active,
        org_id,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'van' as source_system,
        source_schema,
        source_table

    from source

)

select * from renamed
