{#-
    The keyword that makes a CTE computed once, written between `name as` and its
    parenthesis. PostgreSQL (12 and later) inlines a CTE read by one other CTE into it,
    and then substitutes every column expression at each reference: an outcome built
    from edit distances and read by five later expressions is computed five times per
    row. MATERIALIZED stops that. Redshift and BigQuery have no such keyword; DuckDB
    decides for itself, well.
-#}
{% macro m360_materialized_cte() %}
    {{- return(adapter.dispatch('m360_materialized_cte', 'movement_360')()) -}}
{% endmacro %}

{% macro default__m360_materialized_cte() %}{{ return('') }}{% endmacro %}

{% macro postgres__m360_materialized_cte() %}{{ return('materialized') }}{% endmacro %}

{% macro redshift__m360_materialized_cte() %}{{ return('') }}{% endmacro %}
