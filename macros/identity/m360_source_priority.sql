{#-
    A SQL expression ranking a source_system column by the var
    movement_360__identity_source_priority (most trusted first; by default the
    tool registry's priorities); tools not listed rank after the listed ones.
    Used by the golden record.
-#}
{% macro m360_source_priority(column) %}
    {%- set by_priority = movement_360.m360_tool_registry() | sort(attribute='priority') -%}
    {%- set default_priority = [] -%}
    {%- for entry in by_priority if entry.source_system not in default_priority -%}
        {%- do default_priority.append(entry.source_system) -%}
    {%- endfor -%}
    {%- set priority = var('movement_360__identity_source_priority', default_priority) -%}
    case {{ column }}
        {%- for source_system in priority %}
        when '{{ source_system }}' then {{ loop.index }}
        {%- endfor %}
        else {{ priority | length + 1 }}
    end
{% endmacro %}
