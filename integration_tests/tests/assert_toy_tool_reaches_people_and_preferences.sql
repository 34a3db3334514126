-- A tool added through the registry alone (scripts/test.sh step dbt_build_duckdb_toy_tool):
-- each toy contact is in the crosswalk, on the same person as the Mobilize user it was
-- copied from (same name and e-mail), and the toy's e-mail opt-out reaches that person.
{{ config(enabled=var('movement_360__toy_enabled', false)) }}

with

toy as (

    select
        {{ movement_360.m360_person_record_key('toy', 'contacts', 'contact_key') }} as toy_record_key,
        {{ movement_360.m360_person_record_key('mobilize', 'users', 'copied_from_user_key') }} as mobilize_record_key,
        is_email_opted_out
    from {{ ref('stg_toy__contacts') }}

),

crosswalk as (

    select
        person_record_key,
        person_id
    from {{ ref('dim_people_crosswalk') }}

),

checked as (

    select
        toy.toy_record_key,
        toy.is_email_opted_out,
        toy_people.person_id as toy_person_id,
        mobilize_people.person_id as mobilize_person_id,
        preferences.is_opted_out as is_opted_out_of_email
    from toy
    left join crosswalk as toy_people
        on toy.toy_record_key = toy_people.person_record_key
    left join crosswalk as mobilize_people
        on toy.mobilize_record_key = mobilize_people.person_record_key
    left join {{ ref('dim_person_contact_preferences') }} as preferences
        on toy_people.person_id = preferences.person_id and preferences.channel = 'email'

)

select *
from checked
where
    toy_person_id is null
    or toy_person_id <> coalesce(mobilize_person_id, '')
    or (is_email_opted_out and not coalesce(is_opted_out_of_email, false))
union all
-- The build must hold five toy contacts, one opted out: an empty toy table proves nothing.
select
    cast(null as {{ dbt.type_string() }}),
    null,
    cast(null as {{ dbt.type_string() }}),
    cast(null as {{ dbt.type_string() }}),
    null
from (select count(*) as contacts, sum(case when is_email_opted_out then 1 else 0 end) as opted_out from toy) as counts
where counts.contacts <> 5 or counts.opted_out <> 1
