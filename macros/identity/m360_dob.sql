{#-
    A date of birth, or null. Input: a date or timestamp column, or text as
    'YYYY-MM-DD' (optionally followed by a time), 'M/D/YYYY' or 'MM/DD/YYYY'
    (US order), or 'YYYYMMDD' (also an integer). The text is first rewritten
    as 'YYYY-MM-DD' and checked by a regular expression that knows month
    lengths and leap years (so 1990-02-30 or 1991-02-29 are null, never an
    error), then converted by the dispatched m360_date_from_iso_text.
    Implausible dates are null: before 1900-01-02, the placeholders 1900-01-01
    and 1901-01-01, after 2099, and today or later (a birth date of today is a
    form default). Two-digit years ('1/2/90') are ambiguous and null.
    Date and timestamp columns are read through their text form, which is ISO
    on every warehouse (on PostgreSQL with the default DateStyle 'ISO').
-#}
{% macro m360_parse_dob(column) %}
    {{ return(adapter.dispatch('m360_parse_dob', 'movement_360')(column)) }}
{% endmacro %}

{% macro default__m360_parse_dob(column) %}
    {%- set text -%}
        {{ movement_360.m360_trim('cast(' ~ column ~ ' as ' ~ dbt.type_string() ~ ')') }}
    {%- endset -%}
    {%- set iso_text -%}
        case
            when {{ movement_360.m360_regexp_contains(text, '^[0-9]{4}-[0-9]{2}-[0-9]{2}([ T].*)?$') }}
                then substr({{ text }}, 1, 10)
            when {{ movement_360.m360_regexp_contains(text, '^[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}$') }}
                then {{ dbt.split_part(text, "'/'", 3) | trim }}
                    || '-' || lpad({{ dbt.split_part(text, "'/'", 1) | trim }}, 2, '0')
                    || '-' || lpad({{ dbt.split_part(text, "'/'", 2) | trim }}, 2, '0')
            when {{ movement_360.m360_regexp_contains(text, '^[0-9]{8}$') }}
                then substr({{ text }}, 1, 4) || '-' || substr({{ text }}, 5, 2) || '-' || substr({{ text }}, 7, 2)
        end
    {%- endset -%}
    {#- A real calendar date from 1900 to 2099: month lengths, and Feb 29 only in leap years. -#}
    {%- set calendar_date = '^((19|20)[0-9]{2}-((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))|((19|20)(0[48]|[2468][048]|[13579][26])|2000)-02-29)$' -%}
    {%- set checked_text -%}
        case
            when {{ movement_360.m360_regexp_contains(iso_text, calendar_date) }}
                then nullif(nullif({{ iso_text }}, '1900-01-01'), '1901-01-01')
        end
    {%- endset -%}
    nullif(least({{ movement_360.m360_date_from_iso_text(checked_text) }}, current_date), current_date)
{% endmacro %}


{#-
    'YYYY-MM-DD' text already checked to be a real date (or null) as a date.
    Each warehouse uses its own parser; DuckDB's and BigQuery's are null-safe.
-#}
{% macro m360_date_from_iso_text(column) %}
    {{ return(adapter.dispatch('m360_date_from_iso_text', 'movement_360')(column)) }}
{% endmacro %}

{#- PostgreSQL and Redshift (the default): to_date raises on a bad date, hence the regex guard before it. -#}
{% macro default__m360_date_from_iso_text(column) %}
    to_date({{ column }}, 'YYYY-MM-DD')
{% endmacro %}

{% macro duckdb__m360_date_from_iso_text(column) %}
    cast(try_strptime({{ column }}, '%Y-%m-%d') as date)
{% endmacro %}

{#-
    BigQuery: safe_cast, which reads exactly 'YYYY-MM-DD' and gives null otherwise (the same as
    safe.parse_date('%Y-%m-%d', ...) here; the BigQuery emulator mis-evaluates parse_date over
    split() results, safe_cast works on both).
-#}
{% macro bigquery__m360_date_from_iso_text(column) %}
    safe_cast({{ column }} as date)
{% endmacro %}
