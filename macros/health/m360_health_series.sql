{#-
    The health history as a series per table, for the health checks: every run of every
    staged table with the previous run's figures beside it (lag over run_at), the table's
    key as one column, and the newest run of the whole history. Runs are compared on the
    warehouse's clock (run_at), never on the vendor's.
-#}
{% macro m360_health_series(model) %}
    select
        series.*,
        {{ dbt.datediff('series.previous_run_at', 'series.run_at', 'hour') }} as hours_since_previous_run
    from (
        select
            history.*,
            {{ dbt.concat(['history.staging_model', "'|'", 'history.org_id', "'|'", 'history.source_schema', "'|'", 'history.source_table']) }} as table_key,
            {%- for column, previous in [
                ('run_at', 'previous_run_at'), ('raw_rows', 'previous_raw_rows'),
                ('duplicate_rows', 'previous_duplicate_rows'), ('kept_rows', 'previous_kept_rows'),
                ('last_loaded_at', 'previous_loaded_at'), ('column_signature', 'previous_column_signature'),
                ('columns_present', 'previous_columns_present'), ('missing_columns', 'previous_missing_columns'),
                ('missing_column_list', 'previous_missing_column_list'),
            ] %}
            lag(history.{{ column }}) over (
                partition by history.staging_model, history.org_id, history.source_schema, history.source_table
                order by history.run_at
            ) as {{ previous }},
            {%- endfor %}
            max(history.run_at) over () as newest_run_at
        from {{ model }} as history
        where history.table_status = 'staged'
    ) as series
{% endmacro %}


{#- The tool SLA seed (var movement_360__tool_slas_seed, default m360_tool_slas). -#}
{% macro m360_tool_slas_relation() %}
    {{ return(ref(var('movement_360__tool_slas_seed', 'm360_tool_slas'))) }}
{% endmacro %}
