{#- Action Network (SQL mirror) e-mail unsubscriptions. Users removed by a merge are left out on purpose: the mirror marks the removed user unsubscribed, but the person kept their subscription. -#}
{{ config(enabled=movement_360.m360_adapter_enabled('action_network')) }}

with

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

)

select
    {{ movement_360.m360_opt_out_select() }}
from action_network_unsubscriptions
