{#- Applies m360_match_table_names to hub naming cases; compared with expected_match_table_names. -#}
{%- set modes = {'mym': 1, 'myc': 1, 'vf': 0, 'myv': 0} -%}
{%- set cases = [
    ('prefixed_mym', ['aya_contactscontacts_mym', 'aya_contacts_mym', 'tsm_tmc_results'], ['aya_', 'tsm_tmc_'], 'contactscontacts', modes),
    ('lookup_second_prefix', ['aya_contactscontacts_mym', 'tsm_tmc_results'], ['aya_', 'tsm_tmc_'], 'results', modes),
    ('camel_case_vf', ['TSM_OneAZ_ContactsContacts_VF', 'TSM_OneAZ_ContactTypes'], ['TSM_OneAZ_'], 'contactscontacts', modes),
    ('both_modes', ['van_contactscontacts_mym', 'van_contactscontacts_vf', 'van_contactscontactsnotes_mym'], ['van_'], 'contactscontacts', modes),
    ('unsuffixed_everyaction', ['contactscontacts'], [''], 'contactscontacts', modes),
    ('no_false_prefix_match', ['tag_campaign_contact', 'campaign_contact', 'campaign'], [''], 'campaign', none),
    ('unknown_suffix_ignored', ['contactscontacts_sm'], [''], 'contactscontacts', modes),
    ('nothing_found', ['users', 'publicusers'], [''], 'contactscontacts', modes),
    ('lookup_mode_suffixed', ['TSM_Org_Results_VF'], ['TSM_Org_'], 'results', modes),
] -%}
{#- Aliases (other names of a table) and org-code suffixes: (case, names, prefixes, base, aliases, org suffixes). -#}
{%- set alias_cases = [
    ('alias_ngp_delta', ['phonesdelta', 'emaildelta'], [''], 'contactsphones', ['phonesdelta'], []),
    ('declared_name_before_alias', ['contactsphones', 'phonesdelta'], [''], 'contactsphones', ['phonesdelta'], []),
    ('alias_with_mode_suffix', ['tsm_tmc_phonesdelta_mym'], ['tsm_tmc_'], 'contactsphones', ['phonesdelta'], []),
    ('org_suffix_lookup', ['tsm_tmc_events_sm', 'tsm_tmc_eventsignups_sm'], ['tsm_tmc_'], 'events', [], ['sm']),
    ('org_suffix_not_listed', ['tsm_tmc_events_mfol'], ['tsm_tmc_'], 'events', [], ['sm']),
] -%}
{%- set rows = [] -%}
{%- for case_name, names, prefixes, base_name, suffixes in cases -%}
    {%- set matches = movement_360.m360_match_table_names(names, prefixes, base_name, suffixes, 1 if suffixes else none) -%}
    {%- if matches | length == 0 -%}
        {%- do rows.append((case_name, none, none)) -%}
    {%- endif -%}
    {%- for match in matches -%}
        {%- do rows.append((case_name, match.identifier, match.database_mode)) -%}
    {%- endfor -%}
{%- endfor -%}

{%- for case_name, names, prefixes, base_name, aliases, orgs in alias_cases -%}
    {%- set matches = movement_360.m360_match_table_names(names, prefixes, base_name, modes, 1, aliases, orgs) -%}
    {%- if matches | length == 0 -%}
        {%- do rows.append((case_name, none, none)) -%}
    {%- endif -%}
    {%- for match in matches -%}
        {%- do rows.append((case_name, match.identifier, match.database_mode)) -%}
    {%- endfor -%}
{%- endfor -%}

{%- for case_name, identifier, mode in rows %}
select
    cast('{{ case_name }}' as {{ dbt.type_string() }}) as case_name,
    cast({{ "'" ~ identifier ~ "'" if identifier else 'null' }} as {{ dbt.type_string() }}) as matched_table,
    cast({{ mode if mode is not none else 'null' }} as {{ dbt.type_int() }}) as database_mode
{{ 'union all' if not loop.last }}
{%- endfor %}
