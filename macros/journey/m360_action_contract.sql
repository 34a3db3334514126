{#-
    The actions contract: one row per thing a person did in one tool
    (int_<tool>__actions). action_type is one of the package's vocabulary:
    event_signup, event_attended, event_no_show, event_hosted,
    petition_signature, form_submission, donation, activist_code_applied,
    tag_applied, survey_response. program: events, digital, door, phone,
    text, relational or other.
-#}
{% macro m360_action_contract() %}
    {{ return([
        ('action_key', dbt.type_string()),
        ('org_id', dbt.type_string()),
        ('source_system', dbt.type_string()),
        ('source_table', dbt.type_string()),
        ('source_id', dbt.type_string()),
        ('person_record_key', dbt.type_string()),
        ('action_type', dbt.type_string()),
        ('occurred_at', dbt.type_timestamp()),
        ('program', dbt.type_string()),
        ('event_or_form_id', dbt.type_string()),
        ('event_or_form_name', dbt.type_string()),
        ('event_type', dbt.type_string()),
        ('role', dbt.type_string()),
        ('detail', dbt.type_string()),
        ('amount', dbt.type_numeric()),
    ]) }}
{% endmacro %}

{% macro m360_action_select(values) %}
    {{ return(movement_360.m360_contract_select(movement_360.m360_action_contract(), values, 'm360_action_select')) }}
{% endmacro %}
