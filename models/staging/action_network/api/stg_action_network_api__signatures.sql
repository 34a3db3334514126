{%- set staging_rules = {
    'source': ['action_network_api', 'signatures'],
    'key': ['identifier'],
    'latest_by': ['modified_date'],
} -%}
{{ config(
    enabled=movement_360.m360_adapter_enabled('action_network_api'),
    meta={'movement_360': staging_rules},
) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'identifier']) }} as signature_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'person_identifier']) }} as person_key,
        {{ movement_360.m360_clean_text('identifier') }} as source_id,
        {{ movement_360.m360_clean_text('identifier') }} as signature_identifier,
        {{ movement_360.m360_clean_text('person_identifier') }} as person_identifier,
        {{ movement_360.m360_clean_text('petition_identifier') }} as petition_identifier,
        {{ movement_360.m360_clean_text('petition_title') }} as petition_title,
        {{ movement_360.m360_clean_text('comments') }} as signer_comment,
        created_date as created_at,
        modified_date as modified_at,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'action_network' as source_system,
        org_id,
        source_schema,
        source_table

    from source

)

select * from renamed
