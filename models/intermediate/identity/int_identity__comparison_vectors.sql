{#-
    The counts the match weights are learned from (int_identity__match_weights): one row per
    sample and distinct comparison vector (the outcome of each field whose weight is learned),
    with how many pairs have it. Two samples:
      candidate  every candidate pair (int_identity__candidate_pairs), compared as the scoring
                 compares it; the EM estimates m from these.
      random     pairs of records drawn at random within an org, almost all two different
                 people (Splink's u estimate): int_identity__random_pairs. A random pair agrees on
                 e-mail or phone when the two records share one.
    Names written the wrong way round ('swapped') count as 'exact', as the scoring counts them.
    The table is small (a few hundred rows), so the EM loop over it is cheap on any warehouse.
-#}
{{ config(materialized='table') }}

{%- set s = movement_360.m360_identity_settings() %}
{%- set fields = movement_360.m360_match_weight_levels().keys() | list | sort %}

with

records as (

    select * from {{ ref('int_identity__person_records') }}

),

first_name_equivalents as (

    select * from {{ ref('int_identity__first_name_equivalents') }}

),

candidate_pairs as (

    select * from {{ ref('int_identity__candidate_pairs') }}

),

contact_points as (

    select * from {{ ref('int_identity__contact_points') }}

),

random_record_pairs as (

    select * from {{ ref('int_identity__random_pairs') }}

),

random_pair_points as (

    -- Each pair's contact points from both sides, then those on both: two joins by record key,
    -- never contact points with themselves (a shared landline's points would multiply).
    select
        random_record_pairs.left_record_key,
        random_record_pairs.right_record_key,
        contact_points.contact_point_type,
        contact_points.match_key,
        'left' as pair_side
    from random_record_pairs
    inner join contact_points
        on random_record_pairs.left_record_key = contact_points.person_record_key
    union all
    select
        random_record_pairs.left_record_key,
        random_record_pairs.right_record_key,
        contact_points.contact_point_type,
        contact_points.match_key,
        'right' as pair_side
    from random_record_pairs
    inner join contact_points
        on random_record_pairs.right_record_key = contact_points.person_record_key

),

random_points_shared as (

    select
        left_record_key,
        right_record_key,
        contact_point_type
    from random_pair_points
    group by left_record_key, right_record_key, contact_point_type, match_key
    having count(distinct pair_side) = 2

),

random_shared_contacts as (

    select
        left_record_key,
        right_record_key,
        max(case when contact_point_type = 'email' then 1 else 0 end) as shares_email,
        max(case when contact_point_type = 'phone' then 1 else 0 end) as shares_phone
    from random_points_shared
    group by left_record_key, right_record_key

),

random_pairs as (

    select
        random_record_pairs.org_id,
        random_record_pairs.left_record_key,
        random_record_pairs.right_record_key,
        coalesce(random_shared_contacts.shares_email, 0) = 1 as blocked_by_email,
        coalesce(random_shared_contacts.shares_phone, 0) = 1 as blocked_by_phone
    from random_record_pairs
    left join random_shared_contacts
        on
            random_record_pairs.left_record_key = random_shared_contacts.left_record_key
            and random_record_pairs.right_record_key = random_shared_contacts.right_record_key

),

candidate_compared as (

    {{ movement_360.m360_identity_compared('candidate_pairs', with_evidence=false) }}

),

random_compared as (

    {{ movement_360.m360_identity_compared('random_pairs', with_evidence=false) }}

),

compared as (

    select
        'candidate' as sample_name,
        candidate_compared.*
    from candidate_compared
    union all
    select
        'random' as sample_name,
        random_compared.*
    from random_compared

),

leveled as (

    select
        {%- for field in fields %}
            case {{ field }}_outcome when 'swapped' then 'exact' else {{ field }}_outcome end as {{ field }}_level,
        {%- endfor %}
        sample_name
    from compared

),

vectors as (

    select
        sample_name,
        {%- for field in fields %}
            {{ field }}_level,
        {%- endfor %}
        count(*) as pair_count
    from leveled
    group by
        {%- for field in fields %}
            {{ field }}_level,
        {%- endfor %}
        sample_name

)

select * from vectors
