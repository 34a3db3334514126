{#-
    Action Network (SQL mirror) person records: every user, with the names,
    address and phone of their core fields, and every action row (signature,
    form answer, RSVP, donation), which holds the contact values typed on the
    action and links to its user. A merge log links the removed user to the
    kept one, so actions still pointing at a removed user join the survivor.
-#}
{{ config(enabled=movement_360.m360_adapter_enabled('action_network')) }}

{%- set user_record_key = movement_360.m360_person_record_key('action_network', 'users', 'user_key') %}

with

user_values as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': user_record_key,
            'org_id': 'org_id',
            'source_system': "'action_network'",
            'source_table': 'source_table',
            'source_record_id': 'source_id',
            'value_set': "'record'",
            'email': 'email',
            'record_created_at': 'created_at',
            'record_updated_at': 'updated_at',
        }) }}
    from {{ ref('stg_action_network__users') }}

),


{# Core fields may hold more than one row per user (one per owner); each is a value set of its own. -#}
core_field_values as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': user_record_key,
            'org_id': 'org_id',
            'source_system': "'action_network'",
            'source_table': 'source_table',
            'source_record_id': 'cast(user_id as ' ~ dbt.type_string() ~ ')',
            'value_set': dbt.concat(["'core_fields:'", 'source_id']),
            'first_name': 'first_name',
            'last_name': 'last_name',
            'phone': 'phone',
            'address_line_1': 'street',
            'city': 'city',
            'state_code': 'state',
            'postal_code': 'zip_code',
            'record_updated_at': 'updated_at',
        }) }}
    from {{ ref('stg_action_network__core_fields') }}

),

action_values as (

    {%- set actions = [
        ('signatures', 'signature_key'),
        ('answers', 'answer_key'),
        ('rsvps', 'rsvp_key'),
        ('donations', 'donation_key'),
    ] %}
    {%- for table, key in actions %}
        {%- set action_record_key = movement_360.m360_person_record_key('action_network', table, key) %}
        select
        {{ movement_360.m360_person_record_select({
            'person_record_key': action_record_key,
            'org_id': 'org_id',
            'source_system': "'action_network'",
            'source_table': 'source_table',
            'source_record_id': 'source_id',
            'value_set': "'record'",
            'first_name': 'first_name',
            'last_name': 'last_name',
            'email': 'email',
            'phone': 'phone',
            'address_line_1': 'street',
            'city': 'city',
            'state_code': 'state',
            'postal_code': 'zip_code',
            'record_created_at': 'created_at',
            'record_updated_at': 'updated_at',
        }) }}
        from {{ ref('stg_action_network__' ~ table) }}
        union all
        select
        {{ movement_360.m360_person_record_select({
            'person_record_key': action_record_key,
            'org_id': 'org_id',
            'source_system': "'action_network'",
            'source_table': 'source_table',
            'source_record_id': 'source_id',
            'value_set': "'link:user'",
            'linked_record_key': user_record_key,
            'link_type': "'action_network_user'",
        }) }}
        from {{ ref('stg_action_network__' ~ table) }}
        where user_key is not null
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}

),

merge_links as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': movement_360.m360_person_record_key('action_network', 'users', 'removed_user_key'),
            'org_id': 'org_id',
            'source_system': "'action_network'",
            'source_table': 'source_table',
            'source_record_id': 'cast(removed_user_id as ' ~ dbt.type_string() ~ ')',
            'value_set': dbt.concat(["'link:merge:'", 'source_id']),
            'linked_record_key': movement_360.m360_person_record_key('action_network', 'users', 'merged_user_key'),
            'link_type': "'action_network_user_merge'",
        }) }}
    from {{ ref('stg_action_network__user_merge_logs') }}
    where removed_user_key is not null and merged_user_key is not null

)

select * from user_values
union all
select * from core_field_values
union all
select * from action_values
union all
select * from merge_links
