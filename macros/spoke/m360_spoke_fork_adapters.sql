{#-
    The adapters of Spoke and its forks (Scale to Win), whose synced tables
    have the same columns under different names: one macro per contract,
    called by int_<tool>__person_records, int_<tool>__outreach_attempts and
    int_<tool>__canvassers.
-#}

{#- Table names of a Spoke fork's sync. -#}
{% macro m360_spoke_fork_tables(tool) %}
    {%- set tables = {
        'spoke': {'contact': 'campaign_contact', 'user': 'user', 'message': 'message', 'campaign': 'campaign'},
        'scale_to_win': {'contact': 'campaign_contacts', 'user': 'users', 'message': 'messages', 'campaign': 'campaigns'},
    } -%}
    {{ return(tables[tool]) }}
{% endmacro %}

{% macro m360_spoke_fork_person_records(tool) %}
{%- set tables = movement_360.m360_spoke_fork_tables(tool) %}
{%- set contact_record_key = movement_360.m360_person_record_key(tool, tables.contact, 'campaign_contact_key') %}

with

contacts as (

    select * from {{ ref('stg_' ~ tool ~ '__' ~ tables.contact) }}

),

contact_values as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': contact_record_key,
            'org_id': 'org_id',
            'source_system': "'" ~ tool ~ "'",
            'source_table': 'source_table',
            'source_record_id': 'source_id',
            'value_set': "'record'",
            'first_name': 'first_name',
            'last_name': 'last_name',
            'phone': 'cell',
            'postal_code': 'zip',
            'record_created_at': 'created_at',
            'record_updated_at': 'updated_at',
        }) }}
    from contacts

),


{# Only all-digit external ids are VAN ids; anything else is some other system's id. -#}
van_links as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': contact_record_key,
            'org_id': 'org_id',
            'source_system': "'" ~ tool ~ "'",
            'source_table': 'source_table',
            'source_record_id': 'source_id',
            'value_set': "'link:external_id'",
            'linked_van_id': 'external_id',
            'link_type': "'" ~ tool ~ "_external_id'",
        }) }}
    from contacts
    where {{ movement_360.m360_regexp_contains('external_id', '^[0-9]+$') }}

),

user_values as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': movement_360.m360_person_record_key(tool, tables.user, 'user_key'),
            'org_id': 'org_id',
            'source_system': "'" ~ tool ~ "'",
            'source_table': 'source_table',
            'source_record_id': 'source_id',
            'value_set': "'record'",
            'first_name': 'first_name',
            'last_name': 'last_name',
            'email': 'email',
            'phone': 'cell',
            'record_created_at': 'created_at',
        }) }}
    from {{ ref('stg_' ~ tool ~ '__' ~ tables.user) }}

)

select * from contact_values
union all
select * from van_links
union all
select * from user_values
{% endmacro %}

{% macro m360_spoke_fork_outreach_attempts(tool) %}
{%- set tables = movement_360.m360_spoke_fork_tables(tool) %}
with

messages as (

    select * from {{ ref('stg_' ~ tool ~ '__' ~ tables.message) }}

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
    from {{ ref('stg_' ~ tool ~ '__' ~ tables.contact) }}

),

campaigns as (

    select
        campaign_key,
        campaign_title
    from {{ ref('stg_' ~ tool ~ '__' ~ tables.campaign) }}

)

select
    {{ movement_360.m360_outreach_attempt_select({
        'attempt_key': movement_360.m360_surrogate_key(["'" ~ tool ~ "'", 'opening_texts.message_key']),
        'org_id': 'opening_texts.org_id',
        'source_system': "'" ~ tool ~ "'",
        'source_table': 'opening_texts.source_table',
        'source_id': 'opening_texts.source_id',
        'person_record_key': movement_360.m360_person_record_key(tool, tables.contact, 'opening_texts.campaign_contact_key'),
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
        'canvasser_key': "case when opening_texts.user_id is not null then " ~ movement_360.m360_canvasser_key(tool, 'user', 'opening_texts.user_id', 'opening_texts.org_id') ~ " end",
        'canvasser_source_id': 'cast(opening_texts.user_id as ' ~ dbt.type_string() ~ ')',
    }) }}
from opening_texts
left join replies
    on opening_texts.campaign_contact_key = replies.campaign_contact_key
left join contacts
    on opening_texts.campaign_contact_key = contacts.campaign_contact_key
left join campaigns
    on contacts.campaign_key = campaigns.campaign_key
{% endmacro %}

{% macro m360_spoke_fork_canvassers(tool) %}
{%- set tables = movement_360.m360_spoke_fork_tables(tool) %}
select
    {{ movement_360.m360_canvasser_select({
        'canvasser_key': movement_360.m360_canvasser_key(tool, 'user', 'user_id'),
        'org_id': 'org_id',
        'source_system': "'" ~ tool ~ "'",
        'source_table': 'source_table',
        'source_id': 'source_id',
        'canvasser_type': "'texter'",
        'canvasser_name': dbt.concat(["coalesce(first_name, '')", "' '", "coalesce(last_name, '')"]),
        'first_name': 'first_name',
        'last_name': 'last_name',
        'username': 'alias_name',
        'email': 'email',
        'phone': 'cell',
        'person_record_key': movement_360.m360_person_record_key(tool, tables.user, 'user_key'),
    }) }}
from {{ ref('stg_' ~ tool ~ '__' ~ tables.user) }}
{% endmacro %}
