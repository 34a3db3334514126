-- Applies m360_parse_dob to text, date and integer birth dates of input_parse_dob; compared with expected_parse_dob.
with

input_cases as (

    -- white space in the seed is written as tokens ({sp}, {nbsp}, ...): see macros/seed_text.sql
    select
        case_name,
        {{ seed_text('raw_text') }} as raw_text,
        raw_date,
        raw_number
    from {{ ref('input_parse_dob') }}

)

select
    case_name,
    {{ movement_360.m360_parse_dob('raw_text') }} as dob_from_text,
    {{ movement_360.m360_parse_dob('raw_date') }} as dob_from_date,
    {{ movement_360.m360_parse_dob('raw_number') }} as dob_from_number
from input_cases
