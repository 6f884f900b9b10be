"""Quality of briefbot's "what changed" on update-summarization tasks, against two baselines.

    python benchmarks/quality.py TASKS [--out SUMMARIES.jsonl] [--algorithm NAME ...] [--no-baselines]

TASKS is a file in the format of ``../shared/eval/FORMAT.md`` (``.jsonl`` or ``.jsonl.gz``).  For each
task a fresh store is used; each round's articles go through briefbot's own code (ingest's parsing,
the store, ``app.compose_and_store``), and the round's brief is made as of its date.  The text
scored is the brief's "what changed" part (its summary for a task's first round): whole sentences in
the order shown, cut at the task's ``"words"`` (100 when absent); a single-round task (DUC) scores its
situation summary, made with that word budget.  Scores: ROUGE-1, ROUGE-2 (rouge-score, Porter-stemmed, stopwords
kept) and ROUGE-SU4 (skip bigrams up to gap 4 plus unigrams, same tokens), recall averaged over a
round's references, then over rounds; first and update rounds apart.

Baselines computed here: ``lead`` (DUC's: the first sentences of the round's newest article) and ``sumy
lexrank`` (sumy's LexRank over the round's new articles, in document order; computed with briefbot's
vectorised LexRank, which the tests check against sumy's own rankings; ``--exact-sumy`` runs sumy's
pure-Python code instead, slow on big rounds).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from _common import DEFAULT_TASKS, noon, read_tasks, to_article, topic_for

from briefbot import app
from briefbot.brief.compose import Weights
from briefbot.models import Status
from briefbot.rank import graph, sumy_adapter
from briefbot.store.db import Store
from briefbot.text.segment import split_sentences
from briefbot.text.terms import SumyTokenizer, sentence_spans, stem, stop_words

CUT = 100  # scored words when a task gives no "words"


# -- scoring ---------------------------------------------------------------------------------------


class Scorer:
    def __init__(self) -> None:
        from nltk.stem import porter
        from rouge_score import rouge_scorer, tokenize
        from rouge_score.rouge_scorer import _create_ngrams  # noqa: F401 - same tokens as rouge-score

        self._scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
        self._stemmer = porter.PorterStemmer()
        self._tokenize = tokenize.tokenize

    def tokens(self, text: str) -> list[str]:
        return self._tokenize(text, self._stemmer)

    def su4(self, reference: str, summary: str) -> float:
        def grams(tokens: list[str]) -> dict[tuple[str, ...], int]:
            out: dict[tuple[str, ...], int] = defaultdict(int)
            for i, t in enumerate(tokens):
                out[(t,)] += 1
                for j in range(i + 1, min(i + 5, len(tokens))):
                    out[(t, tokens[j])] += 1
            return out

        ref, summ = grams(self.tokens(reference)), grams(self.tokens(summary))
        total = sum(ref.values())
        return sum(min(c, summ.get(g, 0)) for g, c in ref.items()) / total if total else 0.0

    def score(self, references: Sequence[str], summary: str) -> tuple[float, float, float]:
        r1 = r2 = su4 = 0.0
        for ref in references:
            s = self._scorer.score(ref, summary)
            r1 += s["rouge1"].recall
            r2 += s["rouge2"].recall
            su4 += self.su4(ref, summary)
        n = len(references)
        return r1 / n, r2 / n, su4 / n


def cut(sentences: Sequence[str], limit: int = CUT) -> str:
    words: list[str] = []
    for s in sentences:
        words.extend(s.split())
        if len(words) >= limit:
            break
    return " ".join(words[:limit])


# -- systems ---------------------------------------------------------------------------------------


def briefbot_rounds(
    task: dict[str, Any], algorithm: str, words: int, weights: Weights | None = None, *, fresh: bool = False
) -> list[tuple[str, str]]:
    """(round label, scored text) for every round, through briefbot's pipeline.  With ``fresh`` each
    round is briefed alone, from an empty store, as if it were a task's first round (its summary is
    scored): many more samples of the situation summary than the tasks' first rounds."""
    if fresh:
        return [briefbot_rounds({**task, "rounds": [rnd]}, algorithm, words, weights)[0] for rnd in task["rounds"]]
    # a single-round task (DUC) scores the situation summary, made with the task's word budget
    topic = topic_for(task, algorithm, scored_words(task) if len(task["rounds"]) == 1 else words)
    settings = app.settings_for(topic)
    if weights is not None:
        settings = replace(settings, weights=weights)
    out = []
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        for rnd in task["rounds"]:
            as_of = date.fromisoformat(rnd["as_of"])
            arts = [a for a in (to_article(task["id"], raw) for raw in rnd["articles"]) if a is not None]
            store.add_articles(topic.name, arts, seen=as_of, now=noon(as_of))
            brief, _, _ = app.compose_and_store(store, topic, settings, as_of=as_of, now=noon(as_of), loaded=None)
            if brief.previous_as_of is None:
                shown = [p.text for p in brief.summary]
            else:
                shown = [p.text for p in brief.changes if p.status is not Status.DROPPED]
            out.append((rnd["label"], cut(shown, scored_words(task))))
    return out


def scored_words(task: dict[str, Any]) -> int:
    return int(task.get("words") or CUT)


def _round_sentences(task: dict[str, Any], rnd: dict[str, Any]) -> list[list[str]]:
    arts = [a for a in (to_article(task["id"], raw) for raw in rnd["articles"]) if a is not None]
    arts.sort(key=lambda a: (a.published or date.min), reverse=True)
    return [[s.text for s in sentence_spans(a.text)] for a in arts]


def lead_rounds(task: dict[str, Any]) -> list[tuple[str, str]]:
    """DUC's lead baseline: the newest article's first sentences (then the next newest article's, if
    it is short), its text as given, nothing left out.  FORMAT.md calls it "first sentences of the
    round's newest articles"; this reproduces its figure (update R-2 0.101 with rouge-score)."""
    out = []
    for rnd in task["rounds"]:
        newest = sorted(rnd["articles"], key=lambda a: a.get("published") or "", reverse=True)
        sents = [para[s:e] for a in newest for para in a["text"].split("\n") for s, e in split_sentences(para)]
        out.append((rnd["label"], cut(sents, scored_words(task))))
    return out


def lexrank_rounds(task: dict[str, Any], exact: bool) -> list[tuple[str, str]]:
    out = []
    for rnd in task["rounds"]:
        if not rnd["references"]:
            out.append((rnd["label"], ""))
            continue
        sents = [s for sents in _round_sentences(task, rnd) for s in sents]
        unique = list(dict.fromkeys(sents))
        if exact:
            ratings = sumy_adapter.sumy_scores("lexrank", unique)
        else:
            tok = SumyTokenizer()
            stops = stop_words()
            ratings = graph.lexrank_scores([[stem(w.lower()) for w in tok.to_words(s) if w.lower() not in stops] for s in unique])
        # the 10 best sentences (more if they fall short of the scored length), in document order
        best: list[int] = []
        for i in sorted(range(len(unique)), key=lambda i: -ratings[i]):
            if len(best) >= 10 and sum(len(unique[j].split()) for j in best) >= scored_words(task):
                break
            best.append(i)
        out.append((rnd["label"], cut([unique[i] for i in sorted(best)], scored_words(task))))
    return out


class _Run:
    """A picklable briefbot system (the benchmark runs tasks in parallel processes)."""

    def __init__(self, algorithm: str, words: int, weights: Weights | None, fresh: bool = False) -> None:
        self.algorithm, self.words, self.weights, self.fresh = algorithm, words, weights, fresh

    def __call__(self, task: dict[str, Any]) -> list[tuple[str, str]]:
        return briefbot_rounds(task, self.algorithm, self.words, self.weights, fresh=self.fresh)


class _Lex:
    def __init__(self, exact: bool) -> None:
        self.exact = exact

    def __call__(self, task: dict[str, Any]) -> list[tuple[str, str]]:
        return lexrank_rounds(task, self.exact)


def parse_weights(spec: str) -> Weights:
    values = {}
    for part in spec.split(","):
        name, _, value = part.partition("=")
        if name.strip() not in {f.name for f in fields(Weights)}:
            raise SystemExit(f"error: unknown weight {name!r}: use one of {', '.join(f.name for f in fields(Weights))}")
        values[name.strip()] = float(value)
    return replace(Weights(), **values)


# -- main ------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("tasks", nargs="?", type=Path, default=DEFAULT_TASKS)
    ap.add_argument("--out", type=Path, help="write one JSON line per scored round")
    ap.add_argument("--algorithm", action="append", help="briefbot algorithm(s) to score (default: lexrank)")
    ap.add_argument("--words", type=int, default=250, help="briefbot's word budget (default 250)")
    ap.add_argument("--no-baselines", action="store_true")
    ap.add_argument("--exact-sumy", action="store_true", help="run sumy's own LexRank for the baseline (slow)")
    ap.add_argument("--limit", type=int, help="only the first N tasks")
    ap.add_argument("--weights", action="append", default=[], metavar="NAME=V,...",
                    help="score briefbot with these ranking weights too (see compose.Weights); repeatable")
    ap.add_argument("--ablate", action="store_true", help="also score briefbot with each ranking feature switched off")
    ap.add_argument("--jobs", type=int, default=2, help="tasks run in parallel processes (default 2; 1: in this process)")
    ap.add_argument("--rounds", type=int, help="only the first N rounds of each task (a quick check; 1 = first rounds)")
    ap.add_argument("--fresh", action="store_true",
                    help="also brief every scored round alone, from an empty store, and score its summary: a larger "
                         "sample of first-round quality than the tasks' own first rounds (baselines use no history)")
    args = ap.parse_args(argv)
    tasks = list(read_tasks(args.tasks))[: args.limit]
    if args.rounds:
        tasks = [{**t, "rounds": t["rounds"][: args.rounds]} for t in tasks]
    scorer = Scorer()

    systems: dict[str, Callable[[dict[str, Any]], list[tuple[str, str]]]] = {}
    for algo in args.algorithm or ["lexrank"]:
        systems[f"briefbot ({algo})"] = _Run(algo, args.words, None)
    first_algo = (args.algorithm or ["lexrank"])[0]
    for spec in args.weights:
        systems[f"briefbot ({first_algo}; {spec})"] = _Run(first_algo, args.words, parse_weights(spec))
    if args.ablate:
        for f in fields(Weights):
            if f.name != "position_decay" and f.default:
                systems[f"briefbot ({first_algo}) without {f.name}"] = _Run(first_algo, args.words, replace(Weights(), **{f.name: 0.0}))
    if not args.no_baselines:
        systems["lead"] = lead_rounds
        systems["sumy lexrank"] = _Lex(args.exact_sumy)

    fresh_of: dict[str, str] = {}  # system -> the system whose rounds are its "every round alone" rows
    for name, system in list(systems.items()):
        if args.fresh and isinstance(system, _Run):
            fresh_of[name] = f"{name} [fresh]"
            systems[fresh_of[name]] = _Run(system.algorithm, system.words, system.weights, fresh=True)
        elif args.fresh:
            fresh_of[name] = name  # the baselines use no history: their rounds are already briefed alone
    table: dict[str, dict[str, list[tuple[float, float, float]]]] = {}
    timings: dict[str, float] = {}
    with contextlib.ExitStack() as stack:  # the pool's workers and the file end with the run, or a failure
        out = stack.enter_context(args.out.open("w", encoding="utf-8")) if args.out else None
        # one pool for every system, no larger than the task list: each worker forked from a large process
        # costs CPU (its copy-on-write pages), and a pool per system forked them again for each system
        pool = (stack.enter_context(ProcessPoolExecutor(max_workers=min(args.jobs, len(tasks))))
                if args.jobs > 1 and tasks else None)
        for name, system in systems.items():
            table[name] = {"first": [], "update": []}
            start = time.perf_counter()
            # without a pool: in this process (a smoke test, a profile)
            results = list(pool.map(system, tasks)) if pool else [system(task) for task in tasks]
            for task, rounds in zip(tasks, results, strict=True):
                for i, ((label, text), rnd) in enumerate(zip(rounds, task["rounds"], strict=True)):
                    if not rnd["references"]:
                        continue
                    kind = "first" if i == 0 else "update"
                    table[name][kind].append(scorer.score(rnd["references"], text))
                    if out and name.startswith("briefbot"):
                        out.write(json.dumps({"task": task["id"], "round": label, "summary": text, "system": name}) + "\n")
            timings[name] = time.perf_counter() - start

    def mean(rows: list[tuple[float, float, float]], k: int) -> str:
        return f"{sum(r[k] for r in rows) / len(rows):.4f}" if rows else "-"

    lengths = sorted({scored_words(t) for t in tasks})
    print(f"Tasks: {len(tasks)} from {args.tasks.name}; scored text cut at {'/'.join(map(str, lengths))} words; recall.")
    if all(len(t["rounds"]) == 1 for t in tasks):
        print("Single-round tasks: 'first' is the situation summary, made with the task's word budget.")
    print("\n| system | first R-1 | first R-2 | first SU4 | update R-1 | update R-2 | update SU4 | rounds (first/update) | seconds |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, rows in table.items():
        if name.endswith(" [fresh]"):
            continue  # in the second table
        f, u = rows["first"], rows["update"]
        print(f"| {name} | {mean(f, 0)} | {mean(f, 1)} | {mean(f, 2)} | {mean(u, 0)} | {mean(u, 1)} | {mean(u, 2)} "
              f"| {len(f)}/{len(u)} | {timings[name]:.1f} |")
    if args.fresh:
        print("\nEvery scored round briefed alone, from an empty store (its summary scored, as for a first round):\n")
        print("| system | R-1 | R-2 | SU4 | rounds | seconds |")
        print("|---|---|---|---|---|---|")
        for name, source in fresh_of.items():
            every = table[source]["first"] + table[source]["update"]
            print(f"| {name} | {mean(every, 0)} | {mean(every, 1)} | {mean(every, 2)} | {len(every)} | {timings[source]:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
