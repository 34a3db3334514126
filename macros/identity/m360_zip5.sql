{#-
    The 5-digit US ZIP code, or null. Accepts 'NNNNN', 'NNNNN-NNNN',
    'NNNNN NNNN' and 'NNNNNNNNN', and repairs zips synced as integers that lost
    their leading zeros: 4 digits (2139 -> 02139), 3 digits (Puerto Rico,
    Virgin Islands, 005xx: 601 -> 00601) and 8 digits (ZIP+4: 21391234 ->
    02139). A trailing '.0' (a float sync) is dropped. '00000' and anything
    else (letters, Canadian postcodes, 6-7 digits) is null.
-#}
{% macro m360_zip5(column) %}
    {{ return(adapter.dispatch('m360_zip5', 'movement_360')(column)) }}
{% endmacro %}

{% macro default__m360_zip5(column) %}
    {%- set zip = movement_360.m360_regexp_replace_all(
        movement_360.m360_trim('cast(' ~ column ~ ' as ' ~ dbt.type_string() ~ ')'), '[.]0+$', '') | trim -%}
    nullif(
        case
            when {{ movement_360.m360_regexp_contains(zip, '^[0-9]{5}([- ]?[0-9]{4})?$') }}
                then substr({{ zip }}, 1, 5)
            when {{ movement_360.m360_regexp_contains(zip, '^[0-9]{8}$') }}
                then substr(lpad({{ zip }}, 9, '0'), 1, 5)
            when {{ movement_360.m360_regexp_contains(zip, '^[0-9]{3,4}$') }}
                then lpad({{ zip }}, 5, '0')
        end,
        '00000'
    )
{% endmacro %}
