{%- set staging_rules = {
    'source': ['spoke', 'opt_out'],
    'key': ['id'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('spoke'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as opt_out_key,
        {{ movement_360.m360_reference_key(['org_id', 'assignment_id']) }} as assignment_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as opt_out_id,
        organization_id,
        assignment_id,
        {{ movement_360.m360_clean_text('cell') }} as cell,
        {{ movement_360.m360_clean_text('reason_code') }} as reason_code,
        created_at as opted_out_at,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'spoke' as source_system,
        org_id,
        source_schema,
        source_table

    from source

)

select * from renamed
