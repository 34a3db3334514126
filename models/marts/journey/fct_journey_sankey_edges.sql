{#-
    Edges for Sankey charts: (step n, node) -> (step n + 1, node) -> people.
    Two trajectories: 'event_sequence', the type of each event a person
    attended in order (first event type -> second -> ...), and 'ladder', the
    engagement-ladder stages in the order reached. Steps stop at
    movement_360__sankey_max_steps (5). Node labels carry the step number so a
    chart keeps steps apart ("2: CANVASS").
-#}
{%- set max_steps = var('movement_360__sankey_max_steps', 5) %}

with

attended as (

    select
        person_id,
        coalesce(upper(event_type), 'UNKNOWN') as node,
        row_number() over (partition by person_id order by occurred_at asc nulls last, action_key asc) as step
    from {{ ref('int_journey__actions_unioned') }}
    where person_id is not null and action_type = 'event_attended'

),

ladder as (

    select
        person_id,
        to_stage as node,
        transition_number as step
    from {{ ref('fct_ladder_transitions') }}

),

steps as (

    select
        'event_sequence' as trajectory,
        person_id,
        node,
        step
    from attended
    union all
    select
        'ladder' as trajectory,
        person_id,
        node,
        step
    from ladder

),

edges as (

    select
        this_step.trajectory,
        this_step.step,
        this_step.node as source_node,
        next_step.node as target_node,
        count(distinct this_step.person_id) as people
    from steps as this_step
    inner join steps as next_step
        on
            this_step.trajectory = next_step.trajectory
            and this_step.person_id = next_step.person_id
            and next_step.step = this_step.step + 1
    where this_step.step < {{ max_steps }}
    group by this_step.trajectory, this_step.step, this_step.node, next_step.node

)

select
    trajectory,
    step,
    source_node,
    target_node,
    {{ dbt.concat(['cast(step as ' ~ dbt.type_string() ~ ')', "': '", 'source_node']) }} as source_label,
    {{ dbt.concat(['cast(step + 1 as ' ~ dbt.type_string() ~ ')', "': '", 'target_node']) }} as target_label,
    people
from edges
