{#-
    VAN actions: event signups (with the current status deciding attended or
    no-show: VAN keeps the status history, the latest status counts), online
    form submissions, contributions, activist codes applied and canvass survey
    responses.
-#}
{{ config(enabled=movement_360.m360_adapter_enabled('van')) }}

{%- set contact_key = movement_360.m360_person_record_key('van', 'contacts', 'van_person_key') %}

with

signups as (

    select * from {{ ref('stg_van__event_signups') }}

),

statuses as (

    select * from {{ ref('stg_van__event_signups_statuses') }}

),

first_statuses as (

    select
        event_signup_key,
        min(created_at) as signed_up_at
    from statuses
    group by event_signup_key

),

latest_statuses as (

    select
        event_signup_key,
        event_status_name,
        is_attended
    from statuses
    where is_latest_status

),

events as (

    select * from {{ ref('stg_van__events') }}

),

signup_rows as (

    select
        signups.*,
        first_statuses.signed_up_at,
        latest_statuses.event_status_name,
        latest_statuses.is_attended,
        events.event_name,
        events.event_calendar_name
    from signups
    left join first_statuses
        on signups.event_signup_key = first_statuses.event_signup_key
    left join latest_statuses
        on signups.event_signup_key = latest_statuses.event_signup_key
    left join events
        on signups.event_key = events.event_key

),

signup_actions as (

    {%- for action_type in ['event_signup', 'event_attended', 'event_no_show'] %}
        select
        {{ movement_360.m360_action_select({
            'action_key': movement_360.m360_surrogate_key(["'van'", "'" ~ action_type ~ "'", 'event_signup_key']),
            'org_id': 'org_id',
            'source_system': "'van'",
            'source_table': 'source_table',
            'source_id': 'source_id',
            'person_record_key': contact_key,
            'action_type': "'" ~ action_type ~ "'",
            'occurred_at': 'coalesce(signed_up_at, shift_starts_at)' if action_type == 'event_signup' else 'coalesce(shift_starts_at, signed_up_at)',
            'program': "'events'",
            'event_or_form_id': 'cast(event_id as ' ~ dbt.type_string() ~ ')',
            'event_or_form_name': 'event_name',
            'event_type': 'event_calendar_name',
            'role': 'event_role_name',
            'detail': 'event_status_name',
        }) }}
        from signup_rows
        {%- if action_type == 'event_attended' %}
            where is_attended
        {%- elif action_type == 'event_no_show' %}
            where lower(event_status_name) like '%no show%'
        {%- endif %}
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}

),

form_actions as (

    select
        {{ movement_360.m360_action_select({
            'action_key': movement_360.m360_surrogate_key(["'van'", "'form_submission'", 'submissions.form_submission_key']),
            'org_id': 'submissions.org_id',
            'source_system': "'van'",
            'source_table': 'submissions.source_table',
            'source_id': 'submissions.source_id',
            'person_record_key': movement_360.m360_person_record_key('van', 'contacts_online_forms', 'submissions.form_submission_key'),
            'action_type': "'form_submission'",
            'occurred_at': 'submissions.submitted_at',
            'program': "'digital'",
            'event_or_form_id': 'cast(submissions.online_form_id as ' ~ dbt.type_string() ~ ')',
            'event_or_form_name': 'forms.online_form_name',
        }) }}
    from {{ ref('stg_van__contacts_online_forms') }} as submissions
    left join {{ ref('stg_van__online_forms') }} as forms
        on submissions.online_form_key = forms.online_form_key

),

contribution_actions as (

    select
        {{ movement_360.m360_action_select({
            'action_key': movement_360.m360_surrogate_key(["'van'", "'donation'", 'contribution_key']),
            'org_id': 'org_id',
            'source_system': "'van'",
            'source_table': 'source_table',
            'source_id': 'source_id',
            'person_record_key': contact_key,
            'action_type': "'donation'",
            'occurred_at': 'received_at',
            'program': "'digital'",
            'detail': "case when is_recurring then 'recurring' else 'one-time' end",
            'amount': 'amount',
        }) }}
    from {{ ref('stg_van__contacts_contributions') }}
    where not coalesce(is_canceled, false)

),

activist_code_actions as (

    select
        {{ movement_360.m360_action_select({
            'action_key': movement_360.m360_surrogate_key(["'van'", "'activist_code_applied'", 'applications.activist_code_application_key']),
            'org_id': 'applications.org_id',
            'source_system': "'van'",
            'source_table': 'applications.source_table',
            'source_id': 'applications.source_id',
            'person_record_key': movement_360.m360_person_record_key('van', 'contacts', 'applications.van_person_key'),
            'action_type': "'activist_code_applied'",
            'occurred_at': 'applications.applied_at',
            'program': "'other'",
            'event_or_form_id': 'cast(applications.activist_code_id as ' ~ dbt.type_string() ~ ')',
            'event_or_form_name': 'codes.activist_code_name',
        }) }}
    from {{ ref('stg_van__contacts_activist_codes') }} as applications
    left join {{ ref('stg_van__activist_codes') }} as codes
        on applications.activist_code_key = codes.activist_code_key

),

survey_actions as (

    select
        {{ movement_360.m360_action_select({
            'action_key': movement_360.m360_surrogate_key(["'van'", "'survey_response'", 'canvass_responses.canvass_response_key']),
            'org_id': 'canvass_responses.org_id',
            'source_system': "'van'",
            'source_table': 'canvass_responses.source_table',
            'source_id': 'canvass_responses.source_id',
            'person_record_key': movement_360.m360_person_record_key('van', 'contacts', 'canvass_responses.van_person_key'),
            'action_type': "'survey_response'",
            'occurred_at': 'canvass_responses.canvassed_at',
            'program': "'other'",
            'event_or_form_id': 'cast(canvass_responses.survey_question_id as ' ~ dbt.type_string() ~ ')',
            'event_or_form_name': 'questions.survey_question_name',
            'detail': 'responses.survey_response_name',
        }) }}
    from {{ ref('stg_van__contacts_survey_responses') }} as canvass_responses
    left join {{ ref('stg_van__survey_questions') }} as questions
        on canvass_responses.org_id = questions.org_id and canvass_responses.survey_question_id = questions.survey_question_id
    left join {{ ref('stg_van__survey_responses') }} as responses
        on canvass_responses.survey_response_key = responses.survey_response_key

)

select * from signup_actions
union all
select * from form_actions
union all
select * from contribution_actions
union all
select * from activist_code_actions
union all
select * from survey_actions
