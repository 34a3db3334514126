{#-
    One select over every real table behind a declared source table, unioned,
    with the columns declared in the source yml (lower-case names, declared
    types) and lineage columns: org_id, source_schema, source_table and, for
    VAN mode-suffixed tables, database_mode (0 MyVoters, 1 MyCampaign).

    A declared column the group's sync lacks is selected as a typed null with a
    warning (vendors add columns over time); a missing key column is an error.
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


{% macro m360_source_union(source_name, table_name, rules) %}
    {{ return(adapter.dispatch('m360_source_union', 'movement_360')(source_name, table_name, rules)) }}
{% endmacro %}

{% macro default__m360_source_union(source_name, table_name, rules) %}
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
    {%- set key_columns = rules.get('key', []) -%}
    {%- set declared = movement_360.m360_declared_columns(node) -%}
    {%- set tables = movement_360.m360_source_tables(source_name, table_name, rules) -%}

    {%- set selects = [] -%}
    {%- for table in tables -%}
        {%- set real_columns = {} -%}
        {%- if movement_360.m360_introspecting() -%}
            {%- for column in adapter.get_columns_in_relation(table.relation) -%}
                {%- do real_columns.update({column.name | lower: column.name}) -%}
            {%- endfor -%}
        {%- else -%}
            {%- for column in declared -%}
                {%- do real_columns.update({column.name: column.name}) -%}
            {%- endfor -%}
        {%- endif -%}
        {%- set expressions = [] -%}
        {%- for column in declared -%}
            {%- if column.name in real_columns -%}
                {%- do expressions.append('cast(' ~ adapter.quote(real_columns[column.name]) ~ ' as ' ~ movement_360.m360_type(column.type) ~ ') as ' ~ column.name) -%}
            {%- elif column.name in key_columns -%}
                {{ exceptions.raise_compiler_error("movement_360: key column '" ~ column.name ~ "' is missing from " ~ table.relation ~ "; this table cannot be staged without it.") }}
            {%- else -%}
                {%- do exceptions.warn("movement_360: column '" ~ column.name ~ "' is missing from " ~ table.relation ~ "; staged as null.") -%}
                {%- do expressions.append('cast(null as ' ~ movement_360.m360_type(column.type) ~ ') as ' ~ column.name) -%}
            {%- endif -%}
        {%- endfor -%}
        {%- set one_select -%}
    select
        {{ movement_360.m360_lineage_columns(table.org_id, table.schema, table.identifier, table.database_mode, mode_suffixed) }}
        {{ expressions | join(',\n        ') }}
    from {{ table.relation }}
        {%- endset -%}
        {%- do selects.append(one_select) -%}
    {%- endfor -%}

    {%- if selects | length == 0 -%}
        {%- set empty_select -%}
    select
        {{ movement_360.m360_lineage_columns('none', 'none', 'none', none, mode_suffixed) }}
        {%- for column in declared %}
        cast(null as {{ movement_360.m360_type(column.type) }}) as {{ column.name }}{{ ',' if not loop.last }}
        {%- endfor %}
    from (select 1 as one) as no_source_table
    where 1 = 0
        {%- endset -%}
        {%- do selects.append(empty_select) -%}
    {%- endif -%}
    {{ return(selects | join('\n    union all\n')) }}
{% endmacro %}
