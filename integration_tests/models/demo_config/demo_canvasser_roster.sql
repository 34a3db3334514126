select
    cast(source_system as {{ dbt.type_string() }}) as source_system,
    cast(canvasser_source_id as {{ dbt.type_string() }}) as canvasser_source_id,
    cast(email as {{ dbt.type_string() }}) as email,
    cast(canvasser_name as {{ dbt.type_string() }}) as canvasser_name,
    cast(role as {{ dbt.type_string() }}) as role,
    cast(team as {{ dbt.type_string() }}) as team,
    cast(organizer_name as {{ dbt.type_string() }}) as organizer_name
from {{ source('m360_demo_config', 'canvasser_roster') }}
