{%- set staging_rules = {
    'source': ['van', 'users'],
    'key': ['userid'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('van'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'userid']) }} as user_key,
        cast(userid as {{ dbt.type_string() }}) as source_id,
        userid as user_id,
        org_id,
        {{ movement_360.m360_clean_text('username') }} as username,
        {{ movement_360.m360_clean_text('firstname') }} as first_name,
        {{ movement_360.m360_clean_text('lastname') }} as last_name,
        {{ movement_360.m360_clean_text('canvassername') }} as canvasser_name,
        {{ movement_360.m360_clean_text('email') }} as email,
        {{ movement_360.m360_number_as_text('cellphone') }} as cell_phone,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'van' as source_system,
        source_schema,
        source_table

    from source

)

select * from renamed
