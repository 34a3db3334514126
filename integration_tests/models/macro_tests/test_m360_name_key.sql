-- Applies m360_strip_accents, m360_name_key and m360_last_name_key to input_name_key; compared with expected_name_key.
select
    case_name,
    {{ movement_360.m360_strip_accents('raw_name') }} as accents_stripped,
    {{ movement_360.m360_name_key('raw_name') }} as name_key,
    {{ movement_360.m360_last_name_key('raw_name') }} as last_name_key
from {{ ref('input_name_key') }}
