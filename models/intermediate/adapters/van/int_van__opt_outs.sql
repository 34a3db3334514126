{#-
    VAN opt-outs, on the VAN contact: canvass results that opt out (a text or
    call answered "stop"), and the contact's do-not-call, do-not-text,
    do-not-email and do-not-mail flags (stg_van__contact_preferences; the
    record's last change stands in for when the flag was set).
-#}
{{ config(enabled=movement_360.m360_adapter_enabled('van')) }}

{%- set flag_channels = {'is_do_not_call': 'call', 'is_do_not_text': 'sms', 'is_do_not_email': 'email', 'is_do_not_mail': 'mail'} %}

with

van_do_not_contact_flags as (

    {%- for flag, channel in flag_channels.items() %}
        select
            org_id,
            source_system,
            source_table,
            source_id,
            {{ movement_360.m360_person_record_key('van', 'contacts', 'van_person_key') }} as person_record_key,
            '{{ channel }}' as channel,
            cast(null as {{ dbt.type_string() }}) as contact_point_type,
            cast(null as {{ dbt.type_string() }}) as contact_value,
            '{{ flag | replace('is_', '') }}' as opt_out_reason,
            modified_at as opted_out_at
        from {{ ref('stg_van__contact_preferences') }}
        where {{ flag }}
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}

),

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
union all
select
    {{ movement_360.m360_opt_out_select() }}
from van_do_not_contact_flags
