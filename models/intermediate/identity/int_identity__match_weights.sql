{#-
    The Fellegi-Sunter weight of each field's comparison levels: learned from the group's own
    data by the m360_match_weights materialization (u from random pairs, m by EM over the
    candidate pairs' comparison vectors), or frozen (movement_360__identity_match_weights:
    'frozen', from the seed movement_360__identity_match_weights_seed). This select is the small
    table of vector counts the loop reads; `dbt compile` and `dbt show --select` give those
    counts, the built table holds the weights.
-#}
-- depends_on: {{ ref(var('movement_360__identity_match_weights_seed', 'm360_identity_match_weights')) }}
{{ config(materialized='m360_match_weights') }}

select * from {{ ref('int_identity__comparison_vectors') }}
