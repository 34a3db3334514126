-- Applies m360_strip_accents, m360_name_key and m360_last_name_key to input_name_key; compared with expected_name_key.
with

input_cases as (

    -- white space in the seed is written as tokens ({sp}, {nbsp}, ...): see macros/seed_text.sql
    select
        case_name,
        {{ seed_text('raw_name') }} as raw_name
    from {{ ref('input_name_key') }}

)

select
    case_name,
    {{ seed_text_encoded(movement_360.m360_strip_accents('raw_name')) }} as accents_stripped,
    {{ movement_360.m360_name_key('raw_name') }} as name_key,
    {{ movement_360.m360_last_name_key('raw_name') }} as last_name_key
from input_cases
