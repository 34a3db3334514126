-- Applies the cleaning and time macros to input_cleaning; compared with expected_cleaning.
with

input_cases as (

    -- white space in the seed is written as tokens ({sp}, {nbsp}, ...): see macros/seed_text.sql
    select
        case_name,
        {{ seed_text('raw_text') }} as raw_text,
        raw_flag,
        local_time,
        epoch_ms
    from {{ ref('input_cleaning') }}

)

select
    case_name,
    {{ movement_360.m360_clean_text('raw_text') }} as clean_text,
    {{ movement_360.m360_flag_to_boolean('raw_flag') }} as flag,
    {{ movement_360.m360_local_to_utc('local_time', 'America/New_York') }} as utc_time,
    {{ movement_360.m360_epoch_ms_to_timestamp('epoch_ms') }} as epoch_time
from input_cases
