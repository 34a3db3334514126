"""The identity benchmarks' scoring: pair counts, the recall ceiling, and matching truth to the crosswalk."""

from __future__ import annotations

import sys
from itertools import combinations
from pathlib import Path

import duckdb
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from identity_metrics import (
    UnionFind,
    cluster_purity,
    comb2,
    false_merges_by_system_pair,
    household_over_merge,
    linked_pair_counts,
    pairwise_counts,
    reachable_pairs,
    table_match_rank,
    truth_match_sql,
)


def _brute_force(predicted: list[str], truth: list[str]) -> tuple[int, int, int]:
    pairs = list(combinations(range(len(predicted)), 2))
    return (sum(predicted[i] == predicted[j] and truth[i] == truth[j] for i, j in pairs),
            sum(predicted[i] == predicted[j] for i, j in pairs), sum(truth[i] == truth[j] for i, j in pairs))


def test_pairwise_counts_from_a_contingency_table() -> None:
    # cluster P1 holds 3 records of human a and 1 of b; P2 holds 1 of a; P3 holds 2 of c.
    pairs = pairwise_counts([("P1", "a", 3), ("P1", "b", 1), ("P2", "a", 1), ("P3", "c", 2)])
    assert (pairs.true_positive, pairs.predicted_pairs, pairs.true_pairs) == (4, 7, 7)
    assert (pairs.false_positive, pairs.false_negative) == (3, 3)
    assert pairs.precision == pytest.approx(4 / 7)
    assert pairs.recall == pytest.approx(4 / 7)
    assert pairs.f1 == pytest.approx(4 / 7)


def test_pairwise_counts_agree_with_enumerating_pairs() -> None:
    predicted = ["x", "x", "x", "y", "y", "z", "z", "z", "z", "w"]
    truth = ["1", "1", "2", "2", "2", "3", "3", "1", "3", "3"]
    table: dict[tuple[str, str], int] = {}
    for key in zip(predicted, truth, strict=True):
        table[key] = table.get(key, 0) + 1
    pairs = pairwise_counts((p, t, n) for (p, t), n in table.items())
    assert (pairs.true_positive, pairs.predicted_pairs, pairs.true_pairs) == _brute_force(predicted, truth)


def test_pairwise_figures_are_none_without_pairs() -> None:
    pairs = pairwise_counts([("P1", "a", 1), ("P2", "b", 1)])
    assert (pairs.precision, pairs.recall, pairs.f1) == (None, None, None)
    assert comb2(0) == comb2(1) == 0


def test_linked_pairs_dedupe_and_count_only_cross_list_pairs_when_asked() -> None:
    cluster_of = {"a1": 1, "a2": 1, "b1": 1, "b2": 2, "a3": 3}
    links = [("a1", "b1"), ("b1", "a1"), ("a2", "b2"), ("a1", "a2"), ("a3", "gone")]
    all_pairs = linked_pair_counts(cluster_of, links)
    assert (all_pairs.true_positive, all_pairs.predicted_pairs, all_pairs.true_pairs) == (2, 3, 4)
    lists = {"a1": "A", "a2": "A", "a3": "A", "b1": "B", "b2": "B", "gone": "B"}
    cross = linked_pair_counts(cluster_of, links, lists)
    # cluster 1 = {a1, a2 | b1}: two cross pairs predicted; true cross links a1-b1, a2-b2, a3-gone; one found.
    assert (cross.true_positive, cross.predicted_pairs, cross.true_pairs) == (1, 2, 3)


def test_household_over_merge_counts_record_and_human_pairs() -> None:
    # household H: humans a (2 records), b (1), c (1); cluster P1 = a, a, b; cluster P2 = c. Household G: d, e apart.
    rows = [("P1", "H", "a", 2), ("P1", "H", "b", 1), ("P2", "H", "c", 1), ("P3", "G", "d", 1), ("P4", "G", "e", 1)]
    figures = household_over_merge(rows)
    # record pairs across humans in H: 6 pairs in H minus 1 within a = 5; plus d-e in G = 6. Merged: a-b twice.
    assert figures["co_household_record_pairs"] == 6
    assert figures["merged_co_household_record_pairs"] == 2
    assert figures["record_pair_over_merge_rate"] == pytest.approx(2 / 6)
    # human pairs: a-b, a-c, b-c, d-e = 4; only a-b share a person_id.
    assert figures["co_household_human_pairs"] == 4
    assert figures["merged_co_household_human_pairs"] == 1


def test_household_human_pairs_count_each_pair_once() -> None:
    # a and b share two clusters (one pair), a and c share one; b and c never meet.
    rows = [("P1", "H", "a", 1), ("P1", "H", "b", 1), ("P2", "H", "a", 1), ("P2", "H", "b", 1),
            ("P3", "H", "c", 1), ("P3", "H", "a", 1)]
    figures = household_over_merge(rows)
    assert (figures["co_household_human_pairs"], figures["merged_co_household_human_pairs"]) == (3, 2)
    assert figures["human_pair_over_merge_rate"] == pytest.approx(2 / 3)


def test_false_merges_are_keyed_by_sorted_system_pair() -> None:
    rows = sorted([("P1", "van", "a", 2), ("P1", "spoke", "a", 1), ("P1", "spoke", "b", 1), ("P1", "van", "b", 1),
                   ("P2", "van", "c", 3)])
    # P1: van {a:2, b:1}, spoke {a:1, b:1}. van-van false: 3 pairs - 1 = 2; spoke-spoke: 1 - 0 = 1;
    # spoke-van: 2*3 = 6 minus same-human 1*2 + 1*1 = 3 -> 3. P2 is pure.
    assert false_merges_by_system_pair(rows) == {("van", "van"): 2, ("spoke", "spoke"): 1, ("spoke", "van"): 3}


def test_cluster_purity_ranks_by_size() -> None:
    top = cluster_purity([("P1", "a", 1), ("P2", "a", 3), ("P2", "b", 1), ("P3", "c", 2)], top=2)
    assert [(c["cluster"], c["records"], c["humans"]) for c in top] == [("P2", 4, 2), ("P3", 2, 1)]
    assert top[0]["purity"] == pytest.approx(0.75)


def test_union_find_joins_chains() -> None:
    sets = UnionFind(5)
    sets.union(0, 1)
    sets.union(3, 4)
    sets.union(1, 4)
    assert len({sets.find(n) for n in (0, 1, 3, 4)}) == 1
    assert sets.find(2) != sets.find(0)


def test_recall_ceiling_counts_pairs_inside_components_per_human() -> None:
    humans = ["a", "a", "a", "a", "b", "b", "c"]
    # a: 0-1 and 1-2 chain (3 reachable pairs), 3 isolated; b: 4, 5 joined only through an edge to c's record,
    # which must not count; an edge between a and b records must not join anything.
    edges = [(0, 1), (1, 2), (4, 6), (5, 6), (3, 4)]
    reachable, true_pairs = reachable_pairs(humans, edges)
    assert true_pairs == comb2(4) + comb2(2)
    assert reachable == 3


def test_table_match_rank_prefers_the_separated_suffix() -> None:
    assert table_match_rank("contacts_mym", "contacts_mym") == 0
    assert table_match_rank("aya_contacts_mym", "contacts_mym") == 1
    assert table_match_rank("TSM_OneAZ_Contacts_VF", "contacts_vf") == 1
    assert table_match_rank("aya_contactscontacts_mym", "contacts_mym") == 2
    assert table_match_rank("aya_contacts_myc", "contacts_mym") is None


def test_truth_match_sql_maps_tools_prefixes_and_composite_ids() -> None:
    con = duckdb.connect()
    con.execute("""create table truth as select * from (values
        ('van', 'contacts_vf', '101', 1),
        ('van', 'contacts_mym', '101', 1),
        ('action_network_api', 'people', 'action_network:u-1', 2),
        ('thrutalk', 'daily_campaign_dials', 'Program 1|+1 570 771 4403|2026-01-30 10:31:02', 3),
        ('spoke', 'user', '9', 4)
    ) as t(tool, table_name, record_id, human_id)""")
    con.execute("""create table crosswalk as select * from (values
        ('k1', 'p1', 'van', 'TSM_OneAZ_Contacts_VF', '101'),
        ('k2', 'p1', 'van', 'a_contactscontacts_mym', '101'),
        ('k3', 'p1', 'van', 'tsm_tmc_long_contacts_mym', '101'),
        ('k4', 'p2', 'action_network', 'people', 'action_network:u-1'),
        ('k5', 'p3', 'thrutalk', 'daily_campaign_dials', 'Program 1|+1 570 771 4403|2026-01-30 10:31:02'),
        ('k6', 'p4', 'spoke', 'user', '10')
    ) as c(person_record_key, person_id, source_system, source_table, source_record_id)""")
    query = truth_match_sql("truth", "crosswalk")
    rows = con.execute(f"select tool, table_name, person_record_key, candidates from ({query})").fetchall()
    assert sorted(rows, key=str) == sorted([
        ("van", "contacts_vf", "k1", 1),
        ("van", "contacts_mym", "k3", 2),
        ("action_network_api", "people", "k4", 1),
        ("thrutalk", "daily_campaign_dials", "k5", 1),
        ("spoke", "user", None, 0),
    ], key=str)


def test_sweep_worlds_differ_from_the_demo_and_summary_reads_the_report() -> None:
    import identity_sweep
    from m360_demo import rates

    # 'demo' is the demo's own world (scripts/demo.sh: seed 360, default rates); every other world has a seed
    # of its own and rates or tools other than the demo's.
    assert identity_sweep.WORLDS["demo"] == (360, [], {})
    others = {name: world for name, world in identity_sweep.WORLDS.items() if name != "demo"}
    seeds = [seed for seed, _, _ in others.values()]
    assert len(set(seeds)) == len(seeds) and 360 not in seeds
    for _, arguments, _ in others.values():
        assert arguments
        if arguments[:1] == ["--rates"]:
            assert rates.parse(arguments[1:]) != rates.DEFAULT
    report = {"pairwise": {"precision": 0.9, "recall": 0.8, "f1": 0.85},
              "recall_ceiling": {"ceiling": 0.95, "recall_relative_to_ceiling": 0.84},
              "household": {"human_pair_over_merge_rate": 0.01}}
    assert identity_sweep.summary(report) == {"precision": 0.9, "recall": 0.8, "f1": 0.85, "ceiling": 0.95,
                                              "recall_of_ceiling": 0.84, "household_over_merge": 0.01}
