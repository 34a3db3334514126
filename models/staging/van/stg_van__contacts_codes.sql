{%- set staging_rules = {
    'source': ['van', 'contactscodes'],
    'key': ['contactscodeid'],
    'latest_by': ['datemodified'],
    'mode_suffixed': true,
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('van'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'database_mode', 'contactscodeid']) }} as source_code_application_key,
        {{ movement_360.m360_van_person_key() }} as van_person_key,
        cast(contactscodeid as {{ dbt.type_string() }}) as source_id,
        contactscodeid as contacts_code_id,
        vanid as van_id,
        codeid as code_id,
        committeeid as committee_id,
        inputtypeid as input_type_id,
        createdby as created_by_user_id,
        upper({{ movement_360.m360_clean_text('statecode') }}) as state_code,
        {{ movement_360.m360_local_to_utc('datecreated', var('movement_360__van_time_zone')) }} as created_at,
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
