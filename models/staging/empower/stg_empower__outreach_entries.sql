{#-
    outreachEntries has no id column: an entry is identified by the organizer, the
    target and the time it was logged (organizerEid, targetEid, outreachCreatedMts).
    source_id spells that key as '<organizerEid>|<targetEid>|<outreachCreatedMts>'.
-#}
{%- set staging_rules = {
    'source': ['empower', 'outreachentries'],
    'key': ['organizereid', 'targeteid', 'outreachcreatedmts'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('empower'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'organizereid', 'targeteid', 'outreachcreatedmts']) }} as outreach_entry_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'organizereid']) }} as organizer_profile_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'targeteid']) }} as target_profile_key,
        {{ dbt.concat([
            "cast(organizereid as " ~ dbt.type_string() ~ ")",
            "'|'",
            "cast(targeteid as " ~ dbt.type_string() ~ ")",
            "'|'",
            "cast(outreachcreatedmts as " ~ dbt.type_string() ~ ")",
        ]) }} as source_id,
        {{ movement_360.m360_clean_text('organizereid') }} as organizer_profile_id,
        {{ movement_360.m360_clean_text('targeteid') }} as target_profile_id,
        outreachcurrentctaid as cta_id,
        org_id,
        upper({{ movement_360.m360_clean_text('outreachcontactmode') }}) as contact_mode,
        upper({{ movement_360.m360_clean_text('outreachctaprogress') }}) as cta_progress,
        {{ movement_360.m360_clean_text('outreachnote') }} as note,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'empower' as source_system,
        source_schema,
        source_table,
        outreachdidgetresponse as has_response,
        {{ movement_360.m360_epoch_ms_to_timestamp('outreachcreatedmts') }} as outreach_created_at

    from source

)

select * from renamed
