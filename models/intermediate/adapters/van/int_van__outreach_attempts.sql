{#-
    VAN's contact attempts (contactscontacts, both database modes): door
    knocks, calls and texts as VAN logged them. canvassedby holds a staff
    user, an integration user (a texting or dialer tool posting its own
    attempts) or a volunteer's public user; the username often syncs blank
    for volunteers, so the key of whichever account it is is kept.
-#}
{{ config(enabled=movement_360.m360_adapter_enabled('van')) }}

with

attempts as (

    select * from {{ ref('stg_van__contacts_contacts') }}

),

results as (

    select
        org_id,
        result_id,
        result_short_name
    from {{ ref('stg_van__results') }}

),

contact_types as (

    select
        org_id,
        contact_type_id,
        contact_type_name
    from {{ ref('stg_van__contact_types') }}

),

input_types as (

    select
        org_id,
        input_type_id,
        input_type_name
    from {{ ref('stg_van__input_types') }}

),

campaigns as (

    select
        org_id,
        campaign_id,
        campaign_name
    from {{ ref('stg_van__campaigns') }}

),

canvassers as (

    select
        org_id,
        source_id,
        canvasser_key,
        canvasser_type,
        integration_source_system
    from {{ ref('int_van__canvassers') }}

),

labelled as (

    select
        attempts.*,
        results.result_short_name,
        lower(contact_types.contact_type_name) as contact_type_name,
        input_types.input_type_name,
        campaigns.campaign_name,
        coalesce(user_accounts.canvasser_key, public_users.canvasser_key) as known_canvasser_key,
        user_accounts.integration_source_system
    from attempts
    left join results
        on attempts.org_id = results.org_id and attempts.result_id = results.result_id
    left join contact_types
        on attempts.org_id = contact_types.org_id and attempts.contact_type_id = contact_types.contact_type_id
    left join input_types
        on attempts.org_id = input_types.org_id and attempts.input_type_id = input_types.input_type_id
    left join campaigns
        on attempts.org_id = campaigns.org_id and attempts.campaign_id = campaigns.campaign_id
    left join canvassers as user_accounts
        on
            attempts.org_id = user_accounts.org_id
            and cast(attempts.canvassed_by_user_id as {{ dbt.type_string() }}) = user_accounts.source_id
            and user_accounts.canvasser_type in ('van_user', 'integration_user')
    left join canvassers as public_users
        on
            attempts.org_id = public_users.org_id
            and cast(attempts.canvassed_by_user_id as {{ dbt.type_string() }}) = public_users.source_id
            and public_users.canvasser_type = 'van_public_user'

)

select
    {{ movement_360.m360_outreach_attempt_select({
        'attempt_key': movement_360.m360_surrogate_key(["'van'", 'contact_attempt_key']),
        'org_id': 'org_id',
        'source_system': "'van'",
        'source_table': 'source_table',
        'source_id': 'source_id',
        'person_record_key': movement_360.m360_person_record_key('van', 'contacts', 'van_person_key'),
        'channel': "case
            when contact_type_name like '%walk%' or contact_type_name like '%door%' then 'door'
            when contact_type_name like '%sms%' or contact_type_name like '%text%' then 'text'
            when contact_type_name like '%phone%' or contact_type_name like '%dial%' or contact_type_name like '%call%' then 'phone'
            when contact_type_name like '%relational%' then 'relational'
            when contact_type_name like '%mail%' then 'mail'
            else 'other'
        end",
        'attempted_at': 'canvassed_at',
        'result': "coalesce(" ~ movement_360.m360_outreach_result('result_short_name') ~ ", 'other')",
        'result_label': "coalesce(result_short_name, " ~ dbt.concat(["'result '", 'cast(result_id as ' ~ dbt.type_string() ~ ')']) ~ ")",
        'is_contact': movement_360.m360_result_is_contact(movement_360.m360_outreach_result('result_short_name')),
        'campaign_name': 'campaign_name',
        'canvasser_key': "coalesce(known_canvasser_key, case when canvassed_by_user_id is not null then " ~ movement_360.m360_canvasser_key('van', 'unknown_user', 'canvassed_by_user_id') ~ " end)",
        'canvasser_source_id': 'cast(canvassed_by_user_id as ' ~ dbt.type_string() ~ ')',
        'canvasser_username': 'canvasser_username',
        'input_type': 'input_type_name',
        'integration_source_system': 'integration_source_system',
    }) }}
from labelled
