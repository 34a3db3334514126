{#-
    The opt-outs contract: what each tool's int_<tool>__opt_outs adapter
    delivers to the preferences layer. One row per opt-out event: the channel
    it stops (sms, call, email), the phone or e-mail it was given on (raw; the
    preferences layer makes the match key) and the person record it belongs
    to, keyed exactly as the tool's person records adapter keys it (null when
    the event names only a phone or e-mail).
-#}
{% macro m360_opt_out_contract() %}
    {{ return([
        ('org_id', dbt.type_string()),
        ('source_system', dbt.type_string()),
        ('source_table', dbt.type_string()),
        ('source_id', dbt.type_string()),
        ('person_record_key', dbt.type_string()),
        ('channel', dbt.type_string()),
        ('contact_point_type', dbt.type_string()),
        ('contact_value', dbt.type_string()),
        ('opt_out_reason', dbt.type_string()),
        ('opted_out_at', dbt.type_timestamp()),
    ]) }}
{% endmacro %}

{#- The select list of an opt-outs adapter row: each contract column from the expression given, else from the column of that name. -#}
{% macro m360_opt_out_select(values={}) %}
    {%- set columns = {} -%}
    {%- for name, data_type in movement_360.m360_opt_out_contract() -%}
        {%- do columns.update({name: values.get(name, name)}) -%}
    {%- endfor -%}
    {{ return(movement_360.m360_contract_select(movement_360.m360_opt_out_contract(), columns, 'm360_opt_out_select')) }}
{% endmacro %}
