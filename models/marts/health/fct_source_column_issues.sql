{#-
    Column problems of every real table behind every enabled staging model: a
    declared column the sync lacks (staged as null), a column found under an
    alias, and every raw text column read as another type, with how many of its
    values did not convert (staged as null instead of failing the run). It reads
    the raw tables, not the staging views, so it builds when a staging model fails.
-#}
{#- One statement per bounded stretch of the union (BigQuery's query-length limit at a hub's scale). -#}
{{ config(materialized='m360_chunked_table') }}
{{ movement_360.m360_health_source_dependencies() }}
with

column_issues as (

    {{ movement_360.m360_all_source_column_issues() }}

),

final as (

    select
        {{ movement_360.m360_surrogate_key(['staging_model', 'org_id', 'source_schema', 'source_table', 'column_name', 'issue']) }} as source_column_issue_key,
        staging_model,
        source_name,
        source_table_name,
        org_id,
        source_schema,
        source_table,
        column_name,
        raw_column,
        issue,
        values_present,
        values_not_converted,
        {{ dbt.current_timestamp() }} as measured_at
    from column_issues

)

select * from final
