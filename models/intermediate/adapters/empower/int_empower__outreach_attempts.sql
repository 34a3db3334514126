{#-
    Empower attempts: an organizer's outreach entry to one of their
    relational targets. A recorded response makes it a contact.
-#}
{{ config(enabled=movement_360.m360_adapter_enabled('empower')) }}

with

entries as (

    select * from {{ ref('stg_empower__outreach_entries') }}

),

ctas as (

    select
        org_id,
        cta_id,
        cta_name
    from {{ ref('stg_empower__ctas') }}

)

select
    {{ movement_360.m360_outreach_attempt_select({
        'attempt_key': movement_360.m360_surrogate_key(["'empower'", 'entries.outreach_entry_key']),
        'org_id': 'entries.org_id',
        'source_system': "'empower'",
        'source_table': 'entries.source_table',
        'source_id': 'entries.source_id',
        'person_record_key': "case when entries.target_profile_id is not null then " ~ movement_360.m360_person_record_key('empower', 'profiles', 'entries.target_profile_key') ~ " end",
        'channel': "'relational'",
        'attempted_at': 'entries.outreach_created_at',
        'result': "case when entries.has_response then 'canvassed' else 'no_response' end",
        'result_label': 'entries.cta_progress',
        'is_contact': 'coalesce(entries.has_response, false)',
        'campaign_name': 'ctas.cta_name',
        'canvasser_key': "case when entries.organizer_profile_id is not null then " ~ movement_360.m360_canvasser_key('empower', 'organizer', 'entries.organizer_profile_id', 'entries.org_id') ~ " end",
        'canvasser_source_id': 'entries.organizer_profile_id',
        'input_type': 'entries.contact_mode',
    }) }}
from entries
left join ctas
    on entries.org_id = ctas.org_id and entries.cta_id = ctas.cta_id
