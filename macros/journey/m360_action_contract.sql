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

{#- The enabled tools' actions adapters, and any a project adds in movement_360__action_adapters. -#}
{% macro m360_action_adapters() %}
    {%- set adapters = [] -%}
    {%- set tools = [
        ('van', movement_360.m360_tool_enabled('van')),
        ('mobilize', movement_360.m360_tool_enabled('mobilize')),
        ('action_network', movement_360.m360_tool_enabled('action_network') and var('movement_360__action_network_shape', 'mirror') == 'mirror'),
        ('spoke', movement_360.m360_tool_enabled('spoke')),
    ] -%}
    {%- for tool, enabled in tools if enabled -%}
        {%- do adapters.append('int_' ~ tool ~ '__actions') -%}
    {%- endfor -%}
    {%- for extra in var('movement_360__action_adapters', []) -%}
        {%- do adapters.append(extra) -%}
    {%- endfor -%}
    {{ return(adapters) }}
{% endmacro %}

{#- An event type (Mobilize's CANVASS, VAN's "Phone Bank" calendar) as the outreach program its shifts serve, or null. -#}
{% macro m360_event_program(event_type) %}
    case
        when lower({{ event_type }}) like '%canvass%' then 'door'
        when lower({{ event_type }}) like '%phone%' then 'phone'
        when lower({{ event_type }}) like '%text%' then 'text'
        when lower({{ event_type }}) like '%relational%' then 'relational'
    end
{% endmacro %}
