{#-
    Each 10,000-node chain is one component whatever the order of its keys,
    each isolated node its own, no edge joins two components, and each
    component is named by its smallest node key (person_id stability rests on
    it; the passes run on node numbers, so this checks the numbering follows
    the keys' order).
-#}
with

components as (

    select * from {{ ref('identity_chain_components') }}

),

edges as (

    select * from {{ ref('identity_chain_edges') }}

),

split_edges as (

    select 'edge split across components' as failure, count(*) as failures
    from edges
    inner join components as left_components
        on edges.left_node = left_components.node_key
    inner join components as right_components
        on edges.right_node = right_components.node_key
    where left_components.component_key <> right_components.component_key

),

chain_shapes as (

    select
        {{ dbt.split_part('node_key', "'_'", 1) }} as node_kind,
        count(*) as node_count,
        count(distinct component_key) as component_count
    from components
    group by {{ dbt.split_part('node_key', "'_'", 1) }}

),

wrong_shapes as (

    select 'wrong component count' as failure, count(*) as failures
    from chain_shapes
    where not (
        (node_kind in ('ordered', 'hashed') and node_count = 10000 and component_count = 1)
        or (node_kind = 'isolated' and node_count = 100 and component_count = 100)
    )

),

misnamed_components as (

    select 'component not named by its smallest key' as failure, count(*) as failures
    from (
        select component_key
        from components
        group by component_key
        having min(node_key) <> component_key
    ) as misnamed

),

missing_kinds as (

    select 'chain or isolated nodes missing' as failure, 3 - count(*) as failures
    from chain_shapes

)

select * from split_edges where failures > 0
union all
select * from wrong_shapes where failures > 0
union all
select * from misnamed_components where failures > 0
union all
select * from missing_kinds where failures > 0
