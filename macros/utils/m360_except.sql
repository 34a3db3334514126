{#- Set difference keyword: BigQuery requires `except distinct`. -#}
{% macro m360_except() %}
    {{ return(adapter.dispatch('m360_except', 'movement_360')()) }}
{% endmacro %}

{% macro default__m360_except() %}except{% endmacro %}

{% macro bigquery__m360_except() %}except distinct{% endmacro %}
