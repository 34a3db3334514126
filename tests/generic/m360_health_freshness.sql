{#-
    Freshness per table from the health history: an active table (its newest load time
    advanced in at least `min_advances` runs of the last `lookback_days` days) whose newest
    load time has not advanced for longer than its tool's agreed delay (seed m360_tool_slas,
    else var movement_360__health_default_sync_delay_hours). Hours are counted on the
    warehouse's clock, between the run that last saw the table advance and the newest run,
    so a vendor's time zone does not matter. One row per stale table of the newest run,
    saying which tool and table, since when, and what was agreed.
    Vars: movement_360__health_freshness_lookback_days (28), movement_360__health_freshness_min_advances (3).
-#}
{% test m360_health_freshness(model) %}
    {%- set lookback_days = movement_360.m360_health_setting('freshness_lookback_days', 28) -%}
    {%- set min_advances = movement_360.m360_health_setting('freshness_min_advances', 3) -%}
    {%- set default_hours = movement_360.m360_health_setting('default_sync_delay_hours', 36) -%}
    with

    series as (
        {{ movement_360.m360_health_series(model) }}
    ),

    advances as (
        select
            table_key,
            max(run_at) as last_advanced_at,
            sum(case when run_on >= cast({{ dbt.dateadd('day', -1 * lookback_days, 'newest_run_at') }} as date) then 1 else 0 end) as recent_advances
        from series
        where last_loaded_at > previous_loaded_at
        group by table_key
    ),

    newest as (
        select *
        from series
        where run_at = newest_run_at
            and last_loaded_at is not null
    ),

    slas as (
        select tool, agreed_sync_delay_hours
        from {{ movement_360.m360_tool_slas_relation() }}
    ),

    checked as (
        select
            newest.tool,
            newest.staging_model,
            newest.org_id,
            newest.source_schema,
            newest.source_table,
            newest.run_at,
            newest.last_loaded_at,
            advances.last_advanced_at,
            advances.recent_advances,
            {{ dbt.datediff('advances.last_advanced_at', 'newest.run_at', 'hour') }} as hours_without_new_rows,
            coalesce(slas.agreed_sync_delay_hours, {{ default_hours }}) as agreed_sync_delay_hours
        from newest
        inner join advances
            on newest.table_key = advances.table_key
        left join slas
            on newest.tool = slas.tool
    )

    select
        tool,
        staging_model,
        org_id,
        source_schema,
        source_table,
        run_at,
        last_loaded_at,
        last_advanced_at,
        hours_without_new_rows,
        agreed_sync_delay_hours,
        {{ dbt.concat([
            "'stale sync: '", 'tool', "' table '", 'source_schema', "'.'", 'source_table', "' (org '", 'org_id',
            "') has had no new rows for '", dbt.cast('hours_without_new_rows', dbt.type_string()),
            "' hours (newest load time '", dbt.cast('last_loaded_at', dbt.type_string()),
            "', last advanced at the run of '", dbt.cast('last_advanced_at', dbt.type_string()),
            "'); agreed: within '", dbt.cast('agreed_sync_delay_hours', dbt.type_string()), "' hours'",
        ]) }} as problem
    from checked
    where recent_advances >= {{ min_advances }}
        and hours_without_new_rows > agreed_sync_delay_hours
{% endtest %}
