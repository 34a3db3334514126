{#-
    VAN's person records: every contact (MyVoters and MyCampaign), with each of
    its e-mail, phone and address rows as further value sets, its Catalist
    DWID, and every online form submission (the values the person typed) linked
    to the contact VAN filed it under. contactsdeduped links a merged-away
    duplicate to its survivor.
-#}
{{ config(enabled=movement_360.m360_adapter_enabled('van')) }}

with

contact_values as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': movement_360.m360_person_record_key('van', 'contacts', 'van_person_key'),
            'org_id': 'org_id',
            'source_system': "'van'",
            'source_table': 'source_table',
            'source_record_id': 'van_id',
            'value_set': "'record'",
            'first_name': 'first_name',
            'middle_name': 'middle_name',
            'last_name': 'last_name',
            'name_suffix': 'name_suffix',
            'phone': 'phone',
            'address_line_1': "nullif(" ~ movement_360.m360_trim(dbt.concat(["coalesce(street_number, '')", "' '", "coalesce(street_name, '')"])) ~ ", '')",
            'city': 'city',
            'state_code': 'state',
            'postal_code': 'zip5',
            'birth_date': 'birth_date',
            'myvoters_van_id': 'case when database_mode = 0 then van_id end',
            'van_id': 'van_id',
            'van_database_mode': 'database_mode',
            'record_created_at': 'created_at',
            'record_updated_at': 'modified_at',
        }) }}
    from {{ ref('stg_van__contacts') }}

),


{# Child rows whose contact is missing still reach the crosswalk: the record key is computed, not joined. -#}
email_values as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': movement_360.m360_person_record_key('van', 'contacts', 'van_person_key'),
            'org_id': 'org_id',
            'source_system': "'van'",
            'source_table': 'source_table',
            'source_record_id': 'van_id',
            'value_set': dbt.concat(["'email:'", 'source_id']),
            'email': 'email',
            'record_updated_at': 'modified_at',
        }) }}
    from {{ ref('stg_van__contacts_emails') }}

),

phone_values as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': movement_360.m360_person_record_key('van', 'contacts', 'van_person_key'),
            'org_id': 'org_id',
            'source_system': "'van'",
            'source_table': 'source_table',
            'source_record_id': 'van_id',
            'value_set': dbt.concat(["'phone:'", 'source_id']),
            'phone': 'phone',
            'record_updated_at': 'modified_at',
        }) }}
    from {{ ref('stg_van__contacts_phones') }}

),

address_values as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': movement_360.m360_person_record_key('van', 'contacts', 'van_person_key'),
            'org_id': 'org_id',
            'source_system': "'van'",
            'source_table': 'source_table',
            'source_record_id': 'van_id',
            'value_set': dbt.concat(["'address:'", 'source_id']),
            'address_line_1': 'address_line_1',
            'city': 'city',
            'state_code': 'state',
            'postal_code': 'zip5',
            'record_updated_at': 'modified_at',
        }) }}
    from {{ ref('stg_van__contacts_addresses') }}

),

dwid_values as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': movement_360.m360_person_record_key('van', 'contacts', 'van_person_key'),
            'org_id': 'org_id',
            'source_system': "'van'",
            'source_table': 'source_table',
            'source_record_id': 'van_id',
            'value_set': "'dwid'",
            'dwid': 'dwid',
        }) }}
    from {{ ref('stg_van__voter_file_dwid_lookup') }}
    where dwid is not null

),

deduped_links as (

    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': movement_360.m360_person_record_key('van', 'contacts', 'duplicate_van_person_key'),
            'org_id': 'org_id',
            'source_system': "'van'",
            'source_table': 'source_table',
            'source_record_id': 'duplicate_van_id',
            'value_set': dbt.concat(["'link:contactsdeduped:'", 'source_id']),
            'linked_record_key': movement_360.m360_person_record_key('van', 'contacts', 'survivor_van_person_key'),
            'link_type': "'van_contacts_deduped'",
        }) }}
    from {{ ref('stg_van__contacts_deduped') }}

),

online_forms as (

    select
        *,
        {{ movement_360.m360_person_record_key('van', 'contacts_online_forms', 'form_submission_key') }} as person_record_key
    from {{ ref('stg_van__contacts_online_forms') }}

),


{# A submission is a record of its own (the values typed), so a form filed under the wrong contact stays visible. -#}
online_form_values as (

    {%- set typed = [
        ('record', 'submitted_home_email', 'submitted_mobile_phone'),
        ('work', 'submitted_work_email', 'submitted_work_phone'),
        ('home_phone', 'null', 'submitted_home_phone'),
    ] %}
    {%- for value_set, email, phone in typed %}
        select
        {{ movement_360.m360_person_record_select({
            'person_record_key': 'person_record_key',
            'org_id': 'org_id',
            'source_system': "'van'",
            'source_table': 'source_table',
            'source_record_id': 'source_id',
            'value_set': "'" ~ value_set ~ "'",
            'first_name': 'submitted_first_name' if value_set == 'record' else 'null',
            'last_name': 'submitted_last_name' if value_set == 'record' else 'null',
            'email': email,
            'phone': phone,
            'address_line_1': 'submitted_address_line_1' if value_set == 'record' else 'null',
            'city': 'submitted_city' if value_set == 'record' else 'null',
            'state_code': 'submitted_state_province' if value_set == 'record' else 'null',
            'postal_code': 'submitted_postal_code' if value_set == 'record' else 'null',
            'record_created_at': 'submitted_at',
            'record_updated_at': 'modified_at',
        }) }}
        from online_forms
        {%- if value_set != 'record' %}
            where {{ email }} is not null or {{ phone }} is not null
        {%- endif %}
        union all
    {%- endfor %}
    select
        {{ movement_360.m360_person_record_select({
            'person_record_key': 'person_record_key',
            'org_id': 'org_id',
            'source_system': "'van'",
            'source_table': 'source_table',
            'source_record_id': 'source_id',
            'value_set': "'link:contact'",
            'linked_record_key': movement_360.m360_person_record_key('van', 'contacts', 'van_person_key'),
            'link_type': "'van_online_form_contact'",
        }) }}
    from online_forms
    where van_person_key is not null

)

select * from contact_values
union all
select * from email_values
union all
select * from phone_values
union all
select * from address_values
union all
select * from dwid_values
union all
select * from deduped_links
union all
select * from online_form_values
