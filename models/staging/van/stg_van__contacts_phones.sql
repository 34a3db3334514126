{%- set staging_rules = {
    'source': ['van', 'contactsphones'],
    'key': ['contactsphoneid'],
    'latest_by': ['datemodified'],
    'suppressed_when': 'datesuppressed is not null',
    'mode_suffixed': true,
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('van'), meta={'movement_360': staging_rules}) }}
{%- set time_zone = var('movement_360__van_time_zone') -%}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'database_mode', 'contactsphoneid']) }} as contacts_phone_key,
        {{ movement_360.m360_van_person_key() }} as van_person_key,
        cast(contactsphoneid as {{ dbt.type_string() }}) as source_id,
        contactsphoneid as contacts_phone_id,
        vanid as van_id,
        phonetypeid as phone_type_id,
        iscellstatusid as is_cell_status_id,
        createdby as created_by_user_id,
        database_mode,
        org_id,
        upper({{ movement_360.m360_clean_text('statecode') }}) as state_code,
        {{ movement_360.m360_number_as_text('phone') }} as phone,
        upper({{ movement_360.m360_clean_text('countrycode') }}) as country_code,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'van' as source_system,
        source_schema,
        source_table,
        {{ movement_360.m360_local_to_utc('datecreated', time_zone) }} as created_at,
        {{ movement_360.m360_local_to_utc('datemodified', time_zone) }} as modified_at

    from source

)

select * from renamed
