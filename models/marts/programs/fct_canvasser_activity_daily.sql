{#-
    One row per canvasser, day and program: shifts attended (the volunteer
    shifts contract: Mobilize canvass, phone bank and text bank shifts the
    canvasser attended), attempts made,
    contacts, and people attempted and contacted, from fct_outreach_attempts.
    A canvasser is a person where one could be named (canvasser_person_id),
    else the tool account (canvasser_key). Attempts credited only by turf or
    not at all have no canvasser and are not here, nor are attempts with no
    time (a failed text the export left undated, with no other message).
-#}

with

attempts as (

    select * from {{ ref('int_attribution__attempts_credited') }}
    where canvasser_key is not null and attempted_on is not null

),

attempt_days as (

    select
        org_id,
        coalesce(canvasser_person_id, canvasser_key) as canvasser_id,
        max(canvasser_person_id) as canvasser_person_id,
        max(case when canvasser_person_id is null then canvasser_key end) as canvasser_key,
        max({{ movement_360.m360_byte_order('canvasser_name') }}) as canvasser_name,
        attempted_on as activity_date,
        program,
        count(*) as attempts,
        count(case when is_contact then 1 end) as contacts,
        count(distinct person_id) as people_attempted,
        count(distinct case when is_contact then person_id end) as people_contacted
    from attempts
    group by org_id, coalesce(canvasser_person_id, canvasser_key), attempted_on, program

),

shift_days as (

    select
        org_id,
        person_id as canvasser_id,
        shift_date as activity_date,
        program,
        count(distinct shift_key) as shifts_attended
    from {{ ref('int_attribution__volunteer_shifts') }}
    group by org_id, person_id, shift_date, program

),

people as (

    select
        person_id,
        {{ dbt.concat(["coalesce(first_name, '')", "' '", "coalesce(last_name, '')"]) }} as person_name
    from {{ ref('int_identity__people') }}

),

days as (

    select
        org_id,
        canvasser_id,
        activity_date,
        program
    from attempt_days
    union distinct
    select
        org_id,
        canvasser_id,
        activity_date,
        program
    from shift_days

)

select
    days.org_id,
    days.canvasser_id,
    coalesce(attempt_days.canvasser_person_id, case when shift_days.canvasser_id is not null then days.canvasser_id end) as canvasser_person_id,
    attempt_days.canvasser_key,
    coalesce(attempt_days.canvasser_name, people.person_name) as canvasser_name,
    days.activity_date,
    days.program,
    coalesce(shift_days.shifts_attended, 0) as shifts_attended,
    coalesce(attempt_days.attempts, 0) as attempts,
    coalesce(attempt_days.contacts, 0) as contacts,
    coalesce(attempt_days.people_attempted, 0) as people_attempted,
    coalesce(attempt_days.people_contacted, 0) as people_contacted
from days
left join attempt_days
    on
        days.org_id = attempt_days.org_id
        and days.canvasser_id = attempt_days.canvasser_id
        and days.activity_date = attempt_days.activity_date
        and days.program = attempt_days.program
left join shift_days
    on
        days.org_id = shift_days.org_id
        and days.canvasser_id = shift_days.canvasser_id
        and days.activity_date = shift_days.activity_date
        and days.program = shift_days.program
left join people
    on days.canvasser_id = people.person_id
