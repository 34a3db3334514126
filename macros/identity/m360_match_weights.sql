{#-
    Fellegi-Sunter weights for the identity layer: the comparison levels of each field, the
    comparison itself (shared by the scoring and by the counts the weights are learned from), the
    frozen weights, and the EM estimate over counts of comparison vectors.
-#}

{#-
    The fields whose weights are learned, each with its non-missing levels in order ('missing'
    always weighs 0). A level's hand-set weight is the identity setting <field>_<level>.
-#}
{% macro m360_match_weight_levels() %}
    {{ return({
        'email': ['agree', 'disagree'],
        'phone': ['agree', 'disagree'],
        'first_name': ['exact', 'nickname', 'similar', 'prefix', 'initial', 'disagree'],
        'last_name': ['exact', 'similar', 'disagree'],
        'birth_date': ['agree', 'close', 'disagree'],
        'zip': ['agree', 'disagree'],
        'address': ['agree', 'disagree'],
        'voter_id': ['agree', 'disagree'],
        'external_id': ['agree', 'similar', 'disagree'],
    }) }}
{% endmacro %}


{#-
    How much the candidate pairs look like households: among candidate vectors (m360_match_weights'
    list of {'levels': {field: level}, 'count': pairs}) that agree on an address, a phone or an
    e-mail, the share the household guard calls two people (a guard field in the vectors at
    'disagree', and no external id agreed on, which silences the guard). Organizing data, where
    couples share a landline and families a mailbox, gives 0.08 to 0.32 (the generator's eight
    worlds; the lowest has no VAN, so few dates of birth); lists of one record per person with
    typos give 0.01 to 0.03 (FEBRL2-4). None when no candidate pair, or fewer than min_pairs,
    shares an address, phone or e-mail: too few to tell.
-#}
{% macro m360_household_pair_share(vectors, guard_fields, min_pairs) %}
    {%- set totals = namespace(shared=0.0, two_people=0.0) -%}
    {%- for vector in vectors -%}
        {%- set levels = vector['levels'] -%}
        {%- if 'agree' in [levels.get('address'), levels.get('phone'), levels.get('email')] -%}
            {%- set totals.shared = totals.shared + vector['count'] -%}
            {%- set guard = namespace(vetoes=false) -%}
            {%- for field in guard_fields if levels.get(field) == 'disagree' -%}
                {%- set guard.vetoes = true -%}
            {%- endfor -%}
            {%- if guard.vetoes and levels.get('external_id') != 'agree' -%}
                {%- set totals.two_people = totals.two_people + vector['count'] -%}
            {%- endif -%}
        {%- endif -%}
    {%- endfor -%}
    {{ return(none if totals.shared < min_pairs or totals.shared == 0 else totals.two_people / totals.shared) }}
{% endmacro %}


{#-
    Given and family names entered in each other's fields: each record's first name is the other's
    last name, exactly or one slip apart (m360_names_similar), and the first and last names differ.
-#}
{% macro m360_names_swapped(left_record, right_record) %}
    {%- set l_first, l_last = left_record ~ '.first_name_key', left_record ~ '.last_name_key' -%}
    {%- set r_first, r_last = right_record ~ '.first_name_key', right_record ~ '.last_name_key' -%}
    (
        {{ l_first }} <> {{ l_last }}
        and {{ r_first }} <> {{ r_last }}
        and ({{ l_first }} = {{ r_last }} or {{ movement_360.m360_names_similar(l_first, r_last) }})
        and ({{ l_last }} = {{ r_first }} or {{ movement_360.m360_names_similar(l_last, r_first) }})
    )
{% endmacro %}


{#-
    The select of a comparison: one row per pair of pairs_cte (org_id, left_record_key,
    right_record_key, blocked_by_email, blocked_by_phone, known_link_rule and, with
    with_evidence, every blocked_by_ column of int_identity__candidate_pairs) with the outcome of
    each field. Needs CTEs records and first_name_equivalents; with_evidence also
    voter_name_counts, name_frequencies, nameless_links and cannot_link, and adds the evidence
    the scoring reads beside the fields (name at the ZIP, name rarity, nameless link, cannot-link).
-#}
{% macro m360_identity_compared(pairs_cte, with_evidence=true) %}
    {%- set rules = [
        'email', 'phone', 'name_zip', 'last_name_birth_date', 'first_name_birth_date', 'birth_date_zip',
        'address_zip', 'full_name', 'myvoters_id', 'dwid', 'external_id',
    ] %}
    select
        {{ pairs_cte }}.org_id,
        {{ pairs_cte }}.left_record_key,
        {{ pairs_cte }}.right_record_key,
        {%- if with_evidence %}
        left_record.source_system as left_source_system,
        right_record.source_system as right_source_system,
        {%- for rule in rules %}
        {{ pairs_cte }}.blocked_by_{{ rule }},
        {%- endfor %}
        {{ pairs_cte }}.known_link_rule,
        {%- endif %}
        case
            when {{ pairs_cte }}.blocked_by_email then 'agree'
            when left_record.email_count > 0 and right_record.email_count > 0 then 'disagree'
            else 'missing'
        end as email_outcome,
        case
            when {{ pairs_cte }}.blocked_by_phone then 'agree'
            when left_record.phone_count > 0 and right_record.phone_count > 0 then 'disagree'
            else 'missing'
        end as phone_outcome,
        case
            when left_record.first_name_key is null or right_record.first_name_key is null then 'missing'
            when left_record.first_name_key = right_record.first_name_key then 'exact'
            when first_name_equivalents.name_key is not null then 'nickname'
            when {{ movement_360.m360_names_swapped('left_record', 'right_record') }} then 'swapped'
            when {{ movement_360.m360_names_similar('left_record.first_name_key', 'right_record.first_name_key', min_substitution_length=5) }} then 'similar'
            when {{ movement_360.m360_names_prefix('left_record.first_name_key', 'right_record.first_name_key') }} then 'prefix'
            when
                (length(left_record.first_name_key) = 1 or length(right_record.first_name_key) = 1)
                and substr(left_record.first_name_key, 1, 1) = substr(right_record.first_name_key, 1, 1) then 'initial'
            else 'disagree'
        end as first_name_outcome,
        case
            when left_record.last_name_key is null or right_record.last_name_key is null then 'missing'
            when left_record.last_name_key = right_record.last_name_key then 'exact'
            when {{ movement_360.m360_names_swapped('left_record', 'right_record') }} then 'swapped'
            when {{ movement_360.m360_names_similar('left_record.last_name_key', 'right_record.last_name_key') }} then 'similar'
            else 'disagree'
        end as last_name_outcome,
        case
            when left_record.birth_date_value is null or right_record.birth_date_value is null then 'missing'
            when left_record.birth_date_value = right_record.birth_date_value then 'agree'
            when {{ movement_360.m360_birth_dates_close('left_record.birth_date_value', 'right_record.birth_date_value') }} then 'close'
            else 'disagree'
        end as birth_date_outcome,
        case
            when left_record.zip5 is null or right_record.zip5 is null then 'missing'
            when left_record.zip5 = right_record.zip5 then 'agree'
            else 'disagree'
        end as zip_outcome,
        case
            when left_record.address_key is null or right_record.address_key is null then 'missing'
            when left_record.address_key = right_record.address_key and left_record.zip5 = right_record.zip5 then 'agree'
            when left_record.address_key = right_record.address_key and (left_record.zip5 is null or right_record.zip5 is null) then 'agree'
            else 'disagree'
        end as address_outcome,
        case
            when
                coalesce(left_record.myvoters_key, left_record.dwid_key) is null
                or coalesce(right_record.myvoters_key, right_record.dwid_key) is null then 'missing'
            when left_record.myvoters_key = right_record.myvoters_key or left_record.dwid_key = right_record.dwid_key then 'agree'
            when left_record.myvoters_key <> right_record.myvoters_key or left_record.dwid_key <> right_record.dwid_key then 'disagree'
            else 'missing'
        end as voter_id_outcome,
        case
            when left_record.external_id_key is null or right_record.external_id_key is null then 'missing'
            when left_record.external_id_key = right_record.external_id_key then 'agree'
            when
                substr(left_record.external_id_key, 1, {{ dbt.position("':'", 'left_record.external_id_key') }})
                <> substr(right_record.external_id_key, 1, {{ dbt.position("':'", 'right_record.external_id_key') }}) then 'missing'
            when
                length(left_record.external_id_key) - {{ dbt.position("':'", 'left_record.external_id_key') }} >= 5
                and {{ movement_360.m360_ids_one_slip('left_record.external_id_key', 'right_record.external_id_key') }} then 'similar'
            else 'disagree'
        end as external_id_outcome
        {%- if with_evidence %},
        case
            when
                left_record.name_suffix_key is not null and right_record.name_suffix_key is not null
                and left_record.name_suffix_key <> right_record.name_suffix_key then 'disagree'
            when left_record.name_suffix_key = right_record.name_suffix_key then 'agree'
            else 'missing'
        end as name_suffix_outcome,
        case
            when
                left_record.zip5 is null or left_record.zip5 <> right_record.zip5
                or left_record.last_name_key <> right_record.last_name_key then 'not_applicable'
            when
                coalesce(left_counts.voter_record_count, 0) > 1 or coalesce(right_counts.voter_record_count, 0) > 1
                or coalesce(left_counts.birth_date_count, 0) > 1 or coalesce(right_counts.birth_date_count, 0) > 1 then 'shared'
            when coalesce(left_counts.voter_record_count, 0) = 1 or coalesce(right_counts.voter_record_count, 0) = 1 then 'unique'
            else 'unknown'
        end as name_in_zip_outcome,
        coalesce(name_frequencies.name_frequency_weight, 0) as full_name_frequency_weight,
        nameless_links.left_record_key is not null as is_nameless_unique_contact,
        cannot_link.left_person_record_key is not null as is_cannot_link
        {%- endif %}
    from {{ pairs_cte }}
    inner join records as left_record
        on {{ pairs_cte }}.left_record_key = left_record.person_record_key
    inner join records as right_record
        on {{ pairs_cte }}.right_record_key = right_record.person_record_key
    left join first_name_equivalents
        on
            left_record.first_name_key = first_name_equivalents.name_key
            and right_record.first_name_key = first_name_equivalents.equivalent_key
    {%- if with_evidence %}
    left join voter_name_counts as left_counts
        on
            left_record.org_id = left_counts.org_id
            and left_record.first_name_key = left_counts.first_name_key
            and left_record.last_name_key = left_counts.last_name_key
            and left_record.zip5 = left_counts.zip5
    left join voter_name_counts as right_counts
        on
            right_record.org_id = right_counts.org_id
            and right_record.first_name_key = right_counts.first_name_key
            and right_record.last_name_key = right_counts.last_name_key
            and right_record.zip5 = right_counts.zip5
    left join name_frequencies
        on
            left_record.org_id = name_frequencies.org_id
            and left_record.first_name_key = name_frequencies.first_name_key
            and left_record.last_name_key = name_frequencies.last_name_key
    left join nameless_links
        on
            {{ pairs_cte }}.left_record_key = nameless_links.left_record_key
            and {{ pairs_cte }}.right_record_key = nameless_links.right_record_key
    left join cannot_link
        on
            {{ pairs_cte }}.left_record_key = cannot_link.left_person_record_key
            and {{ pairs_cte }}.right_record_key = cannot_link.right_person_record_key
    {%- endif %}
{% endmacro %}


{#-
    log2 of a positive number, in Jinja (dbt's context has no math module): the number is scaled
    into [1, 2) by powers of two, and the rest is ln(y) = 2 atanh((y - 1) / (y + 1)) by its series
    (|t| <= 1/3, so 30 terms are exact to double precision), over ln 2.
-#}
{% macro m360_log2(x) %}
    {%- if x <= 0 -%}
        {{ exceptions.raise_compiler_error('m360_log2: not a positive number: ' ~ x) }}
    {%- endif -%}
    {%- set state = namespace(y=x * 1.0, exponent=0) -%}
    {%- for _ in range(2100) if state.y >= 2.0 -%}
        {%- set state.y = state.y / 2.0 -%}
        {%- set state.exponent = state.exponent + 1 -%}
    {%- endfor -%}
    {%- for _ in range(2100) if state.y < 1.0 -%}
        {%- set state.y = state.y * 2.0 -%}
        {%- set state.exponent = state.exponent - 1 -%}
    {%- endfor -%}
    {%- set t = (state.y - 1.0) / (state.y + 1.0) -%}
    {%- set series = namespace(total=0.0, power=t) -%}
    {%- for k in range(30) -%}
        {%- set series.total = series.total + series.power / (2 * k + 1) -%}
        {%- set series.power = series.power * t * t -%}
    {%- endfor -%}
    {{ return(state.exponent + 2.0 * series.total / 0.6931471805599453) }}
{% endmacro %}


{#-
    Expectation-maximisation of Fellegi-Sunter m probabilities over counts of comparison vectors,
    with u held fixed (estimated from random pairs, as Splink does). u is not estimated here: on
    candidate pairs that are nearly all matches (FEBRL) a two-class EM with free u splits them on
    some other field (street agreed or not) and never settles.

      vectors     list of {'levels': {field: level or 'missing'}, 'count': n}
      u           {field: {level: u probability}} for the fields learned (others are ignored)
      m_start     {field: {level: m probability}} to start from
      lambda_start  share of pairs that match, to start from
      evidence_fields  the fields whose levels decide p below (default: all learned); the others
                  get m from that verdict without steering it
    Returns {'m': ..., 'lambda': ..., 'iterations': n, 'converged': bool}. Each iteration: the
    chance each vector is a match, p = lambda B / (lambda B + 1 - lambda) with B the product of
    m / u over its non-missing evidence fields; then lambda = sum(n p) / sum(n) and m(field, level) = the
    share of the matches' weight (n p) at that level among those where the field is not missing
    (kept at 1e-6 or more). Stops when neither lambda nor any m moves by more than tolerance.
-#}
{% macro m360_em_estimate(vectors, u, m_start, lambda_start, max_iterations=500, tolerance=0.0001, evidence_fields=none) %}
    {%- set evidence_fields = evidence_fields if evidence_fields is not none else (u.keys() | list) -%}
    {%- set fields = u.keys() | list | sort -%}
    {%- set m = {} -%}
    {%- for field in fields -%}
        {%- do m.update({field: {}}) -%}
        {%- for level in u[field] -%}
            {%- do m[field].update({level: m_start[field][level]}) -%}
        {%- endfor -%}
    {%- endfor -%}
    {%- set total = namespace(n=0.0) -%}
    {%- for vector in vectors -%}
        {%- set total.n = total.n + vector['count'] -%}
    {%- endfor -%}
    {%- set state = namespace(share=lambda_start, converged=false, iterations=0) -%}
    {%- for iteration in range(max_iterations) if not state.converged -%}
        {%- set matched = {} -%}
        {%- set compared = {} -%}
        {%- for field in fields -%}
            {%- do matched.update({field: {}}) -%}
            {%- do compared.update({field: 0.0}) -%}
            {%- for level in u[field] -%}
                {%- do matched[field].update({level: 0.0}) -%}
            {%- endfor -%}
        {%- endfor -%}
        {%- set sums = namespace(matches=0.0) -%}
        {%- for vector in vectors -%}
            {%- set ratio = namespace(value=1.0) -%}
            {%- for field in fields -%}
                {%- set level = vector['levels'][field] -%}
                {%- if level in u[field] and field in evidence_fields -%}
                    {%- set ratio.value = ratio.value * m[field][level] / u[field][level] -%}
                {%- endif -%}
            {%- endfor -%}
            {%- set odds = state.share * ratio.value -%}
            {%- set weight = vector['count'] * odds / (odds + 1.0 - state.share) -%}
            {%- set sums.matches = sums.matches + weight -%}
            {%- for field in fields -%}
                {%- set level = vector['levels'][field] -%}
                {%- if level in u[field] -%}
                    {%- do matched[field].update({level: matched[field][level] + weight}) -%}
                    {%- do compared.update({field: compared[field] + weight}) -%}
                {%- endif -%}
            {%- endfor -%}
        {%- endfor -%}
        {%- set change = namespace(largest=0.0) -%}
        {%- set new_share = sums.matches / total.n -%}
        {%- set change.largest = [change.largest, (new_share - state.share) | abs] | max -%}
        {%- set state.share = new_share -%}
        {%- for field in fields -%}
            {%- for level in u[field] -%}
                {%- if compared[field] > 0 -%}
                    {%- set new_m = [matched[field][level] / compared[field], 0.000001] | max -%}
                {%- else -%}
                    {%- set new_m = m[field][level] -%}
                {%- endif -%}
                {%- set change.largest = [change.largest, (new_m - m[field][level]) | abs] | max -%}
                {%- do m[field].update({level: new_m}) -%}
            {%- endfor -%}
        {%- endfor -%}
        {%- set state.iterations = iteration + 1 -%}
        {%- if change.largest <= tolerance -%}
            {%- set state.converged = true -%}
        {%- endif -%}
    {%- endfor -%}
    {{ return({'m': m, 'lambda': state.share, 'iterations': state.iterations, 'converged': state.converged}) }}
{% endmacro %}
