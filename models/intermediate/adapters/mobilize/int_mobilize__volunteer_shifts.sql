{#-
    Mobilize volunteer shifts: each participation marked attended in a
    canvass, phone bank, text bank or relational event, on its timeslot's
    start date.
-#}
{{ config(enabled=movement_360.m360_adapter_enabled('mobilize')) }}
{%- set shift_programs = {'CANVASS': 'door', 'PHONE_BANK': 'phone', 'TEXT_BANK': 'text', 'RELATIONAL': 'relational'} %}
{%- set program_cases = [] %}
{%- for event_type, program in shift_programs.items() %}
    {%- do program_cases.append("when '" ~ event_type ~ "' then '" ~ program ~ "'") %}
{%- endfor %}

with

participations as (

    select * from {{ ref('stg_mobilize__participations') }}
    where has_attended

),

timeslots as (

    select
        timeslot_key,
        starts_at
    from {{ ref('stg_mobilize__timeslots') }}

),

events as (

    select
        event_key,
        event_type
    from {{ ref('stg_mobilize__events') }}
    where event_type in ('{{ shift_programs.keys() | list | join("', '") }}')

)

select
    {{ movement_360.m360_volunteer_shift_select({
        'shift_key': 'participations.participation_key',
        'org_id': 'participations.org_id',
        'source_system': "'mobilize'",
        'source_table': 'participations.source_table',
        'source_id': 'participations.source_id',
        'person_record_key': movement_360.m360_person_record_key('mobilize', 'participations', 'participations.participation_key'),
        'program': 'case events.event_type ' ~ program_cases | join(' ') ~ ' end',
        'shift_date': 'cast(timeslots.starts_at as date)',
    }) }}
from participations
inner join timeslots
    on participations.timeslot_key = timeslots.timeslot_key
inner join events
    on participations.event_key = events.event_key
