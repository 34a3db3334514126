{#-
    Resolve one declared source table to the real tables that hold it.

    Hubs name synced tables in many ways: a prefix naming the sync or tenant
    (`tsm_tmc_`, `aya_`), a VAN database-mode suffix (`_mym`, `_vf`, ...), and
    lower or CamelCase spelling (`TSM_OneAZ_ContactsContacts_VF`). We list each
    configured schema once and match names case-insensitively, trying the
    connection's prefixes in order; the first prefix that matches wins. For a
    mode-suffixed VAN table every matching mode is returned, so MyCampaign and
    MyVoters rows of the same table are staged together, each tagged with its mode.
-#}
{% macro m360_source_node(source_name, table_name) %}
    {%- for node in graph.sources.values() -%}
        {%- if node.package_name == 'movement_360' and node.source_name == source_name and node.name == table_name -%}
            {{ return(node) }}
        {%- endif -%}
    {%- endfor -%}
    {{ exceptions.raise_compiler_error("movement_360: no source '" ~ source_name ~ "." ~ table_name ~ "' is declared (or it is disabled).") }}
{% endmacro %}


{#- The tool whose connection settings a source uses: a source may name one in
    its meta (e.g. Action Network's two shapes share the tool's schema vars). -#}
{% macro m360_source_tool(node) %}
    {%- set meta = node.get('meta', {}) or {} -%}
    {{ return((meta.get('movement_360', {}) or {}).get('tool', node.source_name)) }}
{% endmacro %}


{#-
    Match one base table name against a schema's table names.
    Returns a list of {'identifier': real name, 'database_mode': int or none}.
    Pure Jinja, so it is tested by an equality test in integration_tests.
-#}
{% macro m360_match_table_names(names, prefixes, base_name, mode_suffixes=none, default_mode=none) %}
    {%- set found = [] -%}
    {%- for prefix in prefixes -%}
        {%- if found | length == 0 -%}
            {%- set stem = (prefix ~ base_name) | lower -%}
            {%- for name in names | sort -%}
                {%- set lowered = name | lower -%}
                {%- if lowered == stem -%}
                    {%- do found.append({'identifier': name, 'database_mode': default_mode}) -%}
                {%- elif mode_suffixes is not none -%}
                    {%- for suffix, mode in mode_suffixes.items() -%}
                        {%- if lowered == stem ~ '_' ~ (suffix | lower) -%}
                            {%- do found.append({'identifier': name, 'database_mode': mode}) -%}
                        {%- endif -%}
                    {%- endfor -%}
                {%- endif -%}
            {%- endfor -%}
        {%- endif -%}
    {%- endfor -%}
    {{ return(found) }}
{% endmacro %}


{% macro m360_introspecting() %}
    {{ return(execute and var('movement_360__introspect', true)) }}
{% endmacro %}


{#- Every real table behind one declared source table, across all connections. -#}
{% macro m360_source_tables(source_name, table_name, rules) %}
    {%- set node = movement_360.m360_source_node(source_name, table_name) -%}
    {%- set tool = movement_360.m360_source_tool(node) -%}
    {%- set base_name = node.get('identifier') or node.name -%}
    {%- set mode_suffixes = none -%}
    {%- set default_mode = none -%}
    {%- if rules.get('mode_suffixed', false) -%}
        {%- set mode_suffixes = var('movement_360__van_mode_suffixes') -%}
        {%- set default_mode = var('movement_360__van_default_mode') -%}
    {%- endif -%}
    {%- set tables = [] -%}
    {%- set searched = [] -%}
    {%- for connection in movement_360.m360_connections(tool) -%}
        {%- do searched.append(connection.schema) -%}
        {%- if movement_360.m360_introspecting() -%}
            {%- set names = movement_360.m360_list_tables(connection.database, connection.schema) -%}
            {%- set matches = movement_360.m360_match_table_names(names, connection.prefixes, base_name, mode_suffixes, default_mode) -%}
        {%- else -%}
            {#- Compiling without a warehouse (e.g. BigQuery CI): assume the plainest name. -#}
            {%- set matches = [{'identifier': connection.prefixes[0] ~ base_name, 'database_mode': default_mode}] -%}
        {%- endif -%}
        {%- for match in matches -%}
            {%- do tables.append({
                'relation': api.Relation.create(database=connection.database, schema=connection.schema, identifier=match.identifier),
                'org_id': connection.org_id,
                'schema': connection.schema,
                'identifier': match.identifier,
                'database_mode': match.database_mode,
            }) -%}
        {%- endfor -%}
    {%- endfor -%}
    {%- if tables | length == 0 and execute -%}
        {%- set message = "movement_360: no table for source '" ~ source_name ~ "." ~ table_name ~ "' (looked for '" ~ base_name ~ "' in schema(s) " ~ (searched | join(', ')) ~ "). Set movement_360__" ~ tool ~ "_enabled: false if this group does not sync " ~ tool ~ ", or point movement_360__" ~ tool ~ "_schema / _prefix / _sources at its tables." -%}
        {%- if rules.get('optional', false) -%}
            {%- do exceptions.warn(message ~ " This table is optional: staged as empty.") -%}
        {%- else -%}
            {{ exceptions.raise_compiler_error(message) }}
        {%- endif -%}
    {%- endif -%}
    {{ return(tables) }}
{% endmacro %}
