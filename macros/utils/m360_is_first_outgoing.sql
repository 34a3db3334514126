{#- Spoke and its forks (Scale to Win): true on a conversation's opening text, the earliest
    message a texter sent to one campaign contact. -#}
{% macro m360_is_first_outgoing(contact_column='campaign_contact_id', inbound_column='is_from_contact') %}
    coalesce(
        not {{ inbound_column }}
        and {{ contact_column }} is not null
        and row_number() over (
            partition by org_id, {{ contact_column }}, {{ inbound_column }}
            order by created_at asc nulls last, id asc
        ) = 1,
        false
    )
{% endmacro %}
