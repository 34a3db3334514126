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

{#- PostgreSQL (and the default): the ->> operator on the text cast to json. -#}
{% macro default__m360_json_extract_text(column, key) %}
    (cast(nullif(trim({{ column }}), '') as json) ->> '{{ key }}')
{% endmacro %}

{#- DuckDB: malformed text yields null instead of an error. -#}
{% macro duckdb__m360_json_extract_text(column, key) %}
    json_extract_string(case when json_valid({{ column }}) then {{ column }} end, '$.{{ key }}')
{% endmacro %}

{% macro bigquery__m360_json_extract_text(column, key) %}
    json_extract_scalar(nullif(trim({{ column }}), ''), '$.{{ key }}')
{% endmacro %}

{% macro redshift__m360_json_extract_text(column, key) %}
    json_extract_path_text({{ column }}, '{{ key }}', true)
{% endmacro %}

