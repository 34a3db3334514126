-- Applies m360_parse_dob to text, date and integer birth dates of input_parse_dob; compared with expected_parse_dob.
select
    case_name,
    {{ movement_360.m360_parse_dob('raw_text') }} as dob_from_text,
    {{ movement_360.m360_parse_dob('raw_date') }} as dob_from_date,
    {{ movement_360.m360_parse_dob('raw_number') }} as dob_from_number
from {{ ref('input_parse_dob') }}
