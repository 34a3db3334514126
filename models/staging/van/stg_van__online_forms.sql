{%- set staging_rules = {
    'source': ['van', 'onlineforms'],
    'key': ['onlineformid'],
    'latest_by': ['datemodified'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('van'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'onlineformid']) }} as online_form_key,
        {{ movement_360.m360_reference_key(['org_id', 'eventid']) }} as event_key,
        cast(onlineformid as {{ dbt.type_string() }}) as source_id,
        onlineformid as online_form_id,
        onlineformtypeid as online_form_type_id,
        committeeid as committee_id,
        eventid as event_id,
        campaignid as campaign_id,
        {{ movement_360.m360_clean_text('onlineformname') }} as online_form_name,
        {{ movement_360.m360_clean_text('onlineformurl') }} as online_form_url,
        {{ movement_360.m360_flag_to_boolean('isactive') }} as is_active,
        {{ movement_360.m360_local_to_utc('datecreated', var('movement_360__van_time_zone')) }} as created_at,
        {{ movement_360.m360_local_to_utc('datemodified', var('movement_360__van_time_zone')) }} as modified_at,
        org_id,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'van' as source_system,
        source_schema,
        source_table

    from source

)

select * from renamed
