"""Parse every compiled dbt .sql file with sqlglot's BigQuery dialect.

A cheap offline smoke test for BigQuery SQL. sqlglot is lenient (it accepts
Postgres ``::`` casts, ``ILIKE`` and some unbalanced parentheses), so on top of
parsing, the tokens are checked for ``::`` and ``ILIKE``, which BigQuery rejects.

Usage:
    python parse_compiled.py COMPILED_DIR

Prints how many files parsed; exits 1 listing each file that does not parse,
2 on bad usage or when no .sql file is found.
"""

from __future__ import annotations

import sys
from pathlib import Path

import sqlglot
from sqlglot.dialects.bigquery import BigQuery
from sqlglot.errors import SqlglotError
from sqlglot.tokens import TokenType

# Tokens sqlglot accepts in BigQuery SQL but BigQuery itself does not.
NOT_BIGQUERY = {TokenType.DCOLON: "'::' cast", TokenType.ILIKE: "ILIKE"}


def parse_errors(path: Path) -> str | None:
    """Return an error message if ``path`` does not parse as BigQuery SQL, else None."""
    try:
        sql = path.read_text(encoding="utf-8")
        sqlglot.parse(sql, read="bigquery")
        tokens = BigQuery().tokenize(sql)
    except (SqlglotError, UnicodeDecodeError) as exc:
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    for token in tokens:
        if token.token_type in NOT_BIGQUERY:
            what = NOT_BIGQUERY[token.token_type]
            return f"line {token.line}: {what} is not BigQuery SQL"
    return None


def main(argv: list[str]) -> int:
    """Parse all .sql files under argv[1]; return a process exit code."""
    if len(argv) != 2:
        print("usage: parse_compiled.py COMPILED_DIR", file=sys.stderr)
        return 2
    root = Path(argv[1])
    files = sorted(root.rglob("*.sql")) if root.is_dir() else []
    if not files:
        print(f"no .sql files under {root}", file=sys.stderr)
        return 2
    failures: list[tuple[Path, str]] = []
    for path in files:
        error = parse_errors(path)
        if error is not None:
            failures.append((path, error))
    ok = len(files) - len(failures)
    print(f"parsed {ok}/{len(files)} compiled files with sqlglot (bigquery dialect)")
    for path, error in failures:
        print(f"FAIL {path}: {error}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
