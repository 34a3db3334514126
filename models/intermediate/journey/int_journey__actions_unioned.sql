{#-
    Every action a person took and every outreach they received, in time
    order: the tools' actions (event signups and attendance, hosting, petition
    signatures, form submissions, donations, activist codes, tags, survey
    responses), text replies, each day a person canvassed as a volunteer (one
    row per day and program), and every attempt to reach them. action_number
    orders a person's rows in time. Rows whose person record has no crosswalk
    row (an event host who is not a member of the syncing organization) keep
    a null person_id. Mobilize syncs its signups into VAN, so one signup or
    attendance can arrive from both: a VAN event action of the same person,
    type and day as a Mobilize one is that one (the Mobilize row stays and
    carries the VAN ids in also_source_system / also_source_id).
-#}
{{ config(materialized='table') }}
{%- set adapters = movement_360.m360_contract_adapters('actions') %}
{%- set contract = movement_360.m360_action_contract() %}

with

adapter_rows as (

    {{ movement_360.m360_union_adapters(adapters, contract) }}

),

crosswalk as (

    select
        person_record_key,
        person_id
    from {{ ref('int_identity__crosswalk') }}

),

tool_actions as (

    select
        adapter_rows.action_key,
        crosswalk.person_id,
        adapter_rows.org_id,
        adapter_rows.source_system,
        adapter_rows.source_table,
        adapter_rows.source_id,
        adapter_rows.person_record_key,
        'action' as action_category,
        adapter_rows.action_type,
        adapter_rows.occurred_at,
        adapter_rows.program,
        adapter_rows.event_or_form_id,
        adapter_rows.event_or_form_name,
        adapter_rows.event_type,
        adapter_rows.role,
        adapter_rows.detail,
        adapter_rows.amount
    from adapter_rows
    left join crosswalk
        on adapter_rows.person_record_key = crosswalk.person_record_key

),

attempts as (

    select * from {{ ref('int_attribution__attempts_credited') }}

),

outreach_received as (

    select
        {{ movement_360.m360_surrogate_key(["'outreach_received'", 'attempt_key']) }} as action_key,
        person_id,
        org_id,
        source_system,
        source_table,
        source_id,
        person_record_key,
        'outreach_received' as action_category,
        'outreach_received' as action_type,
        attempted_at as occurred_at,
        program,
        cast(null as {{ dbt.type_string() }}) as event_or_form_id,
        campaign_name as event_or_form_name,
        channel as event_type,
        'reached' as role,
        result as detail,
        cast(null as {{ dbt.type_numeric() }}) as amount,
        merged_source_system as also_source_system,
        merged_source_id as also_source_id
    from attempts

),

text_replies as (

    select
        {{ movement_360.m360_surrogate_key(["'text_reply'", 'attempt_key']) }} as action_key,
        person_id,
        org_id,
        source_system,
        source_table,
        source_id,
        person_record_key,
        'action' as action_category,
        'text_reply' as action_type,
        attempted_at as occurred_at,
        program,
        cast(null as {{ dbt.type_string() }}) as event_or_form_id,
        campaign_name as event_or_form_name,
        channel as event_type,
        'replied' as role,
        result as detail,
        cast(null as {{ dbt.type_numeric() }}) as amount,
        merged_source_system as also_source_system,
        merged_source_id as also_source_id
    from attempts
    where channel = 'text' and is_contact

),

volunteer_days as (

    select
        {{ movement_360.m360_surrogate_key(["'canvassed_as_volunteer'", 'canvasser_person_id', 'cast(attempted_on as ' ~ dbt.type_string() ~ ')', 'program']) }} as action_key,
        canvasser_person_id as person_id,
        min(org_id) as org_id,
        min({{ movement_360.m360_byte_order('source_system') }}) as source_system,
        cast(null as {{ dbt.type_string() }}) as source_table,
        cast(null as {{ dbt.type_string() }}) as source_id,
        cast(null as {{ dbt.type_string() }}) as person_record_key,
        'volunteer_activity' as action_category,
        'canvassed_as_volunteer' as action_type,
        min(attempted_at) as occurred_at,
        program,
        cast(null as {{ dbt.type_string() }}) as event_or_form_id,
        cast(null as {{ dbt.type_string() }}) as event_or_form_name,
        program as event_type,
        'canvasser' as role,
        {{ dbt.concat(["cast(count(*) as " ~ dbt.type_string() ~ ")", "' attempts'"]) }} as detail,
        cast(null as {{ dbt.type_numeric() }}) as amount,
        cast(null as {{ dbt.type_string() }}) as also_source_system,
        cast(null as {{ dbt.type_string() }}) as also_source_id
    from attempts
    where canvasser_person_id is not null and attempted_on is not null
    group by canvasser_person_id, attempted_on, program

),

{# Pairs one VAN event action with one Mobilize action of the same person, type and day. -#}
event_doubles as (

    select
        van_rows.action_key as duplicate_action_key,
        mobilize_rows.action_key as kept_action_key,
        van_rows.source_system as duplicate_source_system,
        van_rows.source_id as duplicate_source_id,
        row_number() over (partition by van_rows.action_key order by mobilize_rows.occurred_at asc nulls last, mobilize_rows.action_key asc) as rank_for_duplicate,
        row_number() over (partition by mobilize_rows.action_key order by van_rows.occurred_at asc nulls last, van_rows.action_key asc) as rank_for_kept
    from tool_actions as van_rows
    inner join tool_actions as mobilize_rows
        on
            van_rows.person_id = mobilize_rows.person_id
            and van_rows.action_type = mobilize_rows.action_type
            and cast(van_rows.occurred_at as date) = cast(mobilize_rows.occurred_at as date)
    where
        van_rows.source_system = 'van'
        and mobilize_rows.source_system = 'mobilize'
        and van_rows.action_type in ('event_signup', 'event_attended', 'event_no_show')

),

matched_doubles as (

    select * from event_doubles
    where rank_for_duplicate = 1 and rank_for_kept = 1

),

deduplicated_tool_actions as (

    select
        tool_actions.*,
        matched_doubles.duplicate_source_system as also_source_system,
        matched_doubles.duplicate_source_id as also_source_id
    from tool_actions
    left join matched_doubles
        on tool_actions.action_key = matched_doubles.kept_action_key
    left join matched_doubles as merged_away
        on tool_actions.action_key = merged_away.duplicate_action_key
    where merged_away.duplicate_action_key is null

),

all_actions as (

    select * from deduplicated_tool_actions
    union all
    select * from outreach_received
    union all
    select * from text_replies
    union all
    select * from volunteer_days

)

select
    *,
    cast(occurred_at as date) as occurred_on,
    case
        when person_id is not null
            then row_number() over (partition by person_id order by occurred_at asc nulls last, {{ movement_360.m360_byte_order('action_type') }} asc, action_key asc)
    end as action_number
from all_actions
