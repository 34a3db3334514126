{%- set staging_rules = {
    'source': ['van', 'campaigns'],
    'key': ['campaignid'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('van'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'campaignid']) }} as campaign_key,
        cast(campaignid as {{ dbt.type_string() }}) as source_id,
        campaignid as campaign_id,
        committeeid as committee_id,
        campaigntypeid as campaign_type_id,
        createdby as created_by_user_id,
        org_id,
        {{ movement_360.m360_clean_text('campaignname') }} as campaign_name,
        {{ movement_360.m360_clean_text('campaigndescription') }} as campaign_description,
        {{ movement_360.m360_clean_text('campaigntypename') }} as campaign_type_name,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'van' as source_system,
        source_schema,
        source_table,
        {{ movement_360.m360_flag_to_boolean('isactive') }} as is_active,
        {{ movement_360.m360_local_to_utc('datecreated', var('movement_360__van_time_zone')) }} as created_at

    from source

)

select * from renamed
