{#-
    The model outputs exactly the columns its yml documents, each with a description:
    docs cannot drift from what the model really outputs. Fails with one row per problem.
-#}
{% test m360_columns_documented(model) %}
    {%- set problems = [] -%}
    {#- Compiling without a warehouse (BigQuery CI) there are no columns to compare. -#}
    {%- if movement_360.m360_introspecting() -%}
        {%- for candidate in graph.nodes.values() if candidate.resource_type == 'model' and candidate.alias == model.identifier and candidate.schema == model.schema -%}
            {%- set documented = candidate.columns.keys() | map('lower') | list -%}
            {%- set actual = adapter.get_columns_in_relation(model) | map(attribute='name') | map('lower') | list -%}
            {#- Pass-through columns a group asked for are the group's, not documented here. -#}
            {%- set rules = (candidate.config.get('meta', {}) or {}).get('movement_360') -%}
            {%- if rules and rules.get('source') -%}
                {%- set extra = movement_360.m360_pass_through(rules['source'][0], rules['source'][1]) | map(attribute='alias') | list -%}
                {%- set actual = actual | reject('in', extra) | list -%}
            {%- endif -%}
            {%- for column in actual if column not in documented -%}
                {%- do problems.append((column, 'not documented')) -%}
            {%- endfor -%}
            {%- for column in documented if column not in actual -%}
                {%- do problems.append((column, 'documented but not output')) -%}
            {%- endfor -%}
            {%- for column, spec in candidate.columns.items() if not (spec.description or '') | trim -%}
                {%- do problems.append((column, 'no description')) -%}
            {%- endfor -%}
        {%- endfor -%}
    {%- endif %}
    {%- if problems | length == 0 %}
    select
        cast(null as {{ dbt.type_string() }}) as column_name,
        cast(null as {{ dbt.type_string() }}) as problem
    from (select 1 as one) as no_problem
    where 1 = 0
    {%- else %}
    {%- for column_name, problem in problems %}
    select
        cast('{{ column_name }}' as {{ dbt.type_string() }}) as column_name,
        cast('{{ problem }}' as {{ dbt.type_string() }}) as problem
    {{ 'union all' if not loop.last }}
    {%- endfor %}
    {%- endif %}
{% endtest %}
