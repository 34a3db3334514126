{#-
    A US phone number as its 10-digit national number (NANP), or null.

    Text in any common format works: '(215) 555-1234', '+1 215-555-1234',
    '1-215-555-1234', '215.555.1234', '12155551234'. Steps: drop an extension
    (everything from the first 'x' or '#': 'x12', 'ext. 12'), keep the digits,
    accept 10 digits or 11 starting with the country code 1. Rejected as junk:
    numbers written with a country code other than +1, an area code or exchange
    starting with 0 or 1, one digit repeated (2222222222), the fictional
    555-0100..555-0199 lines and, unless reject_n11_area_codes is false, N11
    area codes (211, 311, ... 911).

    Integer columns work (they are cast to text); a phone synced as a float
    ('2155551234.0') must be cast to an integer or cleaned to text first, e.g.
    with m360_number_as_text, or the trailing zero becomes an extra digit.
-#}
{% macro m360_phone_national(column, reject_n11_area_codes=true) %}
    {{ return(adapter.dispatch('m360_phone_national', 'movement_360')(column, reject_n11_area_codes)) }}
{% endmacro %}

{% macro default__m360_phone_national(column, reject_n11_area_codes=true) %}
    {%- set text -%}
        lower({{ movement_360.m360_trim('cast(' ~ column ~ ' as ' ~ dbt.type_string() ~ ')') }})
    {%- endset -%}
    {%- set digits = movement_360.m360_regexp_replace_all(
        movement_360.m360_regexp_replace_all(text, '[x#].*$', ''), '[^0-9]', '') | trim -%}
    case
        when {{ movement_360.m360_regexp_contains(text, '^[+][^0-9]*[02-9]') }} then null
        when {{ movement_360.m360_regexp_contains(digits, '^1?[2-9][0-9]{2}[2-9][0-9]{6}$') }}
            and not {{ movement_360.m360_regexp_contains(digits, '^1?(2{10}|3{10}|4{10}|5{10}|6{10}|7{10}|8{10}|9{10})$') }}
            and not {{ movement_360.m360_regexp_contains(digits, '^1?[0-9]{3}55501[0-9]{2}$') }}
            {%- if reject_n11_area_codes %}
            and not {{ movement_360.m360_regexp_contains(digits, '^1?[2-9]11') }}
            {%- endif %}
            then right({{ digits }}, 10)
    end
{% endmacro %}
