{#-
    scale_to_win person records: every campaign contact (a person texted, as the
    upload listed them), and every user (a texter). A contact's external_id
    holds the VAN id of the list it was uploaded from when the campaign came
    out of VAN; whether MyVoters or MyCampaign is not recorded, so the identity
    layer resolves it against either mode.
-#}
{{ config(enabled=movement_360.m360_tool_enabled('scale_to_win')) }}

{%- set contact_record_key = movement_360.m360_person_record_key('scale_to_win', 'campaign_contacts', 'campaign_contact_key') %}

with

contacts as (

    select * from {{ ref('stg_scale_to_win__campaign_contacts') }}

),

contact_values as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': contact_record_key,
            'org_id': 'org_id',
            'source_system': "'scale_to_win'",
            'source_table': 'source_table',
            'source_record_id': 'source_id',
            'value_set': "'record'",
            'first_name': 'first_name',
            'last_name': 'last_name',
            'phone': 'cell',
            'postal_code': 'zip',
            'record_created_at': 'created_at',
            'record_updated_at': 'updated_at',
        }) }}
    from contacts

),


{# Only all-digit external ids are VAN ids; anything else is some other system's id. -#}
van_links as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': contact_record_key,
            'org_id': 'org_id',
            'source_system': "'scale_to_win'",
            'source_table': 'source_table',
            'source_record_id': 'source_id',
            'value_set': "'link:external_id'",
            'linked_van_id': 'external_id',
            'link_type': "'scale_to_win_external_id'",
        }) }}
    from contacts
    where {{ movement_360.m360_regexp_contains('external_id', '^[0-9]+$') }}

),

user_values as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': movement_360.m360_person_record_key('scale_to_win', 'users', 'user_key'),
            'org_id': 'org_id',
            'source_system': "'scale_to_win'",
            'source_table': 'source_table',
            'source_record_id': 'source_id',
            'value_set': "'record'",
            'first_name': 'first_name',
            'last_name': 'last_name',
            'email': 'email',
            'phone': 'cell',
            'record_created_at': 'created_at',
        }) }}
    from {{ ref('stg_scale_to_win__users') }}

)

select * from contact_values
union all
select * from van_links
union all
select * from user_values
