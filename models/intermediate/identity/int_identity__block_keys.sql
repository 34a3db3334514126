{#-
    One row per person record and blocking key it holds. Records are compared
    only with records that share a block (same org, same rule, same value):
    the rules listed in the setting blocking_rules. By default: e-mail key,
    phone, name_zip (last name, ZIP and the first name or any full name it is
    a nickname of: bob, rob and robert share the block), last name + date of
    birth, first name + date of birth, date of birth + ZIP, street + ZIP,
    MyVoters id, DWID, external id; full_name (first and last name anywhere) is off, as
    common names make large blocks. block_size counts the block's records;
    blocks over the cap (a shared office phone, info@, a placeholder date) are
    not expanded into pairs and are listed in rpt_people_oversized_blocks.
-#}
{{ config(materialized='table') }}

{%- set settings = movement_360.m360_identity_settings() %}

with

records as (

    select * from {{ ref('int_identity__person_records') }}

),

contact_points as (

    select * from {{ ref('int_identity__contact_points') }}

),


{# A first name's groups: itself, and every full name it is a nickname of. -#}
first_name_groups as (

    select distinct
        first_name_key,
        first_name_key as name_group
    from records
    where first_name_key is not null

    union distinct

    select distinct
        records.first_name_key,
        nicknames.canonical_name
    from records
    inner join {{ ref('m360_nicknames') }} as nicknames
        on records.first_name_key = nicknames.nickname

),

{#- Rules on one record's own values: rule -> (block value, columns that must be present). -#}
{%- set date_text = 'cast(birth_date_value as ' ~ dbt.type_string() ~ ')' %}
{%- set simple_rules = {
    'last_name_birth_date': (dbt.concat(['last_name_key', "'|'", date_text]), ['last_name_key', 'birth_date_value']),
    'first_name_birth_date': (dbt.concat(['first_name_key', "'|'", date_text]), ['first_name_key', 'birth_date_value']),
    'birth_date_zip': (dbt.concat([date_text, "'|'", 'zip5']), ['birth_date_value', 'zip5']),
    'address_zip': (dbt.concat(['address_key', "'|'", 'zip5']), ['address_key', 'zip5']),
    'full_name': (dbt.concat(['first_name_key', "'|'", 'last_name_key']), ['first_name_key', 'last_name_key']),
    'myvoters_id': ('myvoters_key', ['myvoters_key']),
    'dwid': ('dwid_key', ['dwid_key']),
    'external_id': ('external_id_key', ['external_id_key']),
} %}
{%- for rule in settings.blocking_rules %}
    {%- if rule not in simple_rules and rule not in ['email', 'phone', 'name_zip'] %}
        {{ exceptions.raise_compiler_error("blocking_rules: unknown rule '" ~ rule ~ "'; known: email, phone, name_zip, " ~ simple_rules.keys() | list | join(', ')) }}
    {%- endif %}
{%- endfor %}

keys as (

    select
        org_id,
        contact_point_type as block_rule,
        match_key as block_value,
        person_record_key
    from contact_points
    where contact_point_type in ('{{ (settings.blocking_rules | select('in', ['email', 'phone']) | list + ['none']) | join("', '") }}')
    {%- if 'name_zip' in settings.blocking_rules %}

        union all

        select
            records.org_id,
            'name_zip' as block_rule,
            {{ dbt.concat(['records.last_name_key', "'|'", 'records.zip5', "'|'", 'first_names.name_group']) }} as block_value,
            records.person_record_key
        from records
        inner join first_name_groups as first_names
            on records.first_name_key = first_names.first_name_key
        where records.last_name_key is not null and records.zip5 is not null
    {%- endif %}
    {%- for rule, definition in simple_rules.items() if rule in settings.blocking_rules %}

        union all

        select
            org_id,
            '{{ rule }}' as block_rule,
            {{ definition[0] }} as block_value,
            person_record_key
        from records
        where {{ definition[1] | map('string') | join(' is not null and ') }} is not null
    {%- endfor %}

),

sized as (

    select
        org_id,
        block_rule,
        block_value,
        person_record_key,
        count(*) over (partition by org_id, block_rule, block_value) as block_size
    from keys

)

select * from sized
