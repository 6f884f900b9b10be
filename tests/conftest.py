"""Every test gets its own store, config look-up and home: nothing leaks between tests."""

from __future__ import annotations

import gc
import itertools
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Where PYTHONDONTWRITEBYTECODE is set (container images often set it), pytest would rewrite the asserts
# of every test module again on each run and Python recompile briefbot: about 4 s of CPU a run here.
# The suite keeps those caches (__pycache__, which git ignores) whatever the environment says.
sys.dont_write_bytecode = False

# The tests' folders (tmp_path) go on the RAM file system where the machine has one with room to spare (a
# run writes ~30 MB and pytest keeps the last three; a container's /dev/shm may hold only 64 MB). The stores
# stay real SQLite files in WAL mode, but a commit no longer waits for the disk: the suite's ~6,000 fsyncs
# cost 10-15 s of waiting on this machine's disk, and durability is not what any test checks. pytest reads
# the variable when it first makes a folder (PYTEST_DEBUG_TEMPROOT, its own); a value already set wins.
_RAM = Path("/dev/shm")
if _RAM.is_dir() and os.access(_RAM, os.W_OK | os.X_OK):
    _room = os.statvfs(_RAM)
    if _room.f_bavail * _room.f_frsize >= 1 << 30:
        os.environ.setdefault("PYTEST_DEBUG_TEMPROOT", str(_RAM))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


_FOLDERS = itertools.count()


@pytest.fixture
def tmp_path(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pytest's tmp_path (a new folder under the session's base folder, named after the test) numbered
    by a counter: pytest's own numbering lists every folder the session has made to find the next
    number, which over the suite's 1,300 tests costs about half a second of CPU a worker."""
    name = re.sub(r"\W", "_", request.node.name)[:30]
    folder = tmp_path_factory.getbasetemp() / f"{name}{next(_FOLDERS)}"
    folder.mkdir(mode=0o700)  # private, as pytest's are
    return folder


@pytest.fixture(autouse=True)
def collecting() -> Iterator[None]:
    """A command run in the tests' own process (click's CliRunner) that makes one brief turns the
    cyclic collector off for the rest of its process (``briefbot.collector.collect_none``): the
    suite's process, which goes on, has it back after each test."""
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("BRIEFBOT_DB", str(tmp_path / "briefbot.db"))
    for var in ("BRIEFBOT_CONFIG", "SLACK_BOT_TOKEN", "SLACK_WEBHOOK_URL", "BRIEFBOT_DEBUG",
                "HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def seeds() -> Path:
    return SEEDS
