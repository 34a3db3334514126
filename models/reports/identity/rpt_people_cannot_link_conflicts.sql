{#-
    Cannot-link overrides whose two records still ended up as one person
    through other edges (each may match a third record). The direct edge is
    gone; these need a further cannot-link or a look at the evidence.
-#}
with

cannot_link as (

    select * from {{ ref(var('movement_360__identity_cannot_link_seed', 'm360_identity_cannot_link')) }}

),

crosswalk as (

    select
        person_record_key,
        person_id
    from {{ ref('int_identity__crosswalk') }}

)

select
    left_side.person_id,
    cannot_link.left_person_record_key,
    cannot_link.right_person_record_key,
    cannot_link.reason,
    cannot_link.decided_by,
    cannot_link.decided_on
from cannot_link
inner join crosswalk as left_side
    on cannot_link.left_person_record_key = left_side.person_record_key
inner join crosswalk as right_side
    on cannot_link.right_person_record_key = right_side.person_record_key
where left_side.person_id = right_side.person_id
