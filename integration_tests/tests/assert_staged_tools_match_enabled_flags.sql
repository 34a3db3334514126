-- Every tool this build enables reached staging with rows, and no disabled tool staged
-- anything: a build that silently staged nothing (a flag that never took effect, an
-- unmatched schema) or a tool that ignores its flag fails here.
{%- set sources = {
    'van': 'van', 'mobilize': 'mobilize', 'spoke': 'spoke', 'scale_to_win': 'scale_to_win',
    'thrutext': 'thrutext', 'hustle': 'hustle', 'thrutalk': 'thrutalk', 'empower': 'empower',
    'action_network': 'action_network_api' if var('movement_360__action_network_shape', 'mirror') == 'api' else 'action_network',
} %}

with

tool_flags as (
    {%- for tool, source_name in sources.items() %}
    select
        cast('{{ source_name }}' as {{ dbt.type_string() }}) as source_name,
        {{ 'true' if var('movement_360__' ~ tool ~ '_enabled', false) else 'false' }} as is_enabled
    {{ 'union all' if not loop.last }}
    {%- endfor %}
),

staged_tools as (
    select
        source_name,
        sum(kept_rows) as kept_rows
    from {{ ref('health_source_row_counts') }}
    group by source_name
)

select
    coalesce(tool_flags.source_name, staged_tools.source_name) as source_name,
    tool_flags.is_enabled,
    staged_tools.kept_rows
from tool_flags
full outer join staged_tools
    on tool_flags.source_name = staged_tools.source_name
where
    (tool_flags.is_enabled and coalesce(staged_tools.kept_rows, 0) = 0)
    or (not coalesce(tool_flags.is_enabled, false) and staged_tools.source_name is not null)
