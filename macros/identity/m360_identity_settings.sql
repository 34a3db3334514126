{#-
    The identity layer's settings: evidence weights (log2 of how much more
    often a field agrees, or disagrees, for one person than for two), the
    acceptance threshold, and the block cap. A project overrides any of them
    with the var movement_360__identity_settings, a dict merged over these
    defaults. With the defaults, a shared e-mail alone is enough, a shared
    phone needs a compatible name, and a full name needs the date of birth or
    a contact point, or to be the name of exactly one voter-file record at
    that ZIP (name_unique_in_zip): name, ZIP and street alone also describe a
    junior living with his father. A first name and date of birth are enough
    when no last name disagrees. A different first name or date of birth
    weighs little because the household guard already vetoes it; the weight
    only counts where the guard is silent (an external id agrees).
-#}
{% macro m360_identity_settings() %}
    {%- set settings = {
        'block_cap': 100,
        'blocking_rules': [
            'email', 'phone', 'name_zip', 'last_name_birth_date', 'first_name_birth_date', 'birth_date_zip',
            'address_zip', 'myvoters_id', 'dwid', 'external_id',
        ],
        'placeholder_birth_date_factor': 20,
        'threshold': 12,
        'email_agree': 12, 'email_disagree': -1,
        'phone_agree': 8, 'phone_disagree': -1,
        'first_name_exact': 4, 'first_name_nickname': 3, 'first_name_similar': 2, 'first_name_prefix': 2,
        'first_name_initial': 1,
        'first_name_disagree': -4,
        'last_name_exact': 4, 'last_name_similar': 2, 'last_name_disagree': -4,
        'birth_date_agree': 10, 'birth_date_close': 3, 'birth_date_disagree': -4,
        'zip_agree': 1, 'zip_disagree': -1,
        'address_agree': 2, 'address_disagree': -1,
        'voter_id_agree': 14, 'voter_id_disagree': -14,
        'external_id_agree': 14, 'external_id_similar': 4, 'external_id_disagree': -4,
        'name_unique_in_zip': 3,
        'name_frequency_min': 0, 'name_frequency_max': 3,
        'nameless_unique_contact': 4,
        'em_random_records': 20000, 'em_random_offsets': 10, 'em_min_pairs': 500,
        'em_max_iterations': 500, 'em_tolerance': 0.0001, 'em_weight_limit': 16,
        'em_household_fields': ['address', 'zip', 'last_name', 'phone', 'email'],
        'auto_max_household_share': 0.05,
        'household_guard': ['first_name', 'birth_date', 'name_suffix', 'voter_id'],
        'split_conflicting_components': 'auto',
    } -%}
    {%- set overrides = var('movement_360__identity_settings', {}) -%}
    {%- for name in overrides -%}
        {%- if name not in settings -%}
            {{ exceptions.raise_compiler_error("movement_360__identity_settings: unknown setting '" ~ name ~ "'; known: " ~ settings.keys() | list | join(', ')) }}
        {%- endif -%}
    {%- endfor -%}
    {%- do settings.update(overrides) -%}
    {{ return(settings) }}
{% endmacro %}


{#-
    Two name keys that are one slip apart, portably (no edit distance function
    is on every warehouse): both at least 4 letters, lengths within one, and
    either the first three or the first and last three letters the same; or
    two neighbouring letters swapped (m360_names_transposed). m360_names_similar
    (m360_string_similarity.sql) adds an edit distance where the warehouse has
    one.
-#}
{% macro m360_names_similar_portable(left, right) %}
    (
        (
            length({{ left }}) >= 4 and length({{ right }}) >= 4
            and abs(length({{ left }}) - length({{ right }})) <= 1
            and (
                substr({{ left }}, 1, 3) = substr({{ right }}, 1, 3)
                or (
                    substr({{ left }}, 1, 1) = substr({{ right }}, 1, 1)
                    and substr({{ left }}, length({{ left }}) - 2, 3) = substr({{ right }}, length({{ right }}) - 2, 3)
                )
            )
        )
        or {{ movement_360.m360_names_transposed(left, right) }}
    )
{% endmacro %}


{#-
    Two name keys of at least 4 letters that differ only by two neighbouring
    letters swapped ('ethan' / 'etahn'): a typing slip, hardly ever two names of one
    household. Levenshtein counts it as two edits, and BigQuery and
    fuzzystrmatch have no Damerau distance, so it is spelled out per position,
    portably, for the first max_position positions (names are short).
-#}
{% macro m360_names_transposed(left, right, max_position=12) %}
    (
        length({{ left }}) = length({{ right }})
        and length({{ left }}) >= 4
        and {{ left }} <> {{ right }}
        and (
            {%- for i in range(1, max_position + 1) %}
            (
                substr({{ left }}, 1, {{ i - 1 }}) = substr({{ right }}, 1, {{ i - 1 }})
                and substr({{ left }}, {{ i }}, 1) = substr({{ right }}, {{ i + 1 }}, 1)
                and substr({{ left }}, {{ i + 1 }}, 1) = substr({{ right }}, {{ i }}, 1)
                and substr({{ left }}, {{ i + 2 }}) = substr({{ right }}, {{ i + 2 }})
            ){{ ' or' if not loop.last }}
            {%- endfor %}
        )
    )
{% endmacro %}


{#-
    Two dates of birth one slip apart: two of year, month and day equal, or
    the same year with day and month swapped (a US / European order mix-up).
-#}
{% macro m360_birth_dates_close(left, right) %}
    {%- set parts = [] -%}
    {%- for part in ['year', 'month', 'day'] -%}
        {%- do parts.append('case when extract(' ~ part ~ ' from ' ~ left ~ ') = extract(' ~ part ~ ' from ' ~ right ~ ') then 1 else 0 end') -%}
    {%- endfor -%}
    (
        ({{ parts | join(' + ') }}) = 2
        or (
            extract(year from {{ left }}) = extract(year from {{ right }})
            and extract(month from {{ left }}) = extract(day from {{ right }})
            and extract(day from {{ left }}) = extract(month from {{ right }})
        )
    )
{% endmacro %}
