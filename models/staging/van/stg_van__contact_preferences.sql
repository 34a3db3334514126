{#-
    VAN's do-not-contact flags of each person record, read from the same
    contacts table and by the same rules as stg_van__contacts (latest delivery
    per record, suppressed records removed): nocall, noemail, nomail, notext.
    A sync that lacks a flag column stages it as null (unknown), not false.
-#}
{%- set staging_rules = {
    'source': ['van', 'contacts'],
    'key': ['statecode', 'vanid'],
    'latest_by': ['datemodified'],
    'suppressed_when': 'datesuppressed is not null',
    'mode_suffixed': true,
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('van'), meta={'movement_360': staging_rules}) }}
{%- set time_zone = var('movement_360__van_time_zone') -%}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_van_person_key() }} as van_person_key,
        cast(vanid as {{ dbt.type_string() }}) as source_id,
        vanid as van_id,
        database_mode,
        org_id,
        upper({{ movement_360.m360_clean_text('statecode') }}) as state_code,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'van' as source_system,
        source_schema,
        source_table,
        {{ movement_360.m360_flag_to_boolean('nocall') }} as is_do_not_call,
        {{ movement_360.m360_flag_to_boolean('noemail') }} as is_do_not_email,
        {{ movement_360.m360_flag_to_boolean('nomail') }} as is_do_not_mail,
        {{ movement_360.m360_flag_to_boolean('notext') }} as is_do_not_text,
        {{ movement_360.m360_local_to_utc('datemodified', time_zone) }} as modified_at

    from source

)

select * from renamed
