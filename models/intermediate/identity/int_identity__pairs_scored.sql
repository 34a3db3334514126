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
    member number) agrees, is one keying slip away ('similar': one character
    changed or two neighbours swapped) or, of the same type, disagrees. A full name agreed
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
{%- set levels = movement_360.m360_match_weight_levels() %}
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

match_weights as (

    select * from {{ ref('int_identity__match_weights') }}

),

weights as (

    select
        {%- for field, field_levels in levels.items() %}
            {%- for level in field_levels %}
                coalesce(max(case when field_name = '{{ field }}' and comparison_level = '{{ level }}' then match_weight end), 0) as {{ field }}_{{ level }},
            {%- endfor %}
        {%- endfor %}
        count(*) as weight_count
    from match_weights

),

compared as {{ movement_360.m360_materialized_cte() }} (

    {{ movement_360.m360_identity_compared('pairs') }}

),

weighted as (

    select
        compared.*,
        case email_outcome when 'agree' then weights.email_agree when 'disagree' then weights.email_disagree else 0 end as email_weight,
        case phone_outcome when 'agree' then weights.phone_agree when 'disagree' then weights.phone_disagree else 0 end as phone_weight,
        case first_name_outcome
            when 'exact' then weights.first_name_exact
            when 'nickname' then weights.first_name_nickname
            when 'swapped' then weights.first_name_exact
            when 'similar' then weights.first_name_similar
            when 'prefix' then weights.first_name_prefix
            when 'initial' then weights.first_name_initial
            when 'disagree' then weights.first_name_disagree
            else 0
        end as first_name_weight,
        case last_name_outcome
            when 'exact' then weights.last_name_exact
            when 'swapped' then weights.last_name_exact
            when 'similar' then weights.last_name_similar
            when 'disagree' then weights.last_name_disagree
            else 0
        end as last_name_weight,
        case birth_date_outcome
            when 'agree' then weights.birth_date_agree
            when 'close' then weights.birth_date_close
            when 'disagree' then weights.birth_date_disagree
            else 0
        end as birth_date_weight,
        case zip_outcome when 'agree' then weights.zip_agree when 'disagree' then weights.zip_disagree else 0 end as zip_weight,
        case address_outcome when 'agree' then weights.address_agree when 'disagree' then weights.address_disagree else 0 end as address_weight,
        case voter_id_outcome when 'agree' then weights.voter_id_agree when 'disagree' then weights.voter_id_disagree else 0 end as voter_id_weight,
        case external_id_outcome
            when 'agree' then weights.external_id_agree
            when 'similar' then weights.external_id_similar
            when 'disagree' then weights.external_id_disagree
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
    cross join weights

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
