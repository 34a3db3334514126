-- Applies m360_clean_email and m360_email_match_key to input_email_match_key; compared with expected_email_match_key.
select
    case_name,
    {{ movement_360.m360_clean_email('raw_email') }} as clean_email,
    {{ movement_360.m360_email_match_key('raw_email') }} as email_match_key
from {{ ref('input_email_match_key') }}
