{#- Record conservation: every person record an adapter delivered is in the crosswalk exactly once, and nothing else is. -#}
with

delivered as (

    select distinct person_record_key
    from {{ ref('int_identity__record_values') }}
    where not is_link

),

crosswalk_counts as (

    select person_record_key, count(*) as crosswalk_rows
    from {{ ref('dim_people_crosswalk') }}
    group by person_record_key

)

select
    coalesce(delivered.person_record_key, crosswalk_counts.person_record_key) as person_record_key,
    coalesce(crosswalk_counts.crosswalk_rows, 0) as crosswalk_rows,
    delivered.person_record_key is not null as was_delivered
from delivered
full outer join crosswalk_counts
    on delivered.person_record_key = crosswalk_counts.person_record_key
where delivered.person_record_key is null
    or crosswalk_counts.person_record_key is null
    or crosswalk_counts.crosswalk_rows <> 1
