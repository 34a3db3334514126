{#-
    Accented Latin letters to their plain letters. The portable core is the same
    on every warehouse: replace() for the letters that become two (ß -> ss,
    æ -> ae, œ -> oe, þ -> th), then translate() over an explicit list of
    upper- and lower-case accented letters (Latin-1 and Latin Extended-A,
    including letters with no decomposition such as ø, ł, đ), upper case to
    upper case ('JOSÉ' -> 'JOSE', 'Ærø' -> 'AEro'). Translating both cases
    matters because PostgreSQL under the C locale does not lower-case non-ASCII
    letters. DuckDB and BigQuery then also strip any remaining combining accent
    natively (strip_accents; NFD + removing marks), so rarer letters (Vietnamese
    ạ, ố) lose their accents there and stay as they are on PostgreSQL.
-#}
{% macro m360_strip_accents(column) %}
    {{ return(adapter.dispatch('m360_strip_accents', 'movement_360')(column)) }}
{% endmacro %}

{#- The translate() source and target strings, built from one table so they always line up. -#}
{% macro m360_accent_translation() %}
    {%- set letters = [
        ('a', 'àáâãäåāăą', 'ÀÁÂÃÄÅĀĂĄ'),
        ('c', 'çćĉċč', 'ÇĆĈĊČ'),
        ('d', 'ďđð', 'ĎĐÐ'),
        ('e', 'èéêëēĕėęě', 'ÈÉÊËĒĔĖĘĚ'),
        ('g', 'ĝğġģ', 'ĜĞĠĢ'),
        ('h', 'ĥħ', 'ĤĦ'),
        ('i', 'ìíîïĩīĭįı', 'ÌÍÎÏĨĪĬĮİ'),
        ('j', 'ĵ', 'Ĵ'),
        ('k', 'ķ', 'Ķ'),
        ('l', 'ĺļľŀł', 'ĹĻĽĿŁ'),
        ('n', 'ñńņň', 'ÑŃŅŇ'),
        ('o', 'òóôõöøōŏő', 'ÒÓÔÕÖØŌŎŐ'),
        ('r', 'ŕŗř', 'ŔŖŘ'),
        ('s', 'śŝşšș', 'ŚŜŞŠȘ'),
        ('t', 'ţťŧț', 'ŢŤŦȚ'),
        ('u', 'ùúûüũūŭůűų', 'ÙÚÛÜŨŪŬŮŰŲ'),
        ('w', 'ŵ', 'Ŵ'),
        ('y', 'ýÿŷ', 'ÝŸŶ'),
        ('z', 'źżž', 'ŹŻŽ'),
    ] -%}
    {%- set source = [] -%}
    {%- set target = [] -%}
    {%- for plain, lower_case, upper_case in letters -%}
        {%- do source.append(lower_case ~ upper_case) -%}
        {%- do target.append(plain * (lower_case | length) ~ (plain | upper) * (upper_case | length)) -%}
    {%- endfor -%}
    {{ return({'source': source | join(''), 'target': target | join('')}) }}
{% endmacro %}

{% macro default__m360_strip_accents(column) %}
    {%- set translation = movement_360.m360_accent_translation() -%}
    {%- set text = namespace(sql='cast(' ~ column ~ ' as ' ~ dbt.type_string() ~ ')') -%}
    {%- for letter, plain in [('ß', 'ss'), ('æ', 'ae'), ('Æ', 'AE'), ('œ', 'oe'), ('Œ', 'OE'), ('þ', 'th'), ('Þ', 'TH')] -%}
        {%- set text.sql = 'replace(' ~ text.sql ~ ", '" ~ letter ~ "', '" ~ plain ~ "')" -%}
    {%- endfor -%}
    translate({{ text.sql }}, '{{ translation.source }}', '{{ translation.target }}')
{% endmacro %}

{% macro duckdb__m360_strip_accents(column) %}
    strip_accents({{ movement_360.default__m360_strip_accents(column) | trim }})
{% endmacro %}

{% macro bigquery__m360_strip_accents(column) %}
    regexp_replace(normalize({{ movement_360.default__m360_strip_accents(column) | trim }}, nfd), r'\pM', '')
{% endmacro %}


{#-
    A name as a match key: accents stripped, lower-cased, and every character
    other than a-z removed (spaces, apostrophes including ’, hyphens, periods,
    digits): "O'Brien" -> obrien, "Mary-Kate" -> marykate, "José" -> jose.
    Null when nothing is left. Letters outside the Latin alphabet are dropped
    too, so a name written only in another script has no key. Use it for first
    names (nicknames: join the key to the m360_nicknames seed) and, through
    m360_last_name_key, for last names.
-#}
{% macro m360_name_key(column) %}
    {{ return(adapter.dispatch('m360_name_key', 'movement_360')(column)) }}
{% endmacro %}

{% macro default__m360_name_key(column) %}
    nullif({{ movement_360.m360_regexp_replace_all('lower(' ~ movement_360.m360_strip_accents(column) | trim ~ ')', '[^a-z]', '') }}, '')
{% endmacro %}


{#-
    A last name as a match key: m360_name_key after removing trailing
    generational and professional suffixes written after a space or comma
    (jr, sr, ii, iii, iv, 2nd, 3rd, esq, md, phd, dds; with or without a
    period; several in a row): "Smith Jr." -> smith, "Smith, Sr" -> smith,
    "King III" -> king. A suffix alone ("Jr") is kept as the name.
-#}
{% macro m360_last_name_key(column) %}
    {{ return(adapter.dispatch('m360_last_name_key', 'movement_360')(column)) }}
{% endmacro %}

{% macro default__m360_last_name_key(column) %}
    {%- set without_suffix = movement_360.m360_regexp_replace_all(
        'lower(' ~ movement_360.m360_trim('cast(' ~ column ~ ' as ' ~ dbt.type_string() ~ ')') ~ ')',
        '([[:space:],]+(jr|sr|ii|iii|iv|2nd|3rd|esq|md|phd|dds)[.]?)+[[:space:],.]*$',
        '') | trim -%}
    {{ movement_360.m360_name_key(without_suffix) }}
{% endmacro %}
