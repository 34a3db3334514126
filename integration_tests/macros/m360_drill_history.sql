{#-
    Fault drills (scripts/ci/health_drills.py): writes `days` earlier daily runs into the
    health history, before the one run it holds (the reference), as a steady daily sync would have left
    them: every table with a load time gained `daily` rows per day (a 1/(2*days) share of its
    rows, at least one) and its newest load time advanced by a day, with the same columns and
    no re-deliveries. A table named in `stopped_tables` received nothing in the last
    `stopped_days` runs (its figures stay those of the reference run). The small demo world is
    too sparse for real daily volumes; this is the steady past the checks compare with.
    The reference run is then deleted: the drill rebuilds the history at the same time after
    applying its fault, so the newest run is compared with this past.
-#}
{% macro m360_drill_history(days=21, stopped_tables=[], stopped_days=0) %}
    {%- set history = ref('fct_source_health_history') -%}
    {%- set offsets = [] -%}
    {%- for day in range(1, days + 1) -%}
        {%- do offsets.append('select ' ~ day ~ ' as days_back') -%}
    {%- endfor -%}
    {%- set stopped = ("'" ~ (stopped_tables | join("', '")) ~ "'") if stopped_tables else "''" -%}
    {%- set runs = run_query('select count(distinct run_id) from ' ~ history).columns[0].values()[0] -%}
    {%- if runs != 1 -%}
        {{ exceptions.raise_compiler_error('m360_drill_history: the history must hold exactly one run (a full refresh), not ' ~ runs) }}
    {%- endif -%}
    {%- set reference_run_id = run_query('select max(run_id) from ' ~ history).columns[0].values()[0] -%}
    {%- set sql -%}
    insert into {{ history }} (
        source_health_history_key, run_id, tool, staging_model, source_name, source_table_name, org_id,
        source_schema, source_table, table_status, raw_rows, duplicate_rows, suppressed_rows, kept_rows,
        columns_present, column_signature, missing_columns, missing_column_list, values_not_converted,
        run_on, last_loaded_at, run_at, measured_at
    )
    with

    reference as (
        select
            history.*,
            offsets.days_back,
            case
                when history.source_table in ({{ stopped }}) then
                    case when offsets.days_back <= {{ stopped_days }} then 0 else offsets.days_back - {{ stopped_days }} end
                else offsets.days_back
            end as days_of_growth,
            case
                when history.last_loaded_at is null then 0
                when history.raw_rows / {{ 2 * days }} < 1 then 1
                else history.raw_rows / {{ 2 * days }}
            end as daily
        from {{ history }} as history
        cross join ({{ offsets | join(' union all ') }}) as offsets
        where history.run_id = (select max(run_id) from {{ history }})
    ),

    shifted as (
        select
            {{ dbt.concat(["'drill_past_'", dbt.cast('days_back', dbt.type_string())]) }} as run_id,
            tool, staging_model, source_name, source_table_name, org_id, source_schema, source_table, table_status,
            raw_rows - days_of_growth * daily as raw_rows,
            duplicate_rows,
            suppressed_rows,
            case when kept_rows - days_of_growth * daily < 0 then 0 else kept_rows - days_of_growth * daily end as kept_rows,
            columns_present, column_signature, missing_columns, missing_column_list, values_not_converted,
            {{ dbt.dateadd('day', '-1 * days_of_growth', 'last_loaded_at') }} as last_loaded_at,
            {{ dbt.dateadd('day', '-1 * days_back', 'run_at') }} as run_at,
            measured_at
        from reference
    )

    select
        {{ movement_360.m360_surrogate_key(['run_id', 'staging_model', 'org_id', 'source_schema', 'source_table']) }},
        run_id, tool, staging_model, source_name, source_table_name, org_id, source_schema, source_table, table_status,
        raw_rows, duplicate_rows, suppressed_rows, kept_rows, columns_present, column_signature, missing_columns,
        missing_column_list, values_not_converted,
        cast({{ dbt.date_trunc('day', 'run_at') }} as date),
        last_loaded_at, run_at, measured_at
    from shifted
    {%- endset -%}
    {%- do run_query(sql) -%}
    {%- do run_query("delete from " ~ history ~ " where run_id = '" ~ reference_run_id ~ "'") -%}
    {{ log("drill history: " ~ days ~ " daily runs written before run " ~ reference_run_id ~ ", which was removed", info=true) }}
{% endmacro %}
