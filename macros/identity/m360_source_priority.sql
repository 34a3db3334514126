{#-
    A SQL expression ranking a source_system column by the var
    movement_360__identity_source_priority (most trusted first); tools not
    listed rank after the listed ones. Used by the golden record.
-#}
{% macro m360_source_priority(column) %}
    {%- set priority = var('movement_360__identity_source_priority', [
        'van', 'custom', 'action_network', 'mobilize', 'empower', 'hustle', 'spoke', 'scale_to_win', 'thrutext', 'thrutalk',
    ]) -%}
    case {{ column }}
        {%- for source_system in priority %}
        when '{{ source_system }}' then {{ loop.index }}
        {%- endfor %}
        else {{ priority | length + 1 }}
    end
{% endmacro %}
