"""Whether a change leaves briefbot's output as it was: a checkout's outputs, made and compared.

    python benchmarks/identity.py make TASKS OUT [--checkout DIR] [--tasks 3] [--rounds 6] [--seeds DIR]
    python benchmarks/identity.py compare OUT_A OUT_B

``make`` runs a checkout's command line (``python -m briefbot`` with DIR first on ``PYTHONPATH``;
default: this one) as a user would: each of the first ``--tasks`` tasks of TASKS (the format of
``../shared/eval/FORMAT.md``), round after round up to ``--rounds``, into one store of its own (every
round after the first reads the analyses kept by the rounds before), writing the ``--json`` brief and
``show`` of each round, then the task's ``timeline`` (JSON and Markdown) and ``history``; and, with
``--seeds``, the brief of that folder as of four days (JSON stored, Markdown ``--no-store``).  Each
output is a file of OUT.  Make the outputs of the code before a change, then of the code after it,
and ``compare`` them: every file alike bar the folders' own paths, stored times and hex digests
(exit 0), else the files that differ (exit 1).  A speed change must leave them identical.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from _common import ROOT, read_tasks

SEED_DAYS = 4  # the seeds' briefs: as of their newest article's day and the days before it
MARK = ".identity-outputs"  # in every folder ``make`` fills: the only folders it empties again
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d\d:\d\d|Z)?")
_HEX = re.compile(r"\b[0-9a-f]{32,64}\b")


class Runner:
    def __init__(self, checkout: Path, out: Path) -> None:
        self.env = dict(os.environ, PYTHONPATH=str(checkout))
        self.out = out

    def __call__(self, name: str, *args: str | Path) -> str:
        proc = subprocess.run([sys.executable, "-m", "briefbot", *map(str, args)], capture_output=True, text=True,
                              env=self.env, cwd=self.out)
        (self.out / name).write_text(f"exit {proc.returncode}\n{proc.stdout}", encoding="utf-8")
        return proc.stdout


def make(tasks_path: Path, out: Path, checkout: Path, n_tasks: int, n_rounds: int, seeds: Path | None) -> int:
    if out.exists():
        shutil.rmtree(out)  # (main refuses a folder make did not fill)
    out.mkdir(parents=True)
    (out / MARK).write_text("made by benchmarks/identity.py make; emptied by its next run\n", encoding="utf-8")
    run = Runner(checkout, out)
    for task in list(read_tasks(tasks_path))[:n_tasks]:
        folder = out / "tasks" / task["id"]
        folder.mkdir(parents=True)
        config = folder / "briefbot.toml"
        config.write_text(f'[topics.t]\ntitle = {json.dumps(task["topic"]["title"])}\n'
                          f'focus = {json.dumps(task["topic"].get("focus", ""))}\n', encoding="utf-8")
        db = folder / "store.db"
        rounds = task["rounds"][:n_rounds]
        for k, rnd in enumerate(rounds):
            day = folder / f"round{k:02d}"
            day.mkdir()
            for i, a in enumerate(rnd["articles"]):
                head = f"{a['title'].strip()}\n\n" if a.get("title") else ""
                (day / f"{i:04d}.txt").write_text(f" date {a['published']} {head}{a['text']}\n", encoding="utf-8")
            run(f"{task['id']}.r{k}.json", "brief", day, "--config", config, "--db", db, "--as-of", rnd["as_of"], "--json")
            run(f"{task['id']}.r{k}.show.md", "show", rnd["as_of"], "--config", config, "--db", db)
        last = rounds[-1]["as_of"]
        run(f"{task['id']}.timeline.json", "timeline", "--config", config, "--db", db, "--as-of", last, "--json")
        run(f"{task['id']}.timeline.md", "timeline", "--config", config, "--db", db, "--as-of", last)
        run(f"{task['id']}.history.txt", "history", "--config", config, "--db", db)
    if seeds is not None:
        newest = max(date.fromisoformat(d) for d in re.findall(r"(?m)^\s*date (\d{4}-\d\d-\d\d)",
                                                                 "\n".join(p.read_text(encoding="utf-8") for p in seeds.glob("*.txt")))
                     or [date.today()])
        for back in range(SEED_DAYS - 1, -1, -1):
            day = (newest - timedelta(days=back)).isoformat()
            run(f"seeds.{day}.json", "brief", seeds, "--db", out / "seeds.db", "--as-of", day, "--json")
            run(f"seeds.{day}.md", "brief", seeds, "--db", out / "seeds.db", "--as-of", day, "--no-store")
    made = sorted(p.name for p in out.iterdir() if p.is_file() and p.suffix in (".json", ".md", ".txt"))
    failed = [name for name in made if not (out / name).read_text(encoding="utf-8").startswith("exit 0\n")]
    print(f"{len(made)} outputs in {out}" + (f"; {len(failed)} exited with an error: {', '.join(failed)}" if failed else ""))
    return 1 if failed or not made else 0


def normalised(path: Path, root: Path) -> str:
    """A file's text without what differs between two runs of the same code: the output folder's path,
    stored times, hex digests (ids, versions)."""
    text = path.read_text(encoding="utf-8").replace(str(root.resolve()), "OUT")
    return _HEX.sub("HEX", _TIME.sub("TIME", text))


def compare(a: Path, b: Path) -> int:
    names = {p.name for p in a.iterdir() if p.is_file() and p.suffix in (".json", ".md", ".txt")}
    others = {p.name for p in b.iterdir() if p.is_file() and p.suffix in (".json", ".md", ".txt")}
    differ = sorted(n for n in names & others if normalised(a / n, a) != normalised(b / n, b))
    for n in differ:
        print(f"differs: {n}")
    for n in sorted(names ^ others):
        print(f"only in {a if n in names else b}: {n}")
    print(f"{len(names & others) - len(differ)} identical, {len(differ)} differ, {len(names ^ others)} in one folder only")
    return 1 if differ or names ^ others or not names else 0


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    m = sub.add_parser("make", help="make a checkout's outputs")
    m.add_argument("tasks", type=Path)
    m.add_argument("out", type=Path)
    m.add_argument("--checkout", type=Path, default=ROOT, help="the briefbot checkout to run (default: this one)")
    m.add_argument("--tasks", dest="n_tasks", type=int, default=3, help="the first N tasks (default 3)")
    m.add_argument("--rounds", type=int, default=6, help="the first N rounds of each (default 6)")
    m.add_argument("--seeds", type=Path, help="a folder of articles also briefed as of four days")
    c = sub.add_parser("compare", help="compare two folders of outputs")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = ap.parse_args(argv)
    if args.command == "compare":
        for folder in (args.a, args.b):
            if not folder.is_dir():
                print(f"error: {folder} is not a folder of outputs: make one with `identity.py make`", file=sys.stderr)
                return 1
        return compare(args.a, args.b)
    if not args.tasks.is_file():
        print(f"error: {args.tasks} does not exist: pass the path of a tasks file (.jsonl or .jsonl.gz)", file=sys.stderr)
        return 1
    if not (args.checkout / "briefbot" / "__init__.py").is_file():
        print(f"error: {args.checkout} holds no briefbot package: pass a checkout's root folder", file=sys.stderr)
        return 1
    if args.seeds is not None and not args.seeds.is_dir():
        print(f"error: {args.seeds} is not a folder: pass a folder of articles (the repository's seeds/)", file=sys.stderr)
        return 1
    if args.out.exists() and not (args.out / MARK).is_file() and (not args.out.is_dir() or any(args.out.iterdir())):
        print(f"error: {args.out} exists and holds what identity.py did not make: give a new or empty folder "
              "(make empties its own folders before filling them again)", file=sys.stderr)
        return 1
    seeds = args.seeds.resolve() if args.seeds is not None else None  # (the commands run in OUT)
    return make(args.tasks.resolve(), args.out.resolve(), args.checkout.resolve(), args.n_tasks, args.rounds, seeds)


if __name__ == "__main__":
    sys.exit(main())
