{#-
    When each person first reached each engagement-ladder stage. A stage is
    reached when, for any of its rules (rows of the ladder seed), the person
    has min_actions actions of the rule's types within window_days: the
    moment is the action that completes the count. Reached stages are never
    lost (a lapsed leader is a lapsed leader, see dim_members.status).
-#}
{{ config(materialized='table') }}

with

rules as (

    select
        stage_order,
        stage,
        {{ dbt.concat(["'|'", 'action_types', "'|'"]) }} as action_type_list,
        min_actions,
        window_days
    from {{ ref(var('movement_360__engagement_ladder_seed', 'm360_engagement_ladder')) }}

),

actions as (

    select
        person_id,
        action_key,
        action_type,
        occurred_at
    from {{ ref('int_journey__actions_unioned') }}
    where person_id is not null and occurred_at is not null and action_category <> 'outreach_received'

),

matching as (

    select
        rules.stage_order,
        rules.stage,
        rules.action_type_list,
        rules.min_actions,
        rules.window_days,
        actions.person_id,
        actions.action_key,
        actions.occurred_at
    from actions
    inner join rules
        on {{ dbt.position(dbt.concat(["'|'", 'actions.action_type', "'|'"]), 'rules.action_type_list') }} > 0

),

{# For each matching action, how many of the rule's actions fall in the window ending there. -#}
counted_windows as (

    select
        completing.stage_order,
        completing.stage,
        completing.person_id,
        completing.occurred_at,
        completing.min_actions,
        count(*) as actions_in_window
    from matching as completing
    inner join matching as earlier
        on
            completing.person_id = earlier.person_id
            and completing.stage_order = earlier.stage_order
            and completing.action_type_list = earlier.action_type_list
            and completing.min_actions = earlier.min_actions
            and completing.window_days = earlier.window_days
            and completing.occurred_at >= earlier.occurred_at
            {# dbt.dateadd gives a DATETIME on BigQuery, which does not compare with a TIMESTAMP. -#}
            and earlier.occurred_at > cast({{ dbt.dateadd('day', '-1 * completing.window_days', 'completing.occurred_at') }} as {{ dbt.type_timestamp() }})
    group by
        completing.stage_order,
        completing.stage,
        completing.person_id,
        completing.occurred_at,
        completing.min_actions,
        completing.action_type_list,
        completing.window_days,
        completing.action_key

)

select
    person_id,
    stage_order,
    min(stage) as stage,
    min(occurred_at) as reached_at
from counted_windows
where actions_in_window >= min_actions
group by person_id, stage_order
