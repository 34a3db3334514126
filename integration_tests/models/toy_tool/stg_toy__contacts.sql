{#-
    The toy tool's staging model (a stand-in for a synced table): five people
    the demo's Mobilize sync also holds, re-typed the way another tool would
    hold them (e-mail upper-cased, first name and phone as given), the first
    one opted out of e-mail. Built only when the toy tool is enabled.
-#}
{{ config(enabled=var('movement_360__toy_enabled', false)) }}

with

mobilize_people as (

    select
        user_key,
        given_name,
        family_name,
        email,
        phone,
        postal_code,
        created_at,
        modified_at,
        row_number() over (order by user_key) as person_number
    from {{ ref('stg_mobilize__users') }}
    where email is not null and given_name is not null and family_name is not null

)

select
    {{ dbt.concat(["'toy-'", 'user_key']) }} as contact_key,
    user_key as copied_from_user_key,
    'demo' as org_id,
    'toy' as source_system,
    'toy_contacts' as source_table,
    {{ dbt.concat(["'toy-'", 'user_key']) }} as source_id,
    given_name as first_name,
    family_name as last_name,
    upper(email) as email,
    phone,
    postal_code,
    person_number = 1 as is_email_opted_out,
    created_at,
    modified_at as updated_at
from mobilize_people
where person_number <= 5
