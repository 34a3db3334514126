{#-
    Mobilize actions: every participation is a signup; attended = true is an
    attendance at the shift's start and attended = false a no-show, while
    attended null means the host recorded nothing (no action beyond the
    signup). Every event's owner hosted it.
-#}
{{ config(enabled=movement_360.m360_adapter_enabled('mobilize')) }}

with

participations as (

    select * from {{ ref('stg_mobilize__participations') }}

),

timeslots as (

    select
        timeslot_key,
        starts_at
    from {{ ref('stg_mobilize__timeslots') }}

),

events as (

    select * from {{ ref('stg_mobilize__events') }}

),

first_timeslots as (

    select
        event_key,
        min(starts_at) as first_starts_at
    from {{ ref('stg_mobilize__timeslots') }}
    group by event_key

),

participation_actions as (

    {%- for action_type in ['event_signup', 'event_attended', 'event_no_show'] %}
        select
        {{ movement_360.m360_action_select({
            'action_key': movement_360.m360_surrogate_key(["'mobilize'", "'" ~ action_type ~ "'", 'participations.participation_key']),
            'org_id': 'participations.org_id',
            'source_system': "'mobilize'",
            'source_table': 'participations.source_table',
            'source_id': 'participations.source_id',
            'person_record_key': movement_360.m360_person_record_key('mobilize', 'participations', 'participations.participation_key'),
            'action_type': "'" ~ action_type ~ "'",
            'occurred_at': 'coalesce(participations.created_at, timeslots.starts_at)' if action_type == 'event_signup' else 'coalesce(timeslots.starts_at, participations.created_at)',
            'program': "'events'",
            'event_or_form_id': 'cast(participations.event_id as ' ~ dbt.type_string() ~ ')',
            'event_or_form_name': 'events.title',
            'event_type': 'events.event_type',
            'role': "'attendee'",
            'detail': 'participations.status',
        }) }}
        from participations
        left join timeslots
            on participations.timeslot_key = timeslots.timeslot_key
        left join events
            on participations.event_key = events.event_key
        {%- if action_type == 'event_attended' %}
            where participations.has_attended
        {%- elif action_type == 'event_no_show' %}
            where not participations.has_attended
        {%- endif %}
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}

),

hosted as (

    select
        {{ movement_360.m360_action_select({
            'action_key': movement_360.m360_surrogate_key(["'mobilize'", "'event_hosted'", 'events.event_key']),
            'org_id': 'events.org_id',
            'source_system': "'mobilize'",
            'source_table': 'events.source_table',
            'source_id': 'events.source_id',
            'person_record_key': movement_360.m360_person_record_key('mobilize', 'users', movement_360.m360_surrogate_key(['events.org_id', 'events.owner_user_id'])),
            'action_type': "'event_hosted'",
            'occurred_at': 'coalesce(first_timeslots.first_starts_at, events.created_at)',
            'program': "'events'",
            'event_or_form_id': 'cast(events.event_id as ' ~ dbt.type_string() ~ ')',
            'event_or_form_name': 'events.title',
            'event_type': 'events.event_type',
            'role': "'host'",
        }) }}
    from events
    left join first_timeslots
        on events.event_key = first_timeslots.event_key
    where events.owner_user_id is not null

)

select * from participation_actions
union all
select * from hosted
