{#- Empower organizers: every profile that logged outreach, each the person of its own profile record. -#}
{{ config(enabled=movement_360.m360_adapter_enabled('empower')) }}

with

organizers as (

    select distinct
        org_id,
        organizer_profile_id,
        organizer_profile_key
    from {{ ref('stg_empower__outreach_entries') }}
    where organizer_profile_id is not null

),

profiles as (

    select * from {{ ref('stg_empower__profiles') }}

)

select
    {{ movement_360.m360_canvasser_select({
        'canvasser_key': movement_360.m360_canvasser_key('empower', 'organizer', 'organizers.organizer_profile_id', 'organizers.org_id'),
        'org_id': 'organizers.org_id',
        'source_system': "'empower'",
        'source_table': 'profiles.source_table',
        'source_id': 'organizers.organizer_profile_id',
        'canvasser_type': "'relational_organizer'",
        'canvasser_name': dbt.concat(["coalesce(profiles.first_name, '')", "' '", "coalesce(profiles.last_name, '')"]),
        'first_name': 'profiles.first_name',
        'last_name': 'profiles.last_name',
        'email': 'profiles.email',
        'phone': 'profiles.phone',
        'person_record_key': movement_360.m360_person_record_key('empower', 'profiles', 'organizers.organizer_profile_key'),
    }) }}
from organizers
left join profiles
    on organizers.organizer_profile_key = profiles.profile_key
