{#-
    Every raw row of a staging model's source is accounted for: the model
    holds exactly the rows its own staging rules keep (latest delivery per key,
    not suppressed), so nothing is dropped or fanned out silently. Raw rows,
    duplicates and suppressed rows are reported by fct_source_row_counts.
-#}
{% test m360_rows_accounted_for(model) %}
    {%- set rules = movement_360.m360_model_rules(model.identifier) if execute else none -%}
    {%- if execute and rules is none -%}
        {{ exceptions.raise_compiler_error("m360_rows_accounted_for: model " ~ model.identifier ~ " stores no staging rules in meta.movement_360.") }}
    {%- endif -%}
    with

    staged as (
        select count(*) as staged_rows from {{ model }}
    ),

    accounted as (
        select sum(kept_rows) as kept_rows
        from (
            {%- if execute %}
            {{ movement_360.m360_source_row_counts(rules) }}
            {%- else %}
            select 0 as kept_rows
            {%- endif %}
        ) as counts
    )

    select
        staged.staged_rows,
        accounted.kept_rows
    from staged
    cross join accounted
    where staged.staged_rows <> coalesce(accounted.kept_rows, 0)
{% endtest %}
