{%- set staging_rules = {
    'source': ['van', 'voterfiledwidlookup'],
    'key': ['statecode', 'vanid'],
} -%}
{{ config(enabled=movement_360.m360_tool_enabled('van'), meta={'movement_360': staging_rules}) }}
{#-
    van_person_key: see the doc of the column in _van__models.yml. The lookup holds
    MyVoters ids only, so the database mode is 0 and the state is part of the key.
-#}

with

source as (

    {{ movement_360.m360_staged_source(staging_rules) }}

),

renamed as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', '0', 'upper(' ~ movement_360.m360_trim('statecode') ~ ')', 'vanid']) }} as van_person_key,
        cast(vanid as {{ dbt.type_string() }}) as source_id,
        vanid as van_id,
        cast(0 as {{ dbt.type_int() }}) as database_mode,
        org_id,
        upper({{ movement_360.m360_clean_text('statecode') }}) as state_code,
        {{ movement_360.m360_number_as_text('dwid') }} as dwid,
        {{- movement_360.m360_pass_through_columns(staging_rules) }}
        'van' as source_system,
        source_schema,
        source_table

    from source

)

select * from renamed
