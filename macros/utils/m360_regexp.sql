{#-
    Small regular-expression helpers for the identity macros. Patterns are
    written without backslashes or single quotes ([0-9], [.], [[:space:]]) so
    the same text means the same thing as a PostgreSQL/Redshift literal, a
    DuckDB literal and a BigQuery raw string.
-#}

{#- True when the text matches the pattern (unanchored; anchor with ^ and $). -#}
{% macro m360_regexp_contains(expression, pattern) %}
    {%- do movement_360.m360_check_regexp_pattern(pattern) -%}
    {{ return(adapter.dispatch('m360_regexp_contains', 'movement_360')(expression, pattern)) }}
{% endmacro %}

{#- PostgreSQL and Redshift (the default): the POSIX match operator. -#}
{% macro default__m360_regexp_contains(expression, pattern) -%}
    ({{ expression }} ~ '{{ pattern }}')
{%- endmacro %}

{% macro duckdb__m360_regexp_contains(expression, pattern) -%}
    regexp_matches({{ expression }}, '{{ pattern }}')
{%- endmacro %}

{% macro bigquery__m360_regexp_contains(expression, pattern) -%}
    regexp_contains({{ expression }}, r'{{ pattern }}')
{%- endmacro %}


{#- Every match of the pattern replaced by a literal replacement (no back-references). -#}
{% macro m360_regexp_replace_all(expression, pattern, replacement) %}
    {%- do movement_360.m360_check_regexp_pattern(pattern) -%}
    {%- do movement_360.m360_check_regexp_pattern(replacement) -%}
    {{ return(adapter.dispatch('m360_regexp_replace_all', 'movement_360')(expression, pattern, replacement)) }}
{% endmacro %}

{#- PostgreSQL and DuckDB (the default): the 'g' flag replaces every match. -#}
{% macro default__m360_regexp_replace_all(expression, pattern, replacement) -%}
    regexp_replace({{ expression }}, '{{ pattern }}', '{{ replacement }}', 'g')
{%- endmacro %}

{#- BigQuery and Redshift replace every match without a flag (Redshift's 4th argument is a position). -#}
{% macro bigquery__m360_regexp_replace_all(expression, pattern, replacement) -%}
    regexp_replace({{ expression }}, r'{{ pattern }}', '{{ replacement }}')
{%- endmacro %}

{% macro redshift__m360_regexp_replace_all(expression, pattern, replacement) -%}
    regexp_replace({{ expression }}, '{{ pattern }}', '{{ replacement }}')
{%- endmacro %}


{#- Patterns are pasted into string literals: refuse quotes and backslashes. -#}
{% macro m360_check_regexp_pattern(pattern) %}
    {%- if "'" in pattern or "\\" in pattern -%}
        {{ exceptions.raise_compiler_error("movement_360 regexp helpers: write the pattern without quotes or backslashes (use [.], [0-9], [[:space:]]), got: " ~ pattern) }}
    {%- endif -%}
{% endmacro %}
