{#-
    Every learned weight is log2(m / u) (held within em_weight_limit; m and u are stored to six
    decimals, so within 0.05, and only where both are at least 0.0001), every learned field's m and u are probabilities summing to 1, and
    a frozen weight carries no m or u. Returns one row per breach.
-#}
{%- set limit = movement_360.m360_identity_settings().em_weight_limit %}

with

weights as (

    select * from {{ ref('int_identity__match_weights') }}

),

learned_fields as (

    select
        field_name,
        sum(m_probability) as m_total,
        sum(u_probability) as u_total,
        min(m_probability) as m_smallest,
        min(u_probability) as u_smallest
    from weights
    where estimated_by = 'em'
    group by field_name

),

breaches as (

    select
        field_name,
        comparison_level,
        'weight is not log2(m / u)' as breach
    from weights
    where
        estimated_by = 'em'
        and m_probability >= 0.0001 and u_probability >= 0.0001
        and abs(match_weight - greatest(least(ln(m_probability / u_probability) / ln(2), {{ limit }}), -{{ limit }})) > 0.05

    union all

    select
        field_name,
        comparison_level,
        'frozen weight with m or u' as breach
    from weights
    where estimated_by <> 'em' and (m_probability is not null or u_probability is not null)

    union all

    select
        field_name,
        'all' as comparison_level,
        'm or u not a distribution' as breach
    from learned_fields
    where abs(m_total - 1) > 0.001 or abs(u_total - 1) > 0.001 or m_smallest <= 0 or u_smallest <= 0

)

select * from breaches
