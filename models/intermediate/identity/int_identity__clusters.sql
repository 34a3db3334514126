{#-
    The final connected component of every node of the identity graph. Nodes
    of first-pass components without a conflict keep their component; the
    nodes of conflicting components (int_identity__cluster_conflicts) take
    the component they fall in when clustered again over their kept edges
    (int_identity__reclustered_conflicts), which may split them. Removing
    edges inside a component cannot change any other component, so only the
    conflicting ones are recomputed.
-#}
{{ config(materialized='table') }}

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

    select
        node_key,
        component_key
    from {{ ref('int_identity__reclustered_conflicts') }}

)

select * from untouched
union all
select * from reclustered
