{#- The golden record per person (int_identity__people holds the survivorship). -#}
select
    person_id,
    org_id,
    first_name,
    middle_name,
    last_name,
    name_suffix,
    email,
    phone,
    address_line_1,
    city,
    state_code,
    zip5,
    birth_date,
    myvoters_van_id,
    dwid,
    person_record_count,
    source_system_count,
    first_record_created_at,
    last_record_updated_at
from {{ ref('int_identity__people') }}
