{%- set staging_rules = {
    'source': ['scale_to_win', 'campaign_contacts_tags'],
    'key': ['id'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('scale_to_win'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as campaign_contact_tag_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'campaign_contact_id']) }} as campaign_contact_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as campaign_contact_tag_id,
        campaign_contact_id,
        tag_id,
        created_at as tagged_at,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'scale_to_win' as source_system,
        org_id,
        source_schema,
        source_table

    from source

)

select * from renamed
