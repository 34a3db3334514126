{#-
    A street address as a match key: lower-case letters and digits only, cut to
    the first 8 characters, and only when it starts with a house number. The cut
    keeps the number and the start of the street name, so '12 Oak Street' and
    '12 Oak St.' agree; apartment numbers and street types are ignored. Compare
    it only within one ZIP code.
-#}
{% macro m360_address_key(column) %}
    {{ return(adapter.dispatch('m360_address_key', 'movement_360')(column)) }}
{% endmacro %}

{% macro default__m360_address_key(column) %}
    {%- set compact = movement_360.m360_regexp_replace_all('lower(cast(' ~ column ~ ' as ' ~ dbt.type_string() ~ '))', '[^a-z0-9]', '') | trim -%}
    case
        when {{ movement_360.m360_regexp_contains(compact, '^[0-9]+[a-z]{2}') }}
            then substr({{ compact }}, 1, 8)
    end
{% endmacro %}
