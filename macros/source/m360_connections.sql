{#-
    Where a tool's synced tables live. A group with one sync sets
    movement_360__<tool>_schema (and optionally _database, _prefix); a hub
    running one build over many groups, or a group with two VAN committees,
    sets movement_360__<tool>_sources to a list of connections, each tagged
    with its own org_id. Every staged row carries the org_id of its connection.
-#}
{% macro m360_connections(tool) %}
    {{ return(adapter.dispatch('m360_connections', 'movement_360')(tool)) }}
{% endmacro %}

{% macro default__m360_connections(tool) %}
    {%- set listed = var('movement_360__' ~ tool ~ '_sources', none) -%}
    {%- if listed is none or listed | length == 0 -%}
        {%- set listed = [{}] -%}
    {%- endif -%}
    {%- set connections = [] -%}
    {%- for entry in listed -%}
        {%- set prefixes = entry.get('prefixes', entry.get('prefix', var('movement_360__' ~ tool ~ '_prefix', ''))) -%}
        {%- if prefixes is string -%}
            {%- set prefixes = [prefixes] -%}
        {%- endif -%}
        {%- do connections.append({
            'database': entry.get('database', var('movement_360__' ~ tool ~ '_database', target.database)),
            'schema': entry.get('schema', var('movement_360__' ~ tool ~ '_schema', tool)),
            'org_id': entry.get('org_id', var('movement_360__org_id', 'default')) | string,
            'prefixes': prefixes,
        }) -%}
    {%- endfor -%}
    {{ return(connections) }}
{% endmacro %}


{#-
    The tool's enable flag. Tools are opt-in: a group enables the ones it
    syncs. movement_360__enable_all_tools turns every tool on (linting and
    compiling the whole package without listing the tools).
-#}
{% macro m360_tool_enabled(tool) %}
    {{ return(var('movement_360__enable_all_tools', false) or var('movement_360__' ~ tool ~ '_enabled', false)) }}
{% endmacro %}
