{#-
    One row per candidate pair of person records (blocked together, or joined
    by a known link): each field compared, its outcome and weight, the total
    score and the decision. A pair is accepted when a known link joins it or
    its score reaches the threshold, provided no household guard fires and no
    cannot-link override names it. Household guard: two records that disagree
    on first name (not equal, not nicknames of one name, not one a prefix of
    the other, not one slip apart), date of birth, generational suffix or voter-file id are two
    people however much contact data they share (couples on one phone, a
    junior at his father's address). A date of birth one slip away (two of
    year, month and day equal, or day and month swapped) is 'close': a typo,
    not a second person. Names are 'similar' by edit distance where the
    warehouse has one (m360_names_similar). An external id (a state voter id, a
    member number) agrees or, of the same type, disagrees. A full name agreed
    on earns its rarity in the group's own records (int_identity__name_frequencies)
    unless the voter file already told whether it is unique at the ZIP. A
    record with no name sharing an e-mail or phone only one person holds
    (int_identity__nameless_links) gains nameless_unique_contact.
    First and last names entered the wrong way round
    ('swapped') count as both agreeing. An external id agreed on (an id of the
    person, never of a household) silences the guard: the typo is in the name
    or the date.
-#}
{{ config(materialized='table') }}
{%- set s = movement_360.m360_identity_settings() %}
{%- set guard_cases = [] %}
{%- for field in s.household_guard %}
    {%- do guard_cases.append("when " ~ field ~ "_outcome = 'disagree' then '" ~ field ~ "'") %}
{%- endfor %}

with

pairs as (

    select * from {{ ref('int_identity__candidate_pairs') }}

),

records as (

    select * from {{ ref('int_identity__person_records') }}

),

first_name_equivalents as (

    select * from {{ ref('int_identity__first_name_equivalents') }}

),

voter_name_counts as (

    select * from {{ ref('int_identity__voter_name_counts') }}

),

name_frequencies as (

    select * from {{ ref('int_identity__name_frequencies') }}

),

nameless_links as (

    select * from {{ ref('int_identity__nameless_links') }}

),

cannot_link as (

    select
        left_person_record_key,
        right_person_record_key
    from {{ ref(var('movement_360__identity_cannot_link_seed', 'm360_identity_cannot_link')) }}
    union distinct
    select
        right_person_record_key,
        left_person_record_key
    from {{ ref(var('movement_360__identity_cannot_link_seed', 'm360_identity_cannot_link')) }}

),

compared as (

    select
        pairs.org_id,
        pairs.left_record_key,
        pairs.right_record_key,
        left_record.source_system as left_source_system,
        right_record.source_system as right_source_system,
        pairs.blocked_by_email,
        pairs.blocked_by_phone,
        pairs.blocked_by_name_zip,
        pairs.blocked_by_last_name_birth_date,
        pairs.blocked_by_first_name_birth_date,
        pairs.blocked_by_birth_date_zip,
        pairs.blocked_by_address_zip,
        pairs.blocked_by_full_name,
        pairs.blocked_by_myvoters_id,
        pairs.blocked_by_dwid,
        pairs.blocked_by_external_id,
        pairs.known_link_rule,
        case
            when pairs.blocked_by_email then 'agree'
            when left_record.email_count > 0 and right_record.email_count > 0 then 'disagree'
            else 'missing'
        end as email_outcome,
        case
            when pairs.blocked_by_phone then 'agree'
            when left_record.phone_count > 0 and right_record.phone_count > 0 then 'disagree'
            else 'missing'
        end as phone_outcome,
        case
            when left_record.first_name_key is null or right_record.first_name_key is null then 'missing'
            when left_record.first_name_key = right_record.first_name_key then 'exact'
            when first_name_equivalents.name_key is not null then 'nickname'
            when
                left_record.first_name_key <> left_record.last_name_key
                and left_record.first_name_key = right_record.last_name_key
                and left_record.last_name_key = right_record.first_name_key then 'swapped'
            when {{ movement_360.m360_names_similar('left_record.first_name_key', 'right_record.first_name_key', min_substitution_length=5) }} then 'similar'
            when {{ movement_360.m360_names_prefix('left_record.first_name_key', 'right_record.first_name_key') }} then 'prefix'
            when
                (length(left_record.first_name_key) = 1 or length(right_record.first_name_key) = 1)
                and substr(left_record.first_name_key, 1, 1) = substr(right_record.first_name_key, 1, 1) then 'initial'
            else 'disagree'
        end as first_name_outcome,
        case
            when left_record.last_name_key is null or right_record.last_name_key is null then 'missing'
            when left_record.last_name_key = right_record.last_name_key then 'exact'
            when
                left_record.first_name_key <> left_record.last_name_key
                and left_record.first_name_key = right_record.last_name_key
                and left_record.last_name_key = right_record.first_name_key then 'swapped'
            when {{ movement_360.m360_names_similar('left_record.last_name_key', 'right_record.last_name_key') }} then 'similar'
            else 'disagree'
        end as last_name_outcome,
        case
            when left_record.birth_date_value is null or right_record.birth_date_value is null then 'missing'
            when left_record.birth_date_value = right_record.birth_date_value then 'agree'
            when {{ movement_360.m360_birth_dates_close('left_record.birth_date_value', 'right_record.birth_date_value') }} then 'close'
            else 'disagree'
        end as birth_date_outcome,
        case
            when left_record.zip5 is null or right_record.zip5 is null then 'missing'
            when left_record.zip5 = right_record.zip5 then 'agree'
            else 'disagree'
        end as zip_outcome,
        case
            when left_record.address_key is null or right_record.address_key is null then 'missing'
            when left_record.address_key = right_record.address_key and left_record.zip5 = right_record.zip5 then 'agree'
            when left_record.address_key = right_record.address_key and (left_record.zip5 is null or right_record.zip5 is null) then 'agree'
            else 'disagree'
        end as address_outcome,
        case
            when
                coalesce(left_record.myvoters_key, left_record.dwid_key) is null
                or coalesce(right_record.myvoters_key, right_record.dwid_key) is null then 'missing'
            when left_record.myvoters_key = right_record.myvoters_key or left_record.dwid_key = right_record.dwid_key then 'agree'
            when left_record.myvoters_key <> right_record.myvoters_key or left_record.dwid_key <> right_record.dwid_key then 'disagree'
            else 'missing'
        end as voter_id_outcome,
        case
            when left_record.external_id_key is null or right_record.external_id_key is null then 'missing'
            when left_record.external_id_key = right_record.external_id_key then 'agree'
            when
                substr(left_record.external_id_key, 1, {{ dbt.position("':'", 'left_record.external_id_key') }})
                = substr(right_record.external_id_key, 1, {{ dbt.position("':'", 'right_record.external_id_key') }}) then 'disagree'
            else 'missing'
        end as external_id_outcome,
        case
            when
                left_record.name_suffix_key is not null and right_record.name_suffix_key is not null
                and left_record.name_suffix_key <> right_record.name_suffix_key then 'disagree'
            when left_record.name_suffix_key = right_record.name_suffix_key then 'agree'
            else 'missing'
        end as name_suffix_outcome,
        case
            when
                left_record.zip5 is null or left_record.zip5 <> right_record.zip5
                or left_record.last_name_key <> right_record.last_name_key then 'not_applicable'
            when
                coalesce(left_counts.voter_record_count, 0) > 1 or coalesce(right_counts.voter_record_count, 0) > 1
                or coalesce(left_counts.birth_date_count, 0) > 1 or coalesce(right_counts.birth_date_count, 0) > 1 then 'shared'
            when coalesce(left_counts.voter_record_count, 0) = 1 or coalesce(right_counts.voter_record_count, 0) = 1 then 'unique'
            else 'unknown'
        end as name_in_zip_outcome,
        coalesce(name_frequencies.name_frequency_weight, 0) as full_name_frequency_weight,
        nameless_links.left_record_key is not null as is_nameless_unique_contact,
        cannot_link.left_person_record_key is not null as is_cannot_link
    from pairs
    inner join records as left_record
        on pairs.left_record_key = left_record.person_record_key
    inner join records as right_record
        on pairs.right_record_key = right_record.person_record_key
    left join first_name_equivalents
        on
            left_record.first_name_key = first_name_equivalents.name_key
            and right_record.first_name_key = first_name_equivalents.equivalent_key
    left join voter_name_counts as left_counts
        on
            left_record.org_id = left_counts.org_id
            and left_record.first_name_key = left_counts.first_name_key
            and left_record.last_name_key = left_counts.last_name_key
            and left_record.zip5 = left_counts.zip5
    left join voter_name_counts as right_counts
        on
            right_record.org_id = right_counts.org_id
            and right_record.first_name_key = right_counts.first_name_key
            and right_record.last_name_key = right_counts.last_name_key
            and right_record.zip5 = right_counts.zip5
    left join name_frequencies
        on
            left_record.org_id = name_frequencies.org_id
            and left_record.first_name_key = name_frequencies.first_name_key
            and left_record.last_name_key = name_frequencies.last_name_key
    left join nameless_links
        on
            pairs.left_record_key = nameless_links.left_record_key
            and pairs.right_record_key = nameless_links.right_record_key
    left join cannot_link
        on
            pairs.left_record_key = cannot_link.left_person_record_key
            and pairs.right_record_key = cannot_link.right_person_record_key

),

weighted as (

    select
        *,
        case email_outcome when 'agree' then {{ s.email_agree }} when 'disagree' then {{ s.email_disagree }} else 0 end as email_weight,
        case phone_outcome when 'agree' then {{ s.phone_agree }} when 'disagree' then {{ s.phone_disagree }} else 0 end as phone_weight,
        case first_name_outcome
            when 'exact' then {{ s.first_name_exact }}
            when 'nickname' then {{ s.first_name_nickname }}
            when 'swapped' then {{ s.first_name_exact }}
            when 'similar' then {{ s.first_name_similar }}
            when 'prefix' then {{ s.first_name_prefix }}
            when 'initial' then {{ s.first_name_initial }}
            when 'disagree' then {{ s.first_name_disagree }}
            else 0
        end as first_name_weight,
        case last_name_outcome
            when 'exact' then {{ s.last_name_exact }}
            when 'swapped' then {{ s.last_name_exact }}
            when 'similar' then {{ s.last_name_similar }}
            when 'disagree' then {{ s.last_name_disagree }}
            else 0
        end as last_name_weight,
        case birth_date_outcome
            when 'agree' then {{ s.birth_date_agree }}
            when 'close' then {{ s.birth_date_close }}
            when 'disagree' then {{ s.birth_date_disagree }}
            else 0
        end as birth_date_weight,
        case zip_outcome when 'agree' then {{ s.zip_agree }} when 'disagree' then {{ s.zip_disagree }} else 0 end as zip_weight,
        case address_outcome when 'agree' then {{ s.address_agree }} when 'disagree' then {{ s.address_disagree }} else 0 end as address_weight,
        case voter_id_outcome when 'agree' then {{ s.voter_id_agree }} when 'disagree' then {{ s.voter_id_disagree }} else 0 end as voter_id_weight,
        case external_id_outcome
            when 'agree' then {{ s.external_id_agree }}
            when 'disagree' then {{ s.external_id_disagree }}
            else 0
        end as external_id_weight,
        case
            when name_in_zip_outcome = 'unique' and first_name_outcome in ('exact', 'nickname') then {{ s.name_unique_in_zip }}
            else 0
        end as name_in_zip_weight,
        case
            when
                first_name_outcome = 'exact' and last_name_outcome = 'exact'
                and name_in_zip_outcome not in ('unique', 'shared') then full_name_frequency_weight
            else 0
        end as name_frequency_weight,
        case when is_nameless_unique_contact then {{ s.nameless_unique_contact }} else 0 end as nameless_contact_weight
    from compared

),

scored as (

    select
        *,
        email_weight + phone_weight + first_name_weight + last_name_weight + birth_date_weight
        + zip_weight + address_weight + voter_id_weight + external_id_weight + name_in_zip_weight
        + name_frequency_weight + nameless_contact_weight as match_score,
        case
            when external_id_outcome = 'agree' then cast(null as {{ dbt.type_string() }})
            {{ guard_cases | join('\n            ') }}
        end as household_guard
    from weighted

),

decided as (

    select
        *,
        case
            when is_cannot_link then 'rejected_cannot_link'
            when household_guard is not null then 'rejected_household_guard'
            when known_link_rule is not null then 'accepted_known_link'
            when match_score >= {{ s.threshold }} then 'accepted'
            else 'rejected_score'
        end as decision
    from scored

)

select
    org_id,
    left_record_key,
    right_record_key,
    left_source_system,
    right_source_system,
    blocked_by_email,
    blocked_by_phone,
    blocked_by_name_zip,
    blocked_by_last_name_birth_date,
    blocked_by_first_name_birth_date,
    blocked_by_birth_date_zip,
    blocked_by_address_zip,
    blocked_by_full_name,
    blocked_by_myvoters_id,
    blocked_by_dwid,
    blocked_by_external_id,
    known_link_rule,
    email_outcome,
    email_weight,
    phone_outcome,
    phone_weight,
    first_name_outcome,
    first_name_weight,
    last_name_outcome,
    last_name_weight,
    birth_date_outcome,
    birth_date_weight,
    zip_outcome,
    zip_weight,
    address_outcome,
    address_weight,
    voter_id_outcome,
    voter_id_weight,
    external_id_outcome,
    external_id_weight,
    name_suffix_outcome,
    name_in_zip_outcome,
    name_in_zip_weight,
    name_frequency_weight,
    is_nameless_unique_contact,
    nameless_contact_weight,
    match_score,
    {{ s.threshold }} as match_threshold,
    household_guard,
    is_cannot_link,
    decision,
    decision in ('accepted', 'accepted_known_link') as is_accepted
from decided
