{#- A stable hash of several columns; nulls and empty strings stay distinct. -#}
{% macro m360_surrogate_key(columns) %}
    {{ return(adapter.dispatch('m360_surrogate_key', 'movement_360')(columns)) }}
{% endmacro %}

{% macro default__m360_surrogate_key(columns) %}
    {%- set parts = [] -%}
    {%- for column in columns -%}
        {%- do parts.append("coalesce(cast(" ~ column ~ " as " ~ dbt.type_string() ~ "), '_m360_null_')") -%}
        {%- if not loop.last -%}
            {%- do parts.append("'|'") -%}
        {%- endif -%}
    {%- endfor -%}
    {{ dbt.hash(dbt.concat(parts)) }}
{% endmacro %}
