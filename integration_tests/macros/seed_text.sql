{#-
    White space in the macro-test seeds is written as tokens, because a CSV cell of blanks loads
    as text on DuckDB and as null on PostgreSQL, and edge spaces do not survive every loader:
    {sp} space, {tab} tab, {nl} line feed, {nbsp} no-break space, {bom} byte-order mark,
    {zwsp} zero-width space. seed_text decodes a seed column into the real characters, so every
    warehouse tests the same input; seed_text_encoded writes spaces back as {sp}, for an expected
    value whose spaces matter.
-#}
{% macro seed_character(code_point) -%}
    {%- if target.type == 'bigquery' -%}
        code_points_to_string([{{ code_point }}])
    {%- else -%}
        chr({{ code_point }})
    {%- endif -%}
{%- endmacro %}

{% macro seed_text(column) -%}
    {%- set decoded = namespace(sql=column) -%}
    {%- for token, code_point in [('{sp}', 32), ('{tab}', 9), ('{nl}', 10), ('{nbsp}', 160), ('{bom}', 65279), ('{zwsp}', 8203)] -%}
        {%- set decoded.sql = 'replace(' ~ decoded.sql ~ ", '" ~ token ~ "', " ~ seed_character(code_point) ~ ')' -%}
    {%- endfor -%}
    {{ decoded.sql }}
{%- endmacro %}

{% macro seed_text_encoded(expression) -%}
    replace({{ expression }}, ' ', '{sp}')
{%- endmacro %}
