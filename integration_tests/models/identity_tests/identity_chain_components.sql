{#- m360_connected_components over the chains, plus 100 isolated nodes. -#}
{{ config(
    materialized='table',
    post_hook="{{ movement_360.m360_drop_components_work_table() }}",
) }}

{%- set nodes -%}
(
    select left_node as node_key from {{ ref('identity_chain_edges') }}
    union distinct
    select right_node from {{ ref('identity_chain_edges') }}
    union distinct
    select {{ dbt.concat(["'isolated_'", "cast(n as " ~ dbt.type_string() ~ ")"]) }}
    from (
        select tens.d * 10 + ones.d as n
        from (select 0 as d union all select 1 union all select 2 union all select 3 union all select 4
              union all select 5 union all select 6 union all select 7 union all select 8 union all select 9) as tens
        cross join (select 0 as d union all select 1 union all select 2 union all select 3 union all select 4
              union all select 5 union all select 6 union all select 7 union all select 8 union all select 9) as ones
    ) as numbers
) as nodes
{%- endset %}

select node_key, component_key
from ({{ movement_360.m360_connected_components(nodes, '(select left_node, right_node from ' ~ ref('identity_chain_edges') ~ ') as edges') }}) as components
