{#- No two rows share the same values in all the given columns (nulls compare equal, as in group by). -#}
{% test m360_unique_combination(model, columns) %}
    {%- set column_list = columns | join(', ') -%}
    select
        {{ column_list }},
        count(*) as duplicate_rows
    from {{ model }}
    group by {{ column_list }}
    having count(*) > 1
{% endtest %}
