{#-
    ThruText person records: one per contact (contact_id), with the name and
    number the upload gave, read from every export that mentions the contact
    (messages, survey responses, opt-outs). A contact uploaded from VAN carries
    its VAN id, MyVoters or MyCampaign (not recorded).
-#}
{{ config(enabled=movement_360.m360_adapter_enabled('thrutext')) }}

{%- set exports = ['daily_messages', 'daily_surveys', 'opt_outs'] %}

with

contact_mentions as (

    {%- for export in exports %}
        select
            {{ loop.index }} as export_order,
            org_id,
            contact_key,
            contact_id,
            source_table,
            contact_first_name,
            contact_last_name,
            contact_phone,
            van_id
        from {{ ref('stg_thrutext__' ~ export) }}
        where contact_id is not null
        {%- if not loop.last %}
            union all
        {%- endif %}
    {%- endfor %}

),


{# The same contact is mentioned on every message row; its distinct values are its value sets. -#}
distinct_values as (

    select distinct
        org_id,
        contact_key,
        contact_id,
        contact_first_name,
        contact_last_name,
        contact_phone
    from contact_mentions

),


{# A contact's record names the first export that mentions it, messages before surveys and opt-outs. -#}
first_mentions as (

    select
        contact_key,
        source_table,
        row_number() over (partition by contact_key order by export_order, source_table) as mention_number
    from contact_mentions

),

numbered_values as (

    select
        distinct_values.*,
        first_mentions.source_table,
        row_number() over (
            partition by distinct_values.contact_key
            order by {{ movement_360.m360_byte_order('contact_first_name') }} asc nulls last, {{ movement_360.m360_byte_order('contact_last_name') }} asc nulls last, {{ movement_360.m360_byte_order('contact_phone') }} asc nulls last
        ) as value_number
    from distinct_values
    inner join first_mentions
        on
            distinct_values.contact_key = first_mentions.contact_key
            and first_mentions.mention_number = 1

),

contact_values as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': movement_360.m360_person_record_key('thrutext', 'contacts', 'contact_key'),
            'org_id': 'org_id',
            'source_system': "'thrutext'",
            'source_table': 'source_table',
            'source_record_id': 'contact_id',
            'value_set': "case when value_number = 1 then 'record' else " ~ dbt.concat(["'values:'", 'cast(value_number as ' ~ dbt.type_string() ~ ')']) ~ " end",
            'first_name': 'contact_first_name',
            'last_name': 'contact_last_name',
            'phone': 'contact_phone',
        }) }}
    from numbered_values

),

van_links as (

    select distinct
        {{ movement_360.m360_person_record_select({
            'person_record_key': movement_360.m360_person_record_key('thrutext', 'contacts', 'contact_key'),
            'org_id': 'org_id',
            'source_system': "'thrutext'",
            'source_record_id': 'contact_id',
            'value_set': dbt.concat(["'link:van_id:'", 'van_id']),
            'linked_van_id': 'van_id',
            'link_type': "'thrutext_van_id'",
        }) }}
    from contact_mentions
    where {{ movement_360.m360_regexp_contains('van_id', '^[0-9]+$') }}

)

select * from contact_values
union all
select * from van_links
