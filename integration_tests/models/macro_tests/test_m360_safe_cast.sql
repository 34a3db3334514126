-- Applies m360_safe_cast (each row to its target type) and m360_number_as_text to input_safe_cast;
-- compared with expected_safe_cast. Runs on every warehouse of the suite.
with

input_cases as (

    -- white space in the seed is written as tokens ({sp}, {nbsp}, ...): see macros/seed_text.sql
    select
        case_name,
        {{ seed_text('raw_text') }} as raw_text,
        target_type
    from {{ ref('input_safe_cast') }}

)

select
    case_name,
    case target_type
        {%- for type_keyword in ['date', 'timestamp', 'bigint', 'numeric', 'boolean', 'varchar'] %}
        when '{{ type_keyword }}' then {{ movement_360.m360_safe_cast('raw_text', type_keyword) }} is not null
        {%- endfor %}
    end as converted,
    {{ movement_360.m360_number_as_text('raw_text') }} as number_text
from input_cases
