{#- The model and compare_model hold the same rows (as sets) over the given columns. -#}
{% test m360_equality(model, compare_model, compare_columns) %}
    {%- set columns = compare_columns | join(', ') -%}
    with

    missing_from_model as (
        select {{ columns }} from {{ compare_model }}
        {{ dbt.except() }}
        select {{ columns }} from {{ model }}
    ),

    unexpected_in_model as (
        select {{ columns }} from {{ model }}
        {{ dbt.except() }}
        select {{ columns }} from {{ compare_model }}
    )

    select 'missing from model' as problem, missing_from_model.* from missing_from_model
    union all
    select 'unexpected in model' as problem, unexpected_in_model.* from unexpected_in_model
{% endtest %}
