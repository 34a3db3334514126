{#-
    The select list of one row of a contracted adapter model: every contract
    column (a list of (name, type)), in contract order and type, from the
    expressions given (a dict of column -> SQL); columns not given are typed
    nulls. A name outside the contract is a compile error, so a typo cannot
    silently drop a value.
-#}
{% macro m360_contract_select(contract, values, caller_name='m360_contract_select') %}
    {%- set names = contract | map(attribute=0) | list -%}
    {%- for name in values -%}
        {%- if name not in names -%}
            {{ exceptions.raise_compiler_error(caller_name ~ ": '" ~ name ~ "' is not a column of the contract; it has " ~ names | join(', ')) }}
        {%- endif -%}
    {%- endfor -%}
    {%- set columns = [] -%}
    {%- for name, data_type in contract -%}
        {%- do columns.append('cast(' ~ values.get(name, 'null') ~ ' as ' ~ data_type ~ ') as ' ~ name) -%}
    {%- endfor -%}
    {{ return(columns | join(',\n        ')) }}
{% endmacro %}


{#-
    The union of every adapter model of one contract, each selected by the
    contract's columns in order (an adapter missing one fails to compile).
    With no adapter enabled, an empty relation of the contract's shape, so
    models downstream still build.
-#}
{% macro m360_union_adapters(adapters, contract) %}
    {%- set selects = [] -%}
    {%- for adapter_model in adapters -%}
        {%- do selects.append('select ' ~ (contract | map(attribute=0) | join(', ')) ~ ' from ' ~ ref(adapter_model)) -%}
    {%- endfor -%}
    {%- if not selects -%}
        {%- do selects.append('select ' ~ movement_360.m360_contract_select(contract, {}) ~ ' from (select 1 as one) as nothing where 1 = 0') -%}
    {%- endif -%}
    {{ return(selects | join('\nunion all\n')) }}
{% endmacro %}
