"""The house rules that a test can check, by reading briefbot's own code (README: Architecture)."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest

import briefbot
from briefbot.errors import BriefbotError

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "briefbot"
MODULES = sorted(PACKAGE.rglob("*.py"))

PURE = ("text", "rank", "brief", "output")
# what a pure package may not import: I/O stages, the edges, and libraries that reach the outside
IMPURE_IMPORTS = (
    "briefbot.store", "briefbot.ingest", "briefbot.deliver", "briefbot.schedule", "briefbot.app", "briefbot.cli",
    "briefbot.clock", "sqlite3", "socket", "ssl", "urllib.request", "http.client", "subprocess", "tempfile", "shutil",
    "slack_sdk", "apscheduler", "feedparser", "trafilatura",
)
# calls that read the clock, the environment or files
IMPURE_CALLS = {"now", "utcnow", "today", "time", "time_ns", "monotonic", "perf_counter", "sleep", "getenv",
                "open", "read_text", "read_bytes", "write_text", "write_bytes", "input"}
IMPURE_NAMES = {"environ"}

MAX_LINES = 400
# modules allowed over MAX_LINES only while a helper is splitting them (remove each when it is done)
TOO_LONG_FOR_NOW: frozenset[str] = frozenset()


def _rel(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _imports(tree: ast.Module) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            out.append((node.lineno, node.module))
            out += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return out


def _pure_modules() -> list[Path]:
    return [p for p in MODULES if _rel(p).split("/")[0] in PURE]


def _breaches(tree: ast.Module) -> list[str]:
    found = [f"line {line}: imports {name}" for line, name in _imports(tree)
             if any(name == bad or name.startswith(bad + ".") for bad in IMPURE_IMPORTS)]
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None
            if name in IMPURE_CALLS:
                found.append(f"line {node.lineno}: calls {name}()")
        elif isinstance(node, ast.Attribute | ast.Name):
            name = node.attr if isinstance(node, ast.Attribute) else node.id
            if name in IMPURE_NAMES:
                found.append(f"line {node.lineno}: reads {name}")
    return found


def test_the_pure_packages_exist() -> None:
    assert {p.split("/")[0] for p in map(_rel, _pure_modules())} == set(PURE)


@pytest.mark.parametrize("path", _pure_modules(), ids=_rel)
def test_pure_packages_do_no_io(path: Path) -> None:
    """text, rank, brief and output never import store, ingest, deliver, schedule or the edges, and
    never read the clock, the environment or files: those come in as arguments."""
    assert _breaches(_tree(path)) == []


@pytest.mark.parametrize("source, breach", [
    ("from briefbot.store.db import Store", "imports briefbot.store.db"),
    ("from briefbot.ingest import http", "imports briefbot.ingest"),
    ("import briefbot.deliver.core", "imports briefbot.deliver.core"),
    ("from briefbot import schedule", "imports briefbot.schedule"),
    ("from datetime import datetime\nx = datetime.now()", "calls now()"),
    ("import time\nx = time.time()", "calls time()"),
    ("import os\nx = os.environ['HOME']", "reads environ"),
    ("x = open('f').read()", "calls open()"),
])
def test_the_purity_check_finds_a_breach(source: str, breach: str) -> None:
    assert any(breach in found for found in _breaches(ast.parse(source)))


@pytest.mark.parametrize("path", MODULES, ids=_rel)
def test_no_assert_as_a_runtime_guard(path: Path) -> None:
    """``python -O`` removes asserts: a guard must raise."""
    asserts = [node.lineno for node in ast.walk(_tree(path)) if isinstance(node, ast.Assert)]
    assert asserts == [], f"assert statements at lines {asserts}"


def test_every_exception_is_in_the_one_hierarchy() -> None:
    strays = []
    for info in pkgutil.walk_packages(briefbot.__path__, "briefbot."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == info.name and issubclass(cls, BaseException) and not issubclass(cls, BriefbotError):
                strays.append(f"{info.name}.{name}")
    assert strays == []


@pytest.mark.parametrize("path", MODULES, ids=_rel)
def test_no_module_is_over_about_400_lines(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    if _rel(path) in TOO_LONG_FOR_NOW:
        return
    assert lines <= MAX_LINES, f"{_rel(path)} has {lines} lines: split it by what its parts do"


def test_the_list_of_long_modules_is_current() -> None:
    for rel in TOO_LONG_FOR_NOW:
        path = PACKAGE / rel
        assert path.exists() and len(path.read_text(encoding="utf-8").splitlines()) > MAX_LINES, \
            f"{rel} is split or short now: take it off TOO_LONG_FOR_NOW"


def test_ci_runs_exactly_the_readme_test_command() -> None:
    quickstart = re.search(r"## Quickstart.*?```sh\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
    assert quickstart is not None
    test_line = quickstart.group(1).splitlines()[1]
    ci_lines = [line for line in (ROOT / ".ci" / "run").read_text().splitlines()
                if line.strip() and not line.startswith("#")]
    assert ci_lines[-1] == test_line
    assert "mypy" in test_line.split(" && ")


def _phrases(path: Path) -> set[str]:
    """The words of a module's string literals (f-string parts too), docstrings left out."""
    tree = _tree(path)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return {" ".join(node.value.split()) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings}


def test_markdown_and_slack_never_spell_the_same_sentence() -> None:
    """Shared wording lives in output/wording.py; the renderers only add markup around it."""
    markdown, slack = (_phrases(PACKAGE / "output" / name) for name in ("markdown.py", "slack.py"))
    shared = {min(a, b, key=len) for a in markdown for b in slack if a in b or b in a}
    assert {p for p in shared if len(p.split()) >= 3} == set()
