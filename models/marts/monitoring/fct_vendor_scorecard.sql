{#-
    The vendor accountability scorecard: per tool and month, how the vendor's sync kept its
    agreed delay (seed m360_tool_slas), what share of its records carry a unique source id,
    how often its tables changed shape, how many rows it re-delivered, how many of its
    attempts came with a blank canvasser username, and what share of its records link to
    VAN. From the health history (sync figures, by the month of the run) and the daily
    quality fact (records and attempts, by the month of the day).
-#}
with

history as (

    select * from {{ ref('fct_source_health_history') }}

),

daily_quality as (

    select * from {{ ref('fct_tool_daily_quality') }}

),

slas as (

    select * from {{ ref(var('movement_360__tool_slas_seed', 'm360_tool_slas')) }}

),

table_runs as (

    select
        org_id,
        tool,
        run_id,
        run_at,
        last_loaded_at,
        duplicate_rows - lag(duplicate_rows) over (
            partition by staging_model, org_id, source_schema, source_table order by run_at
        ) as redelivered_rows,
        case
            when lag(column_signature) over (
                partition by staging_model, org_id, source_schema, source_table order by run_at
            ) <> column_signature then 1
            else 0
        end as is_schema_change
    from history
    where table_status = 'staged'

),

tool_runs as (

    select
        org_id,
        tool,
        run_id,
        cast({{ dbt.date_trunc('month', 'run_at') }} as date) as month_start,
        {{ dbt.datediff('max(last_loaded_at)', 'max(run_at)', 'hour') }} as sync_delay_hours,
        sum(case when redelivered_rows > 0 then redelivered_rows else 0 end) as redelivered_rows,
        sum(is_schema_change) as schema_changes
    from table_runs
    group by org_id, tool, run_id, cast({{ dbt.date_trunc('month', 'run_at') }} as date)

),

sync_months as (

    select
        tool_runs.org_id,
        tool_runs.tool,
        tool_runs.month_start,
        count(*) as runs,
        max(tool_runs.sync_delay_hours) as max_sync_delay_hours,
        avg(cast(tool_runs.sync_delay_hours as {{ dbt.type_float() }})) as avg_sync_delay_hours,
        sum(case when tool_runs.sync_delay_hours > slas.agreed_sync_delay_hours then 1 else 0 end) as runs_over_agreed_delay,
        sum(tool_runs.redelivered_rows) as redelivered_rows,
        sum(tool_runs.schema_changes) as schema_changes
    from tool_runs
    left join slas
        on tool_runs.tool = slas.tool
    group by tool_runs.org_id, tool_runs.tool, tool_runs.month_start

),

quality_months as (

    select
        org_id,
        tool,
        cast({{ dbt.date_trunc('month', 'activity_date') }} as date) as month_start,
        sum(person_records) as person_records,
        sum(records_without_unique_source_id) as records_without_unique_source_id,
        sum(records_linked_to_van) as records_linked_to_van,
        sum(attempts) as attempts,
        sum(attempts_blank_canvasser_username) as attempts_blank_canvasser_username
    from daily_quality
    group by org_id, tool, cast({{ dbt.date_trunc('month', 'activity_date') }} as date)

),

months as (

    select
        org_id,
        tool,
        month_start
    from sync_months
    union distinct
    select
        org_id,
        tool,
        month_start
    from quality_months

),

final as (

    select
        {{ movement_360.m360_surrogate_key(['months.org_id', 'months.tool', 'months.month_start']) }} as vendor_scorecard_key,
        months.org_id,
        months.tool,
        cast(sync_months.runs as {{ dbt.type_bigint() }}) as health_runs,
        slas.agreed_sync_delay_hours,
        cast(sync_months.max_sync_delay_hours as {{ dbt.type_bigint() }}) as max_sync_delay_hours,
        cast(sync_months.avg_sync_delay_hours as {{ dbt.type_float() }}) as avg_sync_delay_hours,
        cast(sync_months.runs_over_agreed_delay as {{ dbt.type_bigint() }}) as runs_over_agreed_delay,
        cast(coalesce(quality_months.person_records, 0) as {{ dbt.type_bigint() }}) as person_records,
        cast(case
            when quality_months.person_records > 0
                then 1 - cast(quality_months.records_without_unique_source_id as {{ dbt.type_float() }}) / quality_months.person_records
        end as {{ dbt.type_float() }}) as share_with_source_and_unique_id,
        cast(sync_months.schema_changes as {{ dbt.type_bigint() }}) as schema_changes,
        cast(sync_months.redelivered_rows as {{ dbt.type_bigint() }}) as redelivered_rows,
        cast(coalesce(quality_months.attempts, 0) as {{ dbt.type_bigint() }}) as attempts,
        cast(coalesce(quality_months.attempts_blank_canvasser_username, 0) as {{ dbt.type_bigint() }}) as attempts_blank_canvasser_username,
        cast(case
            when quality_months.person_records > 0
                then cast(quality_months.records_linked_to_van as {{ dbt.type_float() }}) / quality_months.person_records
        end as {{ dbt.type_float() }}) as share_linked_to_van,
        months.month_start
    from months
    left join sync_months
        on
            months.org_id = sync_months.org_id
            and months.tool = sync_months.tool
            and months.month_start = sync_months.month_start
    left join quality_months
        on
            months.org_id = quality_months.org_id
            and months.tool = quality_months.tool
            and months.month_start = quality_months.month_start
    left join slas
        on months.tool = slas.tool

)

select * from final
