"""The house rules that a test can check: CI runs the README's test command."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_exactly_the_readme_test_command() -> None:
    quickstart = re.search(r"## Quickstart.*?```sh\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
    assert quickstart is not None
    test_line = quickstart.group(1).splitlines()[1]
    ci_lines = [line for line in (ROOT / ".ci" / "run").read_text().splitlines()
                if line.strip() and not line.startswith("#")]
    assert ci_lines[-1] == test_line
    assert "mypy" in test_line.split(" && ")
