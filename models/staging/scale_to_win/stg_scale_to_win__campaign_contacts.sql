{%- set staging_rules = {
    'source': ['scale_to_win', 'campaign_contacts'],
    'key': ['id'],
    'latest_by': ['updated_at'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('scale_to_win'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as campaign_contact_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'campaign_id']) }} as campaign_key,
        {{ movement_360.m360_reference_key(['org_id', 'assignment_id']) }} as assignment_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as campaign_contact_id,
        campaign_id,
        assignment_id,
        script_variant_id,
        {{ movement_360.m360_clean_text('external_id') }} as external_id,
        {{ movement_360.m360_clean_text('first_name') }} as first_name,
        {{ movement_360.m360_clean_text('last_name') }} as last_name,
        {{ movement_360.m360_clean_text('cell') }} as cell,
        {{ movement_360.m360_clean_text('zip') }} as zip,
        {{ movement_360.m360_clean_text('notes') }} as notes,
        {{ movement_360.m360_clean_text('custom_fields') }} as custom_fields,
        {{ movement_360.m360_clean_text('message_status') }} as message_status,
        lower({{ movement_360.m360_clean_text('carrier_data_number_type') }}) as carrier_number_type,
        {{ movement_360.m360_clean_text('carrier_data_carrier_name') }} as carrier_name,
        error_code,
        is_opted_out,
        created_at,
        updated_at,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'scale_to_win' as source_system,
        org_id,
        source_schema,
        source_table

    from source

)

select * from renamed
