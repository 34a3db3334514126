{#-
    Re-delivery per table from the health history: rows re-delivered (older deliveries of
    keys delivered again) since the previous run, at the newest run, when they are at least
    `min_rows` and more than `max_share` of the rows the table kept at the previous run: a
    sync that sent a table again (a doubled table, a reset cursor). One row per table, with
    the tool, table and run. Vars: movement_360__health_redelivery_min_rows (10),
    movement_360__health_redelivery_max_share (0.5).
-#}
{% test m360_health_redelivery(model) %}
    {%- set min_rows = movement_360.m360_health_setting('redelivery_min_rows', 10) -%}
    {%- set max_share = movement_360.m360_health_setting('redelivery_max_share', 0.5) -%}
    with

    series as (
        {{ movement_360.m360_health_series(model) }}
    ),

    newest as (
        select
            *,
            duplicate_rows - previous_duplicate_rows as redelivered_rows
        from series
        where run_at = newest_run_at
            and previous_run_at is not null
    )

    select
        tool,
        staging_model,
        org_id,
        source_schema,
        source_table,
        run_at,
        redelivered_rows,
        previous_kept_rows,
        {{ dbt.concat([
            "'re-delivery: '", 'tool', "' table '", 'source_schema', "'.'", 'source_table', "' (org '", 'org_id',
            "') received '", dbt.cast('redelivered_rows', dbt.type_string()), "' rows again between the runs of '",
            dbt.cast('previous_run_at', dbt.type_string()), "' and '", dbt.cast('run_at', dbt.type_string()),
            "' (it kept '", dbt.cast('previous_kept_rows', dbt.type_string()), "' rows before)'",
        ]) }} as problem
    from newest
    where redelivered_rows >= {{ min_rows }}
        and redelivered_rows > {{ max_share }} * previous_kept_rows
{% endtest %}
