{#-
    A text sort key in byte (code point) order on every warehouse. DuckDB and BigQuery sort text
    by code point; PostgreSQL by the database's collation, which on most servers is linguistic
    (en_US: 'adam' before 'Zoe', punctuation ignored at first): a ranking that orders by text
    would pick another row there. Only for text expressions (PostgreSQL rejects COLLATE on others).
-#}
{% macro m360_byte_order(expression) %}
    {{ return(adapter.dispatch('m360_byte_order', 'movement_360')(expression)) }}
{% endmacro %}

{% macro default__m360_byte_order(expression) -%}
    {{ expression }}
{%- endmacro %}

{% macro postgres__m360_byte_order(expression) -%}
    ({{ expression }}) collate "C"
{%- endmacro %}
