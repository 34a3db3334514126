{#-
    Every row of every staged table that holds people reaches the crosswalk: a
    filter in an adapter that dropped records would show here. The tables are
    the active tools' person_tables in the tool registry.
-#}
{%- set checked = [] %}
{%- for entry in movement_360.m360_active_tools() if 'person_records' in entry.contracts %}
    {%- for model, key, record_type, present_column in entry.person_tables %}
        {%- do checked.append((model, key, record_type, entry.source_system, present_column)) %}
    {%- endfor %}
{%- endfor %}

with

staged as (

    {%- for model, key, record_type, source_system, present_column in checked %}
    select distinct
        '{{ model }}' as staging_model,
        {{ movement_360.m360_person_record_key(source_system, record_type, key) }} as person_record_key
    from {{ ref(model) }}
    where {{ present_column }} is not null
    union all
    {%- endfor %}
    select
        cast(null as {{ dbt.type_string() }}) as staging_model,
        cast(null as {{ dbt.type_string() }}) as person_record_key
    where 1 = 0

)

select staged.staging_model, staged.person_record_key
from staged
left join {{ ref('dim_people_crosswalk') }} as crosswalk
    on staged.person_record_key = crosswalk.person_record_key
where crosswalk.person_record_key is null
