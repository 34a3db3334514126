{#-
    The first clustering: the connected component of every node of the
    identity graph (person records and the connector nodes known links point
    at) over all accepted edges. int_identity__clusters then splits the
    components that hold two voter-file records or two dates of birth.

    Built by the m360_connected_components materialization: this select is
    the graph it clusters (one node-only row per person record, one row per
    accepted edge), so `dbt compile` / `dbt show` give the graph, and the
    table holds (node_key, component_key).
-#}
{{ config(materialized='m360_connected_components') }}

select
    person_record_key as node_key,
    cast(null as {{ dbt.type_string() }}) as neighbour_key
from {{ ref('int_identity__person_records') }}

union all

select
    left_record_key as node_key,
    right_record_key as neighbour_key
from {{ ref('int_identity__edges') }}
