-- An organizer's weekly program report: per week and program, attempts, contacts, contact rate,
-- people reached, volunteers active and new people, for every organizer (filter on organizer_name).
select
    organizer_name,
    team,
    {{ dbt.date_trunc('week', 'activity_date') }} as week_starting,
    program,
    sum(attempts) as attempts,
    sum(contacts) as contacts,
    cast(sum(contacts) as {{ dbt.type_float() }}) / nullif(sum(attempts), 0) as contact_rate,
    sum(people_contacted) as people_contacted,
    max(volunteers_active) as most_volunteers_in_a_day,
    sum(new_people_reached) as new_people_reached
from {{ ref('fct_program_daily') }}
group by organizer_name, team, {{ dbt.date_trunc('week', 'activity_date') }}, program
order by organizer_name, week_starting, program
