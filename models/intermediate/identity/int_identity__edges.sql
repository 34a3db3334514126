{#-
    The accepted edges of the identity graph, each with the rule that accepted
    it: known links to connector nodes (a record this sync does not hold),
    accepted pairs of rpt_people_match_evidence (known links between two records,
    which the household guard may veto, and scored pairs above the threshold),
    and the must-link overrides. A cannot-link override removes the edge between its two records
    whatever rule proposed it (whether the two still meet through other edges
    is reported in rpt_people_cannot_link_conflicts).
-#}
{{ config(materialized='table') }}

with

records as (

    select person_record_key from {{ ref('int_identity__person_records') }}

),


{# A link with a connector at either end; links between two records are judged in rpt_people_match_evidence. -#}
connector_links as (

    select
        links.left_record_key,
        links.right_record_key,
        {{ dbt.concat(["'known_link:'", 'links.link_type']) }} as edge_rule,
        cast(null as {{ dbt.type_float() }}) as match_score
    from {{ ref('int_identity__known_links') }} as links
    left join records as left_records
        on links.left_record_key = left_records.person_record_key
    left join records as right_records
        on links.right_record_key = right_records.person_record_key
    where left_records.person_record_key is null or right_records.person_record_key is null

),

accepted_pairs as (

    select
        left_record_key,
        right_record_key,
        coalesce(known_link_rule, 'scored') as edge_rule,
        cast(match_score as {{ dbt.type_float() }}) as match_score
    from {{ ref('int_identity__pairs_scored') }}
    where is_accepted

),

must_link as (

    select
        left_person_record_key as left_record_key,
        right_person_record_key as right_record_key,
        'must_link' as edge_rule,
        cast(null as {{ dbt.type_float() }}) as match_score
    from {{ ref(var('movement_360__identity_must_link_seed', 'm360_identity_must_link')) }}

),

cannot_link as (

    select
        left_person_record_key as record_key,
        right_person_record_key as other_record_key
    from {{ ref(var('movement_360__identity_cannot_link_seed', 'm360_identity_cannot_link')) }}
    union distinct
    select
        right_person_record_key,
        left_person_record_key
    from {{ ref(var('movement_360__identity_cannot_link_seed', 'm360_identity_cannot_link')) }}

),

proposed as (

    select * from connector_links
    union all
    select * from accepted_pairs
    union all
    select * from must_link

)

select proposed.*
from proposed
left join cannot_link
    on
        proposed.left_record_key = cannot_link.record_key
        and proposed.right_record_key = cannot_link.other_record_key
where cannot_link.record_key is null
