"""Benchmark: the whole `dbt build` on PostgreSQL with the server's default settings, against DuckDB.

Loads a generated world (from staging_build.py's work folder, or generated here) into a PostgreSQL
database and into a fresh DuckDB file, runs `dbt build` (models, seeds and data tests; unit tests
excluded) on each, and reports wall time, the slowest models, PostgreSQL's temporary files
(bytes written to temp files during the build, from pg_stat_database), and the share of the build
the sync-health layer takes (its models under marts/health and marts/monitoring and every test
on them, as a share of the summed run time of all nodes; issue 13 asks for at most 10%):

    bash scripts/ci/postgres.sh start                      # a throwaway server, default settings
    .venv/bin/python benchmarks/postgres_build.py --size large --threads 2 \\
        --postgres "host=127.0.0.1 port=54329 user=postgres dbname=movement_360"

Writes the figures to benchmarks/results/postgres_build_<size>.json (not committed).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from staging_build import ROOT, run_phase


def dsn_settings(dsn: str) -> dict[str, str]:
    """host, port, user and dbname of a libpq key=value connection string."""
    return dict(part.split("=", 1) for part in dsn.split())


def slowest_models(run_results: Path, top: int) -> list[dict[str, object]]:
    results = json.loads(run_results.read_text())["results"]
    models = [r for r in results if r["unique_id"].startswith("model.")]
    models.sort(key=lambda r: r["execution_time"], reverse=True)
    return [{"model": r["unique_id"].split(".")[-1], "seconds": round(r["execution_time"], 1)} for r in models[:top]]


def health_share(target: Path) -> dict[str, object]:
    """Summed run time of the health layer's nodes (models in marts/health or marts/monitoring, and the
    tests that read them) against that of every node of the build."""
    results = json.loads((target / "run_results.json").read_text())["results"]
    nodes = json.loads((target / "manifest.json").read_text())["nodes"]
    health_models = {uid for uid, node in nodes.items() if node["resource_type"] == "model"
                     and ("/marts/health/" in node["original_file_path"]
                          or "/marts/monitoring/" in node["original_file_path"])}

    def is_health(uid: str) -> bool:
        node = nodes.get(uid, {})
        return uid in health_models or (node.get("resource_type") == "test"
                                        and bool(set(node["depends_on"]["nodes"]) & health_models))

    total = sum(r["execution_time"] for r in results)
    health = sum(r["execution_time"] for r in results if is_health(r["unique_id"]))
    return {"health_seconds": round(health, 1), "all_nodes_seconds": round(total, 1),
            "health_share": round(health / total, 4) if total else None,
            "health_nodes": sum(1 for r in results if is_health(r["unique_id"]))}


def temp_bytes(dsn: str) -> int:
    import psycopg2

    with psycopg2.connect(dsn) as connection, connection.cursor() as cursor:
        cursor.execute("select temp_bytes from pg_stat_database where datname = current_database()")
        return int(cursor.fetchone()[0])


def recreate_database(dsn: str) -> None:
    import psycopg2

    settings = dsn_settings(dsn)
    admin = " ".join(f"{k}={v}" for k, v in {**settings, "dbname": "postgres"}.items())
    connection = psycopg2.connect(admin)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'drop database if exists "{settings["dbname"]}" with (force)')
        cursor.execute(f'create database "{settings["dbname"]}"')
    connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="large", choices=["small", "demo", "large"])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--postgres", required=True, help="libpq key=value connection string (database is recreated)")
    parser.add_argument("--work", type=Path, default=ROOT / ".bench-work")
    parser.add_argument("--skip-duckdb", action="store_true", help="PostgreSQL only")
    args = parser.parse_args()

    data = args.work / args.size / "data"
    python = sys.executable
    dbt = str(Path(python).with_name("dbt"))
    base_env = {**os.environ, "PYTHONPATH": str(ROOT / "scripts"), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
                "DBT_PROFILES_DIR": str(ROOT / "integration_tests"), "M360_THREADS": str(args.threads)}
    phases = []
    if not (data / "MANIFEST.json").exists():
        phases.append(run_phase("generate", [python, "-m", "m360_demo", "generate", "--size", args.size,
                                             "--out", str(data)], base_env, ROOT))
    build = [dbt, "build", "--exclude-resource-type", "unit_test"]
    report: dict[str, object] = {"size": args.size, "threads": args.threads}

    settings = dsn_settings(args.postgres)
    pg_env = {**base_env, "M360_TARGET": "postgres", "M360_PG_HOST": settings.get("host", "127.0.0.1"),
              "M360_PG_PORT": settings.get("port", "5432"), "M360_PG_USER": settings.get("user", "postgres"),
              "M360_PG_DBNAME": settings.get("dbname", "movement_360")}
    recreate_database(args.postgres)
    phases.append(run_phase("load_postgres", [python, "-m", "m360_demo", "load", "--data", str(data),
                                              "--postgres", args.postgres], pg_env, ROOT))
    phases.append(run_phase("dbt_deps", [dbt, "deps", "--quiet"], pg_env, ROOT / "integration_tests"))
    temp_before = temp_bytes(args.postgres)
    phases.append(run_phase("dbt_build_postgres", build, pg_env, ROOT / "integration_tests"))
    report["postgres_temp_bytes"] = temp_bytes(args.postgres) - temp_before
    report["postgres_slowest_models"] = slowest_models(ROOT / "integration_tests" / "target" / "run_results.json", 8)
    report["postgres_health"] = health_share(ROOT / "integration_tests" / "target")

    if not args.skip_duckdb:
        warehouse = args.work / args.size / "bench_compare.duckdb"
        warehouse.unlink(missing_ok=True)
        duck_env = {**base_env, "M360_TARGET": "duckdb", "M360_DUCKDB_PATH": str(warehouse)}
        phases.append(run_phase("load_duckdb", [python, "-m", "m360_demo", "load", "--data", str(data),
                                                "--duckdb", str(warehouse)], duck_env, ROOT))
        phases.append(run_phase("dbt_build_duckdb", build, duck_env, ROOT / "integration_tests"))
        report["duckdb_slowest_models"] = slowest_models(ROOT / "integration_tests" / "target" / "run_results.json", 8)
        report["duckdb_health"] = health_share(ROOT / "integration_tests" / "target")

    report["phases"] = phases
    out = ROOT / "benchmarks" / "results" / f"postgres_build_{args.size}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1) + "\n")
    print(f"{args.size}, {args.threads} threads")
    for phase in phases:
        print(f"  {phase['phase']:<20}{phase['seconds']:>8} s{phase['peak_rss_mib']:>10} MiB peak (client side)")
    print(f"  PostgreSQL temp files written during the build: {report['postgres_temp_bytes'] / 2**20:,.0f} MiB")
    for side in ("postgres", "duckdb"):
        for row in report.get(f"{side}_slowest_models", []):
            print(f"  {side:<9}{row['model']:<48}{row['seconds']:>7} s")
        if f"{side}_health" in report:
            health = report[f"{side}_health"]
            print(f"  {side:<9}health layer: {health['health_nodes']} nodes, {health['health_seconds']} s of "
                  f"{health['all_nodes_seconds']} s summed node time ({health['health_share']:.1%})")


if __name__ == "__main__":
    main()
