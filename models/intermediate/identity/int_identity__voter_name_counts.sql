{#-
    How many voter-file records (distinct MyVoters ids or DWIDs) carry each
    first name, last name and ZIP: one means the full name is unique at that
    ZIP, so two records agreeing on name and ZIP but holding no shared contact
    point are very likely that one person; two or more (a father and his
    junior at one address) means name and ZIP cannot tell them apart, and so
    do two dates of birth among any records of that name at that ZIP (a
    junior who is not a registered voter).
-#}
{{ config(materialized='table') }}

select
    org_id,
    first_name_key,
    last_name_key,
    zip5,
    count(distinct coalesce(myvoters_key, dwid_key)) as voter_record_count,
    count(distinct birth_date_value) as birth_date_count
from {{ ref('int_identity__person_records') }}
where
    coalesce(myvoters_key, dwid_key, cast(birth_date_value as {{ dbt.type_string() }})) is not null
    and first_name_key is not null
    and last_name_key is not null
    and zip5 is not null
group by org_id, first_name_key, last_name_key, zip5
