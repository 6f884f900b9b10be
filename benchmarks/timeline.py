"""Timelines: briefbot's against the busiest-days baseline, with the tilse package's measures.

    python benchmarks/timeline.py TASKS [--limit N] [--one-article-days]

TASKS is a file in the format of ``../shared/eval/FORMAT.md``; tasks without a human ``timeline``
are skipped.  Per task, as FORMAT.md's "Timelines" protocol says: every round's articles go into a
fresh store through briefbot's own parsing, then, as of the last round's date, briefbot is asked
for k dates (as many as the human timeline has) with n sentences each (the human timeline's mean
per date, rounded, at least 1), through ``app.timeline_of`` (what ``briefbot timeline`` runs).

The baseline: the k days with the most articles, each with the first sentence of its first article.

With ``--one-article-days``, the per-day choice on days one article alone tells, over many days:
for each human timeline date on which an article was published, the first such article alone:
briefbot's lines for that day (n sentences: the human timeline's sentences of the date, at least
2) against the first n sentences of the same article (the lead), by ROUGE-1/2 F against that
date's human sentences, averaged over the dates (a date without lines scores 0).

Scores (tilse 0.2.1, averaged over tasks): date F1 (exact days), concat ROUGE-1/2 F and alignment
ROUGE-1/2 F with many-to-one date-content costs (AR-1, AR-2), ROUGE by tilse's Python
reimplementation (Porter-stemmed, ROUGE's stop words left out), on tokens split as nltk's
Treebank tokenizer splits them.  tilse is a benchmark-only dependency: ``pip install -e '.[bench]'``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from _common import DEFAULT_TASKS, noon, read_tasks, to_article, topic_for

from briefbot import app
from briefbot.brief.timeline import TimelineSettings, build_timeline
from briefbot.store.db import Store
from briefbot.text.terms import is_brief_material, sentence_spans

Dated = dict[date, list[str]]


def ask(task: dict[str, Any]) -> tuple[int, int]:
    """(k, n): the human timeline's number of dates and mean sentences per date (rounded, >= 1)."""
    timeline = task["timeline"]
    k = len(timeline)
    n = max(1, round(sum(len(d["events"]) for d in timeline) / k))
    return k, n


def _articles(task: dict[str, Any]) -> list:
    return [a for rnd in task["rounds"] for a in (to_article(task["id"], raw) for raw in rnd["articles"]) if a is not None]


def briefbot_timeline(task: dict[str, Any]) -> Dated:
    k, n = ask(task)
    topic = topic_for(task, "lexrank", 100)
    as_of = date.fromisoformat(task["rounds"][-1]["as_of"])
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        for rnd in task["rounds"]:
            day = date.fromisoformat(rnd["as_of"])
            arts = [a for a in (to_article(task["id"], raw) for raw in rnd["articles"]) if a is not None]
            store.add_articles(topic.name, arts, seen=day, now=noon(day))
        timeline = app.timeline_of(store, topic, as_of, TimelineSettings(dates=k, sentences=n))
    return {e.date: [p.text for p in e.events] for e in timeline.entries}


def baseline_timeline(task: dict[str, Any]) -> Dated:
    """The k days with the most articles, each with the first sentence of its first article."""
    k, _ = ask(task)
    first: dict[date, Any] = {}
    count: Counter[date] = Counter()
    for a in _articles(task):
        if a.published is None:
            continue
        count[a.published] += 1
        first.setdefault(a.published, a)
    out: Dated = {}
    for day, _ in sorted(count.items(), key=lambda x: (-x[1], x[0]))[:k]:
        spans = [s.text for s in sentence_spans(first[day].text) if is_brief_material(s.text)]
        if spans:
            out[day] = spans[:1]
    return out


class Scorer:
    def __init__(self) -> None:
        try:
            from tilse.evaluation import rouge
        except ImportError:
            raise SystemExit("error: tilse is not installed: pip install -e '.[bench]' (or pip install tilse)") from None
        from nltk.tokenize import TreebankWordTokenizer

        self._evaluator = rouge.TimelineRougeEvaluator(measures=["rouge_1", "rouge_2"], rouge_computation="reimpl")
        self._tokenizer = TreebankWordTokenizer()

    def _timeline(self, dated: Dated):
        from tilse.data.timelines import Timeline

        return Timeline({d: [" ".join(self._tokenizer.tokenize(s)) for s in sents] for d, sents in dated.items()})

    def score(self, predicted: Dated, task: dict[str, Any]) -> tuple[float, float, float, float, float]:
        from tilse.data.timelines import GroundTruth
        from tilse.evaluation import dates

        reference = GroundTruth([self._timeline({date.fromisoformat(d["date"]): d["events"] for d in task["timeline"]})])
        pred = self._timeline(predicted)
        concat = self._evaluator.evaluate_concat(pred, reference)
        align = self._evaluator.evaluate_align_date_content_costs_many_to_one(pred, reference)
        return (dates.evaluate_dates(pred, reference)["f_score"], concat["rouge_1"]["f_score"], concat["rouge_2"]["f_score"],
                align["rouge_1"]["f_score"], align["rouge_2"]["f_score"])


def one_article_days(tasks: list[dict[str, Any]], scorer: Scorer) -> dict[str, list[tuple[float, ...]]]:
    """Per human timeline date with an article published that day: briefbot's lines for the day from
    that (first) article alone, and the article's first sentences, each scored against the date's
    human sentences (concat ROUGE-1/2 F of a one-date timeline)."""
    rows: dict[str, list[tuple[float, ...]]] = {"briefbot": [], "lead: the article's first n sentences": []}
    for task in tasks:
        first: dict[date, Any] = {}
        for a in _articles(task):
            if a.published is not None:
                first.setdefault(a.published, a)
        for human in task["timeline"]:
            day = date.fromisoformat(human["date"])
            if day not in first:
                continue
            n = max(2, len(human["events"]))
            article = replace(first[day], id=1)
            lines = [p.text for e in build_timeline([article], day, TimelineSettings(dates=99, sentences=n))
                     if e.date == day for p in e.events]
            lead = [s.text for s in sentence_spans(article.text) if is_brief_material(s.text)][:n]
            for name, picked in (("briefbot", lines), ("lead: the article's first n sentences", lead)):
                rows[name].append(scorer.score({day: picked}, {"timeline": [human]})[1:3] if picked else (0.0, 0.0))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tasks", type=Path, nargs="?", default=DEFAULT_TASKS)
    parser.add_argument("--limit", type=int, help="Only the first N tasks with a timeline.")
    parser.add_argument("--one-article-days", action="store_true",
                        help="Score the lines of days one article alone tells, against that article's lead.")
    args = parser.parse_args(argv)
    scorer = Scorer()
    tasks = [t for t in read_tasks(args.tasks) if t.get("timeline")][:args.limit]
    if not tasks:
        raise SystemExit(f"error: no task in {args.tasks} has a timeline")
    if args.one_article_days:
        days = one_article_days(tasks, scorer)
        print(f"\n{len(days['briefbot'])} dates of {len(tasks)} tasks from {args.tasks.name}, each from one article\n")
        print("| a day's lines | R-1 F | R-2 F |")
        print("|---|---|---|")
        for name, scored in days.items():
            print(f"| {name} | " + " | ".join(f"{sum(s[i] for s in scored) / max(1, len(scored)):.4f}" for i in range(2)) + " |")
        return 0
    rows: dict[str, list[tuple[float, ...]]] = {"briefbot": [], "baseline: busiest days, first sentence": []}
    for task in tasks:
        for name, make in (("briefbot", briefbot_timeline), ("baseline: busiest days, first sentence", baseline_timeline)):
            scores = scorer.score(make(task), task)
            rows[name].append(scores)
            print(f"{task['id'][:48]:48} {name[:8]:8} " + " ".join(f"{s:.3f}" for s in scores), file=sys.stderr)
    print(f"\n{len(tasks)} tasks from {args.tasks.name}\n")
    print("| timeline | date F1 | concat R-1 F | concat R-2 F | AR-1 F | AR-2 F |")
    print("|---|---|---|---|---|---|")
    for name, scored in rows.items():
        means = [sum(s[i] for s in scored) / len(scored) for i in range(5)]
        print(f"| {name} | " + " | ".join(f"{m:.4f}" for m in means) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
