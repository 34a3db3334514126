{#-
    One row per person: the golden record. Each field takes the value of the
    most trusted source that has one (movement_360__identity_source_priority),
    and among a source's records the most recently updated. All of a person's
    e-mails and phones are in dim_people_contact_points.
-#}
{{ config(materialized='table') }}
{%- set fields = [
    ('first_name', 'first_name'), ('middle_name', 'middle_name'), ('last_name', 'last_name'),
    ('name_suffix', 'name_suffix'), ('email', 'email_clean'), ('phone', 'phone_key'),
    ('address_line_1', 'address_line_1'), ('city', 'city'), ('state_code', 'state_code'), ('zip5', 'zip5'),
    ('birth_date', 'birth_date_value'), ('myvoters_van_id', 'myvoters_key'), ('dwid', 'dwid_key'),
] %}

with

crosswalk as (

    select * from {{ ref('int_identity__crosswalk') }}

),

value_rows as (

    select
        crosswalk.person_id,
        values_.*,
        {{ movement_360.m360_source_priority('values_.source_system') }} as source_rank,
        case when values_.value_set = 'record' then 0 else 1 end as value_set_rank
    from {{ ref('int_identity__record_values') }} as values_
    inner join crosswalk
        on values_.person_record_key = crosswalk.person_record_key
    where not values_.is_link

),

{%- for field, column in fields %}

    best_{{ field }} as (

        select
            person_id,
            {{ column }} as {{ field }}
        from (
            select
                person_id,
                {{ column }},
                row_number() over (
                    partition by person_id
                    order by source_rank asc, value_set_rank asc, record_updated_at desc nulls last, person_record_key asc, {{ movement_360.m360_byte_order('value_set') }} asc
                ) as value_rank
            from value_rows
            where {{ column }} is not null
        ) as ranked
        where value_rank = 1

    ),
{%- endfor %}

people as (

    select
        person_id,
        min(org_id) as org_id,
        count(*) as person_record_count,
        count(distinct source_system) as source_system_count,
        min(record_created_at) as first_record_created_at,
        max(record_updated_at) as last_record_updated_at
    from crosswalk
    group by person_id

)

select
    people.person_id,
    people.org_id,
    {%- for field, column in fields %}
        best_{{ field }}.{{ field }},
    {%- endfor %}
    people.person_record_count,
    people.source_system_count,
    people.first_record_created_at,
    people.last_record_updated_at
from
    people
{%- for field, column in fields %}
left join best_{{ field }}
    on people.person_id = best_{{ field }}.person_id
{%- endfor %}
