{#-
    The accepted edges, each marked kept or not. Inside a first-pass component
    that holds two voter-file records or two dates of birth
    (int_identity__cluster_conflicts), a scored edge resting on names, places
    and at most a phone (no shared e-mail, date of birth, voter-file id or
    external id) is
    dropped: that is the edge that glues a junior to his father, who share
    name, address and often the landline. Known links, must-links and edges
    with a shared personal identifier stay. The final clusters
    (int_identity__clusters) use the kept edges.
-#}
{{ config(materialized='table') }}

with

edges as (

    select * from {{ ref('int_identity__edges') }}

),

evidence as (

    select
        left_record_key,
        right_record_key,
        email_outcome = 'agree'
        or birth_date_outcome = 'agree'
        or voter_id_outcome = 'agree'
        or external_id_outcome = 'agree' as has_shared_identifier
    from {{ ref('int_identity__pairs_scored') }}
    where is_accepted

),

clusters as (

    select * from {{ ref('int_identity__provisional_clusters') }}

),

conflicts as (

    select component_key from {{ ref('int_identity__cluster_conflicts') }}

),

marked as (

    select
        edges.left_record_key,
        edges.right_record_key,
        edges.edge_rule,
        edges.match_score,
        clusters.component_key as provisional_component_key,
        conflicts.component_key is not null as is_in_conflict,
        coalesce(
            conflicts.component_key is null
            or edges.edge_rule <> 'scored'
            or evidence.has_shared_identifier,
            false
        ) as is_kept
    from edges
    inner join clusters
        on edges.left_record_key = clusters.node_key
    left join conflicts
        on clusters.component_key = conflicts.component_key
    left join evidence
        on edges.left_record_key = evidence.left_record_key and edges.right_record_key = evidence.right_record_key

)

select * from marked
