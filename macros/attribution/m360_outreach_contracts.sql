{#-
    The outreach contracts: what each tool's adapters deliver to the
    attribution layer. int_<tool>__outreach_attempts: one row per attempt to
    reach a person; int_<tool>__canvassers: one row per canvasser identity
    (whoever made attempts in that tool). Values are as the tool holds them;
    results are already in the package's vocabulary (m360_outreach_result).
-#}
{% macro m360_outreach_attempt_contract() %}
    {{ return([
        ('attempt_key', dbt.type_string()),
        ('org_id', dbt.type_string()),
        ('source_system', dbt.type_string()),
        ('source_table', dbt.type_string()),
        ('source_id', dbt.type_string()),
        ('person_record_key', dbt.type_string()),
        ('channel', dbt.type_string()),
        ('attempted_at', dbt.type_timestamp()),
        ('result', dbt.type_string()),
        ('result_label', dbt.type_string()),
        ('is_contact', dbt.type_boolean()),
        ('campaign_name', dbt.type_string()),
        ('canvasser_key', dbt.type_string()),
        ('canvasser_source_id', dbt.type_string()),
        ('canvasser_username', dbt.type_string()),
        ('input_type', dbt.type_string()),
        ('integration_source_system', dbt.type_string()),
    ]) }}
{% endmacro %}

{% macro m360_outreach_attempt_select(values) %}
    {{ return(movement_360.m360_contract_select(movement_360.m360_outreach_attempt_contract(), values, 'm360_outreach_attempt_select')) }}
{% endmacro %}


{% macro m360_canvasser_contract() %}
    {{ return([
        ('canvasser_key', dbt.type_string()),
        ('org_id', dbt.type_string()),
        ('source_system', dbt.type_string()),
        ('source_table', dbt.type_string()),
        ('source_id', dbt.type_string()),
        ('canvasser_type', dbt.type_string()),
        ('canvasser_name', dbt.type_string()),
        ('first_name', dbt.type_string()),
        ('last_name', dbt.type_string()),
        ('username', dbt.type_string()),
        ('email', dbt.type_string()),
        ('phone', dbt.type_string()),
        ('person_record_key', dbt.type_string()),
        ('integration_source_system', dbt.type_string()),
    ]) }}
{% endmacro %}

{% macro m360_canvasser_select(values) %}
    {{ return(movement_360.m360_contract_select(movement_360.m360_canvasser_contract(), values, 'm360_canvasser_select')) }}
{% endmacro %}


{#- The key of a canvasser identity: tool, kind of account and the tool's id for it. -#}
{% macro m360_canvasser_key(source_system, canvasser_type, id_expression, org_column='org_id') %}
    {{ return(movement_360.m360_surrogate_key([org_column, "'" ~ source_system ~ "'", "'" ~ canvasser_type ~ "'", id_expression])) }}
{% endmacro %}


{#-
    An outcome label as the package's result vocabulary: canvassed, refused,
    not_home, moved, wrong_number, left_message, opted_out, busy, call_back,
    disconnected, deceased, inaccessible, no_response, other. Matching is on
    lower-cased words, so VAN's "Not Home", ThruTalk's "Talked to Correct
    Person" and a tool's "wrong #" all land.
-#}
{% macro m360_outreach_result(label) %}
    {%- set text = 'lower(' ~ movement_360.m360_trim('cast(' ~ label ~ ' as ' ~ dbt.type_string() ~ ')') ~ ')' -%}
    case
        when {{ label }} is null then null
        when {{ text }} like '%wrong%' then 'wrong_number'
        when {{ text }} like '%not home%' or {{ text }} like '%no answer%' then 'not_home'
        when {{ text }} like '%left message%' or {{ text }} like '%voicemail%' or {{ text }} like '%machine%' then 'left_message'
        when {{ text }} like '%do not%' or {{ text }} like '%opt%' or {{ text }} like '%stop%' then 'opted_out'
        when {{ text }} like '%refus%' then 'refused'
        when {{ text }} like '%moved%' or {{ text }} like '%vacant%' then 'moved'
        when {{ text }} like '%deceased%' then 'deceased'
        when {{ text }} like '%disconnect%' then 'disconnected'
        when {{ text }} like '%busy%' then 'busy'
        when {{ text }} like '%call back%' or {{ text }} like '%callback%' then 'call_back'
        when {{ text }} like '%inaccessible%' then 'inaccessible'
        when {{ text }} like '%no contact%' or {{ text }} like '%no response%' then 'no_response'
        when {{ text }} like '%canvassed%' or {{ text }} like '%talked%' or {{ text }} like '%correct person%' then 'canvassed'
        else 'other'
    end
{% endmacro %}

{#- A conversation took place: the person was reached, whatever they said. -#}
{% macro m360_result_is_contact(result) %}
    coalesce({{ result }} in ('canvassed', 'refused'), false)
{% endmacro %}


{#- A turf value (district, county, precinct, ZIP) as compared with the turf rules: trimmed, lower case, and numbers without leading zeros. -#}
{% macro m360_turf_value(column) %}
    {%- set text = 'lower(' ~ movement_360.m360_trim('cast(' ~ column ~ ' as ' ~ dbt.type_string() ~ ')') ~ ')' -%}
    case
        when {{ movement_360.m360_regexp_contains(text, '^[0-9]+$') }}
            then coalesce(nullif({{ movement_360.m360_regexp_replace_all(text, '^0+', '') }}, ''), '0')
        else {{ text }}
    end
{% endmacro %}


{#-
    The id of a texter or caller an export names only by columns (ThruText
    senders, ThruTalk callers): the lower-cased e-mail, else the phone, else
    the name. Attempts and canvassers adapters must build it alike.
-#}
{% macro m360_named_account_id(email, phone, first_name, last_name) %}
    {{ return("coalesce(lower(" ~ email ~ "), " ~ phone ~ ", " ~ dbt.concat(["coalesce(" ~ first_name ~ ", '')", "' '", "coalesce(" ~ last_name ~ ", '')"]) ~ ")") }}
{% endmacro %}


{#-
    The volunteer shifts contract (int_<tool>__volunteer_shifts): one row per
    shift a volunteer attended for an outreach program (a canvass, a phone or
    text bank), on the date it started.
-#}
{% macro m360_volunteer_shift_contract() %}
    {{ return([
        ('shift_key', dbt.type_string()),
        ('org_id', dbt.type_string()),
        ('source_system', dbt.type_string()),
        ('source_table', dbt.type_string()),
        ('source_id', dbt.type_string()),
        ('person_record_key', dbt.type_string()),
        ('program', dbt.type_string()),
        ('shift_date', 'date'),
    ]) }}
{% endmacro %}

{% macro m360_volunteer_shift_select(values) %}
    {{ return(movement_360.m360_contract_select(movement_360.m360_volunteer_shift_contract(), values, 'm360_volunteer_shift_select')) }}
{% endmacro %}
