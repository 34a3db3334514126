{#-
    One select over every real table behind a declared source table, unioned,
    with the columns declared in the source yml (lower-case names, declared
    types) and lineage columns: org_id, source_schema, source_table and, for
    VAN mode-suffixed tables, database_mode (0 MyVoters, 1 MyCampaign).

    A declared column the group's sync lacks is selected as a typed null with a
    warning (vendors add columns over time; printed once, while the staging
    model itself is rendered); a missing key column is an error. A column may be
    found under an alias the source yml lists (column_aliases). A raw text
    column read as another declared type goes through m360_safe_cast: a value
    that does not convert becomes null and is counted by the health mart. Extra
    raw columns a group names in movement_360__<source>_<table>_pass_through_columns
    are carried along as text.
    In a dbt unit test the fixture (format: sql) stands in for the source: the
    macro selects all of its columns and fills lineage columns with defaults.
-#}
{% macro m360_type(keyword) %}
    {%- set types = {
        'varchar': dbt.type_string(),
        'integer': dbt.type_int(),
        'bigint': dbt.type_bigint(),
        'numeric': dbt.type_numeric(),
        'boolean': dbt.type_boolean(),
        'timestamp': dbt.type_timestamp(),
        'date': 'date',
    } -%}
    {%- set key = (keyword or 'varchar') | lower -%}
    {%- if key not in types -%}
        {{ exceptions.raise_compiler_error("movement_360: unknown column type '" ~ keyword ~ "'; use one of " ~ (types.keys() | list | join(', '))) }}
    {%- endif -%}
    {{ return(types[key]) }}
{% endmacro %}


{% macro m360_declared_columns(node) %}
    {%- set declared = [] -%}
    {%- for name, column in node.columns.items() -%}
        {%- do declared.append({'name': name | lower, 'type': column.get('data_type') or 'varchar'}) -%}
    {%- endfor -%}
    {%- if declared | length == 0 -%}
        {{ exceptions.raise_compiler_error("movement_360: source '" ~ node.source_name ~ "." ~ node.name ~ "' declares no columns.") }}
    {%- endif -%}
    {{ return(declared) }}
{% endmacro %}


{% macro m360_in_unit_test() %}
    {{ return(model is mapping and model.get('resource_type') == 'unit_test') }}
{% endmacro %}


{% macro m360_lineage_columns(org_id, schema, identifier, database_mode, mode_suffixed) %}
    cast('{{ org_id }}' as {{ dbt.type_string() }}) as org_id,
    cast('{{ schema }}' as {{ dbt.type_string() }}) as source_schema,
    cast('{{ identifier }}' as {{ dbt.type_string() }}) as source_table,
    {%- if mode_suffixed %}
    cast({{ database_mode if database_mode is not none else 'null' }} as {{ dbt.type_int() }}) as database_mode,
    {%- endif %}
{% endmacro %}


{#- The pass-through columns a group asked for on one source table:
    var movement_360__<source>_<table>_pass_through_columns, a list of raw column
    names or {name, alias} dicts. Returns [{'name': raw name (lower), 'alias': output name}]. -#}
{% macro m360_pass_through(source_name, table_name) %}
    {%- set listed = var('movement_360__' ~ source_name ~ '_' ~ (table_name | lower) ~ '_pass_through_columns', []) or [] -%}
    {%- set columns = [] -%}
    {%- for entry in listed -%}
        {%- if entry is mapping -%}
            {%- do columns.append({'name': entry['name'] | lower, 'alias': (entry.get('alias') or entry['name']) | lower}) -%}
        {%- else -%}
            {%- do columns.append({'name': entry | lower, 'alias': entry | lower}) -%}
        {%- endif -%}
    {%- endfor -%}
    {{ return(columns) }}
{% endmacro %}


{#- The output lines of a staging model's pass-through columns (`alias,` each), placed
    in its renamed CTE before the lineage columns. Empty unless the group set the var. -#}
{% macro m360_pass_through_columns(rules) %}
    {%- for column in movement_360.m360_pass_through(rules['source'][0], rules['source'][1]) %}
        {{ column.alias }},
    {%- endfor %}
{% endmacro %}


{#-
    How each declared column of one real table is read. Returns a dict:
      expressions:  select expressions, one per declared column then pass-through column
      missing:      declared columns absent from the table (staged as null)
      missing_keys: key columns absent from the table (the table cannot be staged)
      aliased:      [{name, real}] declared columns found under an alias
      converted:    [{name, real, type}] raw text columns read as another type
-#}
{% macro m360_column_plan(node, table, rules) %}
    {%- set key_columns = rules.get('key', []) -%}
    {%- set declared = movement_360.m360_declared_columns(node) -%}
    {%- set column_aliases = movement_360.m360_source_meta(node).get('column_aliases', {}) or {} -%}
    {%- set real_columns = {} -%}
    {%- set string_columns = [] -%}
    {%- set introspected = movement_360.m360_introspecting() -%}
    {%- if introspected -%}
        {%- for column in adapter.get_columns_in_relation(table.relation) -%}
            {%- do real_columns.update({column.name | lower: column.name}) -%}
            {%- if column.is_string() -%}
                {%- do string_columns.append(column.name | lower) -%}
            {%- endif -%}
        {%- endfor -%}
    {%- else -%}
        {%- for column in declared -%}
            {%- do real_columns.update({column.name: column.name}) -%}
        {%- endfor -%}
    {%- endif -%}
    {%- set plan = {'expressions': [], 'missing': [], 'missing_keys': [], 'aliased': [], 'converted': []} -%}
    {%- for column in declared -%}
        {%- set candidates = [] -%}
        {%- for name in [column.name] + (column_aliases.get(column.name, []) or []) -%}
            {%- if (name | lower) in real_columns -%}
                {%- do candidates.append(name | lower) -%}
            {%- endif -%}
        {%- endfor -%}
        {%- set found = candidates[0] if candidates else none -%}
        {%- if found is not none and found != column.name -%}
            {%- do plan.aliased.append({'name': column.name, 'real': real_columns[found]}) -%}
        {%- endif -%}
        {%- set target_type = movement_360.m360_type(column.type) -%}
        {%- if found is not none -%}
            {%- set quoted = adapter.quote(real_columns[found]) -%}
            {%- if (column.type | lower) == 'varchar' -%}
                {%- do plan.expressions.append('cast(' ~ quoted ~ ' as ' ~ target_type ~ ') as ' ~ column.name) -%}
            {%- elif found in string_columns or not introspected -%}
                {%- do plan.expressions.append(movement_360.m360_safe_cast(quoted, column.type) ~ ' as ' ~ column.name) -%}
                {%- if introspected -%}
                    {%- do plan.converted.append({'name': column.name, 'real': real_columns[found], 'type': column.type | lower}) -%}
                {%- endif -%}
            {%- else -%}
                {%- do plan.expressions.append('cast(' ~ quoted ~ ' as ' ~ target_type ~ ') as ' ~ column.name) -%}
            {%- endif -%}
        {%- else -%}
            {%- if column.name in key_columns -%}
                {%- do plan.missing_keys.append(column.name) -%}
            {%- endif -%}
            {%- do plan.missing.append(column.name) -%}
            {%- do plan.expressions.append('cast(null as ' ~ target_type ~ ') as ' ~ column.name) -%}
        {%- endif -%}
    {%- endfor -%}
    {%- for column in movement_360.m360_pass_through(node.source_name, node.name) -%}
        {%- if column.name in real_columns -%}
            {%- do plan.expressions.append('cast(' ~ adapter.quote(real_columns[column.name]) ~ ' as ' ~ dbt.type_string() ~ ') as ' ~ column.alias) -%}
        {%- else -%}
            {%- do plan.missing.append(column.name) -%}
            {%- do plan.expressions.append('cast(null as ' ~ dbt.type_string() ~ ') as ' ~ column.alias) -%}
        {%- endif -%}
    {%- endfor -%}
    {{ return(plan) }}
{% endmacro %}


{#- A typed select with no rows: what a missing optional table stages as. -#}
{% macro m360_empty_source_select(node, rules) %}
    {%- set mode_suffixed = rules.get('mode_suffixed', false) -%}
    {%- set expressions = [] -%}
    {%- for column in movement_360.m360_declared_columns(node) -%}
        {%- do expressions.append('cast(null as ' ~ movement_360.m360_type(column.type) ~ ') as ' ~ column.name) -%}
    {%- endfor -%}
    {%- for column in movement_360.m360_pass_through(node.source_name, node.name) -%}
        {%- do expressions.append('cast(null as ' ~ dbt.type_string() ~ ') as ' ~ column.alias) -%}
    {%- endfor -%}
    select
        {{ movement_360.m360_lineage_columns('none', 'none', 'none', none, mode_suffixed) }}
        {{ expressions | join(',\n        ') }}
    from (select 1 as one) as no_source_table
    where 1 = 0
{% endmacro %}


{#- tables: the real tables to union, when the caller has resolved them (the health mart counts each
    org's tables apart, to keep its statements short); by default every table of the source. -#}
{% macro m360_source_union(source_name, table_name, rules, tolerant=false, tables=none) %}
    {{ return(adapter.dispatch('m360_source_union', 'movement_360')(source_name, table_name, rules, tolerant, tables)) }}
{% endmacro %}

{% macro default__m360_source_union(source_name, table_name, rules, tolerant=false, tables=none) %}
    {#- Registers the dependency at parse time, so lineage and freshness see the source. -#}
    {%- set declared_source = source(source_name, table_name) -%}
    {%- set mode_suffixed = rules.get('mode_suffixed', false) -%}
    {%- if not execute -%}
        {{ return('select 1 as placeholder') }}
    {%- endif -%}
    {%- if movement_360.m360_in_unit_test() -%}
        {%- set fixture_select -%}
    select
        {{ movement_360.m360_lineage_columns(var('movement_360__org_id', 'default'), 'unit_test', table_name, var('movement_360__van_default_mode') if mode_suffixed else none, mode_suffixed) }}
        fixture.*
    from {{ declared_source }} as fixture
        {%- endset -%}
        {{ return(fixture_select) }}
    {%- endif -%}
    {%- set node = movement_360.m360_source_node(source_name, table_name) -%}
    {%- set tables = tables if tables is not none else movement_360.m360_source_tables(source_name, table_name, rules, tolerant) -%}
    {%- set warn = movement_360.m360_rendering_own_model(rules) -%}

    {%- set selects = [] -%}
    {%- for table in tables -%}
        {%- set plan = movement_360.m360_column_plan(node, table, rules) -%}
        {%- if plan.missing_keys | length > 0 -%}
            {%- if not tolerant -%}
                {{ exceptions.raise_compiler_error("movement_360: key column(s) " ~ (plan.missing_keys | join(', ')) ~ " missing from " ~ table.relation ~ " (source '" ~ source_name ~ "." ~ table_name ~ "'); this table cannot be staged without them. If your sync names the column differently, rename it in a view, or exclude this table by naming another one in your project's sources yml: {name: " ~ source_name ~ ", overrides: movement_360, tables: [{name: " ~ table_name ~ ", identifier: <real table name>}]}.") }}
            {%- endif -%}
        {%- else -%}
            {%- if warn and plan.missing | length > 0 -%}
                {%- do exceptions.warn("movement_360: column(s) " ~ (plan.missing | join(', ')) ~ " missing from " ~ table.relation ~ " (source '" ~ source_name ~ "." ~ table_name ~ "'); staged as null.") -%}
            {%- endif -%}
            {%- set one_select -%}
    select
        {{ movement_360.m360_lineage_columns(table.org_id, table.schema, table.identifier, table.database_mode, mode_suffixed) }}
        {{ plan.expressions | join(',\n        ') }}
    from {{ table.relation }}
            {%- endset -%}
            {%- do selects.append(one_select) -%}
        {%- endif -%}
    {%- endfor -%}

    {%- if selects | length == 0 -%}
        {%- do selects.append(movement_360.m360_empty_source_select(node, rules)) -%}
    {%- endif -%}
    {{ return(selects | join('\n    union all\n')) }}
{% endmacro %}
