{#-
    The name comparator on this warehouse: whether each pair of names is
    'similar' under the portable heuristic (every warehouse) and, where the
    warehouse has an edit distance (DuckDB, BigQuery, PostgreSQL with
    fuzzystrmatch), under the edit distance as first names (a changed letter
    needs five letters: 'jean' / 'joan') and as last names; and whether one is
    a prefix of the other. Two neighbouring letters swapped ('ethan' / 'etahn',
    4 letters or more) are similar on every warehouse. Returns the pairs whose level is not the expected one.
-#}
{%- set edit_distance = movement_360.m360_edit_distance_available() %}

with

cases as (

    {#- left, right, heuristic, edit distance as first names, as last names, prefix -#}
    select
        'west' as left_name, 'wfst' as right_name,
        false as portable_similar, false as first_similar, true as last_similar, false as is_prefix
    union all select 'jonathan', 'jonathon', true, true, true, false
    union all select 'heidi', 'hedi', false, true, true, false
    union all select 'smith', 'smyth', false, true, true, false
    union all select 'garcia', 'garica', true, false, false, false
    union all select 'christopher', 'christophre', true, true, true, false
    union all select 'margaretta', 'margarteta', true, true, true, false
    union all select 'ann', 'anne', false, false, false, true
    union all select 'mark', 'mary', true, false, false, false
    union all select 'jean', 'joan', false, false, true, false
    union all select 'al', 'ed', false, false, false, false
    union all select 'wil', 'william', false, false, false, true
    union all select 'jen', 'jennifer', false, false, false, true
    union all select 'maria', 'mario', true, true, true, false
    union all select 'john', 'mary', false, false, false, false
    union all select 'jo', 'john', false, false, false, false
    union all select 'ethan', 'etahn', true, true, true, false
    union all select 'marie', 'maire', true, true, true, false
    union all select 'eli', 'lei', false, false, false, false

),

levels as (

    select
        *,
        {{ movement_360.m360_names_similar('left_name', 'right_name', mode='portable') }} as got_portable,
        {{ movement_360.m360_names_similar('left_name', 'right_name', min_substitution_length=5) }} as got_first,
        {{ movement_360.m360_names_similar('left_name', 'right_name') }} as got_last,
        {{ movement_360.m360_names_prefix('left_name', 'right_name') }} as got_prefix
    from cases

)

select *
from levels
where
    got_portable <> portable_similar
    or got_prefix <> is_prefix
    {%- if edit_distance %}
    or got_first <> (portable_similar or first_similar)
    or got_last <> (portable_similar or last_similar)
    {%- else %}
    or got_first <> portable_similar
    or got_last <> portable_similar
    {%- endif %}
