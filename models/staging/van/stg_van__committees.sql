{%- set staging_rules = {
    'source': ['van', 'committees'],
    'key': ['committeeid'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('van'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'committeeid']) }} as committee_key,
        cast(committeeid as {{ dbt.type_string() }}) as source_id,
        committeeid as committee_id,
        parentcommitteeid as parent_committee_id,
        mastercommitteeid as master_committee_id,
        org_id,
        {{ movement_360.m360_clean_text('committeename') }} as committee_name,
        {{ movement_360.m360_clean_text('committeeshortname') }} as committee_short_name,
        {{ movement_360.m360_clean_text('committeetypename') }} as committee_type_name,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'van' as source_system,
        source_schema,
        source_table,
        {{ movement_360.m360_flag_to_boolean('active') }} as is_active

    from source

)

select * from renamed
