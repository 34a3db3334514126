{%- set staging_rules = {
    'source': ['van', 'contactscontacts'],
    'key': ['contactscontactid'],
    'latest_by': ['datemodified'],
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
        {{ movement_360.m360_surrogate_key(['org_id', 'database_mode', 'contactscontactid']) }} as contact_attempt_key,
        {{ movement_360.m360_van_person_key() }} as van_person_key,
        cast(contactscontactid as {{ dbt.type_string() }}) as source_id,
        contactscontactid as contacts_contact_id,
        vanid as van_id,
        canvassedby as canvassed_by_user_id,
        createdby as created_by_user_id,
        contactsphoneid as contacts_phone_id,
        resultid as result_id,
        contacttypeid as contact_type_id,
        inputtypeid as input_type_id,
        coalesce(committeeid, personcommitteeid) as committee_id,
        personcommitteeid as person_committee_id,
        campaignid as campaign_id,
        contentid as content_id,
        database_mode,
        org_id,
        upper({{ movement_360.m360_clean_text('statecode') }}) as state_code,
        {{ movement_360.m360_clean_text('username') }} as canvasser_username,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'van' as source_system,
        source_schema,
        source_table,
        {{ movement_360.m360_local_to_utc('datecanvassed', time_zone) }} as canvassed_at,
        {{ movement_360.m360_local_to_utc('datecreated', time_zone) }} as created_at,
        {{ movement_360.m360_local_to_utc('datemodified', time_zone) }} as modified_at

    from source

)

select * from renamed
