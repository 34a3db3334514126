"""Pure scoring functions shared by the identity benchmarks (identity_quality.py, identity_febrl.py).

Pairwise figures are computed from counts per cluster (contingency tables), never by enumerating record pairs,
so they scale to millions of records. Nothing here imports a third-party package: the FEBRL export phase runs
in its own venv and imports this module too.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from itertools import groupby

# Truth names a tool by the shape of its sync; the crosswalk names it by source system.
TRUTH_TOOL_TO_SOURCE_SYSTEM = {"action_network_api": "action_network"}


def comb2(n: int) -> int:
    """Number of unordered pairs among n items."""
    return n * (n - 1) // 2


def ratio(numerator: float, denominator: float) -> float | None:
    """numerator / denominator, or None when the denominator is zero (a figure that does not exist)."""
    return numerator / denominator if denominator else None


@dataclass(frozen=True)
class PairCounts:
    """Pairwise confusion counts: pairs predicted together, truly together, and both."""

    true_positive: int
    predicted_pairs: int
    true_pairs: int

    @property
    def false_positive(self) -> int:
        return self.predicted_pairs - self.true_positive

    @property
    def false_negative(self) -> int:
        return self.true_pairs - self.true_positive

    @property
    def precision(self) -> float | None:
        return ratio(self.true_positive, self.predicted_pairs)

    @property
    def recall(self) -> float | None:
        return ratio(self.true_positive, self.true_pairs)

    @property
    def f1(self) -> float | None:
        return ratio(2 * self.true_positive, self.predicted_pairs + self.true_pairs)

    def as_dict(self) -> dict[str, int | float | None]:
        return {"true_positive_pairs": self.true_positive, "false_positive_pairs": self.false_positive,
                "false_negative_pairs": self.false_negative, "predicted_pairs": self.predicted_pairs,
                "true_pairs": self.true_pairs, "precision": self.precision, "recall": self.recall, "f1": self.f1}


def pairwise_counts(contingency: Iterable[tuple[Hashable, Hashable, int]]) -> PairCounts:
    """Pairwise counts from a contingency table of (predicted cluster, true cluster, record count) rows.

    Each (predicted, true) combination must appear once. A pair is predicted-positive when both records share
    the predicted cluster, truly positive when both share the true cluster.
    """
    predicted: Counter[Hashable] = Counter()
    truth: Counter[Hashable] = Counter()
    true_positive = 0
    for predicted_cluster, true_cluster, count in contingency:
        predicted[predicted_cluster] += count
        truth[true_cluster] += count
        true_positive += comb2(count)
    return PairCounts(true_positive=true_positive, predicted_pairs=sum(comb2(n) for n in predicted.values()),
                      true_pairs=sum(comb2(n) for n in truth.values()))


def linked_pair_counts(cluster_of: dict[Hashable, Hashable], true_links: Iterable[tuple[Hashable, Hashable]],
                       list_of: dict[Hashable, Hashable] | None = None) -> PairCounts:
    """Pairwise counts against an explicit list of true links (FEBRL's ground truth).

    cluster_of maps every scored record to its predicted cluster. With list_of (record -> list name) only pairs
    across two different lists count, both predicted and true (record linkage rather than de-duplication).
    A link naming a record that is missing from cluster_of is a true pair the prediction cannot contain.
    """
    links = {tuple(sorted((str(a), str(b)))) for a, b in true_links if a != b}
    cluster_of = {str(k): v for k, v in cluster_of.items()}
    if list_of is None:
        predicted_pairs = sum(comb2(n) for n in Counter(cluster_of.values()).values())
    else:
        list_of = {str(k): v for k, v in list_of.items()}
        links = {(a, b) for a, b in links if list_of.get(a) != list_of.get(b)}
        per_cluster: dict[Hashable, Counter[Hashable]] = defaultdict(Counter)
        for record, cluster in cluster_of.items():
            per_cluster[cluster][list_of[record]] += 1
        predicted_pairs = sum(comb2(sum(lists.values())) - sum(comb2(n) for n in lists.values())
                              for lists in per_cluster.values())
    true_positive = sum(1 for a, b in links if a in cluster_of and b in cluster_of and cluster_of[a] == cluster_of[b])
    return PairCounts(true_positive=true_positive, predicted_pairs=predicted_pairs, true_pairs=len(links))


def household_over_merge(rows: Iterable[tuple[Hashable, Hashable, Hashable, int]]) -> dict[str, int | float | None]:
    """Over-merging inside households, from (predicted cluster, household, human, record count) rows.

    Record pairs: among pairs of records of different humans in the same household, how many share a predicted
    cluster. Human pairs: among pairs of distinct co-household humans (each with at least one record), how many
    share any predicted cluster.
    """
    per_household: Counter[Hashable] = Counter()
    per_human: Counter[Hashable] = Counter()
    per_cluster_household: Counter[tuple[Hashable, Hashable]] = Counter()
    per_cluster_human: Counter[tuple[Hashable, Hashable]] = Counter()
    humans_of_household: dict[Hashable, set[Hashable]] = defaultdict(set)
    humans_of_cluster_household: dict[tuple[Hashable, Hashable], set[Hashable]] = defaultdict(set)
    for cluster, household, human, count in rows:
        per_household[household] += count
        per_human[human] += count
        per_cluster_household[cluster, household] += count
        per_cluster_human[cluster, human] += count
        humans_of_household[household].add(human)
        humans_of_cluster_household[cluster, household].add(human)
    record_pairs = sum(comb2(n) for n in per_household.values()) - sum(comb2(n) for n in per_human.values())
    merged_record_pairs = (sum(comb2(n) for n in per_cluster_household.values())
                           - sum(comb2(n) for n in per_cluster_human.values()))
    human_pairs = sum(comb2(len(humans)) for humans in humans_of_household.values())
    merged_human_pairs: set[tuple[Hashable, Hashable]] = set()
    for humans in humans_of_cluster_household.values():
        ordered = sorted(humans, key=str)
        merged_human_pairs.update((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1:])
    return {"co_household_record_pairs": record_pairs, "merged_co_household_record_pairs": merged_record_pairs,
            "record_pair_over_merge_rate": ratio(merged_record_pairs, record_pairs),
            "co_household_human_pairs": human_pairs, "merged_co_household_human_pairs": len(merged_human_pairs),
            "human_pair_over_merge_rate": ratio(len(merged_human_pairs), human_pairs)}


def false_merges_by_system_pair(rows: Iterable[tuple[Hashable, str, Hashable, int]]) -> dict[tuple[str, str], int]:
    """False-merge record pairs by (source system, source system), from (cluster, system, human, count) rows.

    Rows must be grouped by cluster (sorted on it). A false merge is a pair of records in the same predicted
    cluster that belong to different humans; the pair's key is its two source systems in sorted order.
    """
    result: Counter[tuple[str, str]] = Counter()
    for _, cluster_rows in groupby(rows, key=lambda row: row[0]):
        per_system: Counter[str] = Counter()
        per_system_human: dict[str, Counter[Hashable]] = defaultdict(Counter)
        for _, system, human, count in cluster_rows:
            per_system[system] += count
            per_system_human[system][human] += count
        systems = sorted(per_system)
        for i, left in enumerate(systems):
            for right in systems[i:]:
                if left == right:
                    total = comb2(per_system[left])
                    same = sum(comb2(n) for n in per_system_human[left].values())
                else:
                    total = per_system[left] * per_system[right]
                    same = sum(n * per_system_human[right].get(human, 0)
                               for human, n in per_system_human[left].items())
                if total > same:
                    result[left, right] += total - same
    return dict(result)


def cluster_purity(rows: Iterable[tuple[Hashable, Hashable, int]], top: int = 10) -> list[dict[str, object]]:
    """The largest predicted clusters from (cluster, human, count) rows: size, humans, majority-human share."""
    per_cluster: dict[Hashable, Counter[Hashable]] = defaultdict(Counter)
    for cluster, human, count in rows:
        per_cluster[cluster][human] += count
    ranked = sorted(per_cluster.items(), key=lambda item: (-sum(item[1].values()), str(item[0])))[:top]
    return [{"cluster": cluster, "records": sum(humans.values()), "humans": len(humans),
             "purity": max(humans.values()) / sum(humans.values())} for cluster, humans in ranked]


class UnionFind:
    """Disjoint sets over the integers 0..n-1 (path halving, union by size)."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, node: int) -> int:
        parent = self.parent
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def union(self, left: int, right: int) -> None:
        left, right = self.find(left), self.find(right)
        if left == right:
            return
        if self.size[left] < self.size[right]:
            left, right = right, left
        self.parent[right] = left
        self.size[left] += self.size[right]


def reachable_pairs(humans: Sequence[Hashable], edges: Iterable[tuple[int, int]]) -> tuple[int, int]:
    """(reachable true pairs, true pairs) for the recall ceiling.

    Node i is a record of human humans[i]; an edge is a piece of usable evidence joining two records. Only edges
    between records of the same human count (the graph is built per human). A true pair is reachable when its
    two records sit in the same connected component.
    """
    sets = UnionFind(len(humans))
    for left, right in edges:
        if humans[left] == humans[right]:
            sets.union(left, right)
    components = Counter((humans[node], sets.find(node)) for node in range(len(humans)))
    reachable = sum(comb2(n) for n in components.values())
    true_pairs = sum(comb2(n) for n in Counter(humans).values())
    return reachable, true_pairs


def source_system_of_tool(tool: str) -> str:
    """The crosswalk's source_system for a truth tool name."""
    return TRUTH_TOOL_TO_SOURCE_SYSTEM.get(tool, tool)


def table_match_rank(source_table: str, table_name: str) -> int | None:
    """How well a synced table name (hub prefix included) matches a truth table name; lower is better.

    0: equal ignoring case; 1: ends with '_' + the name (a hub prefix such as 'aya_' or 'TSM_OneAZ_');
    2: ends with the name otherwise (a prefix without separator); 3: an Action Network user merged away,
    whose record lives on in core_fields; None: no match. The ranking keeps
    'aya_contacts_mym' ahead of 'aya_contactscontacts_mym' for the truth table 'contacts_mym'.
    """
    source, name = source_table.lower(), table_name.lower()
    if source == name:
        return 0
    if source.endswith("_" + name):
        return 1
    if source.endswith(name):
        return 2
    if name == "users" and source.endswith("core_fields"):
        return 3
    return None


# The same rule in SQL (DuckDB), for matching millions of truth rows inside the warehouse file.
# Action Network users merged away (deleted) keep their core fields: their record is read from that table.
TABLE_MATCH_RANK_SQL = """case
    when lower({source}) = lower({name}) then 0
    when ends_with(lower({source}), '_' || lower({name})) then 1
    when ends_with(lower({source}), lower({name})) then 2
    when lower({name}) = 'users' and ends_with(lower({source}), 'core_fields') then 3
end"""


def truth_match_sql(truth: str, crosswalk: str) -> str:
    """A DuckDB query matching truth rows to crosswalk rows: one output row per truth row.

    truth has (tool, table_name, record_id, human_id); crosswalk has (person_record_key, person_id,
    source_system, source_table, source_record_id). A truth row matches a crosswalk row with its tool's source
    system, the same record id, and a source table ending with the truth table name; the best-ranked candidate
    wins (ties broken by the shorter table name, then the key). Output columns: truth_row, tool, table_name,
    human_id, person_record_key and person_id (null when no crosswalk row matched), candidates (how many
    crosswalk rows matched).
    """
    tool_cases = " ".join(f"when '{tool}' then '{system}'" for tool, system in TRUTH_TOOL_TO_SOURCE_SYSTEM.items())
    rank = TABLE_MATCH_RANK_SQL.format(source="c.source_table", name="t.table_name")
    return f"""
with truth as (
    select
        row_number() over (order by tool, table_name, record_id) as truth_row,
        tool,
        table_name,
        cast(record_id as varchar) as record_id,
        human_id,
        case tool {tool_cases} else tool end as source_system
    from {truth}
),
candidates as (
    select
        t.truth_row,
        c.person_record_key,
        c.person_id,
        row_number() over (
            partition by t.truth_row order by {rank}, length(c.source_table), c.person_record_key
        ) as candidate_rank,
        count(*) over (partition by t.truth_row) as candidates
    from truth as t
    inner join {crosswalk} as c
        on c.source_system = t.source_system
        and cast(c.source_record_id as varchar) = t.record_id
        and {rank} is not null
)
select
    t.truth_row,
    t.tool,
    t.table_name,
    t.human_id,
    c.person_record_key,
    c.person_id,
    coalesce(c.candidates, 0) as candidates
from truth as t
left join candidates as c
    on c.truth_row = t.truth_row and c.candidate_rank = 1
"""
