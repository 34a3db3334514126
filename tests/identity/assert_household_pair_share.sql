{#-
    m360_household_pair_share, the measure the default weights mode (auto) learns by, from fixture
    vectors: among pairs that agree on an address, phone or e-mail, the share a guard field calls
    two people. A different first name or date of birth counts; an external id agreed on does not
    (it silences the guard); pairs sharing nothing of a household's are left out; a field outside
    the guard's list does not count; no shared pairs, or fewer than min_pairs, give none.
    Returns one row per case that came out wrong.
-#}
{%- set guard = ['first_name', 'birth_date', 'voter_id'] %}
{%- set vectors = [
    {'levels': {'address': 'agree', 'first_name': 'disagree', 'birth_date': 'missing'}, 'count': 30},
    {'levels': {'phone': 'agree', 'first_name': 'exact', 'birth_date': 'disagree'}, 'count': 10},
    {'levels': {'email': 'agree', 'first_name': 'disagree', 'external_id': 'agree'}, 'count': 5},
    {'levels': {'email': 'agree', 'first_name': 'exact', 'last_name': 'disagree'}, 'count': 55},
    {'levels': {'address': 'disagree', 'phone': 'missing', 'first_name': 'disagree'}, 'count': 400},
] %}
{%- set cases = [
    ('households', movement_360.m360_household_pair_share(vectors, guard, 100), 0.4),
    ('too few shared pairs', movement_360.m360_household_pair_share(vectors, guard, 101), none),
    ('first name only', movement_360.m360_household_pair_share(vectors, ['first_name'], 100), 0.3),
    ('no shared pairs', movement_360.m360_household_pair_share(vectors[4:], guard, 0), none),
] %}
{%- set failures = [] %}
{%- for name, got, expected in cases %}
    {%- if (got is none) != (expected is none) or (got is not none and (got - expected) | abs > 0.000001) %}
        {%- do failures.append("select '" ~ name ~ "' as failing_case, '" ~ got ~ "' as share_got, '" ~ expected ~ "' as share_expected") %}
    {%- endif %}
{%- endfor %}

{%- if failures %}
{{ failures | join('\nunion all\n') }}
{%- else %}
select 'none' as failing_case, 'none' as share_got, 'none' as share_expected
from (select 1 as one) as nothing
where 1 = 0
{%- endif %}
