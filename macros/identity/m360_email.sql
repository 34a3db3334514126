{#-
    Emails. Valid means: one @, a non-empty mailbox, a domain of dot-separated
    non-empty labels with at least one dot, and no whitespace anywhere.
-#}

{#- Trimmed, lower-cased email when it looks valid, else null; the mailbox is kept as written (for display and contact). -#}
{% macro m360_clean_email(column) %}
    {{ return(adapter.dispatch('m360_clean_email', 'movement_360')(column)) }}
{% endmacro %}

{% macro default__m360_clean_email(column) %}
    {%- set email -%}
        lower({{ movement_360.m360_trim('cast(' ~ column ~ ' as ' ~ dbt.type_string() ~ ')') }})
    {%- endset -%}
    case
        when {{ movement_360.m360_regexp_contains(email, '^[^@[:space:]]+@[^@[:space:].]+([.][^@[:space:].]+)+$') }}
            then {{ email }}
    end
{% endmacro %}


{#-
    The email as a match key: the clean email, except that Gmail addresses
    (gmail.com, googlemail.com) lose the dots of the mailbox and anything from
    the first '+', and take the domain gmail.com. Null when invalid.
-#}
{% macro m360_email_match_key(column) %}
    {{ return(adapter.dispatch('m360_email_match_key', 'movement_360')(column)) }}
{% endmacro %}

{% macro default__m360_email_match_key(column) %}
    {%- set email = movement_360.m360_clean_email(column) | trim -%}
    {%- set mailbox = dbt.split_part(email, "'@'", 1) | trim -%}
    {%- set domain = dbt.split_part(email, "'@'", 2) | trim -%}
    case
        when {{ domain }} in ('gmail.com', 'googlemail.com')
            then nullif(replace({{ dbt.split_part(mailbox, "'+'", 1) | trim }}, '.', ''), '') || '@gmail.com'
        else {{ email }}
    end
{% endmacro %}
