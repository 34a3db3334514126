{#-
    Fellegi-Sunter match weights as a materialization: `materialized='m360_match_weights'`.

    The model's SQL is the counts of comparison vectors (int_identity__comparison_vectors: a
    sample_name of 'candidate' or 'random', one <field>_level column per field of
    m360_match_weight_levels, pair_count), so `dbt compile` and `dbt show` give the small table
    the estimate is made from. The materialization reads it (one query), and with the var
    movement_360__identity_match_weights:
      learned    u(field, level) = the level's share among random pairs where the field is
                 not missing (plus a half pair, so an unseen level is not impossible); m by EM over
                 the candidate vectors (m360_em_estimate), starting from the frozen weights, the
                 match chances decided by the fields outside em_household_fields; the
                 weight is log2(m / u), held within +-em_weight_limit. A field compared (not
                 missing) in fewer than em_min_pairs candidate or random pairs keeps its frozen
                 weights (estimated_by 'frozen_too_few_pairs'), and so does every field when
                 there are fewer candidate pairs than that. The EM fails the model loudly when it
                 has not converged after em_max_iterations; the table built earlier stays.
      frozen     every weight from the frozen weights.
      auto (default)  learned where the candidate pairs show no households, frozen
                 ('frozen_households') where m360_household_pair_share reaches the setting
                 auto_max_household_share: learned weights win where records have no households
                 (FEBRL) and lose where they do (the demo worlds; DECISIONLOG 2026-12-06, 2026-12-07).
                 Too few pairs sharing an address, phone or e-mail to tell: frozen.
    Frozen weights: the seed named by movement_360__identity_match_weights_seed (default
    m360_identity_match_weights: the hand-set weights), a level the seed lacks, or one named in
    movement_360__identity_settings, from the settings.
    All the arithmetic is done here in Jinja over the fetched counts, so the same counts give the
    same weights, digit for digit, on every warehouse; probabilities are stored to 6 decimals and
    weights to 4, as numeric.

    The table: one row per field and level, with m_probability, u_probability, match_weight,
    estimated_by, the candidate and random pairs at that level, the EM's iterations, the
    share of candidate pairs it took for matches and the household share auto decides by. It
    is made as dbt's table materialization makes one (hooks, contract, grants, persist_docs).
-#}
{% materialization m360_match_weights, default %}
    {{ return(movement_360.m360_build_table('match_weights', compiled_code, pre_hooks, post_hooks)) }}
{% endmaterialization %}



{#-
    The frozen weights: {field: {level: weight}} from the seed named by
    movement_360__identity_match_weights_seed, then the identity settings for a level the seed
    lacks or one the var movement_360__identity_settings names.
-#}
{% macro m360_frozen_match_weights() %}
    {%- set s = movement_360.m360_identity_settings() -%}
    {%- set overrides = var('movement_360__identity_settings', {}) -%}
    {%- set levels = movement_360.m360_match_weight_levels() -%}
    {%- set seed_rows = {} -%}
    {%- if execute -%}
        {%- set seed_relation = ref(var('movement_360__identity_match_weights_seed', 'm360_identity_match_weights')) -%}
        {%- set table = run_query('select field_name, comparison_level, match_weight from ' ~ seed_relation) -%}
        {%- for row in table.rows -%}
            {%- do seed_rows.update({row[0] ~ '|' ~ row[1]: row[2] | float}) -%}
        {%- endfor -%}
    {%- endif -%}
    {%- set frozen = {} -%}
    {%- for field in levels -%}
        {%- do frozen.update({field: {}}) -%}
        {%- for level in levels[field] -%}
            {%- set setting = field ~ '_' ~ level -%}
            {%- if setting in overrides or (field ~ '|' ~ level) not in seed_rows -%}
                {%- do frozen[field].update({level: s[setting] | float}) -%}
            {%- else -%}
                {%- do frozen[field].update({level: seed_rows[field ~ '|' ~ level]}) -%}
            {%- endif -%}
        {%- endfor -%}
    {%- endfor -%}
    {{ return(frozen) }}
{% endmacro %}


{#-
    The select of the match weights table, from the model's compiled select of vector counts
    (see the materialization above). Fails loudly when the EM does not converge.
-#}
{% macro m360_match_weights_select(vectors_sql, relation) %}
    {%- set s = movement_360.m360_identity_settings() -%}
    {%- set mode = var('movement_360__identity_match_weights', 'auto') -%}
    {%- if mode not in ['auto', 'learned', 'frozen'] -%}
        {{ exceptions.raise_compiler_error("movement_360__identity_match_weights: 'auto', 'learned' or 'frozen', not '" ~ mode ~ "'") }}
    {%- endif -%}
    {%- set levels = movement_360.m360_match_weight_levels() -%}
    {%- set fields = levels.keys() | list | sort -%}
    {%- set frozen = movement_360.m360_frozen_match_weights() -%}

    {#- Counts per sample, field and level; the candidate vectors for the EM. -#}
    {%- set table = run_query('select * from (\n' ~ vectors_sql ~ '\n) as vectors') -%}
    {%- set counts = {'candidate': {}, 'random': {}} -%}
    {%- for sample_name in counts -%}
        {%- for field in fields -%}
            {%- do counts[sample_name].update({field: {'missing': 0.0}}) -%}
            {%- for level in levels[field] -%}
                {%- do counts[sample_name][field].update({level: 0.0}) -%}
            {%- endfor -%}
        {%- endfor -%}
    {%- endfor -%}
    {%- set vectors = [] -%}
    {%- set candidate_total = namespace(n=0.0) -%}
    {%- for row in table.rows -%}
        {%- set pair_count = row['pair_count'] | float -%}
        {%- set vector_levels = {} -%}
        {%- for field in fields -%}
            {%- set level = row[field ~ '_level'] -%}
            {%- do vector_levels.update({field: level}) -%}
            {%- if level in counts[row['sample_name']][field] -%}
                {%- do counts[row['sample_name']][field].update({level: counts[row['sample_name']][field][level] + pair_count}) -%}
            {%- endif -%}
        {%- endfor -%}
        {%- if row['sample_name'] == 'candidate' -%}
            {%- do vectors.append({'levels': vector_levels, 'count': pair_count}) -%}
            {%- set candidate_total.n = candidate_total.n + pair_count -%}
        {%- endif -%}
    {%- endfor -%}

    {#- auto learns only where the data shows no households (m360_household_pair_share). The same rule
        (share unknown or at the limit: households) decides the component split in SQL, from the share
        this table publishes: int_identity__cluster_conflicts. Change both together. -#}
    {%- set household_share = movement_360.m360_household_pair_share(vectors, s.household_guard, s.em_min_pairs) -%}
    {%- if mode == 'auto' and household_share is none -%}
        {%- set learn, frozen_by = false, 'frozen_too_few_pairs' -%}
    {%- elif mode == 'auto' and household_share >= s.auto_max_household_share | float -%}
        {%- set learn, frozen_by = false, 'frozen_households' -%}
    {%- else -%}
        {%- set learn, frozen_by = mode != 'frozen', 'frozen' if mode == 'frozen' else 'frozen_too_few_pairs' -%}
    {%- endif -%}
    {%- set household_share_sql = 'null' if household_share is none else '%.6f' | format(household_share) -%}

    {#- u from the random pairs; fields with too few pairs keep their frozen weights. -#}
    {%- set u = {} -%}
    {%- set m_start = {} -%}
    {%- for field in fields -%}
        {%- set compared = namespace(candidate=0.0, random=0.0) -%}
        {%- for level in levels[field] -%}
            {%- set compared.candidate = compared.candidate + counts['candidate'][field][level] -%}
            {%- set compared.random = compared.random + counts['random'][field][level] -%}
        {%- endfor -%}
        {%- if learn and compared.candidate >= s.em_min_pairs and compared.random >= s.em_min_pairs -%}
            {%- do u.update({field: {}}) -%}
            {%- do m_start.update({field: {}}) -%}
            {%- set start_total = namespace(value=0.0) -%}
            {%- for level in levels[field] -%}
                {%- set u_level = (counts['random'][field][level] + 0.5) / (compared.random + 0.5 * (levels[field] | length)) -%}
                {%- do u[field].update({level: u_level}) -%}
                {%- set start_total.value = start_total.value + u_level * 2 ** frozen[field][level] -%}
            {%- endfor -%}
            {%- for level in levels[field] -%}
                {%- do m_start[field].update({level: u[field][level] * 2 ** frozen[field][level] / start_total.value}) -%}
            {%- endfor -%}
        {%- endif -%}
    {%- endfor -%}

    {%- set estimate = {'m': {}, 'lambda': none, 'iterations': 0} -%}
    {%- if u -%}
        {#- The fields households share (an address, a landline) do not decide who is one person:
            among candidate pairs two people of one household agree on them far more often than
            random pairs do, so with u from random pairs they would make every household a match. -#}
        {%- set evidence_fields = u.keys() | reject('in', s.em_household_fields) | list -%}
        {%- if not evidence_fields -%}
            {{ exceptions.raise_compiler_error(
                'm360_match_weights: ' ~ relation.identifier ~ ': no field to learn from outside the identity setting'
                ~ ' em_household_fields (' ~ s.em_household_fields | join(', ') ~ '); the learned fields are '
                ~ u.keys() | list | join(', ') ~ '.') }}
        {%- endif -%}
        {%- set estimate = movement_360.m360_em_estimate(
                vectors, u, m_start, 0.5, s.em_max_iterations | int, s.em_tolerance | float, evidence_fields) -%}
        {%- if not estimate.converged -%}
            {{ exceptions.raise_compiler_error(
                'm360_match_weights: ' ~ relation.identifier ~ ': the EM estimate of m has not converged after '
                ~ s.em_max_iterations ~ ' iterations (identity setting em_max_iterations, tolerance em_tolerance '
                ~ s.em_tolerance ~ '); the weights were not replaced. Raise the cap, or freeze the weights with'
                ~ " movement_360__identity_match_weights: 'frozen'.") }}
        {%- endif -%}
        {{ log('m360_match_weights: ' ~ relation.identifier ~ ' converged in ' ~ estimate.iterations ~ ' iterations', info=false) }}
    {%- endif -%}

    {%- set selects = [] -%}
    {%- for field in fields -%}
        {%- for level in levels[field] -%}
            {%- if field in u -%}
                {%- set m_level = estimate.m[field][level] -%}
                {%- set weight = movement_360.m360_log2(m_level / u[field][level]) -%}
                {%- set weight = [[weight, s.em_weight_limit | float] | min, -(s.em_weight_limit | float)] | max -%}
                {%- set m_sql = '%.6f' | format(m_level) -%}
                {%- set u_sql = '%.6f' | format(u[field][level]) -%}
                {%- set estimated_by = 'em' -%}
                {%- set iterations_sql = estimate.iterations -%}
                {%- set share_sql = '%.6f' | format(estimate['lambda']) -%}
            {%- else -%}
                {%- set weight = frozen[field][level] -%}
                {%- set m_sql = 'null' -%}
                {%- set u_sql = 'null' -%}
                {%- set estimated_by = frozen_by -%}
                {%- set iterations_sql = 'null' -%}
                {%- set share_sql = 'null' -%}
            {%- endif -%}
            {%- set select_sql -%}
    select
        cast('{{ field }}' as {{ dbt.type_string() }}) as field_name,
        cast('{{ level }}' as {{ dbt.type_string() }}) as comparison_level,
        cast({{ loop.index }} as {{ dbt.type_int() }}) as level_order,
        cast({{ m_sql }} as {{ dbt.type_numeric() }}) as m_probability,
        cast({{ u_sql }} as {{ dbt.type_numeric() }}) as u_probability,
        cast({{ '%.4f' | format(weight) }} as {{ dbt.type_numeric() }}) as match_weight,
        cast('{{ estimated_by }}' as {{ dbt.type_string() }}) as estimated_by,
        cast({{ counts['candidate'][field][level] | int }} as {{ dbt.type_bigint() }}) as candidate_pair_count,
        cast({{ counts['random'][field][level] | int }} as {{ dbt.type_bigint() }}) as random_pair_count,
        cast({{ iterations_sql }} as {{ dbt.type_int() }}) as em_iterations,
        cast({{ share_sql }} as {{ dbt.type_numeric() }}) as match_share,
        cast({{ household_share_sql }} as {{ dbt.type_numeric() }}) as household_pair_share
            {%- endset -%}
            {%- do selects.append(select_sql) -%}
        {%- endfor -%}
    {%- endfor -%}
    {{ return(selects | join('\n    union all\n    ')) }}
{% endmacro %}
