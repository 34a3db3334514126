"""Type-check the compiled BigQuery SQL of a dbt project: operands BigQuery will not coerce.

    type_check.py MANIFEST_JSON

A parse check accepts `timestamp_column > datetime_add(...)`; BigQuery rejects it at run time
(TIMESTAMP and DATETIME do not coerce), and the emulator cannot run every model. This script reads
the manifest a `dbt compile --target bigquery_sa` wrote, walks the models in dependency order,
infers column types with sqlglot (each model's output types feed the models that read it; a model
whose output cannot be inferred, such as a custom materialization's, takes the data types declared
in its yml), and checks every place where BigQuery needs two types to agree:

- comparisons (=, <>, <, <=, >, >=, BETWEEN, IN);
- the branches of COALESCE, IFNULL, NULLIF, IF and CASE, and the columns of UNION / INTERSECT / EXCEPT.

Two types agree when they are the same kind (every number is one kind), or DATE meets DATETIME
(BigQuery coerces DATE to DATETIME), or a string literal meets a date or time type (a literal
coerces), or either side is NULL or unknown. Types sqlglot cannot infer (most source columns before
staging casts them) are skipped, so the figures printed at the end say how much was checked.
Exit 1 on any disagreement, listing the model and the expression.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.optimizer.annotate_types import annotate_types
from sqlglot.optimizer.qualify import qualify
from sqlglot.schema import MappingSchema

T = exp.DataType.Type
KINDS: dict[T, str] = {
    **{t: "number" for t in (T.TINYINT, T.SMALLINT, T.INT, T.BIGINT, T.FLOAT, T.DOUBLE, T.DECIMAL, T.BIGDECIMAL,
                             T.UBIGINT, T.UINT, T.USMALLINT, T.UTINYINT, T.MONEY)},
    **{t: "string" for t in (T.VARCHAR, T.CHAR, T.TEXT, T.NVARCHAR, T.NCHAR)},
    T.TIMESTAMP: "datetime", T.DATETIME: "datetime",
    T.TIMESTAMPTZ: "timestamp", T.TIMESTAMPLTZ: "timestamp",
    T.DATE: "date", T.TIME: "time", T.BOOLEAN: "bool", T.BINARY: "bytes", T.VARBINARY: "bytes", T.JSON: "json",
}
STANDARD_MATERIALIZATIONS = ("table", "view", "incremental", "ephemeral")
TEMPORAL = {"datetime", "timestamp", "date", "time"}


@dataclass
class Finding:
    model: str
    where: str
    left: str
    right: str
    sql: str


def kind(expression: exp.Expression) -> str | None:
    """The coercion kind of an expression's inferred type, or None when unknown or NULL."""
    if isinstance(expression, exp.Null):
        return None  # sqlglot types a bare NULL as INT64; BigQuery gives it any type
    data_type = expression.type
    if data_type is None or data_type.this in (T.UNKNOWN, T.NULL):
        return None
    if data_type.this in (T.ARRAY, T.STRUCT):
        return None  # element types are not compared here
    return KINDS.get(data_type.this)


def agree(left: exp.Expression, right: exp.Expression) -> bool:
    left_kind, right_kind = kind(left), kind(right)
    if left_kind is None or right_kind is None or left_kind == right_kind:
        return True
    if {left_kind, right_kind} == {"date", "datetime"}:
        return True
    for literal, other in ((left, right_kind), (right, left_kind)):
        if isinstance(literal, exp.Literal) and literal.is_string and other in TEMPORAL:
            return True
    return False


def operand_pairs(tree: exp.Expression) -> Iterator[tuple[str, exp.Expression, exp.Expression, exp.Expression]]:
    """(what, left, right, node) for every pair of expressions BigQuery must find a common type for."""
    for node in tree.find_all(exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE, exp.NullSafeEQ):
        yield "comparison", node.left, node.right, node
    for node in tree.find_all(exp.Between):
        yield "between", node.this, node.args["low"], node
        yield "between", node.this, node.args["high"], node
    for node in tree.find_all(exp.In):
        for value in node.expressions:
            yield "in", node.this, value, node
    for node in tree.find_all(exp.Coalesce):
        branches = [node.this, *node.expressions]
        yield from (("coalesce", first, other, node) for first, other in first_typed_with_rest(branches))
    for node in tree.find_all(exp.Nullif):
        yield "nullif", node.this, node.expression, node
    for node in tree.find_all(exp.If):
        if node.args.get("false") is not None:
            yield "if", node.args["true"], node.args["false"], node
    for node in tree.find_all(exp.Case):
        results = [branch.args["true"] for branch in node.args.get("ifs", [])]
        if node.args.get("default") is not None:
            results.append(node.args["default"])
        yield from (("case", first, other, node) for first, other in first_typed_with_rest(results))
    for node in tree.find_all(exp.SetOperation):
        left, right = node.left, node.right
        while isinstance(left, exp.SetOperation):
            left = left.right
        while isinstance(right, exp.SetOperation):
            right = right.left
        if isinstance(left, exp.Select) and isinstance(right, exp.Select):
            for left_column, right_column in zip(left.expressions, right.expressions, strict=False):
                yield "union column", left_column, right_column, left_column


def first_typed_with_rest(branches: list[exp.Expression]) -> Iterator[tuple[exp.Expression, exp.Expression]]:
    """The first branch whose type is known, paired with each other branch."""
    typed = [branch for branch in branches if kind(branch) is not None]
    for other in typed[1:]:
        yield typed[0], other


def output_select(tree: exp.Expression) -> exp.Select | None:
    while isinstance(tree, exp.SetOperation):
        tree = tree.left
    return tree if isinstance(tree, exp.Select) else None


def relation_parts(relation_name: str) -> list[str]:
    return [part.strip("`\"") for part in relation_name.split(".")]


def declared_types(node: dict) -> dict[str, str]:
    return {name: column["data_type"] for name, column in node.get("columns", {}).items() if column.get("data_type")}


def dependency_order(nodes: dict[str, dict]) -> list[str]:
    order: list[str] = []
    seen: set[str] = set()

    def visit(key: str) -> None:
        if key in seen:
            return
        seen.add(key)
        for parent in nodes[key]["depends_on"]["nodes"]:
            if parent in nodes:
                visit(parent)
        order.append(key)

    for key in sorted(nodes):
        visit(key)
    return order


def check_manifest(manifest: dict) -> tuple[list[Finding], dict[str, int], list[str]]:
    nodes = {key: node for key, node in manifest["nodes"].items()
             if node["resource_type"] == "model" and node.get("compiled_code") and node.get("relation_name")}
    schema = MappingSchema(dialect="bigquery")
    findings: list[Finding] = []
    figures = {"models": 0, "pairs_typed": 0, "pairs_temporal": 0}
    not_checked: list[str] = []
    for key in dependency_order(nodes):
        node = nodes[key]
        name = key.split(".")[-1]
        columns: dict[str, str] = {}
        materialized = node.get("config", {}).get("materialized", "")
        try:
            tree = sqlglot.parse_one(node["compiled_code"], read="bigquery")
            tree = qualify(tree, schema=schema, dialect="bigquery", validate_qualify_columns=False)
            tree = annotate_types(tree, schema=schema, dialect="bigquery")
        except SqlglotError as error:
            not_checked.append(f"{name}: {type(error).__name__}: {str(error).splitlines()[0][:120]}")
            tree = None
        if tree is not None:
            figures["models"] += 1
            for what, left, right, where in operand_pairs(tree):
                if kind(left) is None or kind(right) is None:
                    continue
                figures["pairs_typed"] += 1
                if {kind(left), kind(right)} & TEMPORAL:
                    figures["pairs_temporal"] += 1
                if not agree(left, right):
                    findings.append(Finding(name, what, left.type.sql("bigquery"), right.type.sql("bigquery"),
                                            " ".join(where.sql("bigquery").split())[:240]))
            select = output_select(tree)
            if select is not None and materialized in STANDARD_MATERIALIZATIONS:
                for column in select.expressions:
                    data_type = column.type
                    if column.find(exp.Star) is not None:
                        columns = {}  # a star sqlglot could not expand: the column list is not known
                        break
                    if column.alias_or_name:
                        known = data_type is not None and data_type.this != T.UNKNOWN
                        columns[column.alias_or_name] = data_type.sql("bigquery") if known else "UNKNOWN"
        complete_docs = node.get("contract", {}).get("enforced") or materialized not in STANDARD_MATERIALIZATIONS
        if not columns and complete_docs:
            # A custom materialization's output is not its SELECT, and a contract lists every column:
            # the documented columns, types unknown unless declared. A model known by neither is left
            # out of the schema, so what reads it is checked without its types.
            columns = {name: "UNKNOWN" for name in node.get("columns", {})}
        if columns:
            columns.update(declared_types(node))
        database, dataset, table = relation_parts(node["relation_name"])
        if columns:
            schema.add_table(exp.table_(table, db=dataset, catalog=database), columns, dialect="bigquery")
    return findings, figures, not_checked


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("manifest", type=Path, help="target/manifest.json of a BigQuery compile")
    args = parser.parse_args()
    findings, figures, not_checked = check_manifest(json.loads(args.manifest.read_text()))
    print(f"type-checked {figures['models']} models: {figures['pairs_typed']} operand pairs with both types known "
          f"({figures['pairs_temporal']} with a date or time type), {len(findings)} that BigQuery would reject")
    for line in not_checked:
        print(f"  not type-checked: {line}")
    for finding in findings:
        print(f"  {finding.model}: {finding.where} of {finding.left} with {finding.right}: {finding.sql}")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
