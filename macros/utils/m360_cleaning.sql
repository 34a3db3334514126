{#- Blank or whitespace-only text becomes null; other text is trimmed. -#}
{% macro m360_clean_text(column) %}
    nullif({{ movement_360.m360_trim('cast(' ~ column ~ ' as ' ~ dbt.type_string() ~ ')') }}, '')
{% endmacro %}

{#- 0/1 (or '0'/'1', 'true'/'false') flags as booleans; anything else null. -#}
{% macro m360_flag_to_boolean(column) %}
    case
        when lower({{ movement_360.m360_trim('cast(' ~ column ~ ' as ' ~ dbt.type_string() ~ ')') }}) in ('1', 'true', 't', 'yes', 'y') then true
        when lower({{ movement_360.m360_trim('cast(' ~ column ~ ' as ' ~ dbt.type_string() ~ ')') }}) in ('0', 'false', 'f', 'no', 'n') then false
    end
{% endmacro %}

{#- An id or phone synced as a number or as text, as trimmed text (blank to null) without the
    trailing '.0' a float-typed sync adds ('8145550101.0' -> '8145550101'). Only an all-digit
    value followed by a decimal point and zeros is changed; other text is kept as it is. -#}
{% macro m360_number_as_text(column) %}
    {{ return(adapter.dispatch('m360_number_as_text', 'movement_360')(column)) }}
{% endmacro %}

{% macro default__m360_number_as_text(column) %}
    {%- set text = "nullif(" ~ movement_360.m360_trim("cast(" ~ column ~ " as " ~ dbt.type_string() ~ ")") ~ ", '')" -%}
    case
        when {{ movement_360.m360_regexp_contains(text, '^[0-9]+[.]0+$') }}
            then {{ movement_360.m360_regexp_replace_all(text, '[.]0+$', '') }}
        else {{ text }}
    end
{% endmacro %}
