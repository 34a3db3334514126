{#-
    Mobilize's person records: the organization's users (members), and every
    participation, which holds two value sets: the user's profile as it stood
    at the sync and the values typed on the signup form. Participations link to
    their user (whether or not the user is a member of the syncing
    organization: the identity layer joins records that cite the same user),
    users to the VAN contact in van_persons, and participations to the VAN
    contact of their VAN signup.
-#}
{{ config(enabled=movement_360.m360_adapter_enabled('mobilize')) }}

{%- set user_record_key = movement_360.m360_person_record_key('mobilize', 'users', 'user_key') %}

with

users as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': user_record_key,
            'org_id': 'org_id',
            'source_system': "'mobilize'",
            'source_table': 'source_table',
            'source_record_id': 'source_id',
            'value_set': "'record'",
            'first_name': 'given_name',
            'last_name': 'family_name',
            'email': 'email',
            'phone': 'phone',
            'postal_code': 'postal_code',
            'record_created_at': 'created_at',
            'record_updated_at': 'modified_at',
        }) }}
    from {{ ref('stg_mobilize__users') }}

),

participations as (

    select
        *,
        {{ movement_360.m360_person_record_key('mobilize', 'participations', 'participation_key') }} as person_record_key
    from {{ ref('stg_mobilize__participations') }}

),

participation_values as (

    {%- for value_set, prefix, suffix in [('record', 'user_', ''), ('typed_at_signup', '', '_at_signup')] %}
        select
        {{ movement_360.m360_person_record_select({
            'person_record_key': 'person_record_key',
            'org_id': 'org_id',
            'source_system': "'mobilize'",
            'source_table': 'source_table',
            'source_record_id': 'source_id',
            'value_set': "'" ~ value_set ~ "'",
            'first_name': prefix ~ 'given_name' ~ suffix,
            'last_name': prefix ~ 'family_name' ~ suffix,
            'email': prefix ~ 'email' ~ suffix,
            'phone': prefix ~ 'phone' ~ suffix,
            'postal_code': prefix ~ 'postal_code' ~ suffix,
            'record_created_at': 'created_at',
            'record_updated_at': 'user_modified_at' if value_set == 'record' else 'modified_at',
        }) }}
        from participations
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}

),

participation_user_links as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': 'person_record_key',
            'org_id': 'org_id',
            'source_system': "'mobilize'",
            'source_table': 'source_table',
            'source_record_id': 'source_id',
            'value_set': "'link:user'",
            'linked_record_key': user_record_key,
            'link_type': "'mobilize_user'",
        }) }}
    from participations
    where user_id is not null

),

van_person_links as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': user_record_key,
            'org_id': 'org_id',
            'source_system': "'mobilize'",
            'source_table': 'source_table',
            'source_record_id': 'cast(user_id as ' ~ dbt.type_string() ~ ')',
            'value_set': dbt.concat(["'link:van_persons:'", 'source_id']),
            'linked_van_id': 'van_id',
            'linked_van_database_mode': '1',
            'link_type': "'mobilize_van_persons'",
        }) }}
    from {{ ref('stg_mobilize__van_persons') }}
    where van_id is not null

),

van_signup_links as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': movement_360.m360_person_record_key('mobilize', 'participations', 'participation_key'),
            'org_id': 'org_id',
            'source_system': "'mobilize'",
            'source_table': 'source_table',
            'source_record_id': 'cast(participation_id as ' ~ dbt.type_string() ~ ')',
            'value_set': dbt.concat(["'link:van_signups:'", 'source_id']),
            'linked_van_id': 'van_id',
            'linked_van_database_mode': '1',
            'link_type': "'mobilize_van_signups'",
        }) }}
    from {{ ref('stg_mobilize__van_signups') }}
    where van_id is not null and participation_key is not null

)

select * from users
union all
select * from participation_values
union all
select * from participation_user_links
union all
select * from van_person_links
union all
select * from van_signup_links
