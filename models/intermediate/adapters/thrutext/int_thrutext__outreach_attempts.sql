{#-
    ThruText attempts: a conversation's first outgoing message. A reply makes
    it a contact; an opt-out in the conversation makes the result opted_out.
    The texter is known only by the sender columns of the export, so the
    canvasser is the sender's e-mail (or phone, or name). A message that
    failed at the carrier syncs without a time; the conversation's first
    known time stands in, and with none the attempt has no time.
-#}
{{ config(enabled=movement_360.m360_adapter_enabled('thrutext')) }}

{%- set sender_id = movement_360.m360_named_account_id('sender_email', 'sender_phone', 'sender_first_name', 'sender_last_name') %}

with

messages as (

    select * from {{ ref('stg_thrutext__daily_messages') }}

),

ranked_outgoing as (

    select
        *,
        row_number() over (partition by org_id, conversation_key order by sent_at asc nulls last, {{ movement_360.m360_byte_order('message_id') }} asc) as outgoing_number,
        min(sent_at) over (partition by org_id, conversation_key) as conversation_first_sent_at
    from messages
    where is_outgoing

),

replies as (

    select
        conversation_key,
        min(sent_at) as first_reply_at
    from messages
    where not is_outgoing
    group by conversation_key

),

opt_outs as (

    select distinct {{ movement_360.m360_surrogate_key(['org_id', 'conversation_id']) }} as conversation_key
    from {{ ref('stg_thrutext__opt_outs') }}
    where conversation_id is not null

)

select
    {{ movement_360.m360_outreach_attempt_select({
        'attempt_key': movement_360.m360_surrogate_key(["'thrutext'", 'ranked_outgoing.message_key']),
        'org_id': 'ranked_outgoing.org_id',
        'source_system': "'thrutext'",
        'source_table': 'ranked_outgoing.source_table',
        'source_id': 'ranked_outgoing.source_id',
        'person_record_key': "case when ranked_outgoing.contact_id is not null then " ~ movement_360.m360_person_record_key('thrutext', 'contacts', 'ranked_outgoing.contact_key') ~ " end",
        'channel': "'text'",
        'attempted_at': 'coalesce(ranked_outgoing.sent_at, ranked_outgoing.conversation_first_sent_at)',
        'result': "case
            when opt_outs.conversation_key is not null then 'opted_out'
            when replies.first_reply_at is not null then 'canvassed'
            else 'no_response'
        end",
        'result_label': "case
            when opt_outs.conversation_key is not null then 'opted out'
            when replies.first_reply_at is not null then 'replied'
            else 'no reply'
        end",
        'is_contact': 'replies.first_reply_at is not null',
        'campaign_name': 'ranked_outgoing.campaign_name',
        'canvasser_key': movement_360.m360_canvasser_key('thrutext', 'sender', sender_id, 'ranked_outgoing.org_id'),
        'canvasser_source_id': sender_id,
    }) }}
from ranked_outgoing
left join replies
    on ranked_outgoing.conversation_key = replies.conversation_key
left join opt_outs
    on ranked_outgoing.conversation_key = opt_outs.conversation_key
where ranked_outgoing.outgoing_number = 1
