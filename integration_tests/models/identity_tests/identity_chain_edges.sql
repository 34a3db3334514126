{#-
    The worst case for connected components: chains of 10,000 nodes (diameter
    9,999). One chain's keys ascend along it ('ordered'), so the smallest label
    starts at one end; the other's are hashes (random order). 100 isolated
    nodes have no edge at all.
-#}
{{ config(materialized='table') }}

with

digits as (

    select 0 as d union all select 1 union all select 2 union all select 3 union all select 4
    union all select 5 union all select 6 union all select 7 union all select 8 union all select 9

),

numbers as (

    select thousands.d * 1000 + hundreds.d * 100 + tens.d * 10 + ones.d as n
    from digits as thousands
    cross join digits as hundreds
    cross join digits as tens
    cross join digits as ones

),

nodes as (

    select
        n,
        {{ dbt.concat(["'ordered_'", "lpad(cast(n as " ~ dbt.type_string() ~ "), 5, '0')"]) }} as ordered_key,
        {{ dbt.concat(["'hashed_'", dbt.hash("cast(n as " ~ dbt.type_string() ~ ")")]) }} as hashed_key
    from numbers

)

select 'ordered' as chain, this_node.ordered_key as left_node, next_node.ordered_key as right_node
from nodes as this_node
inner join nodes as next_node
    on next_node.n = this_node.n + 1

union all

select 'hashed' as chain, next_node.hashed_key as left_node, this_node.hashed_key as right_node
from nodes as this_node
inner join nodes as next_node
    on next_node.n = this_node.n + 1
