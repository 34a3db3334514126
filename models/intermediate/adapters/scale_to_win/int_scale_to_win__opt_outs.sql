{#- Scale to Win opt-outs: its opt-out list and campaign contacts flagged opted out. -#}
{{ config(enabled=movement_360.m360_adapter_enabled('scale_to_win')) }}

with

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

)

select
    {{ movement_360.m360_opt_out_select() }}
from scale_to_win_opt_outs
union all
select
    {{ movement_360.m360_opt_out_select() }}
from scale_to_win_opted_out_contacts
