-- Applies m360_clean_email and m360_email_match_key to input_email_match_key; compared with expected_email_match_key.
with

input_cases as (

    -- white space in the seed is written as tokens ({sp}, {nbsp}, ...): see macros/seed_text.sql
    select
        case_name,
        {{ seed_text('raw_email') }} as raw_email
    from {{ ref('input_email_match_key') }}

)

select
    case_name,
    {{ movement_360.m360_clean_email('raw_email') }} as clean_email,
    {{ movement_360.m360_email_match_key('raw_email') }} as email_match_key
from input_cases
