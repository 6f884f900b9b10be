"""Run a benchmark script's ``main`` in this process, as ``python benchmarks/NAME.py ARGS`` would run it.

A fresh interpreter per smoke test costs a second or more of imports (numpy, scipy, sumy, rouge) that
this process has already paid; what these tests check is the script's output and exit status, which
this gives the same way: what it prints, and the status the interpreter would exit with (a ``SystemExit``
with a message prints the message on stderr and exits 1)."""

from __future__ import annotations

import contextlib
import importlib
import io
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def script(name: str) -> ModuleType:
    """The benchmark module ``benchmarks/NAME.py`` (its folder on ``sys.path`` while it imports, for ``_common``)."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(BENCHMARKS))


def run_script(name: str, *args: str) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of ``python benchmarks/NAME.py ARGS``."""
    main = script(name).main
    out, err = io.StringIO(), io.StringIO()
    argv = sys.argv
    sys.argv = [str(BENCHMARKS / f"{name}.py"), *args]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status = main(list(args)) if main.__code__.co_argcount else main()
            except SystemExit as exit_:
                if isinstance(exit_.code, str):
                    print(exit_.code, file=sys.stderr)
                    status = 1
                else:
                    status = exit_.code or 0
    finally:
        sys.argv = argv
    return int(status or 0), out.getvalue(), err.getvalue()
