{#- The identity crosswalk: every source person record and its person_id (int_identity__crosswalk holds the logic). -#}
select
    person_record_key,
    person_id,
    org_id,
    source_system,
    source_table,
    source_record_id,
    match_rule,
    match_score,
    matched_to_record_key,
    is_anchor_record,
    records_in_person,
    record_created_at,
    record_updated_at
from {{ ref('int_identity__crosswalk') }}
