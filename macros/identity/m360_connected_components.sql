{#-
    Connected components of a graph, computed in SQL on any warehouse, with no
    recursion: a loop of CREATE TABLE AS passes run through run_query until no
    label changes. Each pass (1) gives every node the smallest label among
    itself and its neighbours, (2) moves a whole label class to the smallest
    label any of its members saw ("hooking" the class, not just the node), and
    (3) jumps pointers (label := label of label). Labels only decrease and are
    always node ids of the node's component, so the loop ends; at the end every
    edge joins two nodes of one label. Passes grow with the log of the longest
    chain (a chain of 10,000 nodes takes about a dozen), so the loop is capped
    by movement_360__identity_max_cluster_passes and fails loudly if the cap
    is reached before convergence.

    nodes: a relation or subquery with column node_key (every node, isolated
    ones included); edges: one with left_node and right_node. Returns the SQL
    of a select of (node_key, component_key), component_key being the smallest
    node_key of the component. Outside `dbt run` / `dbt build` (compile, docs,
    parse) nothing is executed and the select labels each node with itself.
-#}
{% macro m360_connected_components(nodes, edges, work_prefix=none) %}
    {%- set work_prefix = work_prefix or this.identifier -%}
    {%- set runs_sql = execute and flags.WHICH in ['run', 'build'] -%}
    {%- if not runs_sql -%}
        {{ return('select node_key, node_key as component_key from ' ~ nodes) }}
    {%- endif -%}

    {%- set max_passes = var('movement_360__identity_max_cluster_passes', 64) | int -%}
    {%- set edge_relation = movement_360.m360_work_relation(work_prefix ~ '__cc_edges') -%}
    {%- set label_relations = [
        movement_360.m360_work_relation(work_prefix ~ '__cc_labels_a'),
        movement_360.m360_work_relation(work_prefix ~ '__cc_labels_b'),
    ] -%}
    {%- set result_relation = movement_360.m360_work_relation(work_prefix ~ '__cc_components') -%}
    {%- for relation in [edge_relation, result_relation] + label_relations -%}
        {%- do adapter.drop_relation(relation) -%}
    {%- endfor -%}

    {#- Both directions of every edge, self-loops dropped. -#}
    {%- do run_query(get_create_table_as_sql(False, edge_relation,
        'select left_node as node_key, right_node as neighbour_key from ' ~ edges ~ ' where left_node <> right_node'
        ~ ' union all select right_node, left_node from ' ~ edges ~ ' where left_node <> right_node')) -%}
    {%- do run_query(get_create_table_as_sql(False, label_relations[0],
        'select node_key, node_key as label from ' ~ nodes)) -%}

    {%- set state = namespace(current=0, converged=false, passes=0) -%}
    {%- for pass in range(max_passes) if not state.converged -%}
        {%- set previous = label_relations[state.current] -%}
        {%- set following = label_relations[1 - state.current] -%}
        {%- do adapter.drop_relation(following) -%}
        {%- set pass_sql -%}
            with

            neighbour_minimum as (
                select edges.node_key, min(labels.label) as label
                from {{ edge_relation }} as edges
                inner join {{ previous }} as labels
                    on edges.neighbour_key = labels.node_key
                group by edges.node_key
            ),

            node_minimum as (
                select
                    labels.node_key,
                    labels.label,
                    case
                        when neighbour_minimum.label < labels.label then neighbour_minimum.label
                        else labels.label
                    end as seen_label
                from {{ previous }} as labels
                left join neighbour_minimum
                    on labels.node_key = neighbour_minimum.node_key
            ),

            class_hooks as (
                select label, min(seen_label) as hooked_label
                from node_minimum
                group by label
            ),

            hooked as (
                select node_minimum.node_key, class_hooks.hooked_label as label
                from node_minimum
                inner join class_hooks
                    on node_minimum.label = class_hooks.label
            )

            select hooked.node_key, jumped.label
            from hooked
            inner join hooked as jumped
                on hooked.label = jumped.node_key
        {%- endset -%}
        {%- do run_query(get_create_table_as_sql(False, following, pass_sql)) -%}
        {%- set changed = run_query(
            'select count(*) from ' ~ following ~ ' as following_labels inner join ' ~ previous
            ~ ' as previous_labels on following_labels.node_key = previous_labels.node_key'
            ~ ' where following_labels.label <> previous_labels.label').columns[0].values()[0] -%}
        {%- set state.passes = pass + 1 -%}
        {%- set state.current = 1 - state.current -%}
        {%- if changed | int == 0 -%}
            {%- set state.converged = true -%}
        {%- endif -%}
    {%- endfor -%}
    {%- if not state.converged -%}
        {{ exceptions.raise_compiler_error(
            'm360_connected_components: labels still changing after ' ~ max_passes
            ~ ' passes (movement_360__identity_max_cluster_passes); the graph was not clustered.') }}
    {%- endif -%}
    {{ log('m360_connected_components: ' ~ work_prefix ~ ' converged in ' ~ state.passes ~ ' passes', info=false) }}

    {%- do run_query(get_create_table_as_sql(False, result_relation,
        'select node_key, label as component_key from ' ~ label_relations[state.current])) -%}
    {%- do adapter.drop_relation(edge_relation) -%}
    {%- for relation in label_relations -%}
        {%- do adapter.drop_relation(relation) -%}
    {%- endfor -%}
    {{ return('select node_key, component_key from ' ~ result_relation) }}
{% endmacro %}


{#- A work table beside the model being built. -#}
{% macro m360_work_relation(identifier) %}
    {{ return(api.Relation.create(database=this.database, schema=this.schema, identifier=identifier, type='table')) }}
{% endmacro %}


{#- Post-hook: drop a model's clustering work table once the model has read it. -#}
{% macro m360_drop_components_work_table(work_prefix=none) %}
    {%- set work_prefix = work_prefix or this.identifier -%}
    {%- if execute -%}
        {%- do adapter.drop_relation(movement_360.m360_work_relation(work_prefix ~ '__cc_components')) -%}
    {%- endif -%}
    {{ return('select 1 as dropped') }}
{% endmacro %}
