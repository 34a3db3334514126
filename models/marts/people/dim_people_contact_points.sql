{#- Every e-mail and phone of every person (int_identity__person_contact_points holds the logic). -#}
select
    person_id,
    contact_point_type,
    match_key,
    record_count,
    source_system_count,
    last_seen_at,
    is_primary
from {{ ref('int_identity__person_contact_points') }}
