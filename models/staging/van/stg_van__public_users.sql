{%- set staging_rules = {
    'source': ['van', 'publicusers'],
    'key': ['publicuserid'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('van'), meta={'movement_360': staging_rules}) }}
{#-
    van_person_key: see the doc of the column in _van__models.yml. A public user's
    vanid is the volunteer's record in the committee's MyCampaign (database mode 1).
-#}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'publicuserid']) }} as public_user_key,
        case
            when vanid is not null
                then {{ movement_360.m360_van_person_key(statecode=none, database_mode='1') }}
        end as van_person_key,
        cast(publicuserid as {{ dbt.type_string() }}) as source_id,
        publicuserid as public_user_id,
        vanid as van_id,
        committeeid as committee_id,
        org_id,
        {{ movement_360.m360_clean_text('publicusername') }} as public_user_name,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'van' as source_system,
        source_schema,
        source_table,
        {{ movement_360.m360_local_to_utc('datecreated', var('movement_360__van_time_zone')) }} as created_at

    from source

)

select * from renamed
