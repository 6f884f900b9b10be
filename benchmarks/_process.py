"""Whole-process timings for ``speed.py``: the daily brief and the read commands as a user runs them.

``prepare_daily`` writes the new articles as files (a `` date YYYY-MM-DD `` header, the headline, the
text: the form ``../shared/eval/audit.py`` writes) and a config naming the topic; ``timed_commands``
runs ``briefbot`` (the console script next to this Python, else ``python -m briefbot``) in fresh
processes and times each from start to exit, imports included, with its CPU time and peak RSS.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from briefbot.models import Article


@dataclass(frozen=True)
class Daily:
    folder: Path  # the new articles, one file each
    config: Path
    topic: str
    as_of: date


def prepare_daily(work: Path, topic: Any, articles: Sequence[Article], as_of: date) -> Daily:
    folder = work / "new-articles"
    folder.mkdir()
    for i, a in enumerate(articles):
        head = f"{a.title.strip()}\n\n" if a.title else ""
        (folder / f"{i:04d}.txt").write_text(f" date {as_of.isoformat()} {head}{a.text}\n", encoding="utf-8")
    config = work / "briefbot.toml"
    lines = [f"[topics.{topic.name}]", f"title = {json.dumps(topic.title)}", f"focus = {json.dumps(topic.focus)}",
             f"words = {topic.words}", f"algorithm = {json.dumps(topic.algorithm)}"]
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Daily(folder, config, topic.name, as_of)


def briefbot_command() -> list[str]:
    script = Path(sys.executable).parent / "briefbot"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "briefbot"]


def run_once(args: Sequence[str], cwd: Path) -> dict[str, float]:
    """Wall seconds from start to exit, CPU seconds and peak RSS (MB) of one ``briefbot ARGS`` process."""
    start = time.perf_counter()
    proc = subprocess.Popen([*briefbot_command(), *args], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read() if proc.stderr else b""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.stderr.write(err.decode("utf-8", "replace")[-3000:])
        raise SystemExit(f"error: `briefbot {' '.join(args)}` exited {proc.returncode}; its error is above")
    return {"seconds": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "peak_rss": usage.ru_maxrss / 1024}


def _median(runs: list[dict[str, float]]) -> dict[str, Any]:
    ordered = sorted(runs, key=lambda x: x["seconds"])
    out: dict[str, Any] = dict(ordered[len(ordered) // 2])
    out["all_seconds"] = [x["seconds"] for x in runs]
    out["peak_rss"] = max(x["peak_rss"] for x in runs)
    return out


def timed_commands(daily: Daily, store: Path, work: Path, repeat: int) -> dict[str, dict[str, Any]]:
    """The daily brief, each run on a fresh copy of ``store``; then ``history`` and ``show`` of the
    brief the last run stored.  The median run of ``repeat`` each."""
    runs: dict[str, list[dict[str, float]]] = {"brief": [], "history": [], "show": []}
    db: list[str] = []
    for r in range(repeat):
        copy = work / f"process-{r}-{store.name}"
        shutil.copyfile(store, copy)
        db = ["--db", str(copy)]
        runs["brief"].append(run_once(["brief", "--config", str(daily.config), "--topic", daily.topic, *db,
                                       "--as-of", daily.as_of.isoformat(), "-o", os.devnull, str(daily.folder)], work))
    for _ in range(repeat):
        runs["history"].append(run_once(["history", *db], work))
        runs["show"].append(run_once(["show", daily.as_of.isoformat(), *db], work))
    return {name: _median(rs) for name, rs in runs.items()}
