{#-
    One top-level key of a JSON object held as text, as text (a JSON string
    or number alike; null when the key is absent). For example Hustle syncs
    lead_externals.identifiers as JSON text, e.g. '{"van_id": "100000123"}'.
    `key` must be a plain identifier (letters, digits, underscores).
-#}
{% macro m360_json_extract_text(column, key) %}
    {%- if not (key | string).replace('_', '').isalnum() -%}
        {{ exceptions.raise_compiler_error("m360_json_extract_text: key must be a plain identifier, got '" ~ key ~ "'") }}
    {%- endif -%}
    {{ return(adapter.dispatch('m360_json_extract_text', 'movement_360')(column, key)) }}
{% endmacro %}

{#- PostgreSQL (and the default): PostgreSQL 15 has no JSON parse that returns null on malformed
    text (a cast to json fails the whole query on one bad value), so the value is read with a
    regular expression: the first `"key": value` pair (a string without escaped quotes, or a bare
    number); a JSON null is null. Malformed text yields null, never an error. -#}
{% macro default__m360_json_extract_text(column, key) %}
    nullif(substring(cast({{ column }} as {{ dbt.type_string() }}) from '"{{ key }}"[[:space:]]*:[[:space:]]*"?([^",}]*)'), 'null')
{% endmacro %}

{#- DuckDB: malformed text yields null instead of an error. -#}
{% macro duckdb__m360_json_extract_text(column, key) %}
    json_extract_string(case when json_valid({{ column }}) then {{ column }} end, '$.{{ key }}')
{% endmacro %}

{% macro bigquery__m360_json_extract_text(column, key) %}
    json_extract_scalar(nullif({{ movement_360.m360_trim(column) }}, ''), '$.{{ key }}')
{% endmacro %}

{% macro redshift__m360_json_extract_text(column, key) %}
    json_extract_path_text({{ column }}, '{{ key }}', true)
{% endmacro %}

