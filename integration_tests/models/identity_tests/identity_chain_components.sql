{#-
    The m360_connected_components materialization over the chains, plus 100
    isolated nodes (node-only rows: a null neighbour_key).
-#}
{{ config(materialized='m360_connected_components') }}

select
    left_node as node_key,
    right_node as neighbour_key
from {{ ref('identity_chain_edges') }}

union all

select
    {{ dbt.concat(["'isolated_'", "cast(n as " ~ dbt.type_string() ~ ")"]) }} as node_key,
    cast(null as {{ dbt.type_string() }}) as neighbour_key
from (
    select tens.d * 10 + ones.d as n
    from (select 0 as d union all select 1 union all select 2 union all select 3 union all select 4
          union all select 5 union all select 6 union all select 7 union all select 8 union all select 9) as tens
    cross join (select 0 as d union all select 1 union all select 2 union all select 3 union all select 4
          union all select 5 union all select 6 union all select 7 union all select 8 union all select 9) as ones
) as numbers
