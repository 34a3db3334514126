select
    cast(priority as {{ dbt.type_int() }}) as priority,
    cast(turf_field as {{ dbt.type_string() }}) as turf_field,
    cast(turf_value as {{ dbt.type_string() }}) as turf_value,
    cast(organizer_name as {{ dbt.type_string() }}) as organizer_name,
    cast(team as {{ dbt.type_string() }}) as team
from {{ source('m360_demo_config', 'turf_rules') }}
