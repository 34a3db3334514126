{%- set staging_rules = {
    'source': ['action_network_api', 'people_phone_numbers'],
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
        {{ movement_360.m360_surrogate_key(['org_id', 'person_identifier', 'array_index']) }} as phone_number_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'person_identifier']) }} as person_key,
        {{ dbt.concat(["person_identifier", "'#'", "cast(array_index as " ~ dbt.type_string() ~ ")"]) }} as source_id,
        {{ movement_360.m360_clean_text('person_identifier') }} as person_identifier,
        array_index,
        {{ movement_360.m360_clean_text('number') }} as phone,
        {{ movement_360.m360_clean_text('number_type') }} as number_type,
        lower({{ movement_360.m360_clean_text('status') }}) as phone_status,
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
