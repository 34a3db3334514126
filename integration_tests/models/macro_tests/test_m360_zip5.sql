-- Applies m360_zip5 to text and integer zips of input_zip5; compared with expected_zip5.
with

input_cases as (

    -- white space in the seed is written as tokens ({sp}, {nbsp}, ...): see macros/seed_text.sql
    select
        case_name,
        {{ seed_text('raw_zip') }} as raw_zip,
        raw_zip_number
    from {{ ref('input_zip5') }}

)

select
    case_name,
    {{ movement_360.m360_zip5('raw_zip') }} as zip5,
    {{ movement_360.m360_zip5('raw_zip_number') }} as zip5_from_number
from input_cases
