-- Every tool this build enables reached staging with rows: a build that silently
-- staged nothing (a disabled flag, an unmatched schema) fails here.
{%- set tools = ['van', 'mobilize', 'spoke', 'scale_to_win', 'thrutext', 'hustle', 'thrutalk', 'empower'] -%}
{%- set expected = [] -%}
{%- for tool in tools if var('movement_360__' ~ tool ~ '_enabled', false) -%}
    {%- do expected.append(tool) -%}
{%- endfor -%}
{%- if var('movement_360__action_network_enabled', false) -%}
    {%- do expected.append('action_network_api' if var('movement_360__action_network_shape', 'mirror') == 'api' else 'action_network') -%}
{%- endif %}

with

expected_tools as (
    {%- for tool in expected %}
    select cast('{{ tool }}' as {{ dbt.type_string() }}) as source_name
    {{ 'union all' if not loop.last }}
    {%- endfor %}
    {%- if expected | length == 0 %}
    select cast(null as {{ dbt.type_string() }}) as source_name
    from (select 1 as one) as nothing_enabled
    where 1 = 0
    {%- endif %}
),

staged_tools as (
    select
        source_name,
        sum(kept_rows) as kept_rows
    from {{ ref('health_source_row_counts') }}
    group by source_name
)

select expected_tools.source_name
from expected_tools
left join staged_tools
    on expected_tools.source_name = staged_tools.source_name
where coalesce(staged_tools.kept_rows, 0) = 0
