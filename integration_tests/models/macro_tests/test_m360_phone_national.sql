-- Applies m360_phone_national to text and integer phones of input_phone_national; compared with expected_phone_national.
with

input_cases as (

    -- white space in the seed is written as tokens ({sp}, {nbsp}, ...): see macros/seed_text.sql
    select
        case_name,
        {{ seed_text('raw_phone') }} as raw_phone,
        raw_phone_number
    from {{ ref('input_phone_national') }}

)

select
    case_name,
    {{ movement_360.m360_phone_national('raw_phone') }} as phone_national,
    {{ movement_360.m360_phone_national('raw_phone_number') }} as phone_from_number,
    {{ movement_360.m360_phone_national('raw_phone', reject_n11_area_codes=false) }} as phone_keep_n11
from input_cases
