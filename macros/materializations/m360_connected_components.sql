{#-
    Connected components as a materialization: `materialized='m360_connected_components'`.

    The model's SQL is the graph, one select of two text columns:
      node_key       a node;
      neighbour_key  a node it is joined to, or null for a row that only declares node_key (an
                     isolated node, or one whose edges are all elsewhere).
    Edges are undirected (each row is taken both ways); self-loops, duplicates and null keys are
    ignored. Every node_key and non-null neighbour_key is a node.

    The table built has one row per node: node_key and component_key, the smallest node_key of the
    node's connected component. It is computed with no recursion: a loop of CREATE TABLE AS passes
    over work tables beside the model, until no label changes. Each pass (1) gives every node the
    smallest label among itself and its neighbours, (2) moves a whole label class to the smallest
    label any of its members saw ("hooking" the class, not just the node), and (3) jumps pointers
    (label := label of label). The passes run on integers: every node is numbered in the order of
    its key first (<model>__cc_nodes), so the smallest number names the smallest key. Labels only
    decrease and are always numbers of nodes of the node's component, so the loop ends; at the end
    every edge joins two nodes of one label. Passes grow with the log of the longest chain (a chain
    of 10,000 nodes takes 14), so the loop is capped by movement_360__identity_max_cluster_passes
    (64) and fails the model if the cap is reached before convergence; the table built earlier, if
    any, is left as it was.

    What `dbt compile` and `dbt show` give for such a model is its graph: compiled SQL is the
    select of (node_key, neighbour_key) rows the loop iterates over, and `dbt show --select` runs
    it, so it shows graph rows, not components (there is no component_key column). The components
    are in the built table: `dbt show --inline "select * from {{ ref('model') }}"`.

    The final table is made as dbt's table materialization makes one (the default variant: build
    beside, rename into place; BigQuery: create or replace): pre- and post-hooks, contracts
    (checked against node_key, component_key), indexes, grants and persist_docs. Work tables
    (<model>__cc_graph, __cc_nodes, __cc_edges, __cc_labels_a, __cc_labels_b; analysed on
    PostgreSQL, as the final table is by the package's m360_analyze post-hook) are dropped before
    and after, and before the loud failure. On DuckDB and PostgreSQL any other failure rolls them
    back with the transaction; on BigQuery (no transaction) a failure of the final statement, e.g. a contract
    mismatch, leaves them until the model's next run drops them.
-#}
{% materialization m360_connected_components, default %}
    {{ return(movement_360.m360_build_table('connected_components', compiled_code, pre_hooks, post_hooks)) }}
{% endmaterialization %}



{#-
    The label-propagation loop of the m360_connected_components materialization. graph_sql is the
    model's compiled select of (node_key, neighbour_key); relation the model's table, beside which
    the work tables live. Runs every pass, fails loudly when the cap is reached, and returns the
    select of (node_key, component_key) over the converged labels (the last work table, dropped by
    m360_connected_components_drop_work once the final table is made).
-#}
{% macro m360_connected_components_passes(graph_sql, relation) %}
    {%- set max_passes = var('movement_360__identity_max_cluster_passes', 64) | int -%}
    {%- set work = movement_360.m360_connected_components_work_relations(relation) -%}
    {%- do movement_360.m360_connected_components_drop_work(relation) -%}

    {%- do movement_360.m360_connected_components_build_work(work.graph,
            'select node_key, neighbour_key from (\n' ~ graph_sql ~ '\n) as graph') -%}
    {#- Every node numbered in the order of its key, so the passes join and compare integers, not long
        text keys (half the model's time on DuckDB), and the smallest number is the smallest key. -#}
    {%- do movement_360.m360_connected_components_build_work(work.nodes,
            'select node_key, row_number() over (order by node_key) as node_id from (select node_key from '
            ~ work.graph ~ ' where node_key is not null union distinct select neighbour_key from ' ~ work.graph
            ~ ' where neighbour_key is not null) as nodes') -%}
    {#- Both directions of every edge, self-loops dropped. -#}
    {%- set edges_one_way -%}
        select graph_nodes.node_id, neighbour_nodes.node_id as neighbour_id
        from {{ work.graph }} as graph
        inner join {{ work.nodes }} as graph_nodes
            on graph.node_key = graph_nodes.node_key
        inner join {{ work.nodes }} as neighbour_nodes
            on graph.neighbour_key = neighbour_nodes.node_key
        where graph_nodes.node_id <> neighbour_nodes.node_id
    {%- endset -%}
    {%- do movement_360.m360_connected_components_build_work(work.edges,
            'with one_way as (' ~ edges_one_way ~ ')\n'
            ~ 'select node_id, neighbour_id from one_way union all select neighbour_id, node_id from one_way') -%}
    {%- do movement_360.m360_connected_components_build_work(work.labels[0],
            'select node_id, node_id as label from ' ~ work.nodes) -%}

    {%- set state = namespace(current=0, converged=false, passes=0) -%}
    {%- for pass in range(max_passes) if not state.converged -%}
        {%- set previous = work.labels[state.current] -%}
        {%- set following = work.labels[1 - state.current] -%}
        {%- do adapter.drop_relation(following) -%}
        {%- set pass_sql -%}
            with

            neighbour_minimum as (
                select edges.node_id, min(labels.label) as label
                from {{ work.edges }} as edges
                inner join {{ previous }} as labels
                    on edges.neighbour_id = labels.node_id
                group by edges.node_id
            ),

            node_minimum as (
                select
                    labels.node_id,
                    labels.label,
                    case
                        when neighbour_minimum.label < labels.label then neighbour_minimum.label
                        else labels.label
                    end as seen_label
                from {{ previous }} as labels
                left join neighbour_minimum
                    on labels.node_id = neighbour_minimum.node_id
            ),

            class_hooks as (
                select label, min(seen_label) as hooked_label
                from node_minimum
                group by label
            ),

            hooked as (
                select node_minimum.node_id, class_hooks.hooked_label as label
                from node_minimum
                inner join class_hooks
                    on node_minimum.label = class_hooks.label
            )

            select hooked.node_id, jumped.label
            from hooked
            inner join hooked as jumped
                on hooked.label = jumped.node_id
        {%- endset -%}
        {%- do movement_360.m360_connected_components_build_work(following, pass_sql) -%}
        {%- set changed = run_query(
            'select count(*) from ' ~ following ~ ' as following_labels inner join ' ~ previous
            ~ ' as previous_labels on following_labels.node_id = previous_labels.node_id'
            ~ ' where following_labels.label <> previous_labels.label').columns[0].values()[0] -%}
        {%- set state.passes = pass + 1 -%}
        {%- set state.current = 1 - state.current -%}
        {%- if changed | int == 0 -%}
            {%- set state.converged = true -%}
        {%- endif -%}
    {%- endfor -%}

    {%- if not state.converged -%}
        {%- do movement_360.m360_connected_components_drop_work(relation) -%}
        {{ exceptions.raise_compiler_error(
            'm360_connected_components: ' ~ relation.identifier ~ ': labels still changing after '
            ~ max_passes ~ ' passes (movement_360__identity_max_cluster_passes); the graph was not'
            ~ ' clustered and the table was not replaced. Raise the cap if the graph has very long chains.') }}
    {%- endif -%}
    {{ log('m360_connected_components: ' ~ relation.identifier ~ ' converged in ' ~ state.passes ~ ' passes', info=false) }}
    {{ return('select nodes.node_key, component_nodes.node_key as component_key from ' ~ work.labels[state.current]
        ~ ' as labels inner join ' ~ work.nodes ~ ' as nodes on labels.node_id = nodes.node_id inner join '
        ~ work.nodes ~ ' as component_nodes on labels.label = component_nodes.node_id') }}
{% endmacro %}


{#-
    The work tables of one model's loop, beside it: <model>__cc_graph, __cc_nodes, __cc_edges,
    __cc_labels_a and __cc_labels_b, named like dbt's own __dbt_tmp relation (on PostgreSQL the
    model name is cut so the suffix survives the 63-character limit).
-#}
{% macro m360_connected_components_work_relations(relation) %}
    {%- set names = {} -%}
    {%- for part in ['graph', 'nodes', 'edges', 'labels_a', 'labels_b'] -%}
        {%- do names.update({part: make_intermediate_relation(relation, '__cc_' ~ part)}) -%}
    {%- endfor -%}
    {{ return({'graph': names.graph, 'nodes': names.nodes, 'edges': names.edges,
               'labels': [names.labels_a, names.labels_b]}) }}
{% endmacro %}


{#- Drop a model's work tables (those that exist). -#}
{% macro m360_connected_components_drop_work(relation) %}
    {%- set work = movement_360.m360_connected_components_work_relations(relation) -%}
    {%- for work_relation in [work.graph, work.nodes, work.edges] + work.labels -%}
        {%- do adapter.drop_relation(work_relation) -%}
    {%- endfor -%}
{% endmacro %}


{#-
    Builds one work table, then gives it statistics where the planner needs them (m360_analyze:
    PostgreSQL and Redshift), since the next pass joins it at once.
-#}
{% macro m360_connected_components_build_work(relation, select_sql) %}
    {%- call statement('m360_cc_work') -%}
        {{ movement_360.m360_connected_components_create_work(relation, select_sql) }}
    {%- endcall -%}
    {%- set analyze_sql = movement_360.m360_analyze(relation) | trim -%}
    {%- if analyze_sql -%}
        {%- call statement('m360_cc_analyze') -%}
            {{ analyze_sql }}
        {%- endcall -%}
    {%- endif -%}
{% endmacro %}


{#-
    A work table from a select: a plain CREATE TABLE AS (the same on DuckDB, PostgreSQL and
    BigQuery), not the adapter's create_table_as, so the model's contract, partitioning and other
    table options apply only to the final table.
-#}
{% macro m360_connected_components_create_work(relation, select_sql) %}
create table {{ relation }} as (
{{ select_sql }}
)
{% endmacro %}
