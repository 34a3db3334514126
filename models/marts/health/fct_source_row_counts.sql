{#-
    Row accounting of every enabled staging model's raw tables, by the same
    staging rules the models apply: what each sync delivered, what was a
    re-delivery, what was suppressed or deleted, and what was kept; and, for a
    table that cannot be staged, why (a missing table, a missing key column).
    It reads the raw tables, not the staging views, on purpose: it counts what
    staging drops, and it still builds when a staging model fails.
-#}
{#- One statement per bounded stretch of the union (BigQuery's query-length limit at a hub's scale). -#}
{{ config(materialized='m360_chunked_table') }}
{{ movement_360.m360_health_source_dependencies() }}
with

row_counts as (

    {{ movement_360.m360_all_source_row_counts() }}

),

final as (

    select
        {{ movement_360.m360_surrogate_key(['staging_model', 'org_id', 'source_schema', 'source_table']) }} as source_row_count_key,
        staging_model,
        source_name,
        source_table_name,
        org_id,
        source_schema,
        source_table,
        table_status,
        status_detail,
        raw_rows,
        duplicate_rows,
        suppressed_rows,
        kept_rows,
        last_loaded_at,
        columns_present,
        column_signature,
        {{ dbt.current_timestamp() }} as measured_at
    from row_counts

)

select * from final
