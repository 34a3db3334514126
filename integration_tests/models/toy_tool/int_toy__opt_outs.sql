{#- The toy tool's adapter of the opt-outs contract: contacts flagged as unsubscribed from e-mail. -#}
{{ config(enabled=movement_360.m360_adapter_enabled('toy')) }}

select
    {{ movement_360.m360_opt_out_select({
        'person_record_key': movement_360.m360_person_record_key('toy', 'contacts', 'contact_key'),
        'channel': "'email'",
        'contact_point_type': "'email'",
        'contact_value': 'email',
        'opt_out_reason': "'unsubscribed'",
        'opted_out_at': 'updated_at',
    }) }}
from {{ ref('stg_toy__contacts') }}
where is_email_opted_out
