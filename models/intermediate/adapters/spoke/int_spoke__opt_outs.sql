{#- Spoke opt-outs: the organization-wide opt-out list (a cell, no contact) and campaign contacts flagged opted out. -#}
{{ config(enabled=movement_360.m360_adapter_enabled('spoke')) }}

with

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

)

select
    {{ movement_360.m360_opt_out_select() }}
from spoke_opt_outs
union all
select
    {{ movement_360.m360_opt_out_select() }}
from spoke_opted_out_contacts
