{%- set staging_rules = {
    'source': ['van', 'contactscontributions'],
    'key': ['contactscontributionid'],
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
        {{ movement_360.m360_surrogate_key(['org_id', 'database_mode', 'contactscontributionid']) }} as contribution_key,
        {{ movement_360.m360_van_person_key(statecode=none) }} as van_person_key,
        {{ movement_360.m360_reference_key(['org_id', 'database_mode', 'contactsonlineformid']) }} as form_submission_key,
        cast(contactscontributionid as {{ dbt.type_string() }}) as source_id,
        contactscontributionid as contacts_contribution_id,
        vanid as van_id,
        committeeid as committee_id,
        paymenttypeid as payment_type_id,
        contributionstatusid as contribution_status_id,
        financialprogramid as financial_program_id,
        contactsrecurringcontributionid as contacts_recurring_contribution_id,
        contactsonlineformid as contacts_online_form_id,
        {{ movement_360.m360_clean_text('onlinereferencenumber') }} as online_reference_number,
        {{ movement_360.m360_clean_text('directmarketingcode') }} as direct_marketing_code,
        amount,
        contactsrecurringcontributionid is not null as is_recurring,
        datecanceled is not null as is_canceled,
        {{ movement_360.m360_local_to_utc('datereceived', var('movement_360__van_time_zone')) }} as received_at,
        {{ movement_360.m360_local_to_utc('datecanceled', var('movement_360__van_time_zone')) }} as canceled_at,
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
