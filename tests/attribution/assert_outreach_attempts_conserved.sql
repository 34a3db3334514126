{#-
    No attempt is lost: every attempt an adapter delivered is either a row of
    fct_outreach_attempts or merged into one (int_attribution__same_attempts),
    never both, and each fact row is attributed or counted as unattributed.
-#}
with

delivered as (

    select attempt_key from {{ ref('int_attribution__attempts') }}

),

in_fact as (

    select attempt_key from {{ ref('fct_outreach_attempts') }}

),

merged as (

    select duplicate_attempt_key as attempt_key from {{ ref('int_attribution__same_attempts') }}

),

accounted as (

    select attempt_key, 'fact' as place from in_fact
    union all
    select attempt_key, 'merged' as place from merged

),

counted as (

    select
        coalesce(delivered.attempt_key, accounted.attempt_key) as attempt_key,
        count(accounted.attempt_key) as places,
        max(case when delivered.attempt_key is null then 1 else 0 end) as is_unknown
    from delivered
    full outer join accounted
        on delivered.attempt_key = accounted.attempt_key
    group by coalesce(delivered.attempt_key, accounted.attempt_key)

)

select * from counted
where places <> 1 or is_unknown = 1

union all

select
    attempt_key,
    0 as places,
    0 as is_unknown
from {{ ref('fct_outreach_attempts') }}
where attribution_method is null
