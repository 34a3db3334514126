{#-
    The 360-degree program view: one row per day, program, organizer, team and
    turf (the reached person's house district). Outreach programs (door,
    phone, text, relational) count attempts and contacts from
    fct_outreach_attempts, with organizer and team as attributed there;
    events count signups as attempts and attendances as contacts; digital
    counts each action as an attempt and a contact. Organizer and team of
    events and digital come from the person's turf. new_people_reached counts
    people whose first touch by any program was that day.
-#}
with

attempts as (

    select * from {{ ref('int_attribution__attempts_credited') }}
    where attempted_on is not null

),

turf as (

    select * from {{ ref('int_attribution__person_turf') }}

),

turf_assignments as (

    select * from {{ ref('int_attribution__turf_assignments') }}

),

first_touches as (

    select
        person_id,
        cast(min(first_touched_at) as date) as first_touched_on
    from {{ ref('fct_person_program_touches') }}
    group by person_id

),

outreach_rows as (

    select
        attempts.org_id,
        attempts.attempted_on as activity_date,
        attempts.program,
        attempts.organizer_name,
        attempts.team,
        turf.house_district,
        attempts.person_id,
        attempts.canvasser_person_id,
        true as is_attempt,
        attempts.is_contact
    from attempts
    left join turf
        on attempts.person_id = turf.person_id

),

action_rows as (

    select
        actions.org_id,
        actions.occurred_on as activity_date,
        actions.program,
        turf_assignments.organizer_name,
        turf_assignments.team,
        turf.house_district,
        actions.person_id,
        cast(null as {{ dbt.type_string() }}) as canvasser_person_id,
        actions.action_type <> 'event_attended' as is_attempt,
        actions.action_type in ('event_attended', 'petition_signature', 'form_submission', 'donation') as is_contact
    from {{ ref('int_journey__actions_unioned') }} as actions
    left join turf
        on actions.person_id = turf.person_id
    left join turf_assignments
        on actions.person_id = turf_assignments.person_id
    where
        actions.program in ('events', 'digital')
        and actions.action_type in ('event_signup', 'event_attended', 'petition_signature', 'form_submission', 'donation')
        and actions.occurred_on is not null

),

{# An attendance is the contact of its signup; a digital action is both. -#}
activity as (

    select * from outreach_rows
    union all
    select * from action_rows

)

select
    activity.org_id,
    activity.activity_date,
    activity.program,
    activity.organizer_name,
    activity.team,
    activity.house_district,
    count(case when activity.is_attempt or activity.program = 'digital' then 1 end) as attempts,
    count(case when activity.is_contact then 1 end) as contacts,
    cast(sum(case when activity.is_contact then 1 else 0 end) as {{ dbt.type_float() }})
    / nullif(sum(case when activity.is_attempt or activity.program = 'digital' then 1 else 0 end), 0) as contact_rate,
    count(distinct case when activity.is_attempt or activity.program = 'digital' then activity.person_id end) as people_attempted,
    count(distinct case when activity.is_contact then activity.person_id end) as people_contacted,
    count(distinct activity.canvasser_person_id) as volunteers_active,
    count(case when activity.program = 'events' and activity.is_contact then 1 end) as shifts_completed,
    count(distinct case when first_touches.first_touched_on = activity.activity_date then activity.person_id end) as new_people_reached
from activity
left join first_touches
    on activity.person_id = first_touches.person_id
group by
    activity.org_id,
    activity.activity_date,
    activity.program,
    activity.organizer_name,
    activity.team,
    activity.house_district
