-- Every tool this build enables reached staging with rows, and no disabled tool staged
-- anything: a build that silently staged nothing (a flag that never took effect, an
-- unmatched schema) or a tool that ignores its flag fails here. The tools and their
-- source names (an adapter per shape) come from the package's tool registry.
{%- set entries = [] %}
{%- for entry in movement_360.m360_tool_registry() if entry.tool != 'custom' %}
    {%- do entries.append((entry.adapter, movement_360.m360_tool_entry_active(entry))) %}
{%- endfor %}

with

tool_flags as (
    {%- for source_name, is_active in entries %}
    select
        cast('{{ source_name }}' as {{ dbt.type_string() }}) as source_name,
        {{ 'true' if is_active else 'false' }} as is_enabled
    {{ 'union all' if not loop.last }}
    {%- endfor %}
),

staged_tools as (
    select
        source_name,
        sum(kept_rows) as kept_rows
    from {{ ref('fct_source_row_counts') }}
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
