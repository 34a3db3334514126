{#- Names of the tables and views in one schema, in the warehouse's own spelling. -#}
{% macro m360_list_tables(database, schema) %}
    {{ return(adapter.dispatch('m360_list_tables', 'movement_360')(database, schema)) }}
{% endmacro %}

{% macro default__m360_list_tables(database, schema) %}
    {%- set schema_relation = api.Relation.create(database=database, schema=schema) -%}
    {%- set listed = list_relations_without_caching(schema_relation) -%}
    {{ return(listed.columns['name'].values() | list) }}
{% endmacro %}

{% macro bigquery__m360_list_tables(database, schema) %}
    {%- set schema_relation = api.Relation.create(database=database, schema=schema) -%}
    {%- set names = [] -%}
    {%- for relation in adapter.list_relations_without_caching(schema_relation) -%}
        {%- do names.append(relation.identifier) -%}
    {%- endfor -%}
    {{ return(names) }}
{% endmacro %}
