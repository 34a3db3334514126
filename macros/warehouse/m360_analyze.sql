{#-
    Statistics for a table the package just built, before anything reads it.
    PostgreSQL and Redshift plan joins from statistics; dbt creates tables
    with CREATE TABLE AS and starts their readers at once, while autovacuum
    analyses about once a minute, so without this a large self-join is
    planned as if its input were tiny (a cross product that fills the disk).
    A post-hook of every table model of the package (dbt_project.yml); views
    have no statistics of their own, and other warehouses keep theirs.
-#}
{% macro m360_analyze(relation) %}
    {%- if model.config.materialized in ('table', 'incremental', 'm360_connected_components') -%}
        {{ return(adapter.dispatch('m360_analyze', 'movement_360')(relation)) }}
    {%- endif -%}
    {{ return('') }}
{% endmacro %}

{% macro default__m360_analyze(relation) %}{{ return('') }}{% endmacro %}

{% macro postgres__m360_analyze(relation) %}{{ return('analyze ' ~ relation) }}{% endmacro %}

{% macro redshift__m360_analyze(relation) %}{{ return('analyze ' ~ relation) }}{% endmacro %}
