{#-
    Volume anomalies per table from the health history only (never the raw tables): the new
    rows a table received since the previous run (rows delivered less re-deliveries, which
    m360_health_redelivery watches) at the newest run, against two baselines of the same
    table: the same weekday in the trailing `weeks` weeks, and every run of those weeks. A
    day the tool is known to be idle (seed m360_tool_slas, idle_weekdays) is not checked.
    One row per anomaly: 'dropped_to_zero' (nothing new where the same weekday averaged at
    least `min_rows`), 'volume_drop' (below `drop_ratio` of that average), 'volume_spike'
    (above `spike_ratio` times the larger baseline), with the tool, table and day.
    Vars: movement_360__health_volume_weeks (4), _min_rows (5), _drop_ratio (0.2), _spike_ratio (5).
-#}
{% test m360_health_volume(model) %}
    {%- set weeks = movement_360.m360_health_setting('volume_weeks', 4) -%}
    {%- set min_rows = movement_360.m360_health_setting('volume_min_rows', 5) -%}
    {%- set drop_ratio = movement_360.m360_health_setting('volume_drop_ratio', 0.2) -%}
    {%- set spike_ratio = movement_360.m360_health_setting('volume_spike_ratio', 5) -%}
    with

    series as (
        select
            runs.*,
            runs.raw_rows - runs.previous_raw_rows - (runs.duplicate_rows - runs.previous_duplicate_rows) as new_rows
        from ({{ movement_360.m360_health_series(model) }}) as runs
        where runs.previous_run_at is not null
    ),

    newest as (
        select *
        from series
        where run_at = newest_run_at
    ),

    baselines as (
        select
            newest.table_key,
            avg(case
                when mod({{ dbt.datediff('past.run_on', 'newest.run_on', 'day') }}, 7) = 0
                    then cast(past.new_rows as {{ dbt.type_float() }})
            end) as same_weekday_rows,
            sum(case when mod({{ dbt.datediff('past.run_on', 'newest.run_on', 'day') }}, 7) = 0 then 1 else 0 end) as same_weekday_runs,
            avg(cast(past.new_rows as {{ dbt.type_float() }})) as trailing_rows
        from newest
        inner join series as past
            on newest.table_key = past.table_key
            and past.run_on < newest.run_on
            and past.run_on >= cast({{ dbt.dateadd('day', -7 * weeks, 'newest.run_on') }} as date)
        group by newest.table_key
    ),

    slas as (
        select tool, idle_weekdays
        from {{ movement_360.m360_tool_slas_relation() }}
    ),

    checked as (
        select
            newest.tool,
            newest.staging_model,
            newest.org_id,
            newest.source_schema,
            newest.source_table,
            newest.run_on,
            newest.new_rows,
            baselines.same_weekday_rows,
            baselines.trailing_rows,
            case
                when newest.new_rows <= 0 and baselines.same_weekday_rows >= {{ min_rows }}
                    then 'dropped_to_zero'
                when newest.new_rows < {{ drop_ratio }} * baselines.same_weekday_rows and baselines.same_weekday_rows >= {{ min_rows }}
                    then 'volume_drop'
                when newest.new_rows >= {{ min_rows }}
                    and newest.new_rows > {{ spike_ratio }} * (case
                        when coalesce(baselines.same_weekday_rows, 0) > coalesce(baselines.trailing_rows, 0)
                            then baselines.same_weekday_rows
                        else coalesce(baselines.trailing_rows, 0)
                    end)
                    and baselines.trailing_rows > 0
                    then 'volume_spike'
            end as anomaly,
            {{ movement_360.m360_day_of_week('newest.run_on') }} as run_weekday,
            slas.idle_weekdays
        from newest
        inner join baselines
            on newest.table_key = baselines.table_key
        left join slas
            on newest.tool = slas.tool
        where baselines.same_weekday_runs > 0
    )

    select
        tool,
        staging_model,
        org_id,
        source_schema,
        source_table,
        run_on,
        anomaly,
        new_rows,
        same_weekday_rows,
        trailing_rows,
        {{ dbt.concat([
            'anomaly', "': '", 'tool', "' table '", 'source_schema', "'.'", 'source_table', "' (org '", 'org_id',
            "') received '", dbt.cast('new_rows', dbt.type_string()), "' new rows on '", dbt.cast('run_on', dbt.type_string()),
            "'; the same weekday averaged '", dbt.cast('round(cast(same_weekday_rows as ' ~ dbt.type_numeric() ~ '), 1)', dbt.type_string()),
            "' and the trailing weeks '", dbt.cast('round(cast(trailing_rows as ' ~ dbt.type_numeric() ~ '), 1)', dbt.type_string()), "' per run'",
        ]) }} as problem
    from checked
    where anomaly is not null
        and {{ dbt.position(dbt.concat(["' '", dbt.cast('run_weekday', dbt.type_string()), "' '"]), dbt.concat(["' '", "coalesce(idle_weekdays, '')", "' '"])) }} = 0
{% endtest %}
