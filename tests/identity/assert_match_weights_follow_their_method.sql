{#-
    Every learned weight is log2(m / u) (held within em_weight_limit; m and u are stored to six
    decimals, so within 0.05, and only where both are at least 0.0001), every learned field's m and u are probabilities summing to 1,
    a frozen weight carries no m or u, and the method follows the mode: frozen mode freezes every
    field; auto freezes every field ('frozen_households') when the household share reaches
    auto_max_household_share and never says so below it. Returns one row per breach.
-#}
{%- set s = movement_360.m360_identity_settings() %}
{%- set limit = s.em_weight_limit %}
{%- set mode = var('movement_360__identity_match_weights', 'auto') %}
{%- set share_limit = s.auto_max_household_share %}
{%- if mode == 'frozen' %}
    {%- set method_breach = "estimated_by <> 'frozen'" %}
{%- elif mode == 'learned' %}
    {%- set method_breach = "estimated_by not in ('em', 'frozen_too_few_pairs')" %}
{%- else %}
    {%- set method_breach = "(household_pair_share >= " ~ share_limit ~ " and estimated_by <> 'frozen_households')"
        ~ " or (coalesce(household_pair_share < " ~ share_limit ~ ", true) and estimated_by = 'frozen_households')"
        ~ " or (household_pair_share is null and estimated_by <> 'frozen_too_few_pairs')" %}
{%- endif %}

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

    union all

    select
        field_name,
        comparison_level,
        'method does not follow the mode ({{ mode }})' as breach
    from weights
    where {{ method_breach }}

)

select * from breaches
