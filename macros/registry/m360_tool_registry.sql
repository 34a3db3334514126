{#-
    The tool registry: the one list of the tools the package knows, each
    tool's shapes, and which contracts its adapters fulfil. Every list that
    names tools reads it: the adapters each business area unions
    (m360_contract_adapters), the golden record's source priority, the
    staged-people conservation test and the CI loops. Adding a tool is its
    staging folder, its adapters (int_<adapter>__<contract>, one per contract
    it fulfils) and one entry here; a project adds its own tools the same way
    through the var movement_360__extra_tools (entries of the same form, their
    adapters being models of the project).

    An entry:
      tool             the name of its enable var (movement_360__<tool>_enabled)
      adapter          the prefix of its adapter models (int_<adapter>__<contract>)
      source_system    the source_system its rows carry
      shape            optional: the value of the var shape_var (default
                       shape_default) under which this entry is the active one
                       (Action Network ships two sync shapes)
      contracts        the contracts its adapters fulfil: person_records,
                       outreach_attempts, canvassers, actions, opt_outs,
                       volunteer_shifts
      priority         rank of its values in the golden record (1 = most trusted)
      anchor_table     one declared table of its source (the source named after
                       the adapter): the health mart's lineage to the source
      person_tables    staged tables whose every row is a person record:
                       (staging model, key column, record type, column present
                       on a person row); the conservation test reads them
-#}
{% macro m360_tool_registry() %}
    {%- set an_shape = {'shape_var': 'movement_360__action_network_shape', 'shape_default': 'mirror'} -%}
    {%- set registry = [
        {'tool': 'van', 'adapter': 'van', 'source_system': 'van', 'anchor_table': 'contacts', 'priority': 1,
         'contracts': ['person_records', 'outreach_attempts', 'canvassers', 'actions', 'opt_outs'],
         'person_tables': [
            ('stg_van__contacts', 'van_person_key', 'contacts', 'van_person_key'),
            ('stg_van__contacts_online_forms', 'form_submission_key', 'contacts_online_forms', 'form_submission_key'),
         ]},
        {'tool': 'custom', 'adapter': 'custom', 'source_system': 'custom', 'anchor_table': 'person_records', 'priority': 2,
         'contracts': ['person_records'],
         'person_tables': [('stg_custom__person_records', 'custom_record_key', 'person_records', 'custom_record_key')]},
        dict(an_shape, tool='action_network', adapter='action_network', source_system='action_network', anchor_table='users', priority=3, shape='mirror',
             contracts=['person_records', 'actions', 'opt_outs'],
             person_tables=[
                ('stg_action_network__users', 'user_key', 'users', 'user_key'),
                ('stg_action_network__signatures', 'signature_key', 'signatures', 'signature_key'),
                ('stg_action_network__answers', 'answer_key', 'answers', 'answer_key'),
                ('stg_action_network__rsvps', 'rsvp_key', 'rsvps', 'rsvp_key'),
                ('stg_action_network__donations', 'donation_key', 'donations', 'donation_key'),
             ]),
        dict(an_shape, tool='action_network', adapter='action_network_api', source_system='action_network', anchor_table='people', priority=3, shape='api',
             contracts=['person_records', 'opt_outs'],
             person_tables=[('stg_action_network_api__people', 'person_key', 'people', 'person_key')]),
        {'tool': 'mobilize', 'adapter': 'mobilize', 'source_system': 'mobilize', 'anchor_table': 'participations', 'priority': 4,
         'contracts': ['person_records', 'actions', 'opt_outs', 'volunteer_shifts'],
         'person_tables': [
            ('stg_mobilize__users', 'user_key', 'users', 'user_key'),
            ('stg_mobilize__participations', 'participation_key', 'participations', 'participation_key'),
         ]},
        {'tool': 'empower', 'adapter': 'empower', 'source_system': 'empower', 'anchor_table': 'profiles', 'priority': 5,
         'contracts': ['person_records', 'outreach_attempts', 'canvassers'],
         'person_tables': [('stg_empower__profiles', 'profile_key', 'profiles', 'profile_key')]},
        {'tool': 'hustle', 'adapter': 'hustle', 'source_system': 'hustle', 'anchor_table': 'leads', 'priority': 6,
         'contracts': ['person_records', 'outreach_attempts', 'canvassers', 'opt_outs'],
         'person_tables': [
            ('stg_hustle__leads', 'lead_key', 'leads', 'lead_key'),
            ('stg_hustle__users', 'user_key', 'users', 'user_key'),
         ]},
        {'tool': 'spoke', 'adapter': 'spoke', 'source_system': 'spoke', 'anchor_table': 'campaign_contact', 'priority': 7,
         'contracts': ['person_records', 'outreach_attempts', 'canvassers', 'actions', 'opt_outs'],
         'person_tables': [
            ('stg_spoke__campaign_contact', 'campaign_contact_key', 'campaign_contact', 'campaign_contact_key'),
            ('stg_spoke__user', 'user_key', 'user', 'user_key'),
         ]},
        {'tool': 'scale_to_win', 'adapter': 'scale_to_win', 'source_system': 'scale_to_win', 'anchor_table': 'campaign_contacts', 'priority': 8,
         'contracts': ['person_records', 'outreach_attempts', 'canvassers', 'opt_outs'],
         'person_tables': [
            ('stg_scale_to_win__campaign_contacts', 'campaign_contact_key', 'campaign_contacts', 'campaign_contact_key'),
            ('stg_scale_to_win__users', 'user_key', 'users', 'user_key'),
         ]},
        {'tool': 'thrutext', 'adapter': 'thrutext', 'source_system': 'thrutext', 'anchor_table': 'daily_messages', 'priority': 9,
         'contracts': ['person_records', 'outreach_attempts', 'canvassers', 'opt_outs'],
         'person_tables': [('stg_thrutext__daily_messages', 'contact_key', 'contacts', 'contact_id')]},
        {'tool': 'thrutalk', 'adapter': 'thrutalk', 'source_system': 'thrutalk', 'anchor_table': 'daily_campaign_dials', 'priority': 10,
         'contracts': ['person_records', 'outreach_attempts', 'canvassers'],
         'person_tables': [('stg_thrutalk__daily_campaign_dials', 'dial_key', 'daily_campaign_dials', 'dial_key')]},
    ] -%}
    {%- set tools = [] -%}
    {%- for entry in registry + var('movement_360__extra_tools', []) -%}
        {#- A project's own entry may leave out what defaults well. -#}
        {%- do tools.append(dict({
            'adapter': entry.tool, 'source_system': entry.tool, 'priority': 100, 'contracts': [], 'person_tables': [],
            'anchor_table': none,
        }, **entry)) -%}
    {%- endfor -%}
    {{ return(tools) }}
{% endmacro %}


{#- Whether a registry entry builds in this run: its tool is enabled and, for a tool with shapes, this is the chosen shape. -#}
{% macro m360_tool_entry_active(entry) %}
    {%- if not movement_360.m360_tool_enabled(entry.tool) -%}
        {{ return(false) }}
    {%- endif -%}
    {%- if entry.get('shape') is not none -%}
        {{ return(var(entry.shape_var, entry.shape_default) == entry.shape) }}
    {%- endif -%}
    {{ return(true) }}
{% endmacro %}


{#- The registry entries active in this run. -#}
{% macro m360_active_tools() %}
    {%- set active = [] -%}
    {%- for entry in movement_360.m360_tool_registry() if movement_360.m360_tool_entry_active(entry) -%}
        {%- do active.append(entry) -%}
    {%- endfor -%}
    {{ return(active) }}
{% endmacro %}


{#-
    The adapter models of one contract that this run unions: every active
    tool's int_<adapter>__<contract>, then any model a project lists in the
    var named in extra_var below (kept for projects that add a single adapter
    without a registry entry).
-#}
{% macro m360_contract_adapters(contract) %}
    {%- set known = ['person_records', 'outreach_attempts', 'canvassers', 'actions', 'opt_outs', 'volunteer_shifts'] -%}
    {%- if contract not in known -%}
        {{ exceptions.raise_compiler_error("m360_contract_adapters: unknown contract '" ~ contract ~ "'; the contracts are " ~ known | join(', ')) }}
    {%- endif -%}
    {%- set adapters = [] -%}
    {%- for entry in movement_360.m360_active_tools() if contract in entry.contracts -%}
        {%- do adapters.append('int_' ~ entry.adapter ~ '__' ~ contract) -%}
    {%- endfor -%}
    {%- set extra_var = {
        'person_records': 'movement_360__person_record_adapters',
        'outreach_attempts': 'movement_360__outreach_attempts_adapters',
        'canvassers': 'movement_360__canvassers_adapters',
        'actions': 'movement_360__action_adapters',
        'opt_outs': 'movement_360__opt_outs_adapters',
        'volunteer_shifts': 'movement_360__volunteer_shifts_adapters',
    }[contract] -%}
    {%- for extra in var(extra_var, []) -%}
        {%- do adapters.append(extra) -%}
    {%- endfor -%}
    {{ return(adapters) }}
{% endmacro %}


{#-
    The distinct tool names of the registry, one per line; scripts/test.sh
    reads them to disable each tool in turn:
        dbt run-operation m360_print_tools --quiet
-#}
{% macro m360_print_tools() %}
    {%- set seen = [] -%}
    {%- for entry in movement_360.m360_tool_registry() if entry.tool not in seen and entry.tool != 'custom' -%}
        {%- do seen.append(entry.tool) -%}
    {%- endfor -%}
    {{ print(seen | join('\n')) }}
{% endmacro %}


{#- Whether an adapter folder's models build in this run: some active registry entry names that adapter. Each adapter model's enabled config. -#}
{% macro m360_adapter_enabled(adapter) %}
    {%- for entry in movement_360.m360_active_tools() if entry.adapter == adapter -%}
        {{ return(true) }}
    {%- endfor -%}
    {{ return(false) }}
{% endmacro %}


{#- A SQL expression giving the registry tool (the name of its enable var) of a package
    source name (an entry's adapter: 'action_network_api' is the tool 'action_network'). -#}
{% macro m360_tool_of_source(source_name_column) %}
    {%- set whens = [] -%}
    {%- for entry in movement_360.m360_tool_registry() if entry.adapter != entry.tool -%}
        {%- do whens.append("when " ~ source_name_column ~ " = '" ~ entry.adapter ~ "' then '" ~ entry.tool ~ "'") -%}
    {%- endfor -%}
    {%- if whens -%}
        case {{ whens | join(' ') }} else {{ source_name_column }} end
    {%- else -%}
        {{ source_name_column }}
    {%- endif -%}
{% endmacro %}
