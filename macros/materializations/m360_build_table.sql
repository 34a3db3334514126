{#-
    How the package's own materializations make their table, in one place: the table is made as
    dbt's table materialization makes one (hooks, indexes, grants, persist_docs; on the default
    variant built beside the old table and swapped in, on BigQuery replaced in place, because
    BigQuery renames by copying). What differs between them is the SQL, given by `kind`:
      connected_components  the label-propagation loop (m360_connected_components_passes); its
                            work tables are dropped once the table is made
      match_weights         the Fellegi-Sunter estimate (m360_match_weights_select)
      chunked               the model's own SQL, cut into statements of a bounded length
                            (m360_chunked_statements): the first creates the table, each other
                            one inserts into it
    pre_hooks, post_hooks and compiled_code are passed from the materialization's context.
-#}
{% macro m360_build_table(kind, compiled_code, pre_hooks, post_hooks) %}
    {{ return(adapter.dispatch('m360_build_table', 'movement_360')(kind, compiled_code, pre_hooks, post_hooks)) }}
{% endmacro %}


{#- The statements that make the table: a list of selects, the first to create it, the rest
    to insert. -#}
{% macro m360_table_statements(kind, compiled_code, target_relation) %}
    {%- if kind == 'connected_components' -%}
        {{ return([movement_360.m360_connected_components_passes(compiled_code, target_relation)]) }}
    {%- elif kind == 'match_weights' -%}
        {{ return([movement_360.m360_match_weights_select(compiled_code, target_relation)]) }}
    {%- elif kind == 'chunked' -%}
        {{ return(movement_360.m360_chunked_statements(compiled_code, target_relation)) }}
    {%- endif -%}
    {{ exceptions.raise_compiler_error("movement_360: unknown table kind '" ~ kind ~ "'") }}
{% endmacro %}


{#- Runs the statements into `relation`: create_sql (made from the first), then an insert of each other one. -#}
{% macro m360_run_table_statements(statements, relation, create_sql) %}
    {%- call statement('main') -%}
        {{ create_sql }}
    {%- endcall -%}
    {%- for more in statements[1:] -%}
        {%- call statement('m360_insert_' ~ loop.index) -%}
            insert into {{ relation }}
            {{ more }}
        {%- endcall -%}
    {%- endfor -%}
{% endmacro %}


{% macro default__m360_build_table(kind, compiled_code, pre_hooks, post_hooks) %}

    {%- set existing_relation = load_cached_relation(this) -%}
    {%- set target_relation = this.incorporate(type='table') -%}
    {%- set intermediate_relation = make_intermediate_relation(target_relation) -%}
    {%- set preexisting_intermediate_relation = load_cached_relation(intermediate_relation) -%}
    {%- set backup_relation_type = 'table' if existing_relation is none else existing_relation.type -%}
    {%- set backup_relation = make_backup_relation(target_relation, backup_relation_type) -%}
    {%- set preexisting_backup_relation = load_cached_relation(backup_relation) -%}
    {%- set grant_config = config.get('grants') -%}

    {{ drop_relation_if_exists(preexisting_intermediate_relation) }}
    {{ drop_relation_if_exists(preexisting_backup_relation) }}

    {{ run_hooks(pre_hooks, inside_transaction=False) }}
    -- `BEGIN` happens here:
    {{ run_hooks(pre_hooks, inside_transaction=True) }}

    {%- set statements = movement_360.m360_table_statements(kind, compiled_code, target_relation) -%}
    {%- do movement_360.m360_run_table_statements(statements, intermediate_relation,
        get_create_table_as_sql(False, intermediate_relation, statements[0])) -%}
    {%- if kind == 'connected_components' -%}
        {%- do movement_360.m360_connected_components_drop_work(target_relation) -%}
    {%- endif -%}

    {% do create_indexes(intermediate_relation) %}

    {% if existing_relation is not none %}
        {% set existing_relation = load_cached_relation(existing_relation) %}
        {% if existing_relation is not none %}
            {{ adapter.rename_relation(existing_relation, backup_relation) }}
        {% endif %}
    {% endif %}
    {{ adapter.rename_relation(intermediate_relation, target_relation) }}

    {{ run_hooks(post_hooks, inside_transaction=True) }}

    {% set should_revoke = should_revoke(existing_relation, full_refresh_mode=True) %}
    {% do apply_grants(target_relation, grant_config, should_revoke=should_revoke) %}

    {% do persist_docs(target_relation, model) %}

    -- `COMMIT` happens here
    {{ adapter.commit() }}

    {{ drop_relation_if_exists(backup_relation) }}

    {{ run_hooks(post_hooks, inside_transaction=False) }}

    {{ return({'relations': [target_relation]}) }}

{% endmacro %}


{% macro bigquery__m360_build_table(kind, compiled_code, pre_hooks, post_hooks) %}

    {%- set old_relation = adapter.get_relation(database=database, schema=schema, identifier=model['alias']) -%}
    {%- set exists_not_as_table = (old_relation is not none and not old_relation.is_table) -%}
    {%- set target_relation = api.Relation.create(
        database=database, schema=schema, identifier=model['alias'], type='table') -%}
    {%- set grant_config = config.get('grants') -%}

    {{ run_hooks(pre_hooks) }}

    {%- set statements = movement_360.m360_table_statements(kind, compiled_code, target_relation) -%}

    {%- if exists_not_as_table -%}
        {{ adapter.drop_relation(old_relation) }}
    {%- endif -%}
    {%- set partition_by = adapter.parse_partition_by(config.get('partition_by', none)) -%}
    {%- if not adapter.is_replaceable(old_relation, partition_by, config.get('cluster_by', none)) -%}
        {% do log("Hard refreshing " ~ old_relation ~ " because it is not replaceable") %}
        {% do adapter.drop_relation(old_relation) %}
    {%- endif -%}

    {%- do movement_360.m360_run_table_statements(statements, target_relation,
        create_table_as(False, target_relation, statements[0])) -%}
    {%- if kind == 'connected_components' -%}
        {%- do movement_360.m360_connected_components_drop_work(target_relation) -%}
    {%- endif -%}

    {{ run_hooks(post_hooks) }}

    {% set should_revoke = should_revoke(old_relation, full_refresh_mode=True) %}
    {% do apply_grants(target_relation, grant_config, should_revoke) %}

    {% do persist_docs(target_relation, model) %}

    {{ return({'relations': [target_relation]}) }}

{% endmacro %}
