{#-
    Every row of every staged table that holds people reaches the crosswalk: a
    filter in an adapter that dropped records would show here.
-#}
{%- set person_tables = [
    ('van', 'stg_van__contacts', 'van_person_key', 'contacts', 'van'),
    ('van', 'stg_van__contacts_online_forms', 'form_submission_key', 'contacts_online_forms', 'van'),
    ('mobilize', 'stg_mobilize__users', 'user_key', 'users', 'mobilize'),
    ('mobilize', 'stg_mobilize__participations', 'participation_key', 'participations', 'mobilize'),
    ('action_network', 'stg_action_network__users', 'user_key', 'users', 'action_network'),
    ('action_network', 'stg_action_network__signatures', 'signature_key', 'signatures', 'action_network'),
    ('action_network', 'stg_action_network__answers', 'answer_key', 'answers', 'action_network'),
    ('action_network', 'stg_action_network__rsvps', 'rsvp_key', 'rsvps', 'action_network'),
    ('action_network', 'stg_action_network__donations', 'donation_key', 'donations', 'action_network'),
    ('action_network_api', 'stg_action_network_api__people', 'person_key', 'people', 'action_network'),
    ('spoke', 'stg_spoke__campaign_contact', 'campaign_contact_key', 'campaign_contact', 'spoke'),
    ('spoke', 'stg_spoke__user', 'user_key', 'user', 'spoke'),
    ('scale_to_win', 'stg_scale_to_win__campaign_contacts', 'campaign_contact_key', 'campaign_contacts', 'scale_to_win'),
    ('scale_to_win', 'stg_scale_to_win__users', 'user_key', 'users', 'scale_to_win'),
    ('thrutext', 'stg_thrutext__daily_messages', 'contact_key', 'contacts', 'thrutext', 'contact_id'),
    ('hustle', 'stg_hustle__leads', 'lead_key', 'leads', 'hustle'),
    ('hustle', 'stg_hustle__users', 'user_key', 'users', 'hustle'),
    ('thrutalk', 'stg_thrutalk__daily_campaign_dials', 'dial_key', 'daily_campaign_dials', 'thrutalk'),
    ('empower', 'stg_empower__profiles', 'profile_key', 'profiles', 'empower'),
    ('custom', 'stg_custom__person_records', 'custom_record_key', 'person_records', 'custom'),
] %}
{%- set adapters = movement_360.m360_contract_adapters('person_records') %}
{%- set checked = [] %}
{%- for table in person_tables if ('int_' ~ table[0] ~ '__person_records') in adapters %}
    {#- The column whose presence makes a row a person record (default: the key). -#}
    {%- do checked.append((table[1], table[2], table[3], table[4], table[5] if table | length > 5 else table[2])) %}
{%- endfor %}

with

staged as (

    {%- for model, key, record_type, source_system, present_column in checked %}
    select distinct
        '{{ model }}' as staging_model,
        {{ movement_360.m360_person_record_key(source_system, record_type, key) }} as person_record_key
    from {{ ref(model) }}
    where {{ present_column }} is not null
    union all
    {%- endfor %}
    select
        cast(null as {{ dbt.type_string() }}) as staging_model,
        cast(null as {{ dbt.type_string() }}) as person_record_key
    where 1 = 0

)

select staged.staging_model, staged.person_record_key
from staged
left join {{ ref('dim_people_crosswalk') }} as crosswalk
    on staged.person_record_key = crosswalk.person_record_key
where crosswalk.person_record_key is null
