{%- set staging_rules = {
    'source': ['mobilize', 'event_tags'],
    'key': ['id'],
    'latest_by': ['modified_date'],
    'suppressed_when': 'deleted_date is not null',
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('mobilize'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as event_tag_key,
        {{ movement_360.m360_surrogate_key(['org_id', 'event_id']) }} as event_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as event_tag_id,
        event_id,
        tag_id,
        org_id,
        {{ movement_360.m360_clean_text('tag__name') }} as tag_name,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'mobilize' as source_system,
        source_schema,
        source_table,
        created_date as created_at,
        modified_date as modified_at

    from source

)

select * from renamed
