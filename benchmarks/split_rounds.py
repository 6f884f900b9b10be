"""Single-round tasks split into update rounds by date, in the shape of DUC 2007's update task.

    python benchmarks/split_rounds.py TASKS OUT [--sizes 10,8,7] [--words 100]
    python benchmarks/quality.py OUT

DUC 2007's update task took 25 newswire articles of a topic, sorted them by date and split them into
three rounds of 10, 8 and 7: a first summary of the first ten, then what the next eight add, then
what the last seven add, 100 words each. This writes each single-round task of TASKS (DUC 2006's
format: one round of 25 articles, see ``../shared/eval/FORMAT.md``) as such a three-round task, each
round dated by its newest article, so that ``quality.py`` runs *what changed* on small rounds of
1990s agency copy with headlines, unlike Timeline17's large rounds of 2010s web pages.

Every round keeps the task's references. They summarise the whole collection, not what each round
adds, so the update figures say whether what changed finds the topic's content in the new articles
(against ``lead`` and plain LexRank over the same rounds); they are not comparable with figures
scored against real update summaries.
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path
from typing import Any

from _common import read_tasks


def split(task: dict[str, Any], sizes: list[int], words: int) -> dict[str, Any] | None:
    """``task``'s articles (of its one round) in date order as rounds of ``sizes``; None when it has
    too few articles for a second round."""
    if len(task["rounds"]) != 1:
        return None
    only = task["rounds"][0]
    articles = sorted(only["articles"], key=lambda a: (a.get("published") or "", a["id"]))
    rounds: list[dict[str, Any]] = []
    start = 0
    for k, size in enumerate(sizes):
        part = articles[start:] if k == len(sizes) - 1 else articles[start:start + size]
        start += size
        if not part:
            break
        dates = [a["published"] for a in part if a.get("published")]
        as_of = max(dates) if dates else only["as_of"]
        rounds.append({"label": as_of, "as_of": as_of, "articles": part, "references": only["references"]})
    if len(rounds) < 2:
        return None
    return {**{k: v for k, v in task.items() if k != "rounds"}, "id": f"{task['id']}-split", "words": words,
            "rounds": rounds}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("tasks", type=Path)
    ap.add_argument("out", type=Path, help="the tasks file to write (.jsonl, or .jsonl.gz)")
    ap.add_argument("--sizes", default="10,8,7", help="articles per round, the last taking the rest (default 10,8,7)")
    ap.add_argument("--words", type=int, default=100, help="the scored length of each round (default 100)")
    args = ap.parse_args(argv)
    try:
        sizes = [int(s) for s in args.sizes.split(",")]
    except ValueError:
        raise SystemExit(f"error: --sizes {args.sizes}: give whole numbers separated by commas, e.g. 10,8,7") from None
    if len(sizes) < 2 or min(sizes) < 1:
        raise SystemExit(f"error: --sizes {args.sizes}: give two rounds or more, each of one article or more")
    opener = gzip.open if args.out.suffix == ".gz" else open
    written = 0
    with opener(args.out, "wt", encoding="utf-8") as fh:
        for task in read_tasks(args.tasks):
            new = split(task, sizes, args.words)
            if new is not None:
                fh.write(json.dumps(new) + "\n")
                written += 1
    print(f"{written} task(s) of {len(sizes)} rounds written to {args.out}")


if __name__ == "__main__":
    main()
