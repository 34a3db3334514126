{#-
    The health history: each run's figures of every real source table, kept from run to
    run (incremental), so the health checks compare a table with its own past. One row per
    table per run; a run rebuilt with the same run id (var movement_360__health_run_id,
    else dbt's invocation id) replaces its own rows. Reads the two health marts of the same
    run only: it builds when a staging model fails.
-#}
{{ config(
    materialized='incremental',
    unique_key='source_health_history_key',
    on_schema_change='append_new_columns',
) }}

with

row_counts as (

    select * from {{ ref('fct_source_row_counts') }}

),

column_issues as (

    select * from {{ ref('fct_source_column_issues') }}

),

issues_per_table as (

    select
        staging_model,
        org_id,
        source_schema,
        source_table,
        sum(case when issue in ('missing_column', 'missing_key_column') then 1 else 0 end) as missing_columns,
        {{ dbt.listagg(
            "case when issue in ('missing_column', 'missing_key_column') then column_name end",
            "','",
            "order by " ~ movement_360.m360_byte_order("case when issue in ('missing_column', 'missing_key_column') then column_name end"),
        ) }} as missing_column_list,
        sum(coalesce(values_not_converted, 0)) as values_not_converted
    from column_issues
    group by staging_model, org_id, source_schema, source_table

),

this_run as (

    select
        cast('{{ movement_360.m360_health_run_id() }}' as {{ dbt.type_string() }}) as run_id,
        cast({{ movement_360.m360_tool_of_source('row_counts.source_name') }} as {{ dbt.type_string() }}) as tool,
        row_counts.staging_model,
        row_counts.source_name,
        row_counts.source_table_name,
        row_counts.org_id,
        row_counts.source_schema,
        row_counts.source_table,
        row_counts.table_status,
        row_counts.raw_rows,
        row_counts.duplicate_rows,
        row_counts.suppressed_rows,
        row_counts.kept_rows,
        row_counts.columns_present,
        row_counts.column_signature,
        cast(coalesce(issues_per_table.missing_columns, 0) as {{ dbt.type_bigint() }}) as missing_columns,
        cast(case
            when issues_per_table.missing_column_list is not null
                then {{ dbt.concat(["','", 'issues_per_table.missing_column_list', "','"]) }}
        end as {{ dbt.type_string() }}) as missing_column_list,
        cast(coalesce(issues_per_table.values_not_converted, 0) as {{ dbt.type_bigint() }}) as values_not_converted,
        row_counts.last_loaded_at,
        {{ movement_360.m360_health_run_at() }} as run_at,
        row_counts.measured_at
    from row_counts
    left join issues_per_table
        on
            row_counts.staging_model = issues_per_table.staging_model
            and row_counts.org_id = issues_per_table.org_id
            and row_counts.source_schema = issues_per_table.source_schema
            and row_counts.source_table = issues_per_table.source_table

),

final as (

    select
        {{ movement_360.m360_surrogate_key(['run_id', 'staging_model', 'org_id', 'source_schema', 'source_table']) }} as source_health_history_key,
        run_id,
        tool,
        staging_model,
        source_name,
        source_table_name,
        org_id,
        source_schema,
        source_table,
        table_status,
        raw_rows,
        duplicate_rows,
        suppressed_rows,
        kept_rows,
        columns_present,
        column_signature,
        missing_columns,
        missing_column_list,
        values_not_converted,
        cast({{ dbt.date_trunc('day', 'run_at') }} as date) as run_on,
        last_loaded_at,
        run_at,
        measured_at
    from this_run

)

select * from final
