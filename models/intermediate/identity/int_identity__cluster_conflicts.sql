{#-
    First-pass components that cannot be one person: they hold records of two
    different voter-file records (MyVoters ids) or two different dates of
    birth. Typically a junior and his father glued by a record of one of them
    that carries only name and ZIP. int_identity__resolved_edges drops the
    weak edges inside them. Off (no rows) when the setting
    split_conflicting_components is false, for data with no households.
-#}
{{ config(materialized='table') }}

{%- set settings = movement_360.m360_identity_settings() %}

select
    clusters.component_key,
    count(distinct records.myvoters_key) as voter_id_count,
    count(distinct records.birth_date_value) as birth_date_count,
    count(*) as record_count
from {{ ref('int_identity__provisional_clusters') }} as clusters
inner join {{ ref('int_identity__person_records') }} as records
    on clusters.node_key = records.person_record_key
group by clusters.component_key
having
    {{ 'true' if settings.split_conflicting_components else 'false' }}
    and (count(distinct records.myvoters_key) > 1 or count(distinct records.birth_date_value) > 1)
