{#- Action Network (API shape) unsubscribed e-mail addresses. Phone statuses are left out on purpose: an unsubscribed phone there does not tell a withdrawn consent from a number that never opted in. -#}
{{ config(enabled=movement_360.m360_adapter_enabled('action_network_api')) }}

with

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

)

select
    {{ movement_360.m360_opt_out_select() }}
from action_network_api_unsubscriptions
