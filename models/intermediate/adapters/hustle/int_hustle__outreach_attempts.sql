{#-
    Hustle attempts: a thread's first outbound message (an agent texting a
    lead). A reply in the thread makes it a contact; a lead who opted out
    gets the result opted_out.
-#}
{{ config(enabled=movement_360.m360_adapter_enabled('hustle')) }}

with

messages as (

    select * from {{ ref('stg_hustle__messages') }}

),

ranked_outbound as (

    select
        *,
        row_number() over (partition by org_id, lead_key, thread_id order by sent_at asc nulls last, {{ movement_360.m360_byte_order('message_id') }} asc) as outbound_number
    from messages
    where is_outbound

),

replies as (

    select
        lead_key,
        thread_id,
        min(sent_at) as first_reply_at
    from messages
    where not is_outbound
    group by lead_key, thread_id

),

leads as (

    select
        lead_key,
        coalesce(is_globally_opted_out or opt_out_type is not null, false) as is_opted_out
    from {{ ref('stg_hustle__leads') }}

)

select
    {{ movement_360.m360_outreach_attempt_select({
        'attempt_key': movement_360.m360_surrogate_key(["'hustle'", 'ranked_outbound.message_key']),
        'org_id': 'ranked_outbound.org_id',
        'source_system': "'hustle'",
        'source_table': 'ranked_outbound.source_table',
        'source_id': 'ranked_outbound.source_id',
        'person_record_key': movement_360.m360_person_record_key('hustle', 'leads', 'ranked_outbound.lead_key'),
        'channel': "'text'",
        'attempted_at': 'ranked_outbound.sent_at',
        'result': "case
            when leads.is_opted_out then 'opted_out'
            when replies.first_reply_at is not null then 'canvassed'
            else 'no_response'
        end",
        'result_label': "case
            when leads.is_opted_out then 'opted out'
            when replies.first_reply_at is not null then 'replied'
            else 'no reply'
        end",
        'is_contact': 'replies.first_reply_at is not null',
        'canvasser_key': "case when ranked_outbound.agent_id is not null then " ~ movement_360.m360_canvasser_key('hustle', 'agent', 'ranked_outbound.agent_id', 'ranked_outbound.org_id') ~ " end",
        'canvasser_source_id': 'ranked_outbound.agent_id',
    }) }}
from ranked_outbound
left join replies
    on ranked_outbound.lead_key = replies.lead_key and ranked_outbound.thread_id = replies.thread_id
left join leads
    on ranked_outbound.lead_key = leads.lead_key
where ranked_outbound.outbound_number = 1
