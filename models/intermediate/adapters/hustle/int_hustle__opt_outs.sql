{#- Hustle leads carrying a global or per-group opt-out. -#}
{{ config(enabled=movement_360.m360_adapter_enabled('hustle')) }}

with

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

)

select
    {{ movement_360.m360_opt_out_select() }}
from hustle_opted_out_leads
