{#-
    Resolve one declared source table to the real tables that hold it.

    Hubs name synced tables in many ways: a prefix naming the sync or tenant
    (`tsm_tmc_`, `aya_`), a VAN database-mode suffix (`_mym`, `_vf`, ...), an
    org-code suffix (`_sm` in TMC's org-owned schemas), another name for the
    same table (`phonesdelta` for `contactsphones`), and lower or CamelCase
    spelling (`TSM_OneAZ_ContactsContacts_VF`). We list each configured schema
    once and match names case-insensitively, trying the connection's prefixes in
    order (the first prefix that matches wins) and, within a prefix, the
    declared name before its aliases (the first name that matches wins). For a
    VAN table every matching mode is returned, so MyCampaign and MyVoters rows
    of the same table are staged together, each tagged with its mode.

    Per-table facts live in the source yml, under `config: meta: movement_360:`
      aliases:        other names real syncs give the table
      column_aliases: {declared column: [other names]} where a column differs
      optional:       true when real syncs may lack the table entirely: a
                      missing optional table stages as a typed empty relation
                      with one warning; a missing required table is an error.
-#}
{% macro m360_source_node(source_name, table_name) %}
    {%- for node in graph.sources.values() -%}
        {%- if node.package_name == 'movement_360' and node.source_name == source_name and node.name == table_name -%}
            {{ return(node) }}
        {%- endif -%}
    {%- endfor -%}
    {{ exceptions.raise_compiler_error("movement_360: no source '" ~ source_name ~ "." ~ table_name ~ "' is declared (or it is disabled).") }}
{% endmacro %}


{#- The package's own facts about one source table (config meta, or legacy top-level meta). -#}
{% macro m360_source_meta(node) %}
    {%- set merged = {} -%}
    {%- set legacy = ((node.get('meta', {}) or {}).get('movement_360', {})) or {} -%}
    {%- set configured = (((node.get('config', {}) or {}).get('meta', {}) or {}).get('movement_360', {})) or {} -%}
    {%- do merged.update(legacy) -%}
    {%- do merged.update(configured) -%}
    {{ return(merged) }}
{% endmacro %}


{#- The tool whose connection settings a source uses: a source may name one in
    its meta (e.g. Action Network's two shapes share the tool's schema vars). -#}
{% macro m360_source_tool(node) %}
    {{ return(movement_360.m360_source_meta(node).get('tool', node.source_name)) }}
{% endmacro %}


{#- The var that enables a source's tool (Action Network's API shape is enabled by
    the Action Network flag plus movement_360__action_network_shape: api). -#}
{% macro m360_enable_hint(tool) %}
    {%- if tool == 'action_network_api' -%}
        {{ return("movement_360__action_network_enabled: false (or movement_360__action_network_shape: mirror)") }}
    {%- endif -%}
    {{ return("movement_360__" ~ tool ~ "_enabled: false") }}
{% endmacro %}


{#- Table-name suffixes of a tool: VAN's database-mode suffixes ({suffix: mode}) and
    org-code suffixes (a list; such tables get the default mode). Other tools: none. -#}
{% macro m360_tool_suffixes(tool, connection={}) %}
    {%- if tool != 'van' -%}
        {{ return({'modes': none, 'orgs': [], 'default_mode': none}) }}
    {%- endif -%}
    {%- set orgs = connection.get('org_suffixes', var('movement_360__van_org_suffixes', [])) or [] -%}
    {%- if orgs is string -%}
        {%- set orgs = [orgs] -%}
    {%- endif -%}
    {{ return({
        'modes': var('movement_360__van_mode_suffixes'),
        'orgs': orgs,
        'default_mode': var('movement_360__van_default_mode'),
    }) }}
{% endmacro %}


{#-
    Match one declared table against a schema's table names.
    Returns a list of {'identifier': real name, 'database_mode': int or none}.
    names:         the schema's table names
    prefixes:      tried in order; the first with any match wins
    base_name:     the declared table name
    mode_suffixes: {suffix: database mode} (VAN), or none
    default_mode:  mode of an unsuffixed or org-suffixed table
    aliases:       other names of the table, tried after base_name within a prefix
    org_suffixes:  org-code suffixes (`sm`), matched like a mode suffix, default mode
    Pure Jinja, so it is tested by an equality test in integration_tests.
-#}
{% macro m360_match_table_names(names, prefixes, base_name, mode_suffixes=none, default_mode=none, aliases=[], org_suffixes=[]) %}
    {%- set found = [] -%}
    {%- set candidates = [base_name] + (aliases or []) -%}
    {%- for prefix in prefixes -%}
        {%- for candidate in candidates -%}
            {%- if found | length == 0 -%}
                {%- set stem = (prefix ~ candidate) | lower -%}
                {%- for name in names | sort -%}
                    {%- set lowered = name | lower -%}
                    {%- if lowered == stem -%}
                        {%- do found.append({'identifier': name, 'database_mode': default_mode}) -%}
                    {%- else -%}
                        {%- if mode_suffixes is not none -%}
                            {%- for suffix, mode in mode_suffixes.items() -%}
                                {%- if lowered == stem ~ '_' ~ (suffix | lower) -%}
                                    {%- do found.append({'identifier': name, 'database_mode': mode}) -%}
                                {%- endif -%}
                            {%- endfor -%}
                        {%- endif -%}
                        {%- for suffix in org_suffixes or [] -%}
                            {%- if lowered == stem ~ '_' ~ (suffix | lower) -%}
                                {%- do found.append({'identifier': name, 'database_mode': default_mode}) -%}
                            {%- endif -%}
                        {%- endfor -%}
                    {%- endif -%}
                {%- endfor -%}
            {%- endif -%}
        {%- endfor -%}
    {%- endfor -%}
    {{ return(found) }}
{% endmacro %}


{#- Names in a schema that look like the table but did not match (for error messages). -#}
{% macro m360_near_misses(names, candidates, limit=6) %}
    {%- set misses = [] -%}
    {%- for name in names | sort -%}
        {%- set lowered = name | lower -%}
        {%- for candidate in candidates -%}
            {%- if candidate | lower in lowered and name not in misses and misses | length < limit -%}
                {%- do misses.append(name) -%}
            {%- endif -%}
        {%- endfor -%}
    {%- endfor -%}
    {{ return(misses) }}
{% endmacro %}


{% macro m360_introspecting() %}
    {{ return(execute and var('movement_360__introspect', true)) }}
{% endmacro %}


{#- True while dbt renders the staging model that owns these rules (not the health
    mart or a test that reuses them): warnings are printed there only, once. -#}
{% macro m360_rendering_own_model(rules) %}
    {%- if model is not mapping or model.get('resource_type') != 'model' -%}
        {{ return(false) }}
    {%- endif -%}
    {%- set meta = (model.get('config', {}) or {}).get('meta', {}) or {} -%}
    {%- set own = (meta.get('movement_360') or {}).get('source') -%}
    {{ return(own is not none and (own | list) == (rules.get('source') | list)) }}
{% endmacro %}


{#-
    Every real table behind one declared source table, across all connections,
    with what was tried. Returns a dict:
      tables:   [{relation, org_id, schema, identifier, database_mode}]
      status:   'found', 'missing_optional' or 'missing_required'
      message:  the explanation when nothing was found ('' otherwise)
      searched: [{org_id, schema}] of every connection
      optional: whether the table is declared optional
-#}
{% macro m360_resolve_source_tables(source_name, table_name, rules) %}
    {%- set node = movement_360.m360_source_node(source_name, table_name) -%}
    {%- set tool = movement_360.m360_source_tool(node) -%}
    {%- set meta = movement_360.m360_source_meta(node) -%}
    {%- set base_name = node.name -%}
    {%- set aliases = [] -%}
    {%- set overridden = node.get('identifier') and (node.identifier | lower) != (node.name | lower) -%}
    {%- if overridden -%}
        {#- A project's source override (identifier: the real name) wins over everything. -#}
        {%- set base_name = node.identifier -%}
    {%- else -%}
        {%- set aliases = meta.get('aliases', []) or [] -%}
    {%- endif -%}
    {%- set optional = meta.get('optional', false) or rules.get('optional', false) -%}
    {%- set tables = [] -%}
    {%- set searched = [] -%}
    {%- set tried = [] -%}
    {%- set near = [] -%}
    {%- for connection in movement_360.m360_connections(tool) -%}
        {%- do searched.append({'org_id': connection.org_id, 'schema': connection.schema, 'database': connection.database}) -%}
        {%- set suffixes = movement_360.m360_tool_suffixes(tool, connection) -%}
        {%- set prefixes = [''] if overridden else connection.prefixes -%}
        {%- if movement_360.m360_introspecting() -%}
            {%- set names = movement_360.m360_list_tables(connection.database, connection.schema) -%}
            {%- set matches = movement_360.m360_match_table_names(names, prefixes, base_name, suffixes.modes, suffixes.default_mode, aliases, suffixes.orgs) -%}
            {%- if matches | length == 0 -%}
                {%- for name in movement_360.m360_near_misses(names, [base_name] + aliases) -%}
                    {%- do near.append(connection.schema ~ '.' ~ name) -%}
                {%- endfor -%}
            {%- endif -%}
        {%- else -%}
            {#- Compiling without a warehouse (e.g. BigQuery CI): assume the plainest name. -#}
            {%- set matches = [{'identifier': prefixes[0] ~ base_name, 'database_mode': suffixes.default_mode}] -%}
        {%- endif -%}
        {%- set all_suffixes = ((suffixes.modes or {}).keys() | list) + suffixes.orgs -%}
        {%- for prefix in prefixes -%}
            {%- for candidate in [base_name] + aliases -%}
                {%- do tried.append(connection.schema ~ '.' ~ prefix ~ candidate ~ (('[_' ~ all_suffixes | join('|_') ~ ']') if all_suffixes else '')) -%}
            {%- endfor -%}
        {%- endfor -%}
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
    {%- set status = 'found' -%}
    {%- set message = '' -%}
    {%- if tables | length == 0 -%}
        {%- set status = 'missing_optional' if optional else 'missing_required' -%}
        {%- set message = "movement_360: no table for source '" ~ source_name ~ "." ~ table_name ~ "'"
            ~ (" (optional: staged as an empty table)" if optional else "")
            ~ ". Tried (any casing): " ~ (tried | join(', ')) ~ ". "
            ~ (("Similar names present: " ~ (near | join(', ')) ~ ". ") if near else "No similar table names in those schemas. ")
            ~ "To fix: point movement_360__" ~ tool ~ "_schema / _prefix (or _sources) at the tables"
            ~ (", list org-code suffixes in movement_360__van_org_suffixes (e.g. [sm])" if tool == 'van' else "")
            ~ ", or name the table in your project's sources yml: {name: " ~ source_name ~ ", overrides: movement_360, tables: [{name: " ~ table_name ~ ", identifier: <real table name>}]}"
            ~ ("; or set " ~ movement_360.m360_enable_hint(tool) ~ " if this group does not sync " ~ tool ~ "." if not optional else ".") -%}
    {%- endif -%}
    {{ return({'tables': tables, 'status': status, 'message': message, 'searched': searched, 'optional': optional, 'tool': tool}) }}
{% endmacro %}


{#- Every real table behind one declared source table, across all connections.
    A missing required table is a compile error; a missing optional one warns
    once (while the staging model itself is rendered) and returns no table. -#}
{% macro m360_source_tables(source_name, table_name, rules, tolerant=false) %}
    {%- set resolved = movement_360.m360_resolve_source_tables(source_name, table_name, rules) -%}
    {%- if execute and resolved.status == 'missing_required' and not tolerant -%}
        {{ exceptions.raise_compiler_error(resolved.message) }}
    {%- elif execute and resolved.status == 'missing_optional' and movement_360.m360_rendering_own_model(rules) -%}
        {%- do exceptions.warn(resolved.message) -%}
    {%- endif -%}
    {{ return(resolved.tables) }}
{% endmacro %}
