"""Benchmark: how well fct_outreach_attempts credits attempts, against the demo generator's ground truth.

    .venv/bin/python benchmarks/attribution_quality.py \
        --duckdb integration_tests/movement_360_demo.duckdb --truth data/generated/small/truth

The generator's truth/attempts.csv names the human who really made each attempt (tool, table, attempt id ->
canvasser human, channel). A truth attempt is found in the fact by its tool and id, or, for a VAN copy merged
into a texting or dialer tool's record, by the fact row's merged ids. The credited canvasser is right when
canvasser_person_id is the person of that human (the person holding most of the human's records in
dim_people_crosswalk). Reports, per tool, table and channel, how many attempts were found, credited to a person, and
credited to the right one, and the headline figure: the share right among VAN door and phone attempts whose
VAN username synced blank. Also checks the conservation of attempts (delivered = in the fact + merged).
Prints counts only (no personal data). --json PATH writes the figures.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import duckdb

MARTS = "main_m360_marts"
INTERMEDIATE = "main_m360_intermediate"


def load(con: duckdb.DuckDBPyConnection, truth: Path) -> None:
    con.execute(f"""create temp table truth_attempts as select * from read_csv('{truth / "attempts.csv"}',
        header = true, all_varchar = true, nullstr = '\\N')""")
    con.execute(f"""create temp table truth_records as select * from read_csv('{truth / "person_records.csv"}',
        header = true, all_varchar = true)""")
    # The person of each human: the person_id holding most of the human's records.
    con.execute(f"""create temp table person_of_human as
        with counted as (
            select crosswalk.person_id, records.human_id, count(*) as records
            from {MARTS}.dim_people_crosswalk as crosswalk
            inner join truth_records as records
                on crosswalk.source_system = case records.tool when 'action_network_api' then 'action_network'
                                                             else records.tool end
                and crosswalk.source_record_id = records.record_id
                and (lower(crosswalk.source_table) like '%' || lower(records.table_name)
                     or (records.table_name = 'users' and lower(crosswalk.source_table) like '%core_fields'))
            group by all
        )
        select human_id, arg_max(person_id, records) as person_id from counted group by human_id""")
    con.execute(f"""create temp table fact_ids as
        select attempt_key, source_system, source_id, source_table, canvasser_person_id, canvasser_username,
               attribution_method
        from {MARTS}.fct_outreach_attempts
        union all
        select attempt_key, merged_source_system, merged_source_id, null, canvasser_person_id, canvasser_username,
               attribution_method
        from {MARTS}.fct_outreach_attempts where merged_source_id is not null""")
    # The copy's own username: blank usernames are a property of the VAN row, merged or not.
    con.execute(f"""create temp table judged as
        select
            truth.tool, truth.table_name, truth.channel, truth.canvasser_human_id,
            fact.attempt_key is not null as is_found,
            fact.attribution_method,
            fact.canvasser_person_id is not null as is_credited,
            fact.canvasser_person_id is not null and fact.canvasser_person_id = person.person_id as is_right,
            coalesce(nullif(trim(van.canvasser_username), ''), '') = '' as is_blank_username
        from truth_attempts as truth
        left join fact_ids as fact
            on fact.source_system = truth.tool and fact.source_id = truth.attempt_id
            and (fact.source_table is null or lower(fact.source_table) like '%' || lower(truth.table_name))
        left join person_of_human as person
            on person.human_id = truth.canvasser_human_id
        left join {INTERMEDIATE}.int_attribution__attempts as van
            on truth.tool = 'van' and van.source_system = 'van' and van.source_id = truth.attempt_id
            and lower(van.source_table) like '%' || lower(truth.table_name)""")


def report(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    rows = con.execute("""select tool, table_name, channel, count(*), count(*) filter (where is_found),
        count(*) filter (where is_credited), count(*) filter (where is_right)
        from judged group by all order by 1, 2, 3""").fetchall()
    by_table = [{"tool": t, "table_name": n, "channel": c, "attempts": a, "found": f, "credited": cr, "right": r}
                for t, n, c, a, f, cr, r in rows]
    blank = con.execute("""select count(*), count(*) filter (where is_right), count(*) filter (where is_found)
        from judged where tool = 'van' and channel in ('door', 'phone') and is_blank_username""").fetchone()
    total = con.execute("""select count(*), count(*) filter (where is_found), count(*) filter (where is_right)
        from judged""").fetchone()
    methods = dict(con.execute(f"""select attribution_method, count(*) from {MARTS}.fct_outreach_attempts
        group by 1 order by 2 desc""").fetchall())
    delivered, in_fact, merged = con.execute(f"""select
        (select count(*) from {INTERMEDIATE}.int_attribution__attempts),
        (select count(*) from {MARTS}.fct_outreach_attempts),
        (select count(*) from {INTERMEDIATE}.int_attribution__same_attempts)""").fetchone()
    return {
        "truth_attempts": total[0], "found": total[1], "right": total[2],
        "blank_username_door_phone": {"attempts": blank[0], "found": blank[2], "right": blank[1],
                                      "share_right": blank[1] / blank[0] if blank[0] else None},
        "by_table": by_table, "fact_rows_by_method": methods,
        "conservation": {"delivered": delivered, "in_fact": in_fact, "merged": merged,
                         "balanced": delivered == in_fact + merged},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duckdb", type=Path, required=True, help="a built warehouse (opened read-only)")
    parser.add_argument("--truth", type=Path, required=True, help="the generator's truth folder")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with duckdb.connect(str(args.duckdb), read_only=True) as con:
        load(con, args.truth)
        figures = report(con)
    blank = figures["blank_username_door_phone"]
    print(f"truth attempts {figures['truth_attempts']:,}: found {figures['found']:,}, "
          f"canvasser right {figures['right']:,}")
    share = "n/a" if blank["share_right"] is None else f"{blank['share_right']:.4f}"
    print(f"VAN door and phone attempts with a blank username: {blank['attempts']:,}, found {blank['found']:,}, "
          f"canvasser right {blank['right']:,} (share {share})")
    print(f"{'tool.table':<40}{'channel':<12}{'attempts':>9}{'found':>8}{'credited':>10}{'right':>8}")
    for row in figures["by_table"]:
        print(f"{row['tool'] + '.' + row['table_name']:<40}{row['channel']:<12}{row['attempts']:>9,}"
              f"{row['found']:>8,}{row['credited']:>10,}{row['right']:>8,}")
    print("fact rows by attribution method: "
          + ", ".join(f"{method} {count:,}" for method, count in figures["fact_rows_by_method"].items()))
    cons = figures["conservation"]
    print(f"conservation: delivered {cons['delivered']:,} = in fact {cons['in_fact']:,} + merged {cons['merged']:,}"
          f" -> {'balanced' if cons['balanced'] else 'NOT BALANCED'}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=1) + "\n")


if __name__ == "__main__":
    main()
