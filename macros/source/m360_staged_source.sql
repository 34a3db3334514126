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
      latest_by_fallback: columns to order by instead when a sync lacks a
                       latest_by column in every table (optional)
      optional:        true if a group's sync may lack the table entirely
                       (better declared per table in the source yml meta)
    Deliveries of one key are ordered by latest_by (nulls last), then
    source_schema and source_table, then a hash of the whole row, so every
    warehouse keeps the same row even when two deliveries tie.
    The model passes the dict here and stores it in its config meta
    (movement_360). The row accounting (m360_source_row_counts, the health
    model, the m360_rows_accounted_for test) reads that meta from the graph,
    so what is dropped is always counted by the same rule that dropped it.
    Rules travel as an argument because dbt unit tests see no graph or meta.
-#}
{#- The latest_by columns a model can really order by: a plain column missing from
    every real table is replaced by the first latest_by_fallback column present, or
    dropped with a warning that says the order is no longer by time. -#}
{% macro m360_usable_latest_by(rules, tolerant=false) %}
    {%- set latest_by = rules.get('latest_by', []) -%}
    {%- if not movement_360.m360_introspecting() or movement_360.m360_in_unit_test() or latest_by | length == 0 -%}
        {{ return(latest_by) }}
    {%- endif -%}
    {%- set source_name, table_name = rules['source'] -%}
    {%- set node = movement_360.m360_source_node(source_name, table_name) -%}
    {%- set tables = movement_360.m360_source_tables(source_name, table_name, rules, true) -%}
    {%- if tables | length == 0 -%}
        {{ return(latest_by) }}
    {%- endif -%}
    {%- set absent = {} -%}
    {%- for table in tables -%}
        {%- set plan = movement_360.m360_column_plan(node, table, rules) -%}
        {%- for column in plan.missing -%}
            {%- do absent.update({column: absent.get(column, 0) + 1}) -%}
        {%- endfor -%}
    {%- endfor -%}
    {%- set missing_everywhere = [] -%}
    {%- for column, count in absent.items() if count == tables | length -%}
        {%- do missing_everywhere.append(column) -%}
    {%- endfor -%}
    {%- set usable = [] -%}
    {%- for column in latest_by -%}
        {%- if column | lower in missing_everywhere -%}
            {%- set candidates = [] -%}
            {%- for candidate in rules.get('latest_by_fallback', []) -%}
                {%- if (candidate | lower) not in missing_everywhere and candidate not in usable -%}
                    {%- do candidates.append(candidate) -%}
                {%- endif -%}
            {%- endfor -%}
            {%- set fallback = candidates[0] if candidates else none -%}
            {%- if movement_360.m360_rendering_own_model(rules) -%}
                {%- if fallback is not none -%}
                    {%- do exceptions.warn("movement_360: " ~ source_name ~ "." ~ table_name ~ " has no column '" ~ column ~ "' to pick the latest delivery by; ordering deliveries by '" ~ fallback ~ "' instead, then by a hash of the row.") -%}
                {%- else -%}
                    {%- do exceptions.warn("movement_360: " ~ source_name ~ "." ~ table_name ~ " has no column '" ~ column ~ "' to pick the latest delivery by, and no fallback column: re-deliveries of a key cannot be ordered by time; the row kept is chosen by source table, then a hash of the row (the same on every run, not necessarily the newest).") -%}
                {%- endif -%}
            {%- endif -%}
            {%- if fallback is not none -%}
                {%- do usable.append(fallback) -%}
            {%- endif -%}
        {%- else -%}
            {%- do usable.append(column) -%}
        {%- endif -%}
    {%- endfor -%}
    {{ return(usable) }}
{% endmacro %}


{#- A hash of every declared column of the union: the last tie-breaker of the dedupe.
    The text is concatenated in groups of twenty columns (the same text as one concat).
    var movement_360__dedupe_row_hash: false leaves it out (the BigQuery emulator's SQL
    translator fails on it for some wide tables; real warehouses do not need that). -#}
{% macro m360_row_hash(rules, relation_alias) %}
    {%- if movement_360.m360_in_unit_test() or not var('movement_360__dedupe_row_hash', true) -%}
        {{ return("''") }}
    {%- endif -%}
    {%- set node = movement_360.m360_source_node(rules['source'][0], rules['source'][1]) -%}
    {%- set parts = [] -%}
    {%- for column in movement_360.m360_declared_columns(node) -%}
        {%- do parts.append("coalesce(cast(" ~ relation_alias ~ "." ~ column.name ~ " as " ~ dbt.type_string() ~ "), '_m360_null_')") -%}
        {%- if not loop.last -%}
            {%- do parts.append("'|'") -%}
        {%- endif -%}
    {%- endfor -%}
    {%- set groups = [] -%}
    {%- for group in parts | batch(20) -%}
        {%- do groups.append(dbt.concat(group) if group | length > 1 else group[0]) -%}
    {%- endfor -%}
    {{ return(dbt.hash(dbt.concat(groups) if groups | length > 1 else groups[0])) }}
{% endmacro %}


{#- tables, latest_by: the real tables (see m360_source_union) and m360_usable_latest_by, when the
    caller has them already (the health mart ranks each org apart, in the order the staging model
    uses for all its tables). -#}
{% macro m360_ranked_source(rules, alias_suffix='', tolerant=false, tables=none, latest_by=none) %}
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
    {%- for column in (latest_by if latest_by is not none else movement_360.m360_usable_latest_by(rules, tolerant)) -%}
        {%- do order_by.append('case when ' ~ column ~ ' is null then 1 else 0 end') -%}
        {%- do order_by.append(column ~ ' desc') -%}
    {%- endfor -%}
    {%- do order_by.append(movement_360.m360_byte_order('source_schema')) -%}
    {%- do order_by.append(movement_360.m360_byte_order('source_table')) -%}
    {%- do order_by.append(movement_360.m360_row_hash(rules, 'unioned' ~ alias_suffix)) -%}
    select
        unioned{{ alias_suffix }}.*,
        row_number() over (
            partition by {{ partition_by | join(', ') }}
            order by {{ order_by | join(', ') }}
        ) as m360_version_rank,
        coalesce({{ rules.get('suppressed_when') or 'false' }}, false) as m360_is_suppressed
    from (
        {{ movement_360.m360_source_union(source_name, table_name, rules, tolerant, tables) }}
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
{% macro m360_source_row_counts(rules, alias_suffix='', tolerant=false, tables=none, latest_by=none) %}
    {%- set loaded_at = none -%}
    {%- if execute -%}
        {%- set node = movement_360.m360_source_node(rules['source'][0], rules['source'][1]) -%}
        {%- set loaded_at = node.config.get('loaded_at_field') or node.get('loaded_at_field') -%}
        {#- A text timestamp parsed in the yml (`cast(nullif(trim(x), '') as timestamp)`) is
            parsed safely here: one bad value must not break the health mart. -#}
        {%- set parsed = modules.re.match("^cast\\(nullif\\(trim\\((\\w+)\\), ''\\) as timestamp\\)$", loaded_at or '') -%}
        {%- if parsed -%}
            {%- set loaded_at = movement_360.m360_parse_timestamp(parsed.group(1)) -%}
        {%- endif -%}
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
        {{ movement_360.m360_ranked_source(rules, alias_suffix, tolerant, tables, latest_by) }}
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


{#- The enabled staging models of this package that store staging rules, by name. -#}
{% macro m360_staging_models_with_rules() %}
    {%- set found = [] -%}
    {%- for node in graph.nodes.values() | sort(attribute='name') -%}
        {%- set rules = (node.config.get('meta', {}) or {}).get('movement_360') -%}
        {%- if node.resource_type == 'model' and node.package_name == 'movement_360' and rules and rules.get('source') -%}
            {%- do found.append({'name': node.name, 'rules': rules}) -%}
        {%- endif -%}
    {%- endfor -%}
    {{ return(found) }}
{% endmacro %}


{#- One status row of the health mart for a source table that cannot be counted
    (a missing table, or a table missing a key column). -#}
{% macro m360_status_row(model_name, rules, org_id, schema, identifier, status, detail) %}
    select
        cast('{{ model_name }}' as {{ dbt.type_string() }}) as staging_model,
        cast('{{ rules["source"][0] }}' as {{ dbt.type_string() }}) as source_name,
        cast('{{ rules["source"][1] }}' as {{ dbt.type_string() }}) as source_table_name,
        cast('{{ org_id }}' as {{ dbt.type_string() }}) as org_id,
        cast('{{ schema }}' as {{ dbt.type_string() }}) as source_schema,
        cast({{ ("'" ~ identifier ~ "'") if identifier else 'null' }} as {{ dbt.type_string() }}) as source_table,
        cast('{{ status }}' as {{ dbt.type_string() }}) as table_status,
        cast('{{ detail | replace("'", "") }}' as {{ dbt.type_string() }}) as status_detail,
        cast(0 as {{ dbt.type_bigint() }}) as raw_rows,
        cast(0 as {{ dbt.type_bigint() }}) as duplicate_rows,
        cast(0 as {{ dbt.type_bigint() }}) as suppressed_rows,
        cast(0 as {{ dbt.type_bigint() }}) as kept_rows,
        cast(null as {{ dbt.type_timestamp() }}) as last_loaded_at,
        cast(null as {{ dbt.type_int() }}) as columns_present,
        cast(null as {{ dbt.type_string() }}) as column_signature
{% endmacro %}


{#- The real columns of a raw table as the health history compares them run to run:
    their count and a signature ',name:type,name:type,' (lower case, sorted by name), so a
    column added, dropped or retyped by the vendor changes it. From the warehouse's catalog
    at compile time; none when the package compiles without a warehouse. -#}
{% macro m360_column_signature(relation) %}
    {%- if not movement_360.m360_introspecting() -%}
        {{ return(none) }}
    {%- endif -%}
    {%- set parts = [] -%}
    {%- for column in adapter.get_columns_in_relation(relation) -%}
        {%- do parts.append((column.name | lower) ~ ':' ~ (column.dtype | lower | replace("'", ''))) -%}
    {%- endfor -%}
    {{ return({'count': parts | length, 'signature': ',' ~ (parts | sort | join(',')) ~ ','}) }}
{% endmacro %}


{#- columns_present and column_signature of each counted table, picked by its schema and
    name (one staging model's counts cover several real tables). -#}
{% macro m360_columns_by_table(tables, alias) %}
    {%- set counts = [] -%}
    {%- set signatures = [] -%}
    {%- for table in tables -%}
        {%- set columns = movement_360.m360_column_signature(table.relation) -%}
        {%- set match = alias ~ ".source_schema = '" ~ table.schema ~ "' and " ~ alias ~ ".source_table = '" ~ table.identifier ~ "'" -%}
        {%- if columns is not none -%}
            {%- do counts.append('when ' ~ match ~ ' then ' ~ columns.count) -%}
            {%- do signatures.append('when ' ~ match ~ " then '" ~ columns.signature ~ "'") -%}
        {%- endif -%}
    {%- endfor -%}
    cast({{ ('case ' ~ (counts | join(' ')) ~ ' end') if counts else 'null' }} as {{ dbt.type_int() }}) as columns_present,
    cast({{ ('case ' ~ (signatures | join(' ')) ~ ' end') if signatures else 'null' }} as {{ dbt.type_string() }}) as column_signature
{% endmacro %}


{#- Row counts of every enabled staging model that stores staging rules, unioned,
    with a status per real table: 'staged', or why it is not ('missing_optional_table',
    'missing_required_table', 'missing_key_columns'). Never raises for a source
    problem: the health mart reports a staging model that cannot build instead of
    failing with it. A typed empty select when no staging model is enabled. -#}
{% macro m360_all_source_row_counts() %}
    {%- set selects = [] -%}
    {%- if execute -%}
        {%- for staged in movement_360.m360_staging_models_with_rules() -%}
            {%- set rules = staged.rules -%}
            {%- set source_name, table_name = rules['source'] -%}
            {%- set resolved = movement_360.m360_resolve_source_tables(source_name, table_name, rules) -%}
            {%- set counted = [] -%}
            {%- if resolved.status != 'found' -%}
                {%- for searched in resolved.searched -%}
                    {%- do selects.append(movement_360.m360_status_row(staged.name, rules, searched.org_id, searched.schema, none,
                        'missing_optional_table' if resolved.status == 'missing_optional' else 'missing_required_table', resolved.message)) -%}
                {%- endfor -%}
            {%- else -%}
                {%- set node = movement_360.m360_source_node(source_name, table_name) -%}
                {%- for table in resolved.tables -%}
                    {%- set plan = movement_360.m360_column_plan(node, table, rules) -%}
                    {%- if plan.missing_keys | length > 0 -%}
                        {%- do selects.append(movement_360.m360_status_row(staged.name, rules, table.org_id, table.schema, table.identifier,
                            'missing_key_columns', 'key column(s) ' ~ (plan.missing_keys | join(', ')) ~ ' missing: the table cannot be staged')) -%}
                    {%- else -%}
                        {%- do counted.append(table) -%}
                    {%- endif -%}
                {%- endfor -%}
            {%- endif -%}
            {#- One select per org: deliveries of a key compete only within an org, so the
                counts are the same, and a hub's many groups give many short branches. -#}
            {%- set orgs = [] -%}
            {%- set latest_by = movement_360.m360_usable_latest_by(rules, true) if counted else [] -%}
            {%- for table in counted if table.org_id not in orgs -%}
                {%- do orgs.append(table.org_id) -%}
            {%- endfor -%}
            {%- for org in orgs -%}
                {%- set org_tables = counted | selectattr('org_id', 'equalto', org) | list -%}
                {%- set one -%}
    select
        cast('{{ staged.name }}' as {{ dbt.type_string() }}) as staging_model,
        counts.source_name,
        counts.source_table_name,
        counts.org_id,
        counts.source_schema,
        counts.source_table,
        cast('staged' as {{ dbt.type_string() }}) as table_status,
        cast(null as {{ dbt.type_string() }}) as status_detail,
        cast(counts.raw_rows as {{ dbt.type_bigint() }}) as raw_rows,
        cast(counts.duplicate_rows as {{ dbt.type_bigint() }}) as duplicate_rows,
        cast(counts.suppressed_rows as {{ dbt.type_bigint() }}) as suppressed_rows,
        cast(counts.kept_rows as {{ dbt.type_bigint() }}) as kept_rows,
        counts.last_loaded_at,
        {{ movement_360.m360_columns_by_table(org_tables, 'counts') }}
    from ({{ movement_360.m360_source_row_counts(rules, '_' ~ (selects | length), true, org_tables, latest_by) }}) as counts
                {%- endset -%}
                {%- do selects.append(one) -%}
            {%- endfor -%}
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
        cast(null as {{ dbt.type_string() }}) as table_status,
        cast(null as {{ dbt.type_string() }}) as status_detail,
        cast(null as {{ dbt.type_bigint() }}) as raw_rows,
        cast(null as {{ dbt.type_bigint() }}) as duplicate_rows,
        cast(null as {{ dbt.type_bigint() }}) as suppressed_rows,
        cast(null as {{ dbt.type_bigint() }}) as kept_rows,
        cast(null as {{ dbt.type_timestamp() }}) as last_loaded_at,
        cast(null as {{ dbt.type_int() }}) as columns_present,
        cast(null as {{ dbt.type_string() }}) as column_signature
    from (select 1 as one) as nothing_staged
    where 1 = 0
        {%- endset -%}
        {%- do selects.append(empty) -%}
    {%- endif -%}
    {{ return(movement_360.m360_chunked_union(selects)) }}
{% endmacro %}


{#- Column problems of every real table behind every enabled staging model: one row
    per declared (or pass-through) column the table lacks ('missing_column'), per
    declared column found under an alias ('aliased'), and per raw text column read as
    another type ('converted'), with how many values were present and how many did
    not convert (became null). A typed empty select when there is none. -#}
{% macro m360_all_source_column_issues() %}
    {%- set selects = [] -%}
    {%- if execute -%}
        {%- for staged in movement_360.m360_staging_models_with_rules() -%}
            {%- set rules = staged.rules -%}
            {%- set source_name, table_name = rules['source'] -%}
            {%- set resolved = movement_360.m360_resolve_source_tables(source_name, table_name, rules) -%}
            {%- set node = movement_360.m360_source_node(source_name, table_name) if resolved.tables else none -%}
            {%- for table in resolved.tables -%}
                {%- set plan = movement_360.m360_column_plan(node, table, rules) -%}
                {%- set lineage -%}
        cast('{{ staged.name }}' as {{ dbt.type_string() }}) as staging_model,
        cast('{{ source_name }}' as {{ dbt.type_string() }}) as source_name,
        cast('{{ table_name }}' as {{ dbt.type_string() }}) as source_table_name,
        cast('{{ table.org_id }}' as {{ dbt.type_string() }}) as org_id,
        cast('{{ table.schema }}' as {{ dbt.type_string() }}) as source_schema,
        cast('{{ table.identifier }}' as {{ dbt.type_string() }}) as source_table,
                {%- endset -%}
                {%- for column in plan.missing -%}
                    {%- set one -%}
    select
        {{ lineage }}
        cast('{{ column }}' as {{ dbt.type_string() }}) as column_name,
        cast(null as {{ dbt.type_string() }}) as raw_column,
        cast('{{ 'missing_key_column' if column in plan.missing_keys else 'missing_column' }}' as {{ dbt.type_string() }}) as issue,
        cast(null as {{ dbt.type_bigint() }}) as values_present,
        cast(null as {{ dbt.type_bigint() }}) as values_not_converted
                    {%- endset -%}
                    {%- do selects.append(one) -%}
                {%- endfor -%}
                {%- for column in plan.aliased -%}
                    {%- set one -%}
    select
        {{ lineage }}
        cast('{{ column.name }}' as {{ dbt.type_string() }}) as column_name,
        cast('{{ column.real }}' as {{ dbt.type_string() }}) as raw_column,
        cast('aliased' as {{ dbt.type_string() }}) as issue,
        cast(null as {{ dbt.type_bigint() }}) as values_present,
        cast(null as {{ dbt.type_bigint() }}) as values_not_converted
                    {%- endset -%}
                    {%- do selects.append(one) -%}
                {%- endfor -%}
                {%- if plan.converted | length > 0 -%}
                    {%- set alias = 'converted_' ~ (selects | length) -%}
                    {%- set sums = [] -%}
                    {%- for column in plan.converted -%}
                        {%- set raw = 'nullif(' ~ movement_360.m360_trim('cast(' ~ adapter.quote(column.real) ~ ' as ' ~ dbt.type_string() ~ ')') ~ ', \'\')' -%}
                        {%- do sums.append('sum(case when ' ~ raw ~ ' is not null then 1 else 0 end) as present_' ~ loop.index) -%}
                        {%- do sums.append('sum(case when ' ~ raw ~ ' is not null and ' ~ movement_360.m360_safe_cast(adapter.quote(column.real), column.type) ~ ' is null then 1 else 0 end) as failed_' ~ loop.index) -%}
                    {%- endfor -%}
                    {%- set one -%}
    select
        {{ lineage }}
        columns_checked.column_name,
        columns_checked.raw_column,
        cast('converted' as {{ dbt.type_string() }}) as issue,
        cast(case
            {%- for column in plan.converted %}
            when columns_checked.column_index = {{ loop.index }} then {{ alias }}.present_{{ loop.index }}
            {%- endfor %}
        end as {{ dbt.type_bigint() }}) as values_present,
        cast(case
            {%- for column in plan.converted %}
            when columns_checked.column_index = {{ loop.index }} then {{ alias }}.failed_{{ loop.index }}
            {%- endfor %}
        end as {{ dbt.type_bigint() }}) as values_not_converted
    from (
        select
            {{ sums | join(',\n            ') }}
        from {{ table.relation }}
    ) as {{ alias }}
    cross join (
        {%- for column in plan.converted %}
        select {{ loop.index }} as column_index, cast('{{ column.name }}' as {{ dbt.type_string() }}) as column_name, cast('{{ column.real }}' as {{ dbt.type_string() }}) as raw_column
        {{ 'union all' if not loop.last }}
        {%- endfor %}
    ) as columns_checked
                    {%- endset -%}
                    {%- do selects.append(one) -%}
                {%- endif -%}
            {%- endfor -%}
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
        cast(null as {{ dbt.type_string() }}) as column_name,
        cast(null as {{ dbt.type_string() }}) as raw_column,
        cast(null as {{ dbt.type_string() }}) as issue,
        cast(null as {{ dbt.type_bigint() }}) as values_present,
        cast(null as {{ dbt.type_bigint() }}) as values_not_converted
    from (select 1 as one) as no_issue
    where 1 = 0
        {%- endset -%}
        {%- do selects.append(empty) -%}
    {%- endif -%}
    {{ return(movement_360.m360_chunked_union(selects)) }}
{% endmacro %}


{#- One declared table per package source (the tool registry's `anchor_table` of each
    entry; the source is named after the entry's adapter), with whether it is enabled.
    The health mart depends on these, so `dbt build -s source:<source>+` selects it;
    dbt renders model files before it reads source yml, so this cannot be read from
    the graph at parse time. A source missing here fails the health mart's compile
    (checked below), so the registry cannot silently fall behind. -#}
{% macro m360_source_anchors() %}
    {%- set anchors = [] -%}
    {%- for entry in movement_360.m360_tool_registry() if entry.get('anchor_table') -%}
        {%- do anchors.append((entry.adapter, entry.anchor_table, movement_360.m360_tool_entry_active(entry))) -%}
    {%- endfor -%}
    {{ return(anchors) }}
{% endmacro %}


{#- Declares the health mart's lineage to the package's enabled sources (not to any
    staging model, so a staging model that fails does not skip the health mart).
    Renders `-- depends_on:` lines. -#}
{% macro m360_health_source_dependencies() %}
    {%- set anchored = [] -%}
    {%- for source_name, table_name, enabled in movement_360.m360_source_anchors() if enabled %}
        {%- do anchored.append(source_name) %}
-- depends_on: {{ source(source_name, table_name) }}
    {%- endfor %}
    {%- if execute -%}
        {%- for node in graph.sources.values() if node.package_name == 'movement_360' and node.source_name not in anchored -%}
            {{ exceptions.raise_compiler_error("movement_360: source '" ~ node.source_name ~ "' has no anchor_table in the tool registry (macros/registry/m360_tool_registry.sql); add one so the health mart depends on it.") }}
        {%- endfor -%}
    {%- endif %}
{% endmacro %}
