{#-
    One row per person: how they came in (first time seen: date, tool,
    program, what happened), their last action, counts by action type, the
    highest engagement-ladder stage reached, and their status: active,
    lapsing or lapsed by the days since their last action (vars
    movement_360__member_active_days, 90, and movement_360__member_lapsing_days,
    180), counted back from movement_360__journey_as_of_date or, when that is
    not set, the latest action in the data. Outreach received does not count
    as an action; someone only ever reached is 'never_active'.
-#}
{%- set action_types = [
    'event_signup', 'event_attended', 'event_no_show', 'event_hosted', 'petition_signature', 'form_submission',
    'donation', 'activist_code_applied', 'tag_applied', 'survey_response', 'text_reply', 'canvassed_as_volunteer',
    'outreach_received',
] %}
{%- set as_of = var('movement_360__journey_as_of_date', none) %}

with

people as (

    select
        person_id,
        org_id
    from {{ ref('int_identity__people') }}

),

actions as (

    select * from {{ ref('int_journey__actions_unioned') }}
    where person_id is not null

),

first_seen as (

    select
        person_id,
        occurred_at as first_seen_at,
        source_system as first_seen_source_system,
        program as first_seen_program,
        action_type as first_seen_action_type
    from actions
    where action_number = 1

),

counts as (

    select
        person_id,
        {%- for action_type in action_types %}
            count(case when action_type = '{{ action_type }}' then 1 end) as {{ action_type }}_count,
        {%- endfor %}
        max(case when action_category <> 'outreach_received' then occurred_at end) as last_action_at,
        count(case when action_category <> 'outreach_received' then 1 end) as action_count
    from actions
    group by person_id

),

as_of as (

    {%- if as_of %}
    select cast('{{ as_of }}' as {{ dbt.type_timestamp() }}) as as_of_at
    {%- else %}
        select max(occurred_at) as as_of_at
        from actions
    {%- endif %}

),

stages as (

    select
        person_id,
        stage,
        stage_order,
        reached_at,
        row_number() over (partition by person_id order by stage_order desc, reached_at asc) as stage_rank
    from {{ ref('int_journey__stages_reached') }}

)

select
    people.person_id,
    people.org_id,
    first_seen.first_seen_at,
    cast(first_seen.first_seen_at as date) as first_seen_on,
    first_seen.first_seen_source_system,
    first_seen.first_seen_program,
    first_seen.first_seen_action_type,
    counts.last_action_at,
    coalesce(counts.action_count, 0) as action_count,
    {%- for action_type in action_types %}
        coalesce(counts.{{ action_type }}_count, 0) as {{ action_type }}_count,
    {%- endfor %}
    stages.stage as ladder_stage,
    stages.stage_order as ladder_stage_order,
    stages.reached_at as ladder_stage_reached_at,
    case
        when counts.last_action_at is null then 'never_active'
        when {{ dbt.datediff('counts.last_action_at', 'as_of.as_of_at', 'day') }} <= {{ var('movement_360__member_active_days', 90) }} then 'active'
        when {{ dbt.datediff('counts.last_action_at', 'as_of.as_of_at', 'day') }} <= {{ var('movement_360__member_lapsing_days', 180) }} then 'lapsing'
        else 'lapsed'
    end as member_status,
    as_of.as_of_at as status_as_of
from people
cross join as_of
left join first_seen
    on people.person_id = first_seen.person_id
left join counts
    on people.person_id = counts.person_id
left join stages
    on people.person_id = stages.person_id and stages.stage_rank = 1
