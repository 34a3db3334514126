{%- set staging_rules = {
    'source': ['custom', 'person_records'],
    'key': ['record_id'],
    'latest_by': ['updated_at'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('custom'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'record_id']) }} as custom_record_key,
        {{ movement_360.m360_clean_text('record_id') }} as source_id,
        org_id,
        {{ movement_360.m360_clean_text('list_name') }} as list_name,
        {{ movement_360.m360_clean_text('first_name') }} as first_name,
        {{ movement_360.m360_clean_text('middle_name') }} as middle_name,
        {{ movement_360.m360_clean_text('last_name') }} as last_name,
        {{ movement_360.m360_clean_text('email') }} as email,
        {{ movement_360.m360_clean_text('phone') }} as phone,
        {{ movement_360.m360_clean_text('address_line_1') }} as address_line_1,
        {{ movement_360.m360_clean_text('city') }} as city,
        {{ movement_360.m360_clean_text('state_code') }} as state_code,
        {{ movement_360.m360_clean_text('postal_code') }} as postal_code,
        {{ movement_360.m360_clean_text('birth_date') }} as birth_date,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'custom' as source_system,
        source_schema,
        source_table,
        updated_at

    from source

)

select * from renamed
