{%- set staging_rules = {
    'source': ['action_network_api', 'donations'],
    'key': ['identifier'],
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
        {{ movement_360.m360_surrogate_key(['org_id', 'identifier']) }} as donation_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'person_identifier']) }} as person_key,
        {{ movement_360.m360_clean_text('identifier') }} as source_id,
        {{ movement_360.m360_clean_text('identifier') }} as donation_identifier,
        {{ movement_360.m360_clean_text('person_identifier') }} as person_identifier,
        {{ movement_360.m360_clean_text('fundraising_page_identifier') }} as fundraising_page_identifier,
        {{ movement_360.m360_clean_text('fundraising_page_title') }} as fundraising_page_title,
        lower({{ movement_360.m360_clean_text('currency') }}) as currency,
        {{ movement_360.m360_clean_text('recurrence_period') }} as recurrence_period,
        amount,
        is_recurring,
        created_date as created_at,
        modified_date as modified_at,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'action_network' as source_system,
        org_id,
        source_schema,
        source_table

    from source

)

select * from renamed
