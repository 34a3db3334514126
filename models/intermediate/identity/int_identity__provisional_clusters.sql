{#-
    The first clustering: the connected component of every node of the
    identity graph (person records and the connector nodes known links point
    at) over all accepted edges. int_identity__clusters then splits the
    components that hold two voter-file records or two dates of birth. See the
    m360_connected_components macro for the method.
-#}
{{ config(
    materialized='table',
    post_hook="{{ movement_360.m360_drop_components_work_table() }}",
) }}

{%- set nodes -%}
(
    select person_record_key as node_key from {{ ref('int_identity__person_records') }}
    union distinct
    select left_record_key from {{ ref('int_identity__edges') }}
    union distinct
    select right_record_key from {{ ref('int_identity__edges') }}
)
{%- endset %}
{%- set edges -%}
    (select left_record_key as left_node, right_record_key as right_node from {{ ref('int_identity__edges') }})
{%- endset %}

select
    node_key,
    component_key
from ({{ movement_360.m360_connected_components(nodes ~ ' as nodes', edges ~ ' as edges') }}) as components
