{#-
    Attempts recorded twice, each matched to the record that stands for both:
    - a texting or dialer tool's attempt that VAN also holds under the tool's
      integration user (same person, channel and tool, within
      movement_360__attempt_match_window_minutes, elapsed time): the tool's own record
      stands, as it names the texter or caller;
    - VAN's copies of one attempt in both database modes (same person,
      channel, result and canvasser account, within 5 minutes elapsed): the
      MyCampaign copy stands.
    Matches are one to one: each side keeps only its closest counterpart.
-#}
{{ config(materialized='table') }}

{%- set window_minutes = var('movement_360__attempt_match_window_minutes', 120) %}

with

{# Each side reads the table itself, filtered, rather than one shared CTE: PostgreSQL materialises
    a CTE read four times and has no statistics on it, estimated one VAN side at one row and joined
    the two VAN sides by nested loop (10^10 comparisons on the large world). Read once each, the
    CTEs are inlined and planned from the table's statistics. #}
van_integration_copies as (

    select * from {{ ref('int_attribution__attempts') }}
    where person_id is not null and source_system = 'van' and integration_source_system is not null

),

tool_attempts as (

    select * from {{ ref('int_attribution__attempts') }}
    where person_id is not null and source_system <> 'van'

),

van_voter_file_attempts as (

    select * from {{ ref('int_attribution__attempts') }}
    where
        person_id is not null
        and source_system = 'van'
        and integration_source_system is null
        and lower(source_table) like '%vf'

),

van_my_campaign_attempts as (

    select * from {{ ref('int_attribution__attempts') }}
    where person_id is not null and source_system = 'van' and lower(source_table) not like '%vf'

),

integration_candidates as (

    select
        van_copies.attempt_key as duplicate_attempt_key,
        tool_attempts.attempt_key as surviving_attempt_key,
        'integration_copy' as match_rule,
        {{ movement_360.m360_seconds_apart('tool_attempts.attempted_at', 'van_copies.attempted_at') }} as seconds_apart
    from van_integration_copies as van_copies
    inner join tool_attempts
        on
            van_copies.person_id = tool_attempts.person_id
            and van_copies.channel = tool_attempts.channel
            and van_copies.integration_source_system = tool_attempts.source_system
    where
        abs({{ movement_360.m360_microseconds_between('tool_attempts.attempted_at', 'van_copies.attempted_at') }}) <= {{ (window_minutes | int) * 60 * 1000000 }}

),

mode_double_candidates as (

    select
        my_voters.attempt_key as duplicate_attempt_key,
        my_campaign.attempt_key as surviving_attempt_key,
        'van_mode_double' as match_rule,
        {{ movement_360.m360_seconds_apart('my_campaign.attempted_at', 'my_voters.attempted_at') }} as seconds_apart
    from van_voter_file_attempts as my_voters
    inner join van_my_campaign_attempts as my_campaign
        on
            my_voters.person_id = my_campaign.person_id
            and my_voters.channel = my_campaign.channel
            and my_voters.result = my_campaign.result
            and my_voters.canvasser_source_id = my_campaign.canvasser_source_id
            and my_voters.source_table <> my_campaign.source_table
    where
        abs({{ movement_360.m360_microseconds_between('my_campaign.attempted_at', 'my_voters.attempted_at') }}) <= {{ 5 * 60 * 1000000 }}

),

candidates as (

    select * from integration_candidates
    union all
    select * from mode_double_candidates

),

ranked as (

    select
        *,
        row_number() over (
            partition by duplicate_attempt_key order by seconds_apart, surviving_attempt_key
        ) as rank_for_duplicate,
        row_number() over (
            partition by surviving_attempt_key order by seconds_apart, duplicate_attempt_key
        ) as rank_for_survivor
    from candidates

)

select
    duplicate_attempt_key,
    surviving_attempt_key,
    match_rule,
    seconds_apart
from ranked
where rank_for_duplicate = 1 and rank_for_survivor = 1
