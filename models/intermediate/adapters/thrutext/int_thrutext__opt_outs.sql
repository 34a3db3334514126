{#- ThruText opt-outs, each on the phone it came from. -#}
{{ config(enabled=movement_360.m360_adapter_enabled('thrutext')) }}

with

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

)

select
    {{ movement_360.m360_opt_out_select() }}
from thrutext_opt_outs
