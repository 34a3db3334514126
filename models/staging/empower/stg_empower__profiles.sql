{%- set staging_rules = {
    'source': ['empower', 'profiles'],
    'key': ['eid'],
    'latest_by': ['updatedmts'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('empower'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'eid']) }} as profile_key,
        case
            when {{ movement_360.m360_clean_text('parenteid') }} is not null then {{ movement_360.m360_surrogate_key(['org_id', 'parenteid']) }}
        end as parent_profile_key,
        {{ movement_360.m360_clean_text('eid') }} as source_id,
        {{ movement_360.m360_clean_text('eid') }} as profile_id,
        {{ movement_360.m360_clean_text('parenteid') }} as parent_profile_id,
        vanid as myvoters_van_id,
        mycampaignvanid as mycampaign_van_id,
        regionid as region_id,
        currentctaid as current_cta_id,
        org_id,
        lower({{ movement_360.m360_clean_text('role') }}) as app_role,
        {{ movement_360.m360_clean_text('firstname') }} as first_name,
        {{ movement_360.m360_clean_text('lastname') }} as last_name,
        {{ movement_360.m360_clean_text('email') }} as email,
        {{ movement_360.m360_clean_text('phone') }} as phone,
        {{ movement_360.m360_clean_text('address') }} as address,
        {{ movement_360.m360_clean_text('city') }} as city,
        upper({{ movement_360.m360_clean_text('state') }}) as state_code,
        {{ movement_360.m360_clean_text('zip') }} as postal_code,
        {{ movement_360.m360_clean_text('relationship') }} as relationship,
        {{ movement_360.m360_clean_text('notes') }} as notes,
        {{ movement_360.m360_clean_text('activectaids') }} as active_cta_ids,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'empower' as source_system,
        source_schema,
        source_table,
        {{ movement_360.m360_epoch_ms_to_timestamp('createdmts') }} as created_at,
        {{ movement_360.m360_epoch_ms_to_timestamp('updatedmts') }} as updated_at,
        {{ movement_360.m360_epoch_ms_to_timestamp('lastusedempowermts') }} as last_used_empower_at

    from source

)

select * from renamed
