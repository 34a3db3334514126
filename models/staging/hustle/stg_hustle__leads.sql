{#-
    Hustle leads. The sync appends a changed lead again: the latest
    updated_at wins. phone_number is synced as an integer and staged as text.
    A lead redacted after the fact (pii_redacted_at) keeps its row, flagged,
    with null names, e-mail and phone. Leads have no deletion marker.
-#}
{%- set staging_rules = {
    'source': ['hustle', 'leads'],
    'key': ['id'],
    'latest_by': ['updated_at'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('hustle'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as lead_key,
        {{ movement_360.m360_clean_text('id') }} as source_id,
        {{ movement_360.m360_clean_text('id') }} as lead_id,
        {{ movement_360.m360_clean_text('organization_id') }} as organization_id,
        org_id,
        {{ movement_360.m360_clean_text('first_name') }} as first_name,
        {{ movement_360.m360_clean_text('last_name') }} as last_name,
        {{ movement_360.m360_clean_text('email') }} as email,
        {{ movement_360.m360_number_as_text('phone_number') }} as phone_number,
        lower({{ movement_360.m360_clean_text('phone_number_type') }}) as phone_number_type,
        lower({{ movement_360.m360_clean_text('opt_out_type') }}) as opt_out_type,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'hustle' as source_system,
        source_schema,
        source_table,
        coalesce(global_opted_out, false) as is_globally_opted_out,
        pii_redacted_at is not null as is_pii_redacted,
        pii_redacted_at,
        created_at,
        updated_at

    from source

)

select * from renamed
