{#- VAN canvass results that opt out (a text or call answered "stop"), on the VAN contact. -#}
{{ config(enabled=movement_360.m360_adapter_enabled('van')) }}

with

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
    from {{ ref('int_van__outreach_attempts') }}
    where
        source_system = 'van'
        and result = 'opted_out'
        and channel in ('text', 'phone')

)

select
    {{ movement_360.m360_opt_out_select() }}
from van_opted_out_attempts
