-- The edges of a Sankey chart of members' journeys: pick a trajectory ('event_sequence': the type of
-- each event attended in order; 'ladder': engagement stages in the order reached) and hand the three
-- columns to the chart (Looker Studio, Tableau and Metabase Sankey charts take source, target, value).
select
    source_label as source,
    target_label as target,
    people as value
from {{ ref('fct_journey_sankey_edges') }}
where trajectory = '{{ var("trajectory", "event_sequence") }}'
order by step, people desc
