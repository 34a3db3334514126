{#-
    The rows a staging model keeps: for each primary key (within org and VAN
    database mode, since VAN ids are unique only there) the latest delivery,
    unless that latest delivery is suppressed or deleted.

    The rules are declared once, at the top of the staging model, as a dict:
      source:          [source_name, table_name]
      key:             columns of the vendor's primary key
      latest_by:       columns that order deliveries, newest first (optional)
      suppressed_when: a SQL condition on raw columns marking suppressed or
                       deleted rows (optional)
      mode_suffixed:   true for VAN tables that carry a database-mode suffix
      optional:        true if a group's sync may lack the table entirely
    The model passes the dict here and stores it in its config meta
    (movement_360). The row accounting (m360_source_row_counts, the health
    model, the m360_rows_accounted_for test) reads that meta from the graph,
    so what is dropped is always counted by the same rule that dropped it.
    Rules travel as an argument because dbt unit tests see no graph or meta.
-#}
{% macro m360_ranked_source(rules, alias_suffix='') %}
    {%- set source_name, table_name = rules['source'] -%}
    {%- if not execute -%}
        {%- set _ = source(source_name, table_name) -%}
        {{ return('select 1 as placeholder') }}
    {%- endif -%}
    {%- set key_columns = rules.get('key', []) -%}
    {%- if key_columns | length == 0 -%}
        {{ exceptions.raise_compiler_error("movement_360: staging rules for '" ~ source_name ~ "." ~ table_name ~ "' name no key.") }}
    {%- endif -%}
    {%- set partition_by = ['org_id'] -%}
    {%- if rules.get('mode_suffixed', false) -%}
        {%- do partition_by.append('database_mode') -%}
    {%- endif -%}
    {%- set partition_by = partition_by + key_columns -%}
    {%- set order_by = [] -%}
    {%- for column in rules.get('latest_by', []) -%}
        {%- do order_by.append('case when ' ~ column ~ ' is null then 1 else 0 end') -%}
        {%- do order_by.append(column ~ ' desc') -%}
    {%- endfor -%}
    {%- do order_by.append('source_schema') -%}
    {%- do order_by.append('source_table') -%}
    select
        unioned{{ alias_suffix }}.*,
        row_number() over (
            partition by {{ partition_by | join(', ') }}
            order by {{ order_by | join(', ') }}
        ) as m360_version_rank,
        coalesce({{ rules.get('suppressed_when') or 'false' }}, false) as m360_is_suppressed
    from (
        {{ movement_360.m360_source_union(source_name, table_name, rules) }}
    ) as unioned{{ alias_suffix }}
{% endmacro %}


{% macro m360_staged_source(rules) %}
    select *
    from (
        {{ movement_360.m360_ranked_source(rules) }}
    ) as ranked
    where m360_version_rank = 1
        and not m360_is_suppressed
{% endmacro %}


{#- One row per real source table: raw rows = kept + duplicate deliveries + suppressed,
    and the newest value of the source's loaded_at_field (freshness of pattern-resolved
    tables, which dbt's own source freshness cannot find by their declared names). -#}
{% macro m360_source_row_counts(rules, alias_suffix='') %}
    {%- set loaded_at = none -%}
    {%- if execute -%}
        {%- set node = movement_360.m360_source_node(rules['source'][0], rules['source'][1]) -%}
        {%- set loaded_at = node.config.get('loaded_at_field') or node.get('loaded_at_field') -%}
    {%- endif -%}
    select
        cast('{{ rules["source"][0] }}' as {{ dbt.type_string() }}) as source_name,
        cast('{{ rules["source"][1] }}' as {{ dbt.type_string() }}) as source_table_name,
        org_id,
        source_schema,
        source_table,
        count(*) as raw_rows,
        sum(case when m360_version_rank > 1 then 1 else 0 end) as duplicate_rows,
        sum(case when m360_version_rank = 1 and m360_is_suppressed then 1 else 0 end) as suppressed_rows,
        sum(case when m360_version_rank = 1 and not m360_is_suppressed then 1 else 0 end) as kept_rows,
        cast(max({{ loaded_at or 'null' }}) as {{ dbt.type_timestamp() }}) as last_loaded_at
    from (
        {{ movement_360.m360_ranked_source(rules, alias_suffix) }}
    ) as ranked{{ alias_suffix }}
    group by org_id, source_schema, source_table
{% endmacro %}


{#- The staging rules a model stored in its meta; none if it has none. -#}
{% macro m360_model_rules(model_name) %}
    {%- for node in graph.nodes.values() -%}
        {%- if node.resource_type == 'model' and node.name == model_name -%}
            {{ return((node.config.get('meta', {}) or {}).get('movement_360')) }}
        {%- endif -%}
    {%- endfor -%}
    {{ return(none) }}
{% endmacro %}


{#- Row counts of every enabled staging model that stores staging rules, unioned;
    a typed empty select when none is enabled. -#}
{% macro m360_all_source_row_counts() %}
    {%- set selects = [] -%}
    {%- if execute -%}
        {%- for node in graph.nodes.values() | sort(attribute='name') -%}
            {%- set rules = (node.config.get('meta', {}) or {}).get('movement_360') -%}
            {%- if node.resource_type == 'model' and node.package_name == 'movement_360' and rules and rules.get('source') -%}
                {%- set one -%}
    select
        cast('{{ node.name }}' as {{ dbt.type_string() }}) as staging_model,
        counts.source_name,
        counts.source_table_name,
        counts.org_id,
        counts.source_schema,
        counts.source_table,
        cast(counts.raw_rows as {{ dbt.type_bigint() }}) as raw_rows,
        cast(counts.duplicate_rows as {{ dbt.type_bigint() }}) as duplicate_rows,
        cast(counts.suppressed_rows as {{ dbt.type_bigint() }}) as suppressed_rows,
        cast(counts.kept_rows as {{ dbt.type_bigint() }}) as kept_rows,
        counts.last_loaded_at
    from ({{ movement_360.m360_source_row_counts(rules, '_' ~ (selects | length)) }}) as counts
                {%- endset -%}
                {%- do selects.append(one) -%}
            {%- endif -%}
        {%- endfor -%}
    {%- endif -%}
    {%- if selects | length == 0 -%}
        {%- set empty -%}
    select
        cast(null as {{ dbt.type_string() }}) as staging_model,
        cast(null as {{ dbt.type_string() }}) as source_name,
        cast(null as {{ dbt.type_string() }}) as source_table_name,
        cast(null as {{ dbt.type_string() }}) as org_id,
        cast(null as {{ dbt.type_string() }}) as source_schema,
        cast(null as {{ dbt.type_string() }}) as source_table,
        cast(null as {{ dbt.type_bigint() }}) as raw_rows,
        cast(null as {{ dbt.type_bigint() }}) as duplicate_rows,
        cast(null as {{ dbt.type_bigint() }}) as suppressed_rows,
        cast(null as {{ dbt.type_bigint() }}) as kept_rows,
        cast(null as {{ dbt.type_timestamp() }}) as last_loaded_at
    from (select 1 as one) as nothing_staged
    where 1 = 0
        {%- endset -%}
        {%- do selects.append(empty) -%}
    {%- endif -%}
    {{ return(selects | join('\n    union all\n')) }}
{% endmacro %}
