{#-
    String similarity, dispatched per warehouse. An edit distance (the number
    of letters inserted, deleted or changed to turn one string into the
    other) where the warehouse has one: DuckDB levenshtein, BigQuery
    edit_distance, PostgreSQL levenshtein from the fuzzystrmatch extension
    when it is installed in the database (detected; CI's PostgreSQL installs
    it, it ships with Debian's postgresql package). Redshift, PostgreSQL
    without the extension and any other warehouse have none: the portable
    prefix heuristic (m360_names_similar_portable) alone decides there.

    External ids one keying slip apart (m360_ids_one_slip) use a Damerau
    distance where there is one (DuckDB), spelled out per position elsewhere.

    The var movement_360__edit_distance: 'auto' (default) uses the distances
    where there are some; 'portable' forces the heuristic and the per-position
    check on every warehouse (the same decisions everywhere).
-#}
{% macro m360_edit_distance(left, right) %}
    {{ return(adapter.dispatch('m360_edit_distance', 'movement_360')(left, right)) }}
{% endmacro %}

{% macro default__m360_edit_distance(left, right) %}
    {{ return(none) }}
{% endmacro %}

{% macro duckdb__m360_edit_distance(left, right) %}
    {{ return('levenshtein(' ~ left ~ ', ' ~ right ~ ')') }}
{% endmacro %}

{% macro bigquery__m360_edit_distance(left, right) %}
    {{ return('edit_distance(' ~ left ~ ', ' ~ right ~ ')') }}
{% endmacro %}

{% macro postgres__m360_edit_distance(left, right) %}
    {%- set schema = movement_360.m360_postgres_fuzzystrmatch_schema() -%}
    {%- if schema -%}
        {{ return(adapter.quote(schema) ~ '.levenshtein(' ~ left ~ ', ' ~ right ~ ')') }}
    {%- endif -%}
    {{ return(none) }}
{% endmacro %}

{#- Redshift dispatches to postgres__ otherwise; it has no fuzzystrmatch. -#}
{% macro redshift__m360_edit_distance(left, right) %}
    {{ return(none) }}
{% endmacro %}


{#-
    A Damerau distance (two neighbouring characters swapped count one edit)
    where the warehouse has one: DuckDB's damerau_levenshtein. BigQuery,
    fuzzystrmatch and Redshift have none (m360_ids_one_slip spells the slip
    out per position there).
-#}
{% macro m360_damerau_distance(left, right) %}
    {{ return(adapter.dispatch('m360_damerau_distance', 'movement_360')(left, right)) }}
{% endmacro %}

{% macro default__m360_damerau_distance(left, right) %}
    {{ return(none) }}
{% endmacro %}

{% macro duckdb__m360_damerau_distance(left, right) %}
    {{ return('damerau_levenshtein(' ~ left ~ ', ' ~ right ~ ')') }}
{% endmacro %}


{#-
    The schema PostgreSQL's fuzzystrmatch extension is installed in, or none.
    Asked of the database at run time (at parse time there is no connection:
    none, which only affects the parsed SQL, not what runs).
-#}
{% macro m360_postgres_fuzzystrmatch_schema() %}
    {%- if not execute -%}
        {{ return(none) }}
    {%- endif -%}
    {%- set found = run_query(
        "select n.nspname from pg_extension as e inner join pg_namespace as n on e.extnamespace = n.oid"
        ~ " where e.extname = 'fuzzystrmatch'") -%}
    {%- if found is not none and found.rows | length > 0 -%}
        {{ return(found.rows[0][0]) }}
    {%- endif -%}
    {{ return(none) }}
{% endmacro %}


{#-
    Whether this warehouse, with the current vars, compares by a distance: 'levenshtein'
    (m360_edit_distance, names) or 'damerau' (m360_damerau_distance, external ids).
-#}
{% macro m360_edit_distance_available(distance='levenshtein') %}
    {%- if var('movement_360__edit_distance', 'auto') == 'portable' -%}
        {{ return(false) }}
    {%- endif -%}
    {%- if distance == 'damerau' -%}
        {{ return(movement_360.m360_damerau_distance('a', 'b') is not none) }}
    {%- endif -%}
    {{ return(movement_360.m360_edit_distance('a', 'b') is not none) }}
{% endmacro %}


{#- For CI: prints which comparator names get on the target ('edit_distance: <sql>' or 'portable'). -#}
{% macro m360_print_edit_distance() %}
    {%- if movement_360.m360_edit_distance_available() -%}
        {{ print('edit_distance: ' ~ movement_360.m360_edit_distance('a', 'b')) }}
    {%- else -%}
        {{ print('portable') }}
    {%- endif -%}
{% endmacro %}


{#-
    Two name keys one slip apart ('similar'): the portable heuristic, or,
    where the warehouse has an edit distance, one edit apart (both at least
    four letters: 'al' / 'ed', 'jon' / 'jan' are two names; a changed letter,
    rather than one added or dropped, only when both have at least
    min_substitution_length letters: 'jean' / 'joan' are a couple, so first
    names pass 5) or two edits apart when both have at least eight letters.
    mode 'auto' follows the var movement_360__edit_distance; 'portable'
    forces the heuristic.
-#}
{% macro m360_names_similar(left, right, mode='auto', min_substitution_length=4) %}
    {%- set portable = movement_360.m360_names_similar_portable(left, right) | trim -%}
    {%- if mode == 'portable' or not movement_360.m360_edit_distance_available() -%}
        {{ return(portable) }}
    {%- endif -%}
    {%- set distance = movement_360.m360_edit_distance(left, right) -%}
    {%- set shorter = 'least(length(' ~ left ~ '), length(' ~ right ~ '))' -%}
    {{ return('(' ~ portable
        ~ '\n        or (' ~ shorter ~ ' >= 4 and ' ~ distance ~ ' <= 1'
        ~ ' and (length(' ~ left ~ ') <> length(' ~ right ~ ') or ' ~ shorter ~ ' >= ' ~ min_substitution_length ~ '))'
        ~ '\n        or (' ~ shorter ~ ' >= 8 and ' ~ distance ~ ' <= 2))') }}
{% endmacro %}


{#-
    Two id keys one keying slip apart: one character changed ('1480251' /
    '1480351') or two neighbouring characters swapped ('8882475' /
    '8882745'), the lengths equal. DuckDB has a Damerau distance for it;
    elsewhere it is spelled out per position for the first max_position
    characters (the type prefix included), and the var
    movement_360__edit_distance: portable forces that on DuckDB too. Either way
    every warehouse decides alike (tests/identity/assert_id_slip_levels.sql).
    A family's member numbers or voter ids can be consecutive, so a slip is
    only 'similar', never the guard-silencing 'agree'.
-#}
{% macro m360_ids_one_slip(left, right, mode='auto', max_position=40) %}
    {%- if mode != 'portable' and movement_360.m360_edit_distance_available('damerau') -%}
        {%- set distance = movement_360.m360_damerau_distance(left, right) -%}
        {{ return('(length(' ~ left ~ ') = length(' ~ right ~ ') and ' ~ distance ~ ' = 1)') }}
    {%- endif %}
    (
        length({{ left }}) = length({{ right }})
        and {{ left }} <> {{ right }}
        and (
            {%- for i in range(1, max_position + 1) %}
            (
                substr({{ left }}, 1, {{ i - 1 }}) = substr({{ right }}, 1, {{ i - 1 }})
                and substr({{ left }}, {{ i + 1 }}) = substr({{ right }}, {{ i + 1 }})
            ) or
            {%- endfor %}
            {{ movement_360.m360_names_transposed(left, right, max_position - 1) }}
        )
    )
{% endmacro %}

{#-
    First names that can be one person's: one a prefix of the other, the
    shorter at least three letters ('wil' / 'william', 'jen' / 'jennifer').
    Initials are their own level.
-#}
{% macro m360_names_prefix(left, right) %}
    (
        least(length({{ left }}), length({{ right }})) >= 3
        and (
            substr({{ right }}, 1, length({{ left }})) = {{ left }}
            or substr({{ left }}, 1, length({{ right }})) = {{ right }}
        )
    )
{% endmacro %}
