{#- The match weights identity scored with: one row per field and comparison level (int_identity__match_weights holds the estimate). -#}
select
    field_name,
    comparison_level,
    level_order,
    cast(m_probability as {{ dbt.type_float() }}) as m_probability,
    cast(u_probability as {{ dbt.type_float() }}) as u_probability,
    cast(match_weight as {{ dbt.type_float() }}) as match_weight,
    estimated_by,
    candidate_pair_count,
    random_pair_count,
    em_iterations,
    cast(match_share as {{ dbt.type_float() }}) as match_share,
    cast(household_pair_share as {{ dbt.type_float() }}) as household_pair_share
from {{ ref('int_identity__match_weights') }}
