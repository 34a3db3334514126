{#- Clustering converged: no kept edge joins two components (nor two person_ids). -#}
with

edges as (

    select * from {{ ref('int_identity__resolved_edges') }}
    where is_kept

),

clusters as (

    select * from {{ ref('int_identity__clusters') }}

)

select
    edges.left_record_key,
    edges.right_record_key,
    edges.edge_rule,
    left_clusters.component_key as left_component_key,
    right_clusters.component_key as right_component_key
from edges
left join clusters as left_clusters
    on edges.left_record_key = left_clusters.node_key
left join clusters as right_clusters
    on edges.right_record_key = right_clusters.node_key
where left_clusters.component_key is null
    or right_clusters.component_key is null
    or left_clusters.component_key <> right_clusters.component_key
