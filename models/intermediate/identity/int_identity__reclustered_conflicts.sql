{#-
    The nodes of the first-pass components that cannot be one person
    (int_identity__cluster_conflicts), clustered again over their kept edges
    (int_identity__resolved_edges), which may split them.
    int_identity__clusters puts them back with the untouched components.

    Built by the m360_connected_components materialization: this select is
    the graph it clusters (one node-only row per node of a conflicting
    component, one row per kept edge inside one), so `dbt compile` /
    `dbt show` give the graph, and the table holds (node_key, component_key).
-#}
{{ config(materialized='m360_connected_components') }}

select
    clusters.node_key,
    cast(null as {{ dbt.type_string() }}) as neighbour_key
from {{ ref('int_identity__provisional_clusters') }} as clusters
inner join {{ ref('int_identity__cluster_conflicts') }} as conflicts
    on clusters.component_key = conflicts.component_key

union all

select
    left_record_key as node_key,
    right_record_key as neighbour_key
from {{ ref('int_identity__resolved_edges') }}
where is_in_conflict and is_kept
