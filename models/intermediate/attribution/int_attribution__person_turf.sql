{#-
    Where each person lives in the program's turf terms: house and senate
    district, county, precinct (from their VAN records, MyVoters first) and
    ZIP (the golden record's), for the turf rules.
-#}
{{ config(materialized='table') }}

with

people as (

    select
        person_id,
        zip5
    from {{ ref('int_identity__people') }}

),

{%- if movement_360.m360_tool_enabled('van') %}

    van_geography as (

        select
            crosswalk.person_id,
            contacts.house_district_name,
            contacts.senate_district_name,
            contacts.county_name,
            contacts.precinct_name,
            row_number() over (
                partition by crosswalk.person_id
                order by contacts.database_mode asc, contacts.modified_at desc nulls last, contacts.van_person_key asc
            ) as geography_rank
        from {{ ref('stg_van__contacts') }} as contacts
        inner join {{ ref('int_identity__crosswalk') }} as crosswalk
            on {{ movement_360.m360_person_record_key('van', 'contacts', 'contacts.van_person_key') }} = crosswalk.person_record_key
        where coalesce(contacts.house_district_name, contacts.senate_district_name, contacts.county_name, contacts.precinct_name) is not null

    ),

{%- else %}

van_geography as (

    select
        cast(null as {{ dbt.type_string() }}) as person_id,
        cast(null as {{ dbt.type_string() }}) as house_district_name,
        cast(null as {{ dbt.type_string() }}) as senate_district_name,
        cast(null as {{ dbt.type_string() }}) as county_name,
        cast(null as {{ dbt.type_string() }}) as precinct_name,
        1 as geography_rank
    from (select 1 as one) as nothing
    where 1 = 0

),

{%- endif %}

turf as (

    select
        people.person_id,
        van_geography.house_district_name as house_district,
        van_geography.senate_district_name as senate_district,
        van_geography.county_name as county,
        van_geography.precinct_name as precinct,
        people.zip5
    from people
    left join van_geography
        on people.person_id = van_geography.person_id and van_geography.geography_rank = 1

)

select * from turf
