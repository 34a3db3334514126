{#-
    One row per person record and blocking key it holds. Records are compared
    only with records that share a block (same org, same rule, same value):
    e-mail key, phone, full name + ZIP (the first name or any full name it is a
    nickname of: bob, rob and robert share the block), last name + date of
    birth, first name + date of birth, MyVoters id, DWID. block_size counts the block's records;
    blocks over the cap (a shared office phone, info@, a placeholder date) are
    not expanded into pairs and are listed in people_oversized_blocks.
-#}
{{ config(materialized='table') }}

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

    union

    select distinct
        records.first_name_key,
        nicknames.canonical_name
    from records
    inner join {{ ref('m360_nicknames') }} as nicknames
        on records.first_name_key = nicknames.nickname

),

keys as (

    select
        org_id,
        contact_point_type as block_rule,
        match_key as block_value,
        person_record_key
    from contact_points

    union all

    select
        records.org_id,
        'name_zip' as block_rule,
        {{ dbt.concat(['records.last_name_key', "'|'", 'records.zip5', "'|'", 'first_names.name_group']) }},
        records.person_record_key
    from records
    inner join first_name_groups as first_names
        on records.first_name_key = first_names.first_name_key
    where records.last_name_key is not null and records.zip5 is not null

    union all

    select
        org_id,
        'last_name_birth_date' as block_rule,
        {{ dbt.concat(['last_name_key', "'|'", 'cast(birth_date_value as ' ~ dbt.type_string() ~ ')']) }},
        person_record_key
    from records
    where last_name_key is not null and birth_date_value is not null

    union all

    select
        org_id,
        'first_name_birth_date' as block_rule,
        {{ dbt.concat(['first_name_key', "'|'", 'cast(birth_date_value as ' ~ dbt.type_string() ~ ')']) }},
        person_record_key
    from records
    where first_name_key is not null and birth_date_value is not null

    union all

    select
        org_id,
        'myvoters_id' as block_rule,
        myvoters_key,
        person_record_key
    from records
    where myvoters_key is not null

    union all

    select
        org_id,
        'dwid' as block_rule,
        dwid_key,
        person_record_key
    from records
    where dwid_key is not null

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
