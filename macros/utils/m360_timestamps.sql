{#- A naive local timestamp (as VAN syncs them) to a naive UTC timestamp. -#}
{% macro m360_local_to_utc(column, time_zone) %}
    {{ return(adapter.dispatch('m360_local_to_utc', 'movement_360')(column, time_zone)) }}
{% endmacro %}

{% macro default__m360_local_to_utc(column, time_zone) %}
    cast((({{ column }}) at time zone '{{ time_zone }}') at time zone 'UTC' as {{ dbt.type_timestamp() }})
{% endmacro %}

{% macro bigquery__m360_local_to_utc(column, time_zone) %}
    timestamp(datetime({{ column }}), '{{ time_zone }}')
{% endmacro %}


{#- Epoch milliseconds (Empower's *Mts columns) to a UTC timestamp. -#}
{% macro m360_epoch_ms_to_timestamp(column) %}
    {{ return(adapter.dispatch('m360_epoch_ms_to_timestamp', 'movement_360')(column)) }}
{% endmacro %}

{% macro default__m360_epoch_ms_to_timestamp(column) %}
    cast(to_timestamp(({{ column }}) / 1000.0) at time zone 'UTC' as {{ dbt.type_timestamp() }})
{% endmacro %}

{% macro duckdb__m360_epoch_ms_to_timestamp(column) %}
    cast(epoch_ms(cast({{ column }} as bigint)) as {{ dbt.type_timestamp() }})
{% endmacro %}

{% macro bigquery__m360_epoch_ms_to_timestamp(column) %}
    timestamp_millis(cast({{ column }} as int64))
{% endmacro %}


{#- A text timestamp, blank meaning null (Airbyte-style syncs deliver strings); text that
    is not a timestamp becomes null (m360_safe_cast), never an error. -#}
{% macro m360_parse_timestamp(column) %}
    {{ return(adapter.dispatch('m360_parse_timestamp', 'movement_360')(column)) }}
{% endmacro %}

{% macro default__m360_parse_timestamp(column) %}
    {{ movement_360.m360_safe_cast("nullif(" ~ movement_360.m360_trim(column) ~ ", '')", 'timestamp') }}
{% endmacro %}

{#-
    Microseconds elapsed from one timestamp to another (negative when the second is earlier), exact
    on every warehouse. dbt.datediff in minutes or seconds counts boundaries crossed on DuckDB and
    PostgreSQL but whole elapsed units on BigQuery, so a time window written with it has a different
    edge on each; a window written in elapsed microseconds has the same edge everywhere.
-#}
{% macro m360_microseconds_between(start_timestamp, end_timestamp) %}
    {{ return(adapter.dispatch('m360_microseconds_between', 'movement_360')(start_timestamp, end_timestamp)) }}
{% endmacro %}

{% macro default__m360_microseconds_between(start_timestamp, end_timestamp) -%}
    cast(round(extract(epoch from ({{ end_timestamp }}) - ({{ start_timestamp }})) * 1000000) as {{ dbt.type_bigint() }})
{%- endmacro %}

{% macro duckdb__m360_microseconds_between(start_timestamp, end_timestamp) -%}
    (epoch_us({{ end_timestamp }}) - epoch_us({{ start_timestamp }}))
{%- endmacro %}

{% macro bigquery__m360_microseconds_between(start_timestamp, end_timestamp) -%}
    timestamp_diff({{ end_timestamp }}, {{ start_timestamp }}, microsecond)
{%- endmacro %}

{#- Redshift's datediff counts boundaries, which at microseconds is the elapsed time. -#}
{% macro redshift__m360_microseconds_between(start_timestamp, end_timestamp) -%}
    datediff(microsecond, {{ start_timestamp }}, {{ end_timestamp }})
{%- endmacro %}

{#- Whole seconds between two timestamps, either order (elapsed time, rounded down). -#}
{% macro m360_seconds_apart(first_timestamp, second_timestamp) -%}
    cast(floor(abs({{ movement_360.m360_microseconds_between(first_timestamp, second_timestamp) }}) / 1000000.0) as {{ dbt.type_bigint() }})
{%- endmacro %}
