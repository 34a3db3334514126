{#-
    Every person_id ever issued, and the person_id that now stands for it. An
    id retires when its cluster merges into one anchored on an older record;
    BI tools that stored the old id join here to find the survivor. The table
    is incremental: it remembers ids across runs (a full refresh starts the
    memory again from the current ids, which are themselves reproducible).
-#}
{{ config(materialized='incremental', unique_key='person_id', on_schema_change='fail') }}

with

crosswalk as (

    select
        person_record_key,
        person_id,
        is_anchor_record
    from {{ ref('int_identity__crosswalk') }}

),

issued_now as (

    select
        person_id,
        person_record_key as anchor_record_key,
        {{ dbt.current_timestamp() }} as first_issued_at,
        cast(null as {{ dbt.type_timestamp() }}) as retired_at
    from crosswalk
    where is_anchor_record

),

issued as (

    select * from issued_now
    {#- is_incremental() looks the table up: not when compiling without a warehouse. -#}
    {%- if var('movement_360__introspect', true) and is_incremental() %}
    union all
    select person_id, anchor_record_key, first_issued_at, retired_at from {{ this }}
    {%- endif %}

),

ids as (

    select
        person_id,
        min(anchor_record_key) as anchor_record_key,
        min(first_issued_at) as first_issued_at,
        min(retired_at) as retired_at
    from issued
    group by person_id

)

select
    ids.person_id,
    ids.anchor_record_key,
    crosswalk.person_id as current_person_id,
    case
        when crosswalk.person_id is null then 'anchor_record_gone'
        when crosswalk.person_id <> ids.person_id then 'merged'
        else 'current'
    end as id_status,
    ids.first_issued_at,
    case
        when crosswalk.person_id is null or crosswalk.person_id <> ids.person_id
            then coalesce(ids.retired_at, {{ dbt.current_timestamp() }})
    end as retired_at
from ids
left join crosswalk
    on ids.anchor_record_key = crosswalk.person_record_key
