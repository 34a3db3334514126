{%- set staging_rules = {
    'source': ['scale_to_win', 'opt_outs'],
    'key': ['id'],
    'latest_by': ['updated_at'],
    'suppressed_when': 'deleted_at is not null',
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('scale_to_win'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as opt_out_key,
        {{ movement_360.m360_reference_key(['org_id', 'assignment_id']) }} as assignment_key,
        {{ movement_360.m360_reference_key(['org_id', 'campaign_contact_id']) }} as campaign_contact_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as opt_out_id,
        organization_id,
        opt_out_list_id,
        assignment_id,
        campaign_contact_id,
        {{ movement_360.m360_clean_text('cell') }} as cell,
        {{ movement_360.m360_clean_text('reason_code') }} as reason_code,
        {{ movement_360.m360_clean_text('van_sync_result') }} as van_sync_result,
        created_at as opted_out_at,
        van_sync_at as van_synced_at,
        updated_at,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'scale_to_win' as source_system,
        org_id,
        source_schema,
        source_table

    from source

)

select * from renamed
