{#-
    Helpers of the health history and its checks.
-#}

{#- The id of this run in the health history: var movement_360__health_run_id, else dbt's
    invocation id. Rebuilding the history with the same id replaces that run's rows. -#}
{% macro m360_health_run_id() %}
    {{ return(var('movement_360__health_run_id', invocation_id)) }}
{% endmacro %}


{#- When this run happened, as a SQL timestamp (UTC): var movement_360__health_run_at
    ('YYYY-MM-DD HH:MM:SS', for backfills and drills), else the time dbt started. -#}
{% macro m360_health_run_at() %}
    {%- set run_at = var('movement_360__health_run_at', none) or run_started_at.strftime('%Y-%m-%d %H:%M:%S') -%}
    {{ return("cast('" ~ run_at ~ "' as " ~ dbt.type_timestamp() ~ ")") }}
{% endmacro %}


{#- Day of the week of a date or timestamp, 0 = Sunday .. 6 = Saturday, on every warehouse. -#}
{% macro m360_day_of_week(expression) %}
    {{ return(adapter.dispatch('m360_day_of_week', 'movement_360')(expression)) }}
{% endmacro %}

{% macro default__m360_day_of_week(expression) %}
    cast(extract(dow from {{ expression }}) as {{ dbt.type_int() }})
{%- endmacro %}

{% macro bigquery__m360_day_of_week(expression) %}
    (extract(dayofweek from {{ expression }}) - 1)
{%- endmacro %}


{#- A threshold of a health check: var movement_360__health_<name>, else the default. -#}
{% macro m360_health_setting(name, default) %}
    {{ return(var('movement_360__health_' ~ name, default)) }}
{% endmacro %}
