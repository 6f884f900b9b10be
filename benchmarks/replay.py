"""Replay of the quality benchmark's rounds in seconds: try ranking settings without re-reading articles.

    python benchmarks/replay.py record TASKS CACHE      # once: run the pipeline, keep each round's inputs
    python benchmarks/replay.py run CACHE [--weights NAME=V,...] [--fresh] [--limit N]

``record`` runs ``benchmarks/quality.py``'s pipeline (ingest's cleaning, the store, the candidate
articles of each round) and pickles what ``compose_brief`` received for each round: the settings,
the date, the new and the older articles.  ``run`` composes every round again from those inputs,
with each round's previous brief the one it just made (as the store would give it), and scores
what ``quality.py`` scores.  The timeline is left out (it is not scored) and the pure, expensive
steps (sentences, terms, sumy ratings, figures) are cached in memory across settings, so a whole
set replays in seconds after the first pass.  Figures agree with ``quality.py`` (``--check``).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import itertools
import pickle
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from _common import noon, read_tasks, to_article, topic_for
from quality import Scorer, cut, parse_weights, scored_words

from briefbot import app
from briefbot.brief import compose
from briefbot.brief.compose import Weights
from briefbot.models import Brief, Status
from briefbot.store.db import Store

Round = dict[str, Any]


def record(tasks_path: Path, cache: Path, words: int = 250) -> None:
    """Each round's compose_brief inputs, from the real pipeline."""
    recorded: list[dict[str, Any]] = []
    real = app.compose_brief
    for task in read_tasks(tasks_path):
        rounds: list[Round] = []

        def spy(settings: Any, as_of: date, new: Any, old: Any, previous: Any, health: Any = None,
                _rounds: list[Round] = rounds) -> Brief:
            _rounds.append({"settings": settings, "as_of": as_of, "new": list(new), "old": list(old)})
            return real(settings, as_of, new, old, previous, health)

        single = len(task["rounds"]) == 1
        topic = topic_for(task, "lexrank", scored_words(task) if single else words)
        settings = app.settings_for(topic)
        app.compose_brief = spy  # type: ignore[assignment]
        try:
            with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
                for rnd in task["rounds"]:
                    as_of = date.fromisoformat(rnd["as_of"])
                    arts = [a for a in (to_article(task["id"], raw) for raw in rnd["articles"]) if a is not None]
                    store.add_articles(topic.name, arts, seen=as_of, now=noon(as_of))
                    app.compose_and_store(store, topic, settings, as_of=as_of, now=noon(as_of), loaded=None)
        finally:
            app.compose_brief = real  # type: ignore[assignment]
        for r, rnd in zip(rounds, task["rounds"], strict=True):
            r["references"] = rnd["references"]
            r["label"] = rnd["label"]
        recorded.append({"id": task["id"], "words": scored_words(task), "rounds": rounds})
        print(f"recorded {task['id']}: {len(rounds)} rounds", file=sys.stderr)
    cache.write_bytes(pickle.dumps(recorded))


def _memoize() -> list[tuple[Any, str, Any]]:
    """Cache the pure, expensive steps by their arguments (text in, result out).  Returns what it
    replaced: (module, name, the original), to put back."""
    from briefbot.brief import candidates as cmod
    from briefbot.text import terms as tmod

    replaced: list[tuple[Any, str, Any]] = []

    def swap(mod: Any, name: str, value: Any) -> None:
        replaced.append((mod, name, getattr(mod, name)))
        setattr(mod, name, value)

    for mod in (cmod,):
        for name in ("sentence_spans", "terms", "is_brief_material"):
            swap(mod, name, functools.lru_cache(maxsize=None)(getattr(tmod, name)))
    swap(compose, "word_pairs", functools.lru_cache(maxsize=None)(tmod.word_pairs))
    real_rate = compose.rate
    rate_cache: dict[Any, Any] = {}

    def rate(algorithm: str, texts: Sequence[str], term_lists: Any, focus_terms: Sequence[str] = (), counts: Any = None) -> Any:
        key = (algorithm, tuple(texts), tuple(focus_terms))  # (counts are the term lists', counted)
        if key not in rate_cache:
            rate_cache[key] = real_rate(algorithm, texts, term_lists, focus_terms=focus_terms, counts=counts)
        return rate_cache[key]

    swap(compose, "rate", rate)
    swap(compose, "build_timeline", lambda *a, **k: ())
    real_track = compose.figures.track
    track_cache: dict[Any, Any] = {}

    def track(reports: Any, dating: Any, focus: str = "", listed: Any = frozenset(), previous: Any = (),
              new_articles: Any = frozenset()) -> Any:
        key = (tuple(reports), tuple(sorted(dating.items())), focus, frozenset(listed), tuple(previous), frozenset(new_articles))
        if key not in track_cache:
            track_cache[key] = real_track(reports, dating, focus=focus, listed=listed, previous=previous,
                                          new_articles=new_articles)
        return track_cache[key]

    swap(compose.figures, "track", track)
    return replaced


@contextlib.contextmanager
def _memoized() -> Iterator[None]:
    """The pipeline memoized (``_memoize``) for the block, as it was afterwards: ``run`` leaves the
    process as it found it, as ``record`` does."""
    replaced = _memoize()
    try:
        yield
    finally:
        for mod, name, original in reversed(replaced):
            setattr(mod, name, original)


class FastR2:
    """ROUGE-2 recall as ``quality.Scorer`` computes it (rouge-score's tokens, Porter stems), with the
    stems and each reference's bigrams cached: replays score the same references many times."""

    def __init__(self) -> None:
        from collections import Counter

        self._counter = Counter
        self._scorer = Scorer()
        self._stem = functools.lru_cache(maxsize=None)(self._scorer._stemmer.stem)
        self._refs: dict[str, Any] = {}

    def _bigrams(self, text: str) -> Any:
        from rouge_score import tokenize

        class Stemmer:
            stem = staticmethod(self._stem)

        toks = tokenize.tokenize(text, Stemmer())
        return self._counter(itertools.pairwise(toks))

    def recall(self, references: Sequence[str], summary: str) -> float:
        mine = self._bigrams(summary)
        total = 0.0
        for ref in references:
            if ref not in self._refs:
                self._refs[ref] = self._bigrams(ref)
            grams = self._refs[ref]
            n = sum(grams.values())
            total += sum(min(c, mine.get(g, 0)) for g, c in grams.items()) / n if n else 0.0
        return total / len(references)


def replay(
    task: dict[str, Any], weights: Weights | None, *, fresh: bool = False, algorithm: str | None = None,
) -> list[tuple[str, str, list[str]]]:
    """(kind, scored text, references) of each scored round."""
    out = []
    previous: Brief | None = None
    for k, r in enumerate(task["rounds"]):
        settings = r["settings"]
        if weights is not None:
            settings = replace(settings, weights=weights)
        if algorithm:
            settings = replace(settings, algorithm=algorithm)
        if fresh:
            new, old, previous = [*r["new"]], [], None
        else:
            new, old = r["new"], r["old"]
        brief = compose.compose_brief(settings, r["as_of"], new, old, previous)
        shown = [p for p in brief.summary] if previous is None else [p for p in brief.changes if p.status is not Status.DROPPED]
        if r["references"]:
            out.append(("first" if k == 0 or fresh else "update", cut([p.text for p in shown], task["words"]), r["references"]))
        previous = brief
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("tasks", type=Path)
    rec.add_argument("cache", type=Path)
    run = sub.add_parser("run")
    run.add_argument("cache", type=Path, nargs="+")
    run.add_argument("--weights", action="append", default=[], metavar="NAME=V,...")
    run.add_argument("--fresh", action="store_true")
    run.add_argument("--limit", type=int)
    run.add_argument("--algorithm")
    run.add_argument("--sums", action="store_true", help="also print sums and counts (to combine parts)")
    run.add_argument("--part", help="K/N: only every N-th task from the K-th (split a replay over processes)")
    args = ap.parse_args(argv)
    if args.cmd == "record":
        record(args.tasks, args.cache)
        return 0
    with _memoized():
        replay_all(args)
    return 0


def replay_all(args: argparse.Namespace) -> None:
    """``run``: the table of every cache and weight setting."""
    scorer = FastR2()
    specs = args.weights or [""]
    print("| cache | weights | first R-2 | update R-2 | rounds |")
    print("|---|---|---|---|---|")
    for cache in args.cache:
        tasks = pickle.loads(cache.read_bytes())[: args.limit]
        if args.part:
            k, n = map(int, args.part.split("/"))
            tasks = tasks[k::n]
        for spec in specs:
            weights = parse_weights(spec) if spec else None
            rows: dict[str, list[float]] = {"first": [], "update": []}
            for task in tasks:
                for kind, text, refs in replay(task, weights, fresh=args.fresh, algorithm=args.algorithm):
                    rows[kind].append(scorer.recall(refs, text))
            f, u = rows["first"], rows["update"]
            mean = lambda xs: f"{sum(xs) / len(xs):.4f}" if xs else "-"  # noqa: E731
            print(f"| {cache.stem} | {spec or 'default'} | {mean(f)} | {mean(u)} | {len(f)}/{len(u)} |", flush=True)
            if args.sums:
                print(f"SUMS {cache.stem} {spec or 'default'} {sum(f)} {len(f)} {sum(u)} {len(u)}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
