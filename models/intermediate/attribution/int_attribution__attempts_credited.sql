{#-
    The one outreach fact: every attempt to reach a person, in every program,
    counted once. An attempt a texting or dialer tool also synced into VAN is
    one row (the tool's, which names the texter or caller) carrying the VAN
    copy's ids. Each row is credited by the first rung of the attribution
    ladder that works:
      van_user         VAN staff user who logged it
      van_public_user  the volunteer's public account (MiniVAN, OpenVPB)
      source_tool      the texting, dialer or relational tool's own texter or caller
      roster           the group's canvasser roster names the account
      turf_rule        no canvasser can be named; the reached person's turf gives
                       organizer and team (the turf rules seed)
      unattributed     none of the above (counted, never dropped)
    Organizer and team come from the roster for the canvasser, else from the
    turf rules for the person reached.
-#}
{{ config(materialized='table') }}
with

attempts as (

    select * from {{ ref('int_attribution__attempts') }}

),

same_attempts as (

    select * from {{ ref('int_attribution__same_attempts') }}

),

canvassers as (

    select * from {{ ref('int_attribution__canvassers') }}

),

roster as (

    select
        source_system,
        canvasser_source_id,
        {{ movement_360.m360_email_match_key('email') }} as email_key,
        canvasser_name,
        role,
        team,
        organizer_name
    from {{ ref(var('movement_360__canvasser_roster_seed', 'm360_canvasser_roster')) }}

),


{# A roster row naming a canvasser by e-mail applies to the one person holding that e-mail. -#}
roster_people as (

    select
        contact_points.person_id,
        min({{ movement_360.m360_byte_order('roster.canvasser_name') }}) as canvasser_name,
        min({{ movement_360.m360_byte_order('roster.team') }}) as team,
        min({{ movement_360.m360_byte_order('roster.organizer_name') }}) as organizer_name
    from roster
    inner join {{ ref('int_identity__person_contact_points') }} as contact_points
        on contact_points.contact_point_type = 'email' and roster.email_key = contact_points.match_key
    where roster.email_key is not null
    group by contact_points.person_id

),

turf_assignments as (

    select * from {{ ref('int_attribution__turf_assignments') }}

),

merged_copies as (

    select
        same_attempts.surviving_attempt_key,
        same_attempts.match_rule,
        copies.attempt_key,
        copies.source_system,
        copies.source_id
    from same_attempts
    inner join attempts as copies
        on same_attempts.duplicate_attempt_key = copies.attempt_key

),

kept as (

    select attempts.*
    from attempts
    left join same_attempts
        on attempts.attempt_key = same_attempts.duplicate_attempt_key
    where same_attempts.duplicate_attempt_key is null

),

credited as (

    select
        kept.*,
        merged_copies.attempt_key as merged_attempt_key,
        merged_copies.source_system as merged_source_system,
        merged_copies.source_id as merged_source_id,
        merged_copies.match_rule as merge_rule,
        canvassers.canvasser_type,
        canvassers.person_id as canvasser_person_id,
        canvassers.canvasser_name as tool_canvasser_name,
        roster_by_id.canvasser_name as roster_canvasser_name,
        coalesce(roster_by_id.team, roster_by_person.team) as roster_team,
        coalesce(roster_by_id.organizer_name, roster_by_person.organizer_name) as roster_organizer_name,
        turf_assignments.organizer_name as turf_organizer_name,
        turf_assignments.team as turf_team,
        case
            when canvassers.canvasser_type = 'van_user' then 'van_user'
            when canvassers.canvasser_type = 'van_public_user' then 'van_public_user'
            when kept.source_system <> 'van' and kept.canvasser_key is not null then 'source_tool'
            when roster_by_id.canvasser_name is not null then 'roster'
            when turf_assignments.person_id is not null then 'turf_rule'
            else 'unattributed'
        end as attribution_method
    from kept
    left join merged_copies
        on kept.attempt_key = merged_copies.surviving_attempt_key
    left join canvassers
        on kept.canvasser_key = canvassers.canvasser_key
    left join roster as roster_by_id
        on kept.source_system = roster_by_id.source_system and kept.canvasser_source_id = roster_by_id.canvasser_source_id
    left join roster_people as roster_by_person
        on canvassers.person_id = roster_by_person.person_id
    left join turf_assignments
        on kept.person_id = turf_assignments.person_id

)

select
    attempt_key,
    org_id,
    source_system,
    source_table,
    source_id,
    merged_attempt_key,
    merged_source_system,
    merged_source_id,
    merge_rule,
    person_record_key,
    person_id,
    channel,
    case when channel in ('door', 'phone', 'text', 'relational') then channel else 'other' end as program,
    attempted_at,
    cast(attempted_at as date) as attempted_on,
    result,
    result_label,
    is_contact,
    campaign_name,
    input_type,
    case when attribution_method in ('turf_rule', 'unattributed') then null else canvasser_key end as canvasser_key,
    case when attribution_method in ('turf_rule', 'unattributed') then null else canvasser_person_id end as canvasser_person_id,
    case
        when attribution_method in ('turf_rule', 'unattributed') then null
        else coalesce(roster_canvasser_name, tool_canvasser_name)
    end as canvasser_name,
    canvasser_source_id,
    canvasser_username,
    attribution_method,
    case
        when attribution_method in ('van_user', 'source_tool') then 'high'
        when attribution_method = 'van_public_user' and canvasser_person_id is not null then 'high'
        when attribution_method in ('van_public_user', 'roster') then 'medium'
        when attribution_method = 'turf_rule' then 'low'
    end as attribution_confidence,
    coalesce(roster_organizer_name, turf_organizer_name) as organizer_name,
    coalesce(roster_team, turf_team) as team,
    case
        when roster_organizer_name is not null then 'roster'
        when turf_organizer_name is not null then 'turf_rule'
    end as organizer_method
from credited
