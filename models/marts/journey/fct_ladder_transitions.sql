{#-
    Each move up the engagement ladder: from the highest stage held before to
    the stage reached, with dates and the days spent in the previous stage.
    A stage reached after a higher one (an attendee who was already a
    volunteer) is no move and is left out.
-#}
with

reached as (

    select * from {{ ref('int_journey__stages_reached') }}

),

ordered as (

    select
        *,
        max(stage_order) over (
            partition by person_id
            order by reached_at, stage_order
            rows between unbounded preceding and 1 preceding
        ) as highest_before
    from reached

),

moves as (

    select * from ordered
    where highest_before is null or stage_order > highest_before

),

sequenced as (

    select
        person_id,
        stage_order,
        stage,
        reached_at,
        lag(stage) over (partition by person_id order by reached_at, stage_order) as from_stage,
        lag(stage_order) over (partition by person_id order by reached_at, stage_order) as from_stage_order,
        lag(reached_at) over (partition by person_id order by reached_at, stage_order) as from_reached_at,
        row_number() over (partition by person_id order by reached_at, stage_order) as transition_number
    from moves

)

select
    {{ movement_360.m360_surrogate_key(['person_id', 'cast(stage_order as ' ~ dbt.type_string() ~ ')']) }} as transition_key,
    person_id,
    transition_number,
    from_stage,
    from_stage_order,
    stage as to_stage,
    stage_order as to_stage_order,
    from_reached_at,
    reached_at as transitioned_at,
    cast(reached_at as date) as transitioned_on,
    case
        when from_reached_at is not null then cast({{ dbt.datediff('from_reached_at', 'reached_at', 'day') }} as {{ dbt.type_bigint() }})
    end as days_in_previous_stage
from sequenced
