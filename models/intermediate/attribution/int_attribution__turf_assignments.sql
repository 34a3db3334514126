{#-
    The organizer and team each person's turf belongs to: the matching turf
    rule (house district, senate district, county, precinct or ZIP) with the
    lowest priority number. Values compare trimmed and case-insensitively,
    numbers without leading zeros, so a rule for district '4' covers VAN's '004'.
-#}
{{ config(materialized='table') }}

{%- set fields = ['house_district', 'senate_district', 'county', 'precinct', 'zip5'] %}

with

turf as (

    select * from {{ ref('int_attribution__person_turf') }}

),

rules as (

    select
        priority,
        lower({{ movement_360.m360_trim('turf_field') }}) as turf_field,
        {{ movement_360.m360_turf_value('turf_value') }} as turf_value,
        organizer_name,
        team
    from {{ ref(var('movement_360__turf_rules_seed', 'm360_turf_rules')) }}

),

person_values as (

    {%- for field in fields %}
        select
            person_id,
            '{{ field }}' as turf_field,
            {{ movement_360.m360_turf_value(field) }} as turf_value
        from turf
        where {{ field }} is not null
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}

),

matches as (

    select
        person_values.person_id,
        rules.turf_field,
        rules.turf_value,
        rules.priority,
        rules.organizer_name,
        rules.team,
        row_number() over (
            partition by person_values.person_id
            order by
                rules.priority asc nulls last,
                {{ movement_360.m360_byte_order('rules.turf_field') }} asc,
                {{ movement_360.m360_byte_order('rules.turf_value') }} asc,
                {{ movement_360.m360_byte_order('rules.organizer_name') }} asc nulls last,
                {{ movement_360.m360_byte_order('rules.team') }} asc nulls last
        ) as rule_rank
    from person_values
    inner join rules
        on person_values.turf_field = rules.turf_field and person_values.turf_value = rules.turf_value

)

select
    person_id,
    turf_field,
    turf_value,
    priority as rule_priority,
    organizer_name,
    team
from matches
where rule_rank = 1
