{#-
    Action Network (mirror) actions: petition signatures, form answers, event
    RSVPs, donations (each action row is also its own person record, holding
    the values typed on it) and tags applied to users.
-#}
{{ config(enabled=movement_360.m360_adapter_enabled('action_network')) }}

{%- set actions = [
    ('signatures', 'signature_key', 'petition_signature', 'petition_id', 'digital'),
    ('answers', 'answer_key', 'form_submission', 'form_id', 'digital'),
    ('rsvps', 'rsvp_key', 'event_signup', 'event_id', 'events'),
    ('donations', 'donation_key', 'donation', 'fundraising_id', 'digital'),
] %}

with

row_actions as (

    {%- for table, key, action_type, target_id, program in actions %}
        select
        {{ movement_360.m360_action_select({
            'action_key': movement_360.m360_surrogate_key(["'action_network'", "'" ~ action_type ~ "'", key]),
            'org_id': 'org_id',
            'source_system': "'action_network'",
            'source_table': 'source_table',
            'source_id': 'source_id',
            'person_record_key': movement_360.m360_person_record_key('action_network', table, key),
            'action_type': "'" ~ action_type ~ "'",
            'occurred_at': 'created_at',
            'program': "'" ~ program ~ "'",
            'event_or_form_id': 'cast(' ~ target_id ~ ' as ' ~ dbt.type_string() ~ ')',
            'detail': 'source_code',
            'amount': 'amount' if table == 'donations' else 'null',
        }) }}
        from {{ ref('stg_action_network__' ~ table) }}
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}

),

tag_actions as (

    select
        {{ movement_360.m360_action_select({
            'action_key': movement_360.m360_surrogate_key(["'action_network'", "'tag_applied'", 'user_tags.user_tag_key']),
            'org_id': 'user_tags.org_id',
            'source_system': "'action_network'",
            'source_table': 'user_tags.source_table',
            'source_id': 'user_tags.source_id',
            'person_record_key': movement_360.m360_person_record_key('action_network', 'users', 'user_tags.user_key'),
            'action_type': "'tag_applied'",
            'occurred_at': 'user_tags.created_at',
            'program': "'other'",
            'event_or_form_id': 'cast(user_tags.tag_id as ' ~ dbt.type_string() ~ ')',
            'event_or_form_name': 'tags.tag_name',
        }) }}
    from {{ ref('stg_action_network__user_tags') }} as user_tags
    left join {{ ref('stg_action_network__tags') }} as tags
        on user_tags.tag_key = tags.tag_key

)

select * from row_actions
union all
select * from tag_actions
