{#-
    Scale to Win attempts: a conversation's opening text (the first message a texter
    sent to one campaign contact). A reply from the contact makes it a
    contact; an opt-out, whichever texter took it, makes the result opted_out.
-#}
{{ config(enabled=movement_360.m360_tool_enabled('scale_to_win')) }}

with

messages as (

    select * from {{ ref('stg_scale_to_win__messages') }}

),

opening_texts as (

    select * from messages
    where is_first_outgoing

),

replies as (

    select
        campaign_contact_key,
        min(created_at) as first_reply_at
    from messages
    where is_inbound
    group by campaign_contact_key

),

contacts as (

    select
        campaign_contact_key,
        campaign_key,
        is_opted_out
    from {{ ref('stg_scale_to_win__campaign_contacts') }}

),

campaigns as (

    select
        campaign_key,
        campaign_title
    from {{ ref('stg_scale_to_win__campaigns') }}

)

select
    {{ movement_360.m360_outreach_attempt_select({
        'attempt_key': movement_360.m360_surrogate_key(["'scale_to_win'", 'opening_texts.message_key']),
        'org_id': 'opening_texts.org_id',
        'source_system': "'scale_to_win'",
        'source_table': 'opening_texts.source_table',
        'source_id': 'opening_texts.source_id',
        'person_record_key': movement_360.m360_person_record_key('scale_to_win', 'campaign_contacts', 'opening_texts.campaign_contact_key'),
        'channel': "'text'",
        'attempted_at': 'opening_texts.created_at',
        'result': "case
            when contacts.is_opted_out then 'opted_out'
            when replies.first_reply_at is not null then 'canvassed'
            else 'no_response'
        end",
        'result_label': "case
            when contacts.is_opted_out then 'opted out'
            when replies.first_reply_at is not null then 'replied'
            else 'no reply'
        end",
        'is_contact': 'replies.first_reply_at is not null',
        'campaign_name': 'campaigns.campaign_title',
        'canvasser_key': "case when opening_texts.user_id is not null then " ~ movement_360.m360_canvasser_key('scale_to_win', 'user', 'opening_texts.user_id', 'opening_texts.org_id') ~ " end",
        'canvasser_source_id': 'cast(opening_texts.user_id as ' ~ dbt.type_string() ~ ')',
    }) }}
from opening_texts
left join replies
    on opening_texts.campaign_contact_key = replies.campaign_contact_key
left join contacts
    on opening_texts.campaign_contact_key = contacts.campaign_contact_key
left join campaigns
    on contacts.campaign_key = campaigns.campaign_key
