{#-
    Safe typing: text to a declared type, null when the text does not convert,
    never an error. A sync that stores timestamps, dates or numbers as text (the
    Airbyte-based ones often do) can hold '' or '1963-02-29'; one such value must
    not stop a run. Staging reads raw columns through m360_safe_cast only where
    the raw column is text and the declared type is not; the health mart counts,
    per table and column, the values that did not convert
    (fct_source_column_issues), so none disappears uncounted.

    type_keyword: one of the source yml data types (varchar, integer, bigint,
    numeric, boolean, timestamp, date).
      DuckDB:   try_cast
      BigQuery: safe_cast
      default (PostgreSQL, Redshift): a guarded conversion in plain SQL: the
                text must have the shape of the type (ISO dates and timestamps,
                with a real calendar day; decimal digits for numbers) or it
                becomes null. Other spellings the warehouse would accept
                ('01/02/2024') also become null, and are counted.
-#}
{% macro m360_safe_cast(expression, type_keyword) %}
    {{ return(adapter.dispatch('m360_safe_cast', 'movement_360')(expression, type_keyword | lower)) }}
{% endmacro %}

{#- DuckDB's and BigQuery's own safe casts trim spaces but not every white space of m360_trim
    (a tab, a no-break space): a value the first cast rejects is tried again trimmed, so a padded
    number converts on every warehouse alike. -#}
{% macro duckdb__m360_safe_cast(expression, type_keyword) -%}
    {%- if type_keyword == 'varchar' -%}
        try_cast({{ expression }} as {{ movement_360.m360_type(type_keyword) }})
    {%- else -%}
        coalesce(
            try_cast({{ expression }} as {{ movement_360.m360_type(type_keyword) }}),
            try_cast({{ movement_360.m360_trim('cast(' ~ expression ~ ' as ' ~ dbt.type_string() ~ ')') }} as {{ movement_360.m360_type(type_keyword) }})
        )
    {%- endif -%}
{%- endmacro %}

{% macro bigquery__m360_safe_cast(expression, type_keyword) -%}
    {%- if type_keyword == 'varchar' -%}
        safe_cast({{ expression }} as {{ movement_360.m360_type(type_keyword) }})
    {%- else -%}
        coalesce(
            safe_cast({{ expression }} as {{ movement_360.m360_type(type_keyword) }}),
            safe_cast({{ movement_360.m360_trim('cast(' ~ expression ~ ' as ' ~ dbt.type_string() ~ ')') }} as {{ movement_360.m360_type(type_keyword) }})
        )
    {%- endif -%}
{%- endmacro %}

{% macro default__m360_safe_cast(expression, type_keyword) -%}
    {%- set text = movement_360.m360_trim('cast(' ~ expression ~ ' as ' ~ dbt.type_string() ~ ')') -%}
    {%- if type_keyword == 'varchar' -%}
        cast({{ expression }} as {{ dbt.type_string() }})
    {%- elif type_keyword in ('integer', 'bigint') -%}
        {%- set limit = 9 if type_keyword == 'integer' else 18 -%}
        case
            when {{ movement_360.m360_regexp_contains(text, '^[+-]?[0-9]{1,' ~ limit ~ '}$') }}
                then cast({{ text }} as {{ movement_360.m360_type(type_keyword) }})
        end
    {%- elif type_keyword == 'numeric' -%}
        case
            when {{ movement_360.m360_regexp_contains(text, '^[+-]?([0-9]{1,20}([.][0-9]*)?|[.][0-9]+)$') }}
                then cast({{ text }} as {{ dbt.type_numeric() }})
        end
    {%- elif type_keyword == 'boolean' -%}
        case
            when lower({{ text }}) in ('true', 't', '1') then true
            when lower({{ text }}) in ('false', 'f', '0') then false
        end
    {%- elif type_keyword == 'date' -%}
        case
            when {{ movement_360.m360_regexp_contains(text, '^[0-9]{4}-[0-9]{2}-[0-9]{2}$') }} then
                case when {{ movement_360.m360_valid_iso_day(text) }} then cast({{ text }} as date) end
        end
    {%- elif type_keyword == 'timestamp' -%}
        {#- Nested cases: SQL does not promise to evaluate the parts of an `and` in order. -#}
        case
            when {{ movement_360.m360_regexp_contains(text, '^[0-9]{4}-[0-9]{2}-[0-9]{2}$') }} then
                case when {{ movement_360.m360_valid_iso_day(text) }} then cast({{ text }} as {{ dbt.type_timestamp() }}) end
            when {{ movement_360.m360_regexp_contains(text, '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,6})?)?[[:space:]]*(Z|UTC|[+-][0-9]{2}(:?[0-9]{2})?)?$') }} then
                case
                    when {{ movement_360.m360_valid_iso_day(text) }}
                        and cast(substring({{ text }}, 12, 2) as integer) < 24
                        and cast(substring({{ text }}, 15, 2) as integer) < 60
                        and (case when substring({{ text }}, 17, 1) = ':' then cast(substring({{ text }}, 18, 2) as integer) else 0 end) < 60
                        then cast({{ text }} as {{ dbt.type_timestamp() }})
                end
        end
    {%- else -%}
        {{ exceptions.raise_compiler_error("m360_safe_cast: unknown type '" ~ type_keyword ~ "'") }}
    {%- endif -%}
{%- endmacro %}


{#- True when text starting 'YYYY-MM-DD' names a real calendar day (year 1 on, leap
    years counted). Call only on text already known to start with that shape. -#}
{% macro m360_valid_iso_day(text) -%}
    {%- set year = 'cast(substring(' ~ text ~ ', 1, 4) as integer)' -%}
    {%- set month = 'cast(substring(' ~ text ~ ', 6, 2) as integer)' -%}
    {%- set day = 'cast(substring(' ~ text ~ ', 9, 2) as integer)' -%}
    ({{ year }} >= 1
        and {{ month }} between 1 and 12
        and {{ day }} between 1 and case
            when {{ month }} in (4, 6, 9, 11) then 30
            when {{ month }} = 2 then case
                when mod({{ year }}, 400) = 0 or (mod({{ year }}, 4) = 0 and mod({{ year }}, 100) <> 0) then 29
                else 28
            end
            else 31
        end)
{%- endmacro %}
