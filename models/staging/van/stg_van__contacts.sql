{%- set staging_rules = {
    'source': ['van', 'contacts'],
    'key': ['statecode', 'vanid'],
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
        {{ movement_360.m360_van_person_key() }} as van_person_key,
        cast(vanid as {{ dbt.type_string() }}) as source_id,
        vanid as van_id,
        phoneid as primary_contacts_phone_id,
        emailid as primary_contacts_email_id,
        maddressid as mailing_contacts_address_id,
        committeeid as committee_id,
        createdby as created_by_user_id,
        database_mode,
        org_id,
        upper({{ movement_360.m360_clean_text('statecode') }}) as state_code,
        {{ movement_360.m360_clean_text('firstname') }} as first_name,
        {{ movement_360.m360_clean_text('middlename') }} as middle_name,
        {{ movement_360.m360_clean_text('lastname') }} as last_name,
        {{ movement_360.m360_clean_text('suffix') }} as name_suffix,
        {{ movement_360.m360_clean_text('streetno') }} as street_number,
        {{ movement_360.m360_clean_text('streetname') }} as street_name,
        {{ movement_360.m360_clean_text('aptno') }} as apartment_number,
        {{ movement_360.m360_clean_text('city') }} as city,
        upper({{ movement_360.m360_clean_text('state') }}) as state,
        {{ movement_360.m360_clean_text('zip5') }} as zip5,
        {{ movement_360.m360_clean_text('zip4') }} as zip4,
        {{ movement_360.m360_clean_text('vaddress') }} as voting_address,
        {{ movement_360.m360_number_as_text('phone') }} as phone,
        upper({{ movement_360.m360_clean_text('sex') }}) as sex,
        {{ movement_360.m360_clean_text('countyname') }} as county_name,
        {{ movement_360.m360_clean_text('precinctname') }} as precinct_name,
        {{ movement_360.m360_clean_text('hdname') }} as house_district_name,
        {{ movement_360.m360_clean_text('sdname') }} as senate_district_name,
        {{ movement_360.m360_clean_text('employername') }} as employer_name,
        {{ movement_360.m360_clean_text('occupationname') }} as occupation_name,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'van' as source_system,
        source_schema,
        source_table,
        dob as birth_date,
        {{ movement_360.m360_local_to_utc('datecreated', time_zone) }} as created_at,
        {{ movement_360.m360_local_to_utc('datemodified', time_zone) }} as modified_at

    from source

)

select * from renamed
