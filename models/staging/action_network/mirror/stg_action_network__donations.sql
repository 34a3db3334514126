{%- set staging_rules = {
    'source': ['action_network', 'donations'],
    'key': ['id'],
    'latest_by': ['updated_at'],
} -%}
{{ config(
    enabled=movement_360.m360_adapter_enabled('action_network'),
    meta={'movement_360': staging_rules},
) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as donation_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'user_id']) }} as user_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as donation_id,
        user_id,
        fundraising_id,
        {{ movement_360.m360_clean_text('email') }} as email,
        {{ movement_360.m360_clean_text('phone') }} as phone,
        {{ movement_360.m360_clean_text('first_name') }} as first_name,
        {{ movement_360.m360_clean_text('last_name') }} as last_name,
        {{ movement_360.m360_clean_text('street') }} as street,
        {{ movement_360.m360_clean_text('city') }} as city,
        {{ movement_360.m360_clean_text('state') }} as state,
        {{ movement_360.m360_clean_text('zip_code') }} as zip_code,
        {{ movement_360.m360_clean_text('country') }} as country,
        {{ movement_360.m360_clean_text('tag_list') }} as tag_list,
        {{ movement_360.m360_clean_text('originating_system') }} as originating_system,
        {{ movement_360.m360_clean_text('source_code') }} as source_code,
        amount,
        {{ movement_360.m360_flag_to_boolean('recurring') }} as is_recurring,
        {{ movement_360.m360_parse_timestamp('created_at') }} as created_at,
        updated_at,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'action_network' as source_system,
        org_id,
        source_schema,
        source_table

    from source

)

select * from renamed
