{#-
    Every canvasser identity of every enabled tool, resolved to a person where
    possible, so a volunteer canvasser is also a member with a journey: through
    the person record the tool links it to (a VAN public user's contact, a
    Spoke user), else an e-mail or phone that exactly one person holds, else a
    full name exactly one person has (as written, else through a nickname). Integration users are not people.
-#}
{{ config(materialized='table') }}

{%- set adapters = movement_360.m360_contract_adapters('canvassers') %}
{%- set contract = movement_360.m360_canvasser_contract() %}

with

adapter_rows as (

    {{ movement_360.m360_union_adapters(adapters, contract) }}

),

canvassers as (

    select
        *,
        {{ movement_360.m360_email_match_key('email') }} as email_key,
        {{ movement_360.m360_phone_national('phone') }} as phone_key,
        {{ movement_360.m360_name_key('first_name') }} as first_name_key,
        {{ movement_360.m360_last_name_key('last_name') }} as last_name_key
    from adapter_rows

),

crosswalk as (

    select
        person_record_key,
        person_id
    from {{ ref('int_identity__crosswalk') }}

),

{# A contact point or name identifies a person only when exactly one person holds it. -#}
contact_point_owners as (

    select
        people.org_id,
        contact_points.contact_point_type,
        contact_points.match_key,
        min(contact_points.person_id) as person_id
    from {{ ref('int_identity__person_contact_points') }} as contact_points
    inner join {{ ref('int_identity__people') }} as people
        on contact_points.person_id = people.person_id
    group by people.org_id, contact_points.contact_point_type, contact_points.match_key
    having count(distinct contact_points.person_id) = 1

),

name_owners as (

    select
        org_id,
        {{ movement_360.m360_name_key('first_name') }} as first_name_key,
        {{ movement_360.m360_last_name_key('last_name') }} as last_name_key,
        min(person_id) as person_id
    from {{ ref('int_identity__people') }}
    where first_name is not null and last_name is not null
    group by org_id, {{ movement_360.m360_name_key('first_name') }}, {{ movement_360.m360_last_name_key('last_name') }}
    having count(*) = 1

),

{# A nickname of a full name one person has ("Bob Smith" for the only Robert Smith), when no one has the name as written. -#}
nickname_owners as (

    select
        people.org_id,
        equivalents.name_key as first_name_key,
        {{ movement_360.m360_last_name_key('people.last_name') }} as last_name_key,
        min(people.person_id) as person_id
    from {{ ref('int_identity__people') }} as people
    inner join {{ ref('int_identity__first_name_equivalents') }} as equivalents
        on {{ movement_360.m360_name_key('people.first_name') }} = equivalents.equivalent_key
    where people.last_name is not null
    group by people.org_id, equivalents.name_key, {{ movement_360.m360_last_name_key('people.last_name') }}
    having count(distinct people.person_id) = 1

),

resolved as (

    select
        canvassers.*,
        case
            when canvassers.canvasser_type = 'integration_user' then null
            else coalesce(linked.person_id, by_email.person_id, by_phone.person_id, by_name.person_id, by_nickname.person_id)
        end as person_id,
        case
            when canvassers.canvasser_type = 'integration_user' then 'integration_user'
            when linked.person_id is not null then 'linked_record'
            when by_email.person_id is not null then 'email'
            when by_phone.person_id is not null then 'phone'
            when by_name.person_id is not null then 'name'
            when by_nickname.person_id is not null then 'nickname'
            else 'unresolved'
        end as person_match_method
    from canvassers
    left join crosswalk as linked
        on canvassers.person_record_key = linked.person_record_key
    left join contact_point_owners as by_email
        on
            canvassers.org_id = by_email.org_id
            and by_email.contact_point_type = 'email'
            and canvassers.email_key = by_email.match_key
    left join contact_point_owners as by_phone
        on
            canvassers.org_id = by_phone.org_id
            and by_phone.contact_point_type = 'phone'
            and canvassers.phone_key = by_phone.match_key
    left join name_owners as by_name
        on
            canvassers.org_id = by_name.org_id
            and canvassers.first_name_key = by_name.first_name_key
            and canvassers.last_name_key = by_name.last_name_key
    left join nickname_owners as by_nickname
        on
            canvassers.org_id = by_nickname.org_id
            and canvassers.first_name_key = by_nickname.first_name_key
            and canvassers.last_name_key = by_nickname.last_name_key

)

select * from resolved
