{#-
    Empower's person records: every profile, organizers and their relational
    targets alike. A profile matched to the voter file carries its MyVoters
    VAN id (vanId), and a profile a group pushed to VAN its MyCampaign id;
    both are known links to VAN contacts.
-#}
{{ config(enabled=movement_360.m360_adapter_enabled('empower')) }}

{%- set record_key = movement_360.m360_person_record_key('empower', 'profiles', 'profile_key') %}

with

profiles as (

    select * from {{ ref('stg_empower__profiles') }}

),

profile_values as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': record_key,
            'org_id': 'org_id',
            'source_system': "'empower'",
            'source_table': 'source_table',
            'source_record_id': 'source_id',
            'value_set': "'record'",
            'first_name': 'first_name',
            'last_name': 'last_name',
            'email': 'email',
            'phone': 'phone',
            'address_line_1': 'address',
            'city': 'city',
            'state_code': 'state_code',
            'postal_code': 'postal_code',
            'myvoters_van_id': 'myvoters_van_id',
            'record_created_at': 'created_at',
            'record_updated_at': 'updated_at',
        }) }}
    from profiles

),

van_links as (

    {%- for id_column, mode in [('myvoters_van_id', 0), ('mycampaign_van_id', 1)] %}
        select
        {{ movement_360.m360_person_record_select({
            'person_record_key': record_key,
            'org_id': 'org_id',
            'source_system': "'empower'",
            'source_table': 'source_table',
            'source_record_id': 'source_id',
            'value_set': "'link:" ~ id_column ~ "'",
            'linked_van_id': id_column,
            'linked_van_database_mode': mode | string,
            'link_type': "'empower_" ~ id_column ~ "'",
        }) }}
        from profiles
        where {{ id_column }} is not null
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}

)

select * from profile_values
union all
select * from van_links
