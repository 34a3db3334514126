{#-
    Hustle person records: every lead (a person texted) and every user (an
    agent's login). A lead's integration records carry the VAN id it was
    uploaded from, MyVoters or MyCampaign (not recorded).
-#}
{{ config(enabled=movement_360.m360_adapter_enabled('hustle')) }}

{%- set lead_record_key = movement_360.m360_person_record_key('hustle', 'leads', 'lead_key') %}

with

lead_values as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': lead_record_key,
            'org_id': 'org_id',
            'source_system': "'hustle'",
            'source_table': 'source_table',
            'source_record_id': 'source_id',
            'value_set': "'record'",
            'first_name': 'first_name',
            'last_name': 'last_name',
            'email': 'email',
            'phone': 'phone_number',
            'record_created_at': 'created_at',
            'record_updated_at': 'updated_at',
        }) }}
    from {{ ref('stg_hustle__leads') }}

),

van_links as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': lead_record_key,
            'org_id': 'org_id',
            'source_system': "'hustle'",
            'source_table': 'source_table',
            'source_record_id': 'lead_id',
            'value_set': dbt.concat(["'link:lead_externals:'", 'source_id']),
            'linked_van_id': 'van_id',
            'link_type': "'hustle_lead_external'",
        }) }}
    from {{ ref('stg_hustle__lead_externals') }}
    where {{ movement_360.m360_regexp_contains('van_id', '^[0-9]+$') }}

),


{# A user has one full name; its first word is the first name and its last word the last name. -#}
user_values as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': movement_360.m360_person_record_key('hustle', 'users', 'user_key'),
            'org_id': 'org_id',
            'source_system': "'hustle'",
            'source_table': 'source_table',
            'source_record_id': 'source_id',
            'value_set': "'record'",
            'first_name': movement_360.m360_regexp_replace_all('full_name', ' .*$', ''),
            'last_name': "case when full_name like '% %' then " ~ movement_360.m360_regexp_replace_all('full_name', '^.* ', '') ~ " end",
            'email': 'email',
            'phone': 'phone_number',
            'record_created_at': 'created_at',
            'record_updated_at': 'updated_at',
        }) }}
    from {{ ref('stg_hustle__users') }}

)

select * from lead_values
union all
select * from van_links
union all
select * from user_values
