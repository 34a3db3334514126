{#-
    The final connected component of every node of the identity graph. Nodes
    of first-pass components without a conflict keep their component; the
    nodes of conflicting components (int_identity__cluster_conflicts) are
    clustered again over their kept edges (int_identity__resolved_edges),
    which may split them. Removing edges inside a component cannot change any
    other component, so only the conflicting ones are recomputed.
-#}
{{ config(
    materialized='table',
    post_hook="{{ movement_360.m360_drop_components_work_table() }}",
) }}

{%- set conflict_nodes -%}
(
    select clusters.node_key
    from {{ ref('int_identity__provisional_clusters') }} as clusters
    inner join {{ ref('int_identity__cluster_conflicts') }} as conflicts
        on clusters.component_key = conflicts.component_key
) as conflict_nodes
{%- endset %}
{%- set conflict_edges -%}
(
    select
        left_record_key as left_node,
        right_record_key as right_node
    from {{ ref('int_identity__resolved_edges') }}
    where is_in_conflict and is_kept
) as conflict_edges
{%- endset %}

with

provisional as (

    select * from {{ ref('int_identity__provisional_clusters') }}

),

conflicts as (

    select component_key from {{ ref('int_identity__cluster_conflicts') }}

),

untouched as (

    select
        provisional.node_key,
        provisional.component_key
    from provisional
    left join conflicts
        on provisional.component_key = conflicts.component_key
    where conflicts.component_key is null

),

reclustered as (

    {{ movement_360.m360_connected_components(conflict_nodes, conflict_edges) }}

)

select * from untouched
union all
select * from reclustered
