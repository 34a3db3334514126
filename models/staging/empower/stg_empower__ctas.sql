{%- set staging_rules = {
    'source': ['empower', 'ctas'],
    'key': ['id'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('empower'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as cta_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as cta_id,
        organizationid as organization_id,
        spokecampaignid as spoke_campaign_id,
        org_id,
        {{ movement_360.m360_clean_text('name') }} as cta_name,
        upper({{ movement_360.m360_clean_text('actiontype') }}) as action_type,
        {{ movement_360.m360_clean_text('regionids') }} as region_ids,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'empower' as source_system,
        source_schema,
        source_table,
        {{ movement_360.m360_epoch_ms_to_timestamp('activeuntilmts') }} as active_until_at

    from source

)

select * from renamed
