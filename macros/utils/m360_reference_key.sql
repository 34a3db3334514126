{#- The surrogate key of a referenced row, or null when the reference is absent (its last
    column is null): m360_surrogate_key alone would hash a missing id into a real-looking key. -#}
{% macro m360_reference_key(columns) %}
    case when {{ columns[-1] }} is not null then {{ movement_360.m360_surrogate_key(columns) }} end
{% endmacro %}
