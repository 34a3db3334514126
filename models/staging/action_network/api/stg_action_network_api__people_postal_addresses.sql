{%- set staging_rules = {
    'source': ['action_network_api', 'people_postal_addresses'],
    'key': ['person_identifier', 'array_index'],
    'latest_by': ['modified_date'],
} -%}
{{ config(
    enabled=movement_360.m360_adapter_enabled('action_network_api'),
    meta={'movement_360': staging_rules},
) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'person_identifier', 'array_index']) }} as postal_address_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'person_identifier']) }} as person_key,
        {{ dbt.concat(["person_identifier", "'#'", "cast(array_index as " ~ dbt.type_string() ~ ")"]) }} as source_id,
        {{ movement_360.m360_clean_text('person_identifier') }} as person_identifier,
        array_index,
        {{ movement_360.m360_clean_text('address_lines') }} as address_lines,
        {{ movement_360.m360_clean_text('locality') }} as city,
        {{ movement_360.m360_clean_text('region') }} as state,
        {{ movement_360.m360_clean_text('postal_code') }} as postal_code,
        {{ movement_360.m360_clean_text('country') }} as country,
        {{ movement_360.m360_clean_text('location_accuracy') }} as location_accuracy,
        latitude,
        longitude,
        is_primary,
        modified_date as modified_at,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'action_network' as source_system,
        org_id,
        source_schema,
        source_table

    from source

)

select * from renamed
