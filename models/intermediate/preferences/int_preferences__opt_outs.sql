{#-
    Every opt-out any enabled tool recorded, one row per event: the channel it
    stops, the phone or e-mail it was given on (as a match key, so it meets the
    identity layer's contact points) and the person record it belongs to (keys
    built exactly as the tool's person records adapter builds them). Each tool
    is read only when enabled; with none enabled the relation is empty but typed.

    Left out on purpose: Action Network users removed by a merge (the mirror
    marks the removed user unsubscribed; the person kept their subscription),
    and Action Network API phone statuses (an unsubscribed phone there does not
    tell a withdrawn consent from a number that never opted in).
-#}
{{ config(materialized='table') }}

{%- set van_enabled = movement_360.m360_tool_enabled('van') %}
{%- set spoke_enabled = movement_360.m360_tool_enabled('spoke') %}
{%- set scale_to_win_enabled = movement_360.m360_tool_enabled('scale_to_win') %}
{%- set thrutext_enabled = movement_360.m360_tool_enabled('thrutext') %}
{%- set hustle_enabled = movement_360.m360_tool_enabled('hustle') %}
{%- set mobilize_enabled = movement_360.m360_tool_enabled('mobilize') %}
{%- set action_network_shape = var('movement_360__action_network_shape', 'mirror') %}
{%- set action_network_mirror_enabled = movement_360.m360_tool_enabled('action_network') and action_network_shape == 'mirror' %}
{%- set action_network_api_enabled = movement_360.m360_tool_enabled('action_network') and action_network_shape == 'api' %}

{%- set event_ctes =
    (['spoke_opt_outs', 'spoke_opted_out_contacts'] if spoke_enabled else [])
    + (['scale_to_win_opt_outs', 'scale_to_win_opted_out_contacts'] if scale_to_win_enabled else [])
    + (['thrutext_opt_outs'] if thrutext_enabled else [])
    + (['hustle_opted_out_leads'] if hustle_enabled else [])
    + (['mobilize_sms_opt_outs'] if mobilize_enabled else [])
    + (['action_network_unsubscriptions'] if action_network_mirror_enabled else [])
    + (['action_network_api_unsubscriptions'] if action_network_api_enabled else [])
    + (['van_opted_out_attempts'] if van_enabled else []) %}

with

{% if spoke_enabled %}
    {# Spoke opts out a cell in an organization: the row names no contact. A reversed opt-out is deleted. -#}
    spoke_opt_outs as (

        select
            org_id,
            source_system,
            source_table,
            source_id,
            cast(null as {{ dbt.type_string() }}) as person_record_key,
            'sms' as channel,
            'phone' as contact_point_type,
            cell as contact_value,
            coalesce(reason_code, 'opt_out') as opt_out_reason,
            opted_out_at
        from {{ ref('stg_spoke__opt_out') }}

    ),

    {# A contact whose latest version is opted out; Spoke keeps no time for the flag, the contact's last change stands in. -#}
    spoke_opted_out_contacts as (

        select
            org_id,
            source_system,
            source_table,
            source_id,
            {{ movement_360.m360_person_record_key('spoke', 'campaign_contact', 'campaign_contact_key') }} as person_record_key,
            'sms' as channel,
            'phone' as contact_point_type,
            cell as contact_value,
            'is_opted_out' as opt_out_reason,
            updated_at as opted_out_at
        from {{ ref('stg_spoke__campaign_contact') }}
        where is_opted_out

    ),

{% endif %}

{% if scale_to_win_enabled %}
    {# Scale to Win soft-deletes a reversed opt-out; staging drops it. -#}
    scale_to_win_opt_outs as (

        select
            org_id,
            source_system,
            source_table,
            source_id,
            case
                when campaign_contact_key is not null
                    then {{ movement_360.m360_person_record_key('scale_to_win', 'campaign_contacts', 'campaign_contact_key') }}
            end as person_record_key,
            'sms' as channel,
            'phone' as contact_point_type,
            cell as contact_value,
            coalesce(reason_code, 'opt_out') as opt_out_reason,
            opted_out_at
        from {{ ref('stg_scale_to_win__opt_outs') }}

    ),

    scale_to_win_opted_out_contacts as (

        select
            org_id,
            source_system,
            source_table,
            source_id,
            {{ movement_360.m360_person_record_key('scale_to_win', 'campaign_contacts', 'campaign_contact_key') }} as person_record_key,
            'sms' as channel,
            'phone' as contact_point_type,
            cell as contact_value,
            'is_opted_out' as opt_out_reason,
            updated_at as opted_out_at
        from {{ ref('stg_scale_to_win__campaign_contacts') }}
        where is_opted_out

    ),

{% endif %}

{% if thrutext_enabled %}
    thrutext_opt_outs as (

        select
            org_id,
            source_system,
            source_table,
            source_id,
            case
                when contact_id is not null
                    then {{ movement_360.m360_person_record_key('thrutext', 'contacts', 'contact_key') }}
            end as person_record_key,
            'sms' as channel,
            'phone' as contact_point_type,
            contact_phone as contact_value,
            coalesce(opt_out_type, 'opt_out') as opt_out_reason,
            opted_out_at
        from {{ ref('stg_thrutext__opt_outs') }}

    ),

{% endif %}

{% if hustle_enabled %}
    {# A lead carries its opt-out as a state; its last change stands in for the time. -#}
    hustle_opted_out_leads as (

        select
            org_id,
            source_system,
            source_table,
            source_id,
            {{ movement_360.m360_person_record_key('hustle', 'leads', 'lead_key') }} as person_record_key,
            'sms' as channel,
            'phone' as contact_point_type,
            phone_number as contact_value,
            coalesce(opt_out_type, 'global_opt_out') as opt_out_reason,
            updated_at as opted_out_at
        from {{ ref('stg_hustle__leads') }}
        where is_globally_opted_out or opt_out_type is not null

    ),

{% endif %}

{% if mobilize_enabled %}
    {# The consent record's current status; its last change is when it became an opt-out. -#}
    mobilize_sms_opt_outs as (

        select
            org_id,
            source_system,
            source_table,
            source_id,
            {{ movement_360.m360_person_record_key('mobilize', 'users', 'user_key') }} as person_record_key,
            'sms' as channel,
            'phone' as contact_point_type,
            phone as contact_value,
            lower(sms_opt_in_status) as opt_out_reason,
            modified_at as opted_out_at
        from {{ ref('stg_mobilize__sms_opt_ins') }}
        where sms_opt_in_status = 'OPT_OUT'

    ),

{% endif %}

{% if action_network_mirror_enabled %}
    action_network_removed_users as (

        select distinct removed_user_key
        from {{ ref('stg_action_network__user_merge_logs') }}
        where removed_user_key is not null

    ),

    action_network_users as (

        select
            user_key,
            email
        from {{ ref('stg_action_network__users') }}

    ),

    action_network_unsubscriptions as (

        select
            subscriptions.org_id,
            subscriptions.source_system,
            subscriptions.source_table,
            subscriptions.source_id,
            {{ movement_360.m360_person_record_key('action_network', 'users', 'subscriptions.user_key') }} as person_record_key,
            'email' as channel,
            'email' as contact_point_type,
            action_network_users.email as contact_value,
            subscriptions.subscription_status as opt_out_reason,
            subscriptions.updated_at as opted_out_at
        from {{ ref('stg_action_network__subscriptions') }} as subscriptions
        left join action_network_users
            on subscriptions.user_key = action_network_users.user_key
        left join action_network_removed_users
            on subscriptions.user_key = action_network_removed_users.removed_user_key
        where
            subscriptions.subscription_status = 'unsubscribed'
            and action_network_removed_users.removed_user_key is null

    ),

{% endif %}

{% if action_network_api_enabled %}
action_network_api_unsubscriptions as (

    select
        org_id,
        source_system,
        source_table,
        source_id,
        {{ movement_360.m360_person_record_key('action_network', 'people', 'person_key') }} as person_record_key,
        'email' as channel,
        'email' as contact_point_type,
        email as contact_value,
        email_status as opt_out_reason,
        modified_at as opted_out_at
    from {{ ref('stg_action_network_api__people_email_addresses') }}
    where email_status = 'unsubscribed'

),

{% endif %}

{% if van_enabled %}
    {# A VAN canvass result that opts out (a text or call answered "stop"), on the VAN contact. -#}
    van_opted_out_attempts as (

        select
            org_id,
            source_system,
            source_table,
            source_id,
            person_record_key,
            case when channel = 'text' then 'sms' else 'call' end as channel,
            cast(null as {{ dbt.type_string() }}) as contact_point_type,
            cast(null as {{ dbt.type_string() }}) as contact_value,
            result_label as opt_out_reason,
            attempted_at as opted_out_at
        from {{ ref('int_attribution__attempts') }}
        where
            source_system = 'van'
            and result = 'opted_out'
            and channel in ('text', 'phone')

    ),

{% endif %}

events as (

    {%- if event_ctes | length == 0 %}
        select
            cast(null as {{ dbt.type_string() }}) as org_id,
            cast(null as {{ dbt.type_string() }}) as source_system,
            cast(null as {{ dbt.type_string() }}) as source_table,
            cast(null as {{ dbt.type_string() }}) as source_id,
            cast(null as {{ dbt.type_string() }}) as person_record_key,
            cast(null as {{ dbt.type_string() }}) as channel,
            cast(null as {{ dbt.type_string() }}) as contact_point_type,
            cast(null as {{ dbt.type_string() }}) as contact_value,
            cast(null as {{ dbt.type_string() }}) as opt_out_reason,
            cast(null as {{ dbt.type_timestamp() }}) as opted_out_at
        from (select 1 as one) as no_tool
        where 1 = 0
    {%- endif %}
    {%- for event_cte in event_ctes %}
        select
            cast(org_id as {{ dbt.type_string() }}) as org_id,
            cast(source_system as {{ dbt.type_string() }}) as source_system,
            cast(source_table as {{ dbt.type_string() }}) as source_table,
            cast(source_id as {{ dbt.type_string() }}) as source_id,
            cast(person_record_key as {{ dbt.type_string() }}) as person_record_key,
            cast(channel as {{ dbt.type_string() }}) as channel,
            cast(contact_point_type as {{ dbt.type_string() }}) as contact_point_type,
            cast(contact_value as {{ dbt.type_string() }}) as contact_value,
            cast(opt_out_reason as {{ dbt.type_string() }}) as opt_out_reason,
            cast(opted_out_at as {{ dbt.type_timestamp() }}) as opted_out_at
        from {{ event_cte }}
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}

),

matched as (

    select
        *,
        case
            when contact_point_type = 'phone' then {{ movement_360.m360_phone_national('contact_value') }}
            when contact_point_type = 'email' then {{ movement_360.m360_email_match_key('contact_value') }}
        end as match_key
    from events

)

select
    {{ movement_360.m360_surrogate_key(['org_id', 'source_system', 'source_table', 'source_id', 'channel']) }} as opt_out_key,
    org_id,
    source_system,
    source_table,
    source_id,
    person_record_key,
    channel,
    case when match_key is not null then contact_point_type end as contact_point_type,
    match_key,
    opt_out_reason,
    opted_out_at
from matched
