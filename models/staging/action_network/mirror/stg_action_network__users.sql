{%- set staging_rules = {
    'source': ['action_network', 'users'],
    'key': ['id'],
    'latest_by': ['updated_at'],
    'suppressed_when': "nullif(" ~ movement_360.m360_trim('deleted_at') ~ ", '') is not null",
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
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as user_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as user_id,
        root_group_id,
        {{ movement_360.m360_clean_text('uuid') }} as user_uuid,
        {{ movement_360.m360_clean_text('email') }} as email,
        {{ movement_360.m360_clean_text('unconfirmed_email') }} as unconfirmed_email,
        {{ movement_360.m360_clean_text('language') }} as language_code,
        {{ movement_360.m360_clean_text('originating_system') }} as originating_system,
        {{ movement_360.m360_clean_text('role') }} as user_role,
        sign_in_count,
        {{ movement_360.m360_flag_to_boolean('is_super_admin') }} as is_super_admin,
        {{ movement_360.m360_parse_timestamp('created_at') }} as created_at,
        {{ movement_360.m360_parse_timestamp('confirmed_at') }} as confirmed_at,
        {{ movement_360.m360_parse_timestamp('last_sign_in_at') }} as last_sign_in_at,
        updated_at,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'action_network' as source_system,
        org_id,
        source_schema,
        source_table

    from source

)

select * from renamed
