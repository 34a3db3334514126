{#-
    First-pass components that cannot be one person: they hold records of two
    different voter-file records (MyVoters ids) or two different dates of
    birth. Typically a junior and his father glued by a record of one of them
    that carries only name and ZIP. int_identity__resolved_edges drops the
    weak edges inside them. The setting split_conflicting_components: 'auto'
    (the default) splits where the candidate pairs look like households
    (household_pair_share of int_identity__match_weights at or above
    auto_max_household_share, or too few pairs to tell), as the weights mode
    auto freezes the weights there; true always, false never (no rows). Where
    records have no households a second date of birth is a typo, and the
    split would cut one person in two.
-#}
{{ config(materialized='table') }}

{%- set settings = movement_360.m360_identity_settings() %}
{%- set split = settings.split_conflicting_components %}
{%- if split not in [true, false, 'auto'] %}
    {{ exceptions.raise_compiler_error("identity setting split_conflicting_components: true, false or 'auto', not '" ~ split ~ "'") }}
{%- endif %}

with

match_weights as (

    select * from {{ ref('int_identity__match_weights') }}

),

split_decision as (

    select
        {%- if split == 'auto' %}
            coalesce(max(household_pair_share), 1) >= {{ settings.auto_max_household_share }} as splits_components
        {%- else %}
            {{ 'true' if split else 'false' }} as splits_components
        {%- endif %}
    from match_weights

),

conflicts as (

    select
        clusters.component_key,
        count(distinct records.myvoters_key) as voter_id_count,
        count(distinct records.birth_date_value) as birth_date_count,
        count(*) as record_count
    from {{ ref('int_identity__provisional_clusters') }} as clusters
    inner join {{ ref('int_identity__person_records') }} as records
        on clusters.node_key = records.person_record_key
    group by clusters.component_key
    having count(distinct records.myvoters_key) > 1 or count(distinct records.birth_date_value) > 1

)

select
    conflicts.component_key,
    conflicts.voter_id_count,
    conflicts.birth_date_count,
    conflicts.record_count
from conflicts
cross join split_decision
where split_decision.splits_components
