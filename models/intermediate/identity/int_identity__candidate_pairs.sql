{#-
    One row per pair of person records that share at least one block under the
    cap, or that a known link joins directly (left key < right key), with the
    rules that paired them. A shared e-mail or phone block is also the
    evidence that the two agree on it. Known links are compared too, so the
    household guard can veto one (VAN files a form typed by a wife under her
    husband's contact when they share a mailbox).
-#}
{{ config(materialized='table') }}

{%- set settings = movement_360.m360_identity_settings() %}
{%- set rules = [
    'email', 'phone', 'name_zip', 'last_name_birth_date', 'first_name_birth_date', 'birth_date_zip', 'address_zip',
    'full_name', 'myvoters_id', 'dwid', 'external_id',
] %}

with

blocked as (

    select * from {{ ref('int_identity__block_keys') }}
    where block_size between 2 and {{ settings.block_cap }}

),

pairs_by_rule as (

    select
        left_side.org_id,
        left_side.person_record_key as left_record_key,
        right_side.person_record_key as right_record_key,
        left_side.block_rule
    from blocked as left_side
    inner join blocked as right_side
        on
            left_side.org_id = right_side.org_id
            and left_side.block_rule = right_side.block_rule
            and left_side.block_value = right_side.block_value
            and left_side.person_record_key < right_side.person_record_key

),

records as (

    select person_record_key from {{ ref('int_identity__person_records') }}

),

linked_pairs as (

    select
        links.org_id,
        case when links.left_record_key < links.right_record_key then links.left_record_key else links.right_record_key end as left_record_key,
        case when links.left_record_key < links.right_record_key then links.right_record_key else links.left_record_key end as right_record_key,
        {{ dbt.concat(["'known_link:'", 'links.link_type']) }} as block_rule
    from {{ ref('int_identity__known_links') }} as links
    inner join records as left_records
        on links.left_record_key = left_records.person_record_key
    inner join records as right_records
        on links.right_record_key = right_records.person_record_key

),

all_pairs as (

    select * from pairs_by_rule
    union all
    select * from linked_pairs

),

pairs as (

    select
        org_id,
        left_record_key,
        right_record_key,
        {%- for rule in rules %}
            max(case when block_rule = '{{ rule }}' then 1 else 0 end) = 1 as blocked_by_{{ rule }},
        {%- endfor %}
        min(case when block_rule like 'known_link:%' then block_rule end) as known_link_rule
    from all_pairs
    group by org_id, left_record_key, right_record_key

)

select * from pairs
