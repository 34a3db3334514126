{#-
    Action Network (OSDI API export) person records: every person, with each
    of their e-mail addresses, phone numbers and postal addresses as further
    value sets. Action rows of the API shape carry no typed contact values, so
    they are not person records.
-#}
{{ config(enabled=movement_360.m360_adapter_enabled('action_network_api')) }}

{%- set record_key = movement_360.m360_person_record_key('action_network', 'people', 'person_key') %}

with

people as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': record_key,
            'org_id': 'org_id',
            'source_system': "'action_network'",
            'source_table': 'source_table',
            'source_record_id': 'source_id',
            'value_set': "'record'",
            'first_name': 'given_name',
            'last_name': 'family_name',
            'record_created_at': 'created_at',
            'record_updated_at': 'modified_at',
        }) }}
    from {{ ref('stg_action_network_api__people') }}

),

child_values as (

    {%- set children = [
        ('email', 'people_email_addresses', {'email': 'email'}),
        ('phone', 'people_phone_numbers', {'phone': 'phone'}),
        ('address', 'people_postal_addresses', {
            'address_line_1': 'address_lines', 'city': 'city', 'state_code': 'state', 'postal_code': 'postal_code'}),
    ] %}
    {%- for kind, table, columns in children %}
    {%- set values = {
        'person_record_key': record_key,
        'org_id': 'org_id',
        'source_system': "'action_network'",
        'source_table': 'source_table',
        'source_record_id': dbt.split_part('source_id', "'#'", 1),
        'value_set': dbt.concat(["'" ~ kind ~ ":'", 'source_id']),
        'record_updated_at': 'modified_at',
    } %}
    {%- do values.update(columns) %}
    select
        {{ movement_360.m360_person_record_select(values) }}
    from {{ ref('stg_action_network_api__' ~ table) }}
    {%- if not loop.last %}
    union all
    {%- endif %}
    {%- endfor %}

)

select * from people
union all
select * from child_values
