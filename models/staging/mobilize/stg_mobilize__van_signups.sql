{%- set staging_rules = {
    'source': ['mobilize', 'van_signups'],
    'key': ['id'],
    'latest_by': ['modified_date'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('mobilize'), meta={'movement_360': staging_rules}) }}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'id']) }} as van_signup_link_key,
        {{ movement_360.m360_reference_key(['org_id', 'participation_id']) }} as participation_key,
        cast(id as {{ dbt.type_string() }}) as source_id,
        id as van_signup_link_id,
        participation_id,
        user_id,
        timeslot_id,
        van_id as van_event_signup_id,
        van_event_van_id as van_event_id,
        van_shift_van_id as van_event_shift_id,
        van_person_van_id as van_id,
        committee_id,
        org_id,
        upper({{ movement_360.m360_clean_text('signup_type') }}) as signup_type,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'mobilize' as source_system,
        source_schema,
        source_table,
        created_date as created_at,
        modified_date as modified_at

    from source

)

select * from renamed
