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
    {{ movement_360.m360_safe_cast("nullif(trim(" ~ column ~ "), '')", 'timestamp') }}
{% endmacro %}
