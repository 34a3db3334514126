{#-
    The person records contract: what every tool's adapter model
    (intermediate/<tool>/int_<tool>__person_records) delivers to the identity
    layer. One row per person record and value set: a record holds one set of
    values ('record'), and may hold more (a VAN contact's every e-mail and
    phone row, a Mobilize participation's values typed at signup) and known
    links to other records ('link:...' rows). Values are raw (trimmed);
    the identity layer normalises them. external_id is an id the group holds
    from elsewhere (a state voter id, a member number, a benchmark's
    soc_sec_id), external_id_type names its namespace ('state_voter_id'): ids
    are compared only within one type, as a strong field.
-#}
{% macro m360_person_record_contract() %}
    {{ return([
        ('person_record_key', dbt.type_string()),
        ('org_id', dbt.type_string()),
        ('source_system', dbt.type_string()),
        ('source_table', dbt.type_string()),
        ('source_record_id', dbt.type_string()),
        ('value_set', dbt.type_string()),
        ('first_name', dbt.type_string()),
        ('middle_name', dbt.type_string()),
        ('last_name', dbt.type_string()),
        ('name_suffix', dbt.type_string()),
        ('email', dbt.type_string()),
        ('phone', dbt.type_string()),
        ('address_line_1', dbt.type_string()),
        ('city', dbt.type_string()),
        ('state_code', dbt.type_string()),
        ('postal_code', dbt.type_string()),
        ('birth_date', dbt.type_string()),
        ('myvoters_van_id', dbt.type_string()),
        ('dwid', dbt.type_string()),
        ('external_id_type', dbt.type_string()),
        ('external_id', dbt.type_string()),
        ('van_id', dbt.type_string()),
        ('van_database_mode', dbt.type_int()),
        ('linked_record_key', dbt.type_string()),
        ('linked_van_id', dbt.type_string()),
        ('linked_van_database_mode', dbt.type_int()),
        ('link_type', dbt.type_string()),
        ('record_created_at', dbt.type_timestamp()),
        ('record_updated_at', dbt.type_timestamp()),
    ]) }}
{% endmacro %}


{#-
    The select list of one person records adapter row (see m360_contract_select).
-#}
{% macro m360_person_record_select(values) %}
    {{ return(movement_360.m360_contract_select(movement_360.m360_person_record_contract(), values, 'm360_person_record_select')) }}
{% endmacro %}


{#- The key of a person record: tool, record type and the staging model's own key. -#}
{% macro m360_person_record_key(source_system, record_type, key_column) %}
    {{ return(movement_360.m360_surrogate_key(["'" ~ source_system ~ "'", "'" ~ record_type ~ "'", key_column])) }}
{% endmacro %}
