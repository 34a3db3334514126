{%- set staging_rules = {
    'source': ['van', 'contactsdeduped'],
    'key': ['contactsdedupedid'],
    'latest_by': ['datemodified'],
    'mode_suffixed': true,
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('van'), meta={'movement_360': staging_rules}) }}
{#-
    van_person_key: see the doc of the column in _van__models.yml. The merge log
    carries no statecode: merges happen in MyCampaign, where the key has no state part.
-#}
{%- set time_zone = var('movement_360__van_time_zone') -%}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'database_mode', 'contactsdedupedid']) }} as contacts_deduped_key,
        {{ movement_360.m360_van_person_key(statecode=none) }} as survivor_van_person_key,
        {{ movement_360.m360_van_person_key(vanid='dupvanid', statecode=none) }} as duplicate_van_person_key,
        cast(contactsdedupedid as {{ dbt.type_string() }}) as source_id,
        contactsdedupedid as contacts_deduped_id,
        vanid as survivor_van_id,
        dupvanid as duplicate_van_id,
        dedupedby as deduped_by_user_id,
        database_mode,
        org_id,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'van' as source_system,
        source_schema,
        source_table,
        {{ movement_360.m360_local_to_utc('datededuped', time_zone) }} as deduped_at,
        {{ movement_360.m360_local_to_utc('datemodified', time_zone) }} as modified_at

    from source

)

select * from renamed
