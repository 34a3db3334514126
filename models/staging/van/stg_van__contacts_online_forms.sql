{%- set staging_rules = {
    'source': ['van', 'contactsonlineforms'],
    'key': ['contactsonlineformid'],
    'latest_by': ['datemodified'],
    'mode_suffixed': true,
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('van'), meta={'movement_360': staging_rules}) }}
{#-
    van_person_key: see the doc of the column in _van__models.yml. This table carries no
    statecode: it is a MyCampaign table, where the key has no state part.
-#}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'database_mode', 'contactsonlineformid']) }} as form_submission_key,
        {{ movement_360.m360_van_person_key(statecode=none) }} as van_person_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'onlineformid']) }} as online_form_key,
        cast(contactsonlineformid as {{ dbt.type_string() }}) as source_id,
        contactsonlineformid as contacts_online_form_id,
        vanid as van_id,
        onlineformid as online_form_id,
        {{ movement_360.m360_clean_text('marketsource') }} as market_source,
        {{ movement_360.m360_clean_text('submittedfirstname') }} as submitted_first_name,
        {{ movement_360.m360_clean_text('submittedlastname') }} as submitted_last_name,
        {{ movement_360.m360_clean_text('submittedaddressline1') }} as submitted_address_line_1,
        {{ movement_360.m360_clean_text('submittedcity') }} as submitted_city,
        {{ movement_360.m360_clean_text('submittedstateprovince') }} as submitted_state_province,
        {{ movement_360.m360_clean_text('submittedpostalcode') }} as submitted_postal_code,
        {{ movement_360.m360_clean_text('submittedhomeemail') }} as submitted_home_email,
        {{ movement_360.m360_clean_text('submittedworkemail') }} as submitted_work_email,
        {{ movement_360.m360_clean_text('submittedhomephone') }} as submitted_home_phone,
        {{ movement_360.m360_clean_text('submittedworkphone') }} as submitted_work_phone,
        {{ movement_360.m360_clean_text('submittedmobilephone') }} as submitted_mobile_phone,
        {{ movement_360.m360_clean_text('submittedmobilephonecountrycode') }} as submitted_mobile_phone_country_code,
        {{ movement_360.m360_flag_to_boolean('isnewcontact') }} as is_new_contact,
        {{ movement_360.m360_local_to_utc('datecreated', var('movement_360__van_time_zone')) }} as submitted_at,
        {{ movement_360.m360_local_to_utc('datemodified', var('movement_360__van_time_zone')) }} as modified_at,
        org_id,
        database_mode,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'van' as source_system,
        source_schema,
        source_table

    from source

)

select * from renamed
