{#-
    Every person record of every tool, once, with the person_id it belongs to
    and why: the strongest accepted edge that joins it to its cluster (a
    must-link override, then a known link, then the best-scoring match).

    person_id is a hash of the cluster's anchor: its earliest-created record
    (ties and missing dates broken by record key). It is therefore the same on
    every rerun and after a full refresh, unrelated records cannot change it,
    and when two clusters merge the one anchored on the older record keeps its
    id (dim_person_id_history maps the other to it).
-#}
{{ config(materialized='table') }}
with

records as (

    select * from {{ ref('int_identity__person_records') }}

),

clusters as (

    select * from {{ ref('int_identity__clusters') }}

),

edges as (

    select * from {{ ref('int_identity__resolved_edges') }}
    where is_kept

),

clustered_records as (

    select
        records.*,
        clusters.component_key,
        row_number() over (
            partition by clusters.component_key
            order by
                case when records.record_created_at is null then 1 else 0 end,
                records.record_created_at,
                records.person_record_key
        ) as age_rank,
        count(*) over (partition by clusters.component_key) as records_in_person
    from records
    inner join clusters
        on records.person_record_key = clusters.node_key

),

anchors as (

    select
        component_key,
        person_record_key as anchor_record_key,
        {{ movement_360.m360_surrogate_key(["'person'", 'person_record_key']) }} as person_id
    from clustered_records
    where age_rank = 1

),

edge_ends as (

    select
        left_record_key as person_record_key,
        right_record_key as other_record_key,
        edge_rule,
        match_score
    from edges
    union all
    select
        right_record_key,
        left_record_key,
        edge_rule,
        match_score
    from edges

),

ranked_edges as (

    select
        *,
        row_number() over (
            partition by person_record_key
            order by
                case
                    when edge_rule = 'must_link' then 1
                    when edge_rule like 'known_link:%' then 2
                    else 3
                end,
                match_score desc nulls last,
                {{ movement_360.m360_byte_order('edge_rule') }} asc,
                other_record_key asc
        ) as edge_rank
    from edge_ends

),

best_edges as (

    select * from ranked_edges
    where edge_rank = 1

)

select
    clustered_records.person_record_key,
    anchors.person_id,
    clustered_records.org_id,
    clustered_records.source_system,
    clustered_records.source_table,
    clustered_records.source_record_id,
    coalesce(best_edges.edge_rule, 'singleton') as match_rule,
    best_edges.match_score,
    best_edges.other_record_key as matched_to_record_key,
    clustered_records.person_record_key = anchors.anchor_record_key as is_anchor_record,
    clustered_records.records_in_person,
    clustered_records.record_created_at,
    clustered_records.record_updated_at
from clustered_records
inner join anchors
    on clustered_records.component_key = anchors.component_key
left join best_edges
    on clustered_records.person_record_key = best_edges.person_record_key
