{#-
    VAN's canvasser identities: staff and integration users (users), and the
    public accounts volunteers log in to MiniVAN and OpenVPB with
    (publicusers), which VAN links to the volunteer's own contact. A user whose
    username or canvasser name matches m360_van_integration_users is another
    tool's integration, not a person.
-#}
{{ config(enabled=movement_360.m360_adapter_enabled('van')) }}

with

users as (

    select * from {{ ref('stg_van__users') }}

),

integration_patterns as (

    select
        lower(name_pattern) as name_pattern,
        source_system as integration_source_system
    from {{ ref(var('movement_360__van_integration_users_seed', 'm360_van_integration_users')) }}

),


{# One integration per user: the alphabetically first tool whose pattern matches. -#}
user_integrations as (

    select
        users.user_key,
        min({{ movement_360.m360_byte_order('integration_patterns.integration_source_system') }}) as integration_source_system
    from users
    inner join integration_patterns
        on
            lower(coalesce(users.username, '')) like integration_patterns.name_pattern
            or lower(coalesce(users.canvasser_name, '')) like integration_patterns.name_pattern
    group by users.user_key

),

user_canvassers as (

    select
        {{ movement_360.m360_canvasser_select({
            'canvasser_key': movement_360.m360_canvasser_key('van', 'user', 'users.user_id'),
            'org_id': 'users.org_id',
            'source_system': "'van'",
            'source_table': 'users.source_table',
            'source_id': 'users.source_id',
            'canvasser_type': "case when user_integrations.integration_source_system is null then 'van_user' else 'integration_user' end",
            'canvasser_name': 'users.canvasser_name',
            'first_name': 'users.first_name',
            'last_name': 'users.last_name',
            'username': 'users.username',
            'email': 'users.email',
            'phone': 'users.cell_phone',
            'integration_source_system': 'user_integrations.integration_source_system',
        }) }}
    from users
    left join user_integrations
        on users.user_key = user_integrations.user_key

),


{# A public user's name is whatever the volunteer typed: a name, or an e-mail address. -#}
public_user_canvassers as (

    select
        {{ movement_360.m360_canvasser_select({
            'canvasser_key': movement_360.m360_canvasser_key('van', 'public_user', 'public_user_id'),
            'org_id': 'org_id',
            'source_system': "'van'",
            'source_table': 'source_table',
            'source_id': 'source_id',
            'canvasser_type': "'van_public_user'",
            'canvasser_name': 'public_user_name',
            'first_name': "case when public_user_name not like '%@%' then " ~ movement_360.m360_regexp_replace_all('public_user_name', ' .*$', '') ~ " end",
            'last_name': "case when public_user_name like '% %' and public_user_name not like '%@%' then " ~ movement_360.m360_regexp_replace_all('public_user_name', '^.* ', '') ~ " end",
            'username': 'public_user_name',
            'email': "case when public_user_name like '%@%' then public_user_name end",
            'person_record_key': "case when van_person_key is not null then " ~ movement_360.m360_person_record_key('van', 'contacts', 'van_person_key') ~ " end",
        }) }}
    from {{ ref('stg_van__public_users') }}

)

select * from user_canvassers
union all
select * from public_user_canvassers
