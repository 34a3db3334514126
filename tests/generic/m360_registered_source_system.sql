{#- Every value of the column is the source_system of a tool in the tool registry (the package's and a project's own). -#}
{% test m360_registered_source_system(model, column_name) %}
    {%- set source_systems = [] -%}
    {%- for entry in movement_360.m360_tool_registry() if entry.source_system not in source_systems -%}
        {%- do source_systems.append(entry.source_system) -%}
    {%- endfor -%}
    select {{ column_name }} as unregistered_source_system
    from {{ model }}
    where {{ column_name }} not in ('{{ source_systems | join("', '") }}')
{% endtest %}
