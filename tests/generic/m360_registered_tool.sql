{#- Every value of the column is a tool of the tool registry (the package's and a project's own). -#}
{% test m360_registered_tool(model, column_name) %}
    {%- set tools = [] -%}
    {%- for entry in movement_360.m360_tool_registry() if entry.tool not in tools -%}
        {%- do tools.append(entry.tool) -%}
    {%- endfor -%}
    select {{ column_name }} as unregistered_tool
    from {{ model }}
    where {{ column_name }} not in ('{{ tools | join("', '") }}')
{% endtest %}
