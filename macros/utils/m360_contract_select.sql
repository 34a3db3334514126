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
