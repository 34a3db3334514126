"""Benchmark: how well the identity crosswalk of a built warehouse matches the demo generator's ground truth.

    .venv/bin/python benchmarks/identity_quality.py \\
        --duckdb integration_tests/movement_360_demo.duckdb --truth data/generated/small/truth

Reads dim_people_crosswalk (and, for the recall ceiling, int_identity__record_values and int_identity__known_links)
from the warehouse file, attached read-only, and the generator's truth/person_records.csv and truth/humans.csv.
Reports truth coverage, pairwise precision / recall / F1 (a pair is predicted when both records share a
person_id, true when both share a human_id), household over-merging, the recall ceiling of the evidence the
models can use, the purity of the largest clusters and false merges by source-system pair. Prints counts and
rates only: no names, emails or phones. --json PATH writes the figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import duckdb
from identity_metrics import (
    cluster_purity,
    false_merges_by_system_pair,
    household_over_merge,
    pairwise_counts,
    ratio,
    reachable_pairs,
    truth_match_sql,
)

ATTACHED = "warehouse"


def find_relation(con: duckdb.DuckDBPyConnection, name: str, schema: str | None = None) -> str | None:
    """The qualified name of a table or view in the attached warehouse, or None when it is not built."""
    rows = con.execute(
        "select table_schema from information_schema.tables where table_catalog = ? and table_name = ?"
        " and (? is null or table_schema = ?) order by table_schema",
        [ATTACHED, name, schema, schema]).fetchall()
    if len(rows) > 1:
        raise SystemExit(f"{name} exists in several schemas ({', '.join(r[0] for r in rows)}); pass the schema")
    return f'{ATTACHED}."{rows[0][0]}"."{name}"' if rows else None


def load_truth(con: duckdb.DuckDBPyConnection, truth_dir: Path) -> None:
    """Tables truth (one row per true person record) and humans (human_id, household_id)."""
    records, humans = truth_dir / "person_records.csv", truth_dir / "humans.csv"
    for path in (records, humans):
        if not path.is_file():
            raise SystemExit(f"missing {path}: pass the generator's truth directory (<out>/truth)")
    con.execute(f"""create temp table truth as select * from read_csv('{records}', header = true,
        columns = {{'tool': 'varchar', 'table_name': 'varchar', 'record_id': 'varchar', 'human_id': 'bigint'}})""")
    con.execute(f"""create temp table humans as
        select human_id, household_id from read_csv('{humans}', header = true, nullstr = '\\N', all_varchar = true)""")


def match_truth(con: duckdb.DuckDBPyConnection, crosswalk: str) -> dict[str, Any]:
    """Match truth rows to crosswalk rows; build table records (one row per scored record). Returns coverage."""
    con.execute(f"create temp table matched as {truth_match_sql('truth', crosswalk)}")
    # A crosswalk row claimed by two truth rows is scored once (with the first truth row's human).
    con.execute(f"""create temp table records as
        with claimed as (
            select *, row_number() over (partition by person_record_key order by truth_row) as claim
            from matched where person_record_key is not null
        )
        select
            row_number() over (order by c.person_record_key) - 1 as node,
            c.person_record_key,
            dense_rank() over (order by c.person_id) as cluster,
            c.human_id,
            coalesce(h.household_id, 'no household: ' || c.human_id) as household_id,
            x.source_system
        from claimed as c
        inner join {crosswalk} as x on x.person_record_key = c.person_record_key
        left join humans as h on h.human_id = cast(c.human_id as varchar)
        where c.claim = 1""")
    one = con.execute("""select count(*), count(person_record_key), count(*) filter (where candidates > 1),
        count(person_record_key) - count(distinct person_record_key) from matched""").fetchone()
    # A truth table none of whose rows matched was not built (a tool or shape this build leaves out, such as
    # Action Network's API shape beside its mirror); it is reported apart from records the models lost.
    not_built = con.execute("""select tool, table_name, count(*) from matched group by all
        having count(person_record_key) = 0 order by 1, 2""").fetchall()
    unmatched = con.execute("""select tool, table_name, count(*) from matched where person_record_key is null
        and (tool, table_name) not in (select tool, table_name from matched group by all
                                       having count(person_record_key) = 0)
        group by all order by 3 desc, 1, 2""").fetchall()
    crosswalk_rows, crosswalk_unclaimed = con.execute(f"""select count(*), count(*) filter (
        where person_record_key not in (select person_record_key from matched where person_record_key is not null))
        from {crosswalk}""").fetchone()
    unclaimed_by_system = con.execute(f"""select source_system, count(*) from {crosswalk} where person_record_key
        not in (select person_record_key from matched where person_record_key is not null)
        group by all order by 2 desc, 1""").fetchall()
    pairs_all, pairs_matched = con.execute("""select
        (select coalesce(sum(n * (n - 1) // 2), 0) from (select count(*) as n from truth group by human_id)),
        (select coalesce(sum(n * (n - 1) // 2), 0) from (select count(*) as n from records group by human_id))
        """).fetchone()
    not_built_records = sum(count for _, _, count in not_built)
    return {"truth_records": one[0], "matched": one[1], "unmatched": one[0] - one[1] - not_built_records,
            "truth_tables_not_built": [{"tool": t, "table_name": n, "records": c} for t, n, c in not_built],
            "ambiguous_truth_rows": one[2], "crosswalk_rows_claimed_twice": one[3],
            "unmatched_by_table": [{"tool": t, "table_name": n, "records": c} for t, n, c in unmatched],
            "crosswalk_rows": crosswalk_rows, "crosswalk_rows_without_truth": crosswalk_unclaimed,
            "crosswalk_rows_without_truth_by_system": dict(unclaimed_by_system),
            "true_pairs_all_truth": int(pairs_all), "true_pairs_lost_to_unmatched": int(pairs_all - pairs_matched)}


EVIDENCE_SQL = """
with values_of_records as (
    select r.node, r.human_id, v.*
    from {values} as v
    inner join records as r on r.person_record_key = v.person_record_key
),
evidence as (
    select node, human_id, org_id, 'email' as kind, cast(email_key as varchar) as value
    from values_of_records where email_key is not null
    union all
    select node, human_id, org_id, 'phone', cast(phone_key as varchar)
    from values_of_records where phone_key is not null
    union all
    select node, human_id, org_id, 'myvoters', cast(myvoters_key as varchar)
    from values_of_records where myvoters_key is not null
    union all
    select node, human_id, org_id, 'dwid', cast(dwid as varchar)
    from values_of_records where dwid is not null
    union all
    select node, human_id, org_id, 'name_zip',
        concat_ws('|', first_name_key, last_name_key, zip5)
    from values_of_records
    where first_name_key is not null and last_name_key is not null and zip5 is not null
),
rooted as (
    select node, min(node) over (partition by human_id, org_id, kind, value) as root from evidence
)
select distinct node, root from rooted where node <> root
"""

LINK_EDGES_SQL = """
select l.node, r.node
from {links} as k
inner join records as l on l.person_record_key = k.left_record_key
inner join records as r on r.person_record_key = k.right_record_key
where l.human_id = r.human_id
"""


def recall_ceiling(con: duckdb.DuckDBPyConnection, values: str | None, links: str | None) -> dict[str, Any]:
    """Share of true pairs joined, within one human's records, by a chain of usable evidence."""
    if values is None:
        return {"available": False, "reason": "int_identity__record_values is not built"}
    humans = [row[0] for row in con.execute("select human_id from records order by node").fetchall()]
    edges = con.execute(EVIDENCE_SQL.format(values=values)).fetchall()
    link_edges = con.execute(LINK_EDGES_SQL.format(links=links)).fetchall() if links else []
    reachable, true_pairs = reachable_pairs(humans, edges + link_edges)
    return {"available": True, "known_links_used": links is not None, "evidence_edges": len(edges),
            "known_link_edges": len(link_edges), "reachable_pairs": reachable, "true_pairs": true_pairs,
            "ceiling": ratio(reachable, true_pairs)}


def score(duckdb_path: Path, truth_dir: Path, marts_schema: str | None, intermediate_schema: str | None,
          ) -> dict[str, Any]:
    """Every figure of the benchmark, as a JSON-ready dict."""
    started = time.perf_counter()
    con = duckdb.connect()
    con.execute(f"attach '{duckdb_path}' as {ATTACHED} (read_only)")
    crosswalk = find_relation(con, "dim_people_crosswalk", marts_schema)
    if crosswalk is None:
        raise SystemExit(f"dim_people_crosswalk is not built in {duckdb_path}")
    values = find_relation(con, "int_identity__record_values", intermediate_schema)
    links = find_relation(con, "int_identity__known_links", intermediate_schema)
    load_truth(con, truth_dir)
    report: dict[str, Any] = {"duckdb": str(duckdb_path), "truth": str(truth_dir), "crosswalk": crosswalk}
    report["coverage"] = match_truth(con, crosswalk)

    contingency = con.execute("select cluster, human_id, count(*) from records group by all").fetchall()
    pairs = pairwise_counts(contingency)
    report["pairwise"] = pairs.as_dict()
    report["clusters"] = {"predicted": len({row[0] for row in contingency}),
                          "humans": len({row[1] for row in contingency})}
    report["household"] = household_over_merge(
        con.execute("select cluster, household_id, human_id, count(*) from records group by all").fetchall())
    ceiling = recall_ceiling(con, values, links)
    if ceiling.get("ceiling") and pairs.recall is not None:
        ceiling["recall_relative_to_ceiling"] = pairs.recall / ceiling["ceiling"]
    report["recall_ceiling"] = ceiling

    names = dict(con.execute("""select distinct r.cluster, x.person_id from records as r
        inner join matched as x on x.person_record_key = r.person_record_key""").fetchall())
    top = cluster_purity(contingency, top=10)
    for cluster in top:
        cluster["person_id"] = names[cluster.pop("cluster")]
    report["largest_clusters"] = top
    false_merges = false_merges_by_system_pair(con.execute(
        "select cluster, source_system, human_id, count(*) from records group by all order by 1").fetchall())
    report["false_merges_by_system_pair"] = [
        {"systems": f"{left}|{right}", "pairs": n}
        for (left, right), n in sorted(false_merges.items(), key=lambda item: (-item[1], item[0]))]
    report["seconds"] = round(time.perf_counter() - started, 1)
    return report


def fmt(value: float | None, digits: int = 4) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def print_report(report: dict[str, Any]) -> None:
    cov, pw, hh, ceil = report["coverage"], report["pairwise"], report["household"], report["recall_ceiling"]
    print(f"crosswalk {report['crosswalk']}  ({cov['crosswalk_rows']:,} rows)")
    print(f"truth records        {cov['truth_records']:>10,}")
    print(f"  matched            {cov['matched']:>10,}")
    print(f"  unmatched          {cov['unmatched']:>10,}  (a defect: truth records the crosswalk lacks)")
    for row in cov["unmatched_by_table"]:
        print(f"    {row['tool'] + '.' + row['table_name']:<40}{row['records']:>8,}")
    print(f"  not built          {sum(r['records'] for r in cov['truth_tables_not_built']):>10,}  "
          "(truth tables of tools or shapes this build leaves out)")
    for row in cov["truth_tables_not_built"]:
        print(f"    {row['tool'] + '.' + row['table_name']:<40}{row['records']:>8,}")
    print(f"  ambiguous          {cov['ambiguous_truth_rows']:>10,}  (truth rows matching several crosswalk rows)")
    print(f"  claimed twice      {cov['crosswalk_rows_claimed_twice']:>10,}  (crosswalk rows matched by 2+ truth rows)")
    print(f"crosswalk rows without truth {cov['crosswalk_rows_without_truth']:,}: "
          + (", ".join(f"{k} {v:,}" for k, v in cov["crosswalk_rows_without_truth_by_system"].items()) or "none"))
    print(f"true pairs lost to unmatched records: {cov['true_pairs_lost_to_unmatched']:,} "
          f"of {cov['true_pairs_all_truth']:,}")
    print(f"\npairwise (matched records; {report['clusters']['predicted']:,} person_ids, "
          f"{report['clusters']['humans']:,} humans)")
    print(f"  precision {fmt(pw['precision'])}  recall {fmt(pw['recall'])}  F1 {fmt(pw['f1'])}")
    print(f"  pairs: predicted {pw['predicted_pairs']:,}  true {pw['true_pairs']:,}  "
          f"true positive {pw['true_positive_pairs']:,}  false positive {pw['false_positive_pairs']:,}  "
          f"false negative {pw['false_negative_pairs']:,}")
    print("\nhousehold over-merge (records of different humans in one household)")
    print(f"  record pairs {fmt(hh['record_pair_over_merge_rate'])}  "
          f"({hh['merged_co_household_record_pairs']:,} of {hh['co_household_record_pairs']:,} merged)")
    print(f"  human pairs  {fmt(hh['human_pair_over_merge_rate'])}  "
          f"({hh['merged_co_household_human_pairs']:,} of {hh['co_household_human_pairs']:,} share a person_id)")
    print("\nrecall ceiling (true pairs connected by usable evidence within one human's records)")
    if ceil["available"]:
        print(f"  ceiling {fmt(ceil['ceiling'])}  ({ceil['reachable_pairs']:,} of {ceil['true_pairs']:,} pairs; "
              f"{ceil['evidence_edges']:,} evidence edges, {ceil['known_link_edges']:,} known-link edges"
              + ("" if ceil["known_links_used"] else ", int_identity__known_links not built") + ")")
        print(f"  recall relative to ceiling {fmt(ceil.get('recall_relative_to_ceiling'))}")
    else:
        print(f"  not computed: {ceil['reason']}")
    print("\nlargest predicted clusters (records, humans, purity = majority human's share)")
    for rank, cluster in enumerate(report["largest_clusters"], start=1):
        print(f"  {rank:>2}. {cluster['person_id']:<36}{cluster['records']:>6,} records{cluster['humans']:>5} humans"
              f"  purity {fmt(cluster['purity'], 3)}")
    print("\nfalse merges by source-system pair (record pairs)")
    for row in report["false_merges_by_system_pair"] or [{"systems": "none", "pairs": 0}]:
        print(f"  {row['systems']:<36}{row['pairs']:>10,}")
    print(f"\n{report['seconds']} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duckdb", type=Path, required=True, help="a built warehouse file (opened read-only)")
    parser.add_argument("--truth", type=Path, required=True, help="the generator's truth directory")
    parser.add_argument("--marts-schema", help="schema of dim_people_crosswalk (found by name when omitted)")
    parser.add_argument("--intermediate-schema", help="schema of the int_identity__ models (found when omitted)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args()
    if not args.duckdb.is_file():
        sys.exit(f"no warehouse file at {args.duckdb}")
    report = score(args.duckdb.resolve(), args.truth.resolve(), args.marts_schema, args.intermediate_schema)
    print_report(report)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=1, default=str) + "\n")
        print(f"figures written to {args.json}")


if __name__ == "__main__":
    main()
