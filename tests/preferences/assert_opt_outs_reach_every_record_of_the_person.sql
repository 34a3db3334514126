{#-
    An opt-out recorded in one tool shows on the person's records from every
    other tool. Fails with one row per problem:
    - not_resolved_to_record_person: an event recorded on a person record in the
      crosswalk did not reach that record's person;
    - not_resolved_to_contact_point_holder: a person of the group holds the
      event's phone or e-mail and the event did not reach them;
    - record_not_opted_out: a record (any tool) of a person an event reached
      does not show is_opted_out for the event's channel in
      dim_person_contact_preferences.
-#}
with

opt_outs as (

    select * from {{ ref('int_preferences__opt_outs') }}

),

person_opt_outs as (

    select * from {{ ref('int_preferences__person_opt_outs') }}

),

crosswalk as (

    select
        person_record_key,
        person_id,
        source_system
    from {{ ref('dim_people_crosswalk') }}

),

holders as (

    select
        contact_points.person_id,
        people.org_id,
        contact_points.contact_point_type,
        contact_points.match_key
    from {{ ref('dim_people_contact_points') }} as contact_points
    inner join {{ ref('dim_people') }} as people
        on contact_points.person_id = people.person_id

),

preferences as (

    select
        person_id,
        channel,
        is_opted_out
    from {{ ref('dim_person_contact_preferences') }}

),

expected as (

    select
        opt_outs.opt_out_key,
        crosswalk.person_id,
        'not_resolved_to_record_person' as problem
    from opt_outs
    inner join crosswalk
        on opt_outs.person_record_key = crosswalk.person_record_key

    union distinct

    select
        opt_outs.opt_out_key,
        holders.person_id,
        'not_resolved_to_contact_point_holder' as problem
    from opt_outs
    inner join holders
        on
            opt_outs.org_id = holders.org_id
            and opt_outs.contact_point_type = holders.contact_point_type
            and opt_outs.match_key = holders.match_key

),

missing_resolutions as (

    select
        expected.opt_out_key,
        expected.person_id,
        cast(null as {{ dbt.type_string() }}) as person_record_key,
        cast(null as {{ dbt.type_string() }}) as record_source_system,
        expected.problem
    from expected
    left join person_opt_outs
        on
            expected.opt_out_key = person_opt_outs.opt_out_key
            and expected.person_id = person_opt_outs.person_id
    where person_opt_outs.opt_out_key is null

),

records_not_opted_out as (

    select
        person_opt_outs.opt_out_key,
        person_opt_outs.person_id,
        crosswalk.person_record_key,
        crosswalk.source_system as record_source_system,
        'record_not_opted_out' as problem
    from person_opt_outs
    inner join crosswalk
        on person_opt_outs.person_id = crosswalk.person_id
    left join preferences
        on
            crosswalk.person_id = preferences.person_id
            and person_opt_outs.channel = preferences.channel
    where not coalesce(preferences.is_opted_out, false)

)

select * from missing_resolutions
union all
select * from records_not_opted_out
