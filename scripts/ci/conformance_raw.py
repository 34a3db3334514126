"""Build raw vendor schemas shaped like real syncs, for the conformance build.

Uses the shared fixture builder ``make_raw.py`` (tables with exactly the columns public
repositories show for 279 raw tables of 10 vendor syncs) and lays the tables out the way one
kind of hub names them:

* ``plain``: ``raw_<vendor>.<table>``, VAN tables as the public dbt-ngpvan packages read them
  (``phonesdelta``, ``emaildelta``, ``addressdelta`` with one ``address`` column).
* ``tmc``: TMC names: prefix ``tsm_tmc_``, VAN person tables under TMC's names
  (``contactsphones``, ``contactsemails``, ``contactsaddresses`` with ``addressline1``/``2``)
  with the MyCampaign suffix ``_mym``, VAN lookups with the org-code suffix ``_sm`` (as in
  TMC's org-owned schemas: ``tsm_tmc_events_sm``).
* ``camel``: ``TSM_Org_<CamelName>_VF`` (every VAN table, lookups too, in MyVoters mode).
* ``ngp``: the EveryAction "ngp" schema: VAN tables unprefixed in schema ``ngp``.

Every layout also holds values that do not convert: a text date of birth column in VAN
``contacts`` with an impossible date ('1963-02-29') and a blank, and whatever non-castable
text the fixture puts in text timestamp columns of the Airbyte-based syncs.

ThruTalk's public column list is partial (the public source uses ``select *``): the fixture
knows only ``contact_first_name``, ``contact_last_name``, ``contact_phone`` and
``time_dialed_est``. We assume the export also carries ``campaign``, ``result`` and the
caller's name, phone and e-mail (GetThru's export documentation names them), and add them.

    python scripts/ci/conformance_raw.py --make-raw DIR/make_raw.py --layout tmc --duckdb raw.duckdb
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
from collections.abc import Callable
from types import ModuleType

LAYOUTS = ("plain", "tmc", "camel", "ngp")

# ThruTalk daily_campaign_dials columns the public source does not name (assumed, see above).
THRUTALK_ASSUMED = [
    "campaign", "result", "caller_first_name", "caller_last_name", "caller_phone_number", "caller_email",
]

# VAN tables TMC names differently from the public dbt-ngpvan packages.
TMC_VAN_NAMES = {"phonesdelta": "contactsphones", "emaildelta": "contactsemails", "addressdelta": "contactsaddresses"}

# Values that do not convert, put into row 1 and 2 of a text column: (vendor, table, column, values).
BAD_TEXT_VALUES = [("ngpvan", "contacts", "dob", ["1963-02-29", ""])]


def load_make_raw(path: str) -> ModuleType:
    """Import the shared make_raw.py from its path."""
    spec = importlib.util.spec_from_file_location("make_raw", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def augmented_spec(spec_path: str) -> dict:
    """The fixture's vendor columns plus the ThruTalk columns we assume."""
    with open(spec_path) as handle:
        spec = json.load(handle)
    dials = spec["vendors"]["thrutalk"]["tables"]["daily_campaign_dials"]["columns"]
    known = {column["name"] for column in dials}
    dials.extend({"name": name, "type": None} for name in THRUTALK_ASSUMED if name not in known)
    return spec


def is_van_lookup(name: str) -> bool:
    """VAN tables that are not per-person (lookups): TMC suffixes them with an org code."""
    return not (name.startswith("contacts") or name in TMC_VAN_NAMES)


def relayout(plan: list, layout: str, camel_van: Callable[[str], str]) -> list:
    """Rename tables and columns of a plain-named plan into one hub layout."""
    out = []
    for schema, table, typed, rows in plan:
        vendor = schema.removeprefix("raw_")
        typed = list(typed)
        rows = [list(row) for row in rows]
        for bad_vendor, bad_table, bad_column, values in BAD_TEXT_VALUES:
            if vendor == bad_vendor and table == bad_table:
                index = [name for name, _ in typed].index(bad_column)
                typed[index] = (bad_column, "varchar")
                for row in rows:
                    row[index] = None if row[index] is None else str(row[index])
                for row, value in zip(rows, values, strict=False):
                    row[index] = value
        if vendor == "ngpvan":
            if layout == "tmc":
                if table == "addressdelta":
                    typed = [("addressline1" if name == "address" else name, kind) for name, kind in typed]
                    typed.append(("addressline2", "varchar"))
                    rows = [[*row, None] for row in rows]
                name = TMC_VAN_NAMES.get(table, table)
                table = f"tsm_tmc_{name}_sm" if is_van_lookup(table) else f"tsm_tmc_{name}_mym"
            elif layout == "camel":
                table = f"TSM_Org_{camel_van(table)}_VF"
            elif layout == "ngp":
                schema = "ngp"
        elif layout in ("tmc", "camel"):
            table = f"tsm_tmc_{table}" if layout == "tmc" else "TSM_Org_" + "_".join(
                part[:1].upper() + part[1:] for part in table.split("_"))
        out.append((schema, table, typed, [tuple(row) for row in rows]))
    return out


def drop_schemas(dsn: str, schemas: list[str]) -> None:
    """Drop the raw schemas first, so tables of another layout do not linger."""
    import psycopg2

    connection = psycopg2.connect(dsn)
    with connection, connection.cursor() as cursor:
        for schema in schemas:
            cursor.execute(f'drop schema if exists "{schema}" cascade')
    connection.close()


def main() -> None:
    """Parse arguments, build the plan, write it."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--make-raw", required=True, help="path of the shared make_raw.py")
    parser.add_argument("--layout", choices=LAYOUTS, required=True)
    parser.add_argument("--duckdb", help="DuckDB file to write")
    parser.add_argument("--pg", help="PostgreSQL DSN to write")
    parser.add_argument("--rows", type=int, default=5)
    parser.add_argument("--seed", type=int, default=20240601)
    args = parser.parse_args()
    make_raw = load_make_raw(args.make_raw)
    spec = augmented_spec(os.path.join(os.path.dirname(os.path.abspath(args.make_raw)), "vendor_columns.json"))
    options = argparse.Namespace(vendors=None, schema_template="raw_{vendor}", rows=args.rows, seed=args.seed,
                                 naming="plain")
    plan = relayout(make_raw.build(spec, options), args.layout, lambda name: make_raw.camel(name, "ngpvan"))
    if args.duckdb:
        if os.path.exists(args.duckdb):
            os.remove(args.duckdb)
        make_raw.write_duckdb(plan, args.duckdb)
    if args.pg:
        drop_schemas(args.pg, sorted({p[0] for p in plan}))
        make_raw.write_pg(plan, args.pg)
    print(f"{args.layout}: {len(plan)} tables in {len({p[0] for p in plan})} schemas")


if __name__ == "__main__":
    main()
