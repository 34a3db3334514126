{%- set staging_rules = {
    'source': ['scale_to_win', 'messages'],
    'key': ['id'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('scale_to_win'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as message_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'campaign_contact_id']) }} as campaign_contact_key,
        {{ movement_360.m360_reference_key(['org_id', 'user_id']) }} as user_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as message_id,
        campaign_contact_id,
        user_id,
        canned_response_id,
        {{ movement_360.m360_clean_text('text') }} as message_text,
        {{ movement_360.m360_clean_text('contact_number') }} as contact_number,
        {{ movement_360.m360_clean_text('inbound_phone_number') }} as organization_number,
        {{ movement_360.m360_clean_text('send_status') }} as send_status,
        {{ movement_360.m360_clean_text('service') }} as service,
        {{ movement_360.m360_clean_text('media_url') }} as media_url,
        {{ movement_360.m360_clean_text('media_content_type') }} as media_content_type,
        num_segments,
        error_code,
        is_from_contact as is_inbound,
        -- The conversation's opening text: the earliest message a texter sent to this contact.
        {{ movement_360.m360_is_first_outgoing() }} as is_first_outgoing,
        created_at,
        service_response_at,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'scale_to_win' as source_system,
        org_id,
        source_schema,
        source_table

    from source

)

select * from renamed
