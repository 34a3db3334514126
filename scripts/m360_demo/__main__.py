"""Command line: python -m m360_demo {generate,load} ... (run from scripts/)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import rates
from .generate import generate
from .load import LAYOUTS, load_bigquery, load_duckdb, load_postgres
from .world import SIZES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="m360_demo", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    gen = commands.add_parser("generate", help="write the synthetic raw tables and ground truth")
    gen.add_argument("--out", type=Path, required=True)
    gen.add_argument("--size", choices=sorted(SIZES), default="small")
    gen.add_argument("--seed", type=int, default=360)
    gen.add_argument("--tools", nargs="*", help="only these tools (default: all)")
    gen.add_argument("--rates", nargs="*", metavar="NAME=VALUE",
                     help="corruption and household rates other than the demo's (m360_demo.rates.Rates), e.g."
                          " nickname=2 typo=3 landline=0.6 shared_email=0.3 missing_email=0.2 voter=0"
                          " nameless_text=0.3 moved=0.3")

    load = commands.add_parser("load", help="load a generated folder into a warehouse")
    load.add_argument("--data", type=Path, required=True)
    load.add_argument("--layout", choices=LAYOUTS, default="hub")
    target = load.add_mutually_exclusive_group(required=True)
    target.add_argument("--duckdb", type=Path, help="DuckDB file to create or update")
    target.add_argument("--postgres", help="libpq connection string")
    target.add_argument("--bigquery", help="BigQuery API endpoint on loopback (the local emulator)")
    load.add_argument("--project", default="movement-360-demo", help="BigQuery project (with --bigquery)")

    args = parser.parse_args(argv)
    if args.command == "generate":
        try:
            world_rates = rates.parse(args.rates)
        except ValueError as error:
            parser.error(str(error))
        manifest = generate(args.out, seed=args.seed, size=args.size, tools=args.tools, world_rates=world_rates)
        total = sum(sum(tables.values()) for tables in manifest["tables"].values())
        print(f"generated {manifest['humans']} humans, {total} raw rows in "
              f"{sum(len(t) for t in manifest['tables'].values())} tables -> {args.out}")
        print(json.dumps({tool: sum(t.values()) for tool, t in manifest["tables"].items()}))
    elif args.duckdb:
        print(f"loaded {load_duckdb(args.data, args.duckdb, args.layout)} tables into {args.duckdb}")
    elif args.postgres:
        print(f"loaded {load_postgres(args.data, args.postgres, args.layout)} tables into PostgreSQL")
    else:
        created = load_bigquery(args.data, args.bigquery, args.project, args.layout)
        print(f"loaded {created} tables into BigQuery project {args.project} at {args.bigquery}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
