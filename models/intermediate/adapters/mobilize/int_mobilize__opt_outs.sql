{#- Mobilize SMS consent records whose current status is an opt-out. -#}
{{ config(enabled=movement_360.m360_adapter_enabled('mobilize')) }}

with

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

)

select
    {{ movement_360.m360_opt_out_select() }}
from mobilize_sms_opt_outs
