{#-
    Every value of the column is zero or null; fails (or warns, with
    `config: {severity: warn}`) with one row per row holding a positive count.
    Used on health counts that should be zero on a clean sync (values that did
    not convert), where a non-zero count is news, not a reason to stop the run.
-#}
{% test m360_all_zero(model, column_name) %}
    select *
    from {{ model }}
    where coalesce({{ column_name }}, 0) <> 0
{% endtest %}
