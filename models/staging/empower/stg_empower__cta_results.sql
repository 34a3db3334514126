{%- set staging_rules = {
    'source': ['empower', 'ctaresults'],
    'key': ['profileeid', 'ctaid'],
    'latest_by': ['contactedmts'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('empower'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'profileeid', 'ctaid']) }} as cta_result_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'profileeid']) }} as profile_key,
        {{ dbt.concat([
            "cast(profileeid as " ~ dbt.type_string() ~ ")",
            "'|'",
            "cast(ctaid as " ~ dbt.type_string() ~ ")",
        ]) }} as source_id,
        {{ movement_360.m360_clean_text('profileeid') }} as profile_id,
        ctaid as cta_id,
        org_id,
        {{ movement_360.m360_clean_text('answers') }} as answers_json,
        {{ movement_360.m360_clean_text('answeridsbypromptid') }} as answer_ids_by_prompt_id_json,
        {{ movement_360.m360_clean_text('notes') }} as notes,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'empower' as source_system,
        source_schema,
        source_table,
        {{ movement_360.m360_epoch_ms_to_timestamp('contactedmts') }} as contacted_at

    from source

)

select * from renamed
