{#-
    m360_em_estimate recovers known m probabilities (within 0.01) and the share of matches from
    the exact counts of comparison vectors that known m and u give, u being known (as it is from
    random pairs): four fields of two or three levels, 30% matches, and one field missing in 10%
    of pairs of either class. It starts far from the truth (flat m, half the pairs matches). Also
    checks m360_log2.
    Returns one row per probability recovered badly, and a row if the EM did not converge.
-#}
{%- set truth_m = {
    'a': {'x': 0.8, 'y': 0.15, 'z': 0.05}, 'b': {'x': 0.9, 'y': 0.1},
    'c': {'x': 0.7, 'y': 0.2, 'z': 0.1}, 'd': {'x': 0.85, 'y': 0.15},
} %}
{%- set truth_u = {
    'a': {'x': 0.05, 'y': 0.15, 'z': 0.8}, 'b': {'x': 0.2, 'y': 0.8},
    'c': {'x': 0.1, 'y': 0.3, 'z': 0.6}, 'd': {'x': 0.3, 'y': 0.7},
} %}
{%- set share = 0.3 %}
{%- set pairs = 1000000 %}
{%- set vectors = [] %}
{%- for a in ['x', 'y', 'z'] %}
    {%- for b in ['x', 'y'] %}
        {%- for c in ['x', 'y', 'z'] %}
            {%- for d in ['x', 'y', 'missing'] %}
                {%- set p_match = truth_m.a[a] * truth_m.b[b] * truth_m.c[c] %}
                {%- set p_other = truth_u.a[a] * truth_u.b[b] * truth_u.c[c] %}
                {%- if d == 'missing' %}
                    {%- set chance = 0.1 * (share * p_match + (1 - share) * p_other) %}
                {%- else %}
                    {%- set chance = 0.9 * (share * p_match * truth_m.d[d] + (1 - share) * p_other * truth_u.d[d]) %}
                {%- endif %}
                {%- do vectors.append({'levels': {'a': a, 'b': b, 'c': c, 'd': d}, 'count': pairs * chance}) %}
            {%- endfor %}
        {%- endfor %}
    {%- endfor %}
{%- endfor %}
{%- set m_start = {
    'a': {'x': 0.5, 'y': 0.3, 'z': 0.2}, 'b': {'x': 0.6, 'y': 0.4},
    'c': {'x': 0.5, 'y': 0.3, 'z': 0.2}, 'd': {'x': 0.6, 'y': 0.4},
} %}
{%- set estimate = movement_360.m360_em_estimate(vectors, truth_u, m_start, 0.5, 2000, 0.000001) %}
{%- set failures = [] %}
{%- if not estimate.converged %}
    {%- do failures.append("select 'em' as field_name, 'not converged' as comparison_level, 0.0 as estimated, 0.0 as expected") %}
{%- endif %}
{%- for field in truth_m %}
    {%- for level in truth_m[field] %}
        {%- if (estimate.m[field][level] - truth_m[field][level]) | abs > 0.01 %}
            {%- do failures.append("select '" ~ field ~ "' as field_name, '" ~ level ~ "' as comparison_level, "
                ~ estimate.m[field][level] ~ ' as estimated, ' ~ truth_m[field][level] ~ ' as expected') %}
        {%- endif %}
    {%- endfor %}
{%- endfor %}
{%- if (estimate['lambda'] - share) | abs > 0.01 %}
    {%- do failures.append("select 'lambda' as field_name, 'share' as comparison_level, " ~ estimate['lambda'] ~ ' as estimated, ' ~ share ~ ' as expected') %}
{%- endif %}
{%- for value, expected in [(8, 3.0), (0.3, -1.7369655941662063), (1, 0.0), (12345.678, 13.591718)] %}
    {%- if (movement_360.m360_log2(value) - expected) | abs > 0.000001 %}
        {%- do failures.append("select 'log2' as field_name, '" ~ value ~ "' as comparison_level, " ~ movement_360.m360_log2(value) ~ ' as estimated, ' ~ expected ~ ' as expected') %}
    {%- endif %}
{%- endfor %}

{%- if failures %}
{{ failures | join('\nunion all\n') }}
{%- else %}
select 'none' as field_name, 'none' as comparison_level, 0.0 as estimated, 0.0 as expected
from (select 1 as one) as nothing
where 1 = 0
{%- endif %}
