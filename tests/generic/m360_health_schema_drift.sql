{#-
    Schema drift per table from the health history: the newest run against the table's
    previous run. One row per change: 'declared_column_missing' (a declared column the
    table had is gone: staging now reads it as null), 'column_added', 'column_dropped' and
    'column_renamed_or_retyped' (the table's columns or their types changed; the row shows
    the signature before and now), with the tool, table and run.
-#}
{% test m360_health_schema_drift(model) %}
    with

    series as (
        {{ movement_360.m360_health_series(model) }}
    ),

    newest as (
        select *
        from series
        where run_at = newest_run_at
            and previous_run_at is not null
    ),

    changes as (
        select
            tool,
            staging_model,
            org_id,
            source_schema,
            source_table,
            run_at,
            previous_run_at,
            cast('declared_column_missing' as {{ dbt.type_string() }}) as drift,
            coalesce(previous_missing_column_list, '') as columns_before,
            coalesce(missing_column_list, '') as columns_now
        from newest
        where missing_columns > coalesce(previous_missing_columns, 0)
            or (missing_columns > 0 and missing_columns = previous_missing_columns
                and missing_column_list <> previous_missing_column_list)

        union all

        select
            tool,
            staging_model,
            org_id,
            source_schema,
            source_table,
            run_at,
            previous_run_at,
            cast(case
                when columns_present > previous_columns_present then 'column_added'
                when columns_present < previous_columns_present then 'column_dropped'
                else 'column_renamed_or_retyped'
            end as {{ dbt.type_string() }}) as drift,
            previous_column_signature as columns_before,
            column_signature as columns_now
        from newest
        where column_signature <> previous_column_signature
    )

    select
        *,
        {{ dbt.concat([
            'drift', "': '", 'tool', "' table '", 'source_schema', "'.'", 'source_table', "' (org '", 'org_id',
            "') changed between the runs of '", dbt.cast('previous_run_at', dbt.type_string()), "' and '",
            dbt.cast('run_at', dbt.type_string()), "'; before: '", 'columns_before', "'; now: '", 'columns_now',
        ]) }} as problem
    from changes
{% endtest %}
