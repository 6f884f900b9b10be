"""The store owns all SQL: no module outside ``briefbot/store`` imports sqlite3, runs SQL, or
reaches for the store's connection."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "briefbot"
SQL_CALLS = {"execute", "executemany", "executescript", "_transaction", "_rows", "_row", "_value", "cursor"}


def breaches(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] + ([node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
            found += [f"line {node.lineno}: imports sqlite3" for n in names if n.split(".")[0] == "sqlite3"]
        elif isinstance(node, ast.Attribute) and (node.attr in SQL_CALLS or node.attr in ("_db", "db")):
            found.append(f"line {node.lineno}: .{node.attr}")
    return found


def test_no_module_outside_the_store_touches_sql() -> None:
    outside = [p for p in PACKAGE.rglob("*.py") if "store" not in p.relative_to(PACKAGE).parts]
    assert len(outside) > 20
    problems = {str(p.relative_to(PACKAGE)): b for p in outside if (b := breaches(p.read_text(encoding="utf-8")))}
    assert problems == {}


def test_the_check_finds_a_breach() -> None:
    assert breaches("import sqlite3\n") and breaches("store.db.execute('SELECT 1')\n") and breaches("s._transaction()\n")
    assert breaches("from sqlite3 import connect\n") and not breaches("store.add_articles('t', [])\n")
