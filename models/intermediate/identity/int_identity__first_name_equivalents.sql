{#-
    Pairs of first-name keys that name the same given name: a nickname and its
    full name (bob, robert), either way round, and two nicknames of one name
    (bob, rob). From the m360_nicknames seed.
-#}
{{ config(materialized='table') }}

with

nicknames as (

    select
        nickname,
        canonical_name
    from {{ ref('m360_nicknames') }}

),

equivalents as (

    select
        nickname as name_key,
        canonical_name as equivalent_key
    from nicknames
    union distinct
    select
        canonical_name as name_key,
        nickname as equivalent_key
    from nicknames
    union distinct
    select
        left_names.nickname as name_key,
        right_names.nickname as equivalent_key
    from nicknames as left_names
    inner join nicknames as right_names
        on
            left_names.canonical_name = right_names.canonical_name
            and left_names.nickname <> right_names.nickname

)

select * from equivalents
