{#-
    One whitespace rule for every warehouse. Plain TRIM differs: PostgreSQL strips only spaces,
    DuckDB spaces and a non-breaking space but not a tab, BigQuery Unicode white space but not a
    byte-order mark. Vendor exports carry all of these (a pasted e-mail with a non-breaking space, a
    CSV whose first cell starts with a byte-order mark), so one set is stripped everywhere: tab,
    line feed, vertical tab, form feed, carriage return, space, next line, no-break space, the
    typographic spaces U+2000 to U+200A, zero-width space, narrow no-break space, medium
    mathematical space, ideographic space and the byte-order mark.
-#}
{% macro m360_whitespace_code_points() %}
    {{ return([9, 10, 11, 12, 13, 32, 133, 160, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200,
               8201, 8202, 8203, 8239, 8287, 12288, 65279]) }}
{% endmacro %}

{% macro m360_whitespace_characters() %}
    {{ return(adapter.dispatch('m360_whitespace_characters', 'movement_360')()) }}
{% endmacro %}

{% macro default__m360_whitespace_characters() -%}
    {%- set characters = [] -%}
    {%- for code_point in movement_360.m360_whitespace_code_points() -%}
        {%- do characters.append('chr(' ~ code_point ~ ')') -%}
    {%- endfor -%}
    ({{ characters | join(' || ') }})
{%- endmacro %}

{% macro bigquery__m360_whitespace_characters() -%}
    code_points_to_string([{{ movement_360.m360_whitespace_code_points() | join(', ') }}])
{%- endmacro %}

{#- The expression (text) without leading and trailing white space of the set above. -#}
{% macro m360_trim(expression) %}
    {{ return(adapter.dispatch('m360_trim', 'movement_360')(expression)) }}
{% endmacro %}

{% macro default__m360_trim(expression) -%}
    trim({{ expression }}, {{ movement_360.m360_whitespace_characters() }})
{%- endmacro %}

{#- PostgreSQL and Redshift spell the two-argument form btrim. -#}
{% macro postgres__m360_trim(expression) -%}
    btrim({{ expression }}, {{ movement_360.m360_whitespace_characters() }})
{%- endmacro %}

{% macro redshift__m360_trim(expression) -%}
    btrim({{ expression }}, {{ movement_360.m360_whitespace_characters() }})
{%- endmacro %}
