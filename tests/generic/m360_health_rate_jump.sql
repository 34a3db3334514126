{#-
    A data-quality rate per tool and day that jumped: on each of the last `recent_days` days
    of a tool (from its newest day), the share numerator / denominator against the same
    tool's share over the `baseline_days` days before that day; fails when it rose by more
    than `max_increase` (and above `max_rate` when given) on a day with at least `min_rows`
    in the denominator. Comparing a tool with itself means a tool whose sync never carries
    usernames does not alert every day; a day they went blank does. One row per day, with
    the tool, the day, both shares and what they count.
    Vars: movement_360__health_quality_recent_days (7), _baseline_days (28), _min_rows (5),
    _max_increase (0.5); arguments override them per test.
-#}
{% test m360_health_rate_jump(model, numerator, denominator, recent_days=none, baseline_days=none, min_rows=none, max_increase=none, date_column='activity_date', group_by=['org_id', 'tool', 'source_table']) %}
    {%- set recent_days = recent_days if recent_days is not none else movement_360.m360_health_setting('quality_recent_days', 7) -%}
    {%- set baseline_days = baseline_days if baseline_days is not none else movement_360.m360_health_setting('quality_baseline_days', 28) -%}
    {%- set min_rows = min_rows if min_rows is not none else movement_360.m360_health_setting('quality_min_rows', 5) -%}
    {%- set max_increase = max_increase if max_increase is not none else movement_360.m360_health_setting('quality_max_increase', 0.5) -%}
    {%- set partition = group_by | join(', ') -%}
    with

    days as (
        select
            {{ partition }},
            {{ date_column }} as day_date,
            {{ numerator }} as numerator_rows,
            {{ denominator }} as denominator_rows,
            max({{ date_column }}) over (partition by {{ partition }}) as newest_date
        from {{ model }}
        where {{ denominator }} > 0
    ),

    recent as (
        select *
        from days
        where day_date > cast({{ dbt.dateadd('day', -1 * recent_days, 'newest_date') }} as date)
            and denominator_rows >= {{ min_rows }}
    ),

    compared as (
        select
            {%- for column in group_by %}
            recent.{{ column }},
            {%- endfor %}
            recent.day_date,
            recent.numerator_rows,
            recent.denominator_rows,
            cast(recent.numerator_rows as {{ dbt.type_float() }}) / recent.denominator_rows as day_rate,
            cast(sum(past.numerator_rows) as {{ dbt.type_float() }}) / sum(past.denominator_rows) as baseline_rate,
            sum(past.denominator_rows) as baseline_rows
        from recent
        inner join days as past
            on {% for column in group_by %}recent.{{ column }} = past.{{ column }} and {% endfor %}past.day_date < recent.day_date
            and past.day_date >= cast({{ dbt.dateadd('day', -1 * baseline_days, 'recent.day_date') }} as date)
        group by {% for column in group_by %}recent.{{ column }}, {% endfor %}recent.day_date, recent.numerator_rows, recent.denominator_rows
    )

    select
        *,
        {%- set where_parts = [] -%}
        {%- for column in group_by -%}
            {%- do where_parts.append(dbt.cast(column, dbt.type_string())) -%}
            {%- do where_parts.append("' '") -%}
        {%- endfor %}
        {{ dbt.concat(["'" ~ numerator ~ " jumped: '"] + where_parts + [
            "'on '", dbt.cast('day_date', dbt.type_string()),
            "': '", dbt.cast('numerator_rows', dbt.type_string()), "' of '", dbt.cast('denominator_rows', dbt.type_string()),
            "' " ~ denominator ~ " ('", dbt.cast('round(cast(100 * day_rate as ' ~ dbt.type_numeric() ~ '), 0)', dbt.type_string()),
            "'%) against '", dbt.cast('round(cast(100 * baseline_rate as ' ~ dbt.type_numeric() ~ '), 0)', dbt.type_string()),
            "'% over the " ~ baseline_days ~ " days before'",
        ]) }} as problem
    from compared
    where day_rate - baseline_rate > {{ max_increase }}
{% endtest %}
