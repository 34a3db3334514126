{#-
    Data quality per tool, table and day, from the people and programs marts: of the contact
    attempts a tool's table synced that day, those whose canvasser's username is blank and those no
    method could credit; of the person records it created that day, those without a phone or
    e-mail, without a source id unique in their table, linked to no other tool, and linked
    to a VAN record. The health checks (m360_health_rate_jump) compare each day's rates with
    the tool's own trailing rates.
-#}
with

attempts as (

    select * from {{ ref('fct_outreach_attempts') }}

),

crosswalk as (

    select * from {{ ref('dim_people_crosswalk') }}

),

record_values as (

    select * from {{ ref('int_identity__record_values') }}

),

record_contact as (

    select
        person_record_key,
        max(case when email_key is not null or phone_key is not null then 1 else 0 end) as has_contact
    from record_values
    group by person_record_key

),

person_tools as (

    select
        person_id,
        count(distinct source_system) as tools_in_person,
        max(case when source_system = 'van' then 1 else 0 end) as has_van_record
    from crosswalk
    group by person_id

),

source_id_counts as (

    select
        org_id,
        source_system,
        source_table,
        source_record_id,
        count(*) as records_with_id
    from crosswalk
    where source_record_id is not null
    group by org_id, source_system, source_table, source_record_id

),

attempts_per_day as (

    select
        org_id,
        source_system as tool,
        source_table,
        attempted_on as activity_date,
        count(*) as attempts,
        sum(case when canvasser_key is not null then 1 else 0 end) as attempts_with_canvasser,
        sum(case when canvasser_key is not null and coalesce({{ movement_360.m360_trim('canvasser_username') }}, '') = '' then 1 else 0 end)
            as attempts_blank_canvasser_username,
        sum(case when attribution_method = 'unattributed' then 1 else 0 end) as attempts_unattributed,
        0 as person_records,
        0 as records_without_contact,
        0 as records_without_unique_source_id,
        0 as records_unlinked,
        0 as records_linked_to_van
    from attempts
    where attempted_on is not null
    group by org_id, source_system, source_table, attempted_on

),

records_per_day as (

    select
        crosswalk.org_id,
        crosswalk.source_system as tool,
        crosswalk.source_table,
        cast({{ dbt.date_trunc('day', 'crosswalk.record_created_at') }} as date) as activity_date,
        0 as attempts,
        0 as attempts_with_canvasser,
        0 as attempts_blank_canvasser_username,
        0 as attempts_unattributed,
        count(*) as person_records,
        sum(case when coalesce(record_contact.has_contact, 0) = 0 then 1 else 0 end) as records_without_contact,
        sum(case when source_id_counts.records_with_id is null or source_id_counts.records_with_id > 1 then 1 else 0 end)
            as records_without_unique_source_id,
        sum(case when person_tools.tools_in_person = 1 then 1 else 0 end) as records_unlinked,
        sum(case when person_tools.has_van_record = 1 then 1 else 0 end) as records_linked_to_van
    from crosswalk
    left join record_contact
        on crosswalk.person_record_key = record_contact.person_record_key
    left join person_tools
        on crosswalk.person_id = person_tools.person_id
    left join source_id_counts
        on
            crosswalk.org_id = source_id_counts.org_id
            and crosswalk.source_system = source_id_counts.source_system
            and crosswalk.source_table = source_id_counts.source_table
            and crosswalk.source_record_id = source_id_counts.source_record_id
    where crosswalk.record_created_at is not null
    group by crosswalk.org_id, crosswalk.source_system, crosswalk.source_table, cast({{ dbt.date_trunc('day', 'crosswalk.record_created_at') }} as date)

),

unioned as (

    select * from attempts_per_day
    union all
    select * from records_per_day

),

final as (

    select
        {{ movement_360.m360_surrogate_key(['org_id', 'tool', 'source_table', 'activity_date']) }} as tool_daily_quality_key,
        org_id,
        tool,
        source_table,
        cast(sum(attempts) as {{ dbt.type_bigint() }}) as attempts,
        cast(sum(attempts_with_canvasser) as {{ dbt.type_bigint() }}) as attempts_with_canvasser,
        cast(sum(attempts_blank_canvasser_username) as {{ dbt.type_bigint() }}) as attempts_blank_canvasser_username,
        cast(sum(attempts_unattributed) as {{ dbt.type_bigint() }}) as attempts_unattributed,
        cast(sum(person_records) as {{ dbt.type_bigint() }}) as person_records,
        cast(sum(records_without_contact) as {{ dbt.type_bigint() }}) as records_without_contact,
        cast(sum(records_without_unique_source_id) as {{ dbt.type_bigint() }}) as records_without_unique_source_id,
        cast(sum(records_unlinked) as {{ dbt.type_bigint() }}) as records_unlinked,
        cast(sum(records_linked_to_van) as {{ dbt.type_bigint() }}) as records_linked_to_van,
        activity_date
    from unioned
    group by org_id, tool, source_table, activity_date

)

select * from final
