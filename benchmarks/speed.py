"""Wall time and peak memory of briefbot's brief making, against sumy's own LexRank.

    python benchmarks/speed.py [TASKS] [--quick] [--repeat N] [--sumy-subset N] [--profile]

TASKS is a file in the format of ``../shared/eval/FORMAT.md`` (default: the dev set).  Cases:

1. *scratch*: every article of the task with the most articles goes into a fresh store and one
   brief is made as of the task's last round (``Store.add_articles`` + ``app.compose_and_store``).
   The topic's defaults apply (no date window; at most ``max_articles`` = 400 new articles).
2. *incremental*: a store already holds 2,000 (then 8,000) articles of one topic and a brief made
   after all of them; 30 new articles arrive the next day and the next brief is made.  The history
   is every task's articles (the 30 newest held out as the new ones), dated evenly over the 180
   days before the previous brief in their original order (``Sizes.span``); beyond the pool (and
   for the 8,000 case) the same articles are re-used as
   archive copies: distinct key, a marker sentence ("Archive copy 2-0.") appended, dates shifted
   back by multiples of that span.  Building
   these stores is setup (timed and shown, not measured).
   *As a whole process* (2c, 2d): the same 30 new articles as files, briefed by ``briefbot brief``
   on a fresh copy of each store, timed from start to exit (imports, reading, cleaning and storing
   included): the daily run as cron or ``serve`` starts it.
4. *history* and *show*: ``briefbot history`` and ``briefbot show DATE`` on the larger store, as
   whole processes.
3. *sumy*: sumy's own pure-Python LexRank over the unique sentences of case 1 (briefbot's sentence
   split), on a stated subset since it is quadratic; briefbot's vectorised ``lexrank_scores`` on
   the same subset (same maths, with the term extraction of ``quality.py``) and on all of them.

Each measurement runs in a fresh subprocess (this script re-invoked with ``--case``), so its peak
RSS (``VmHWM``, which includes Python, numpy and scipy; not ``ru_maxrss``, which on Linux carries
the parent's peak over fork + exec) is its own; lazy imports are paid before the timed part; wall
time covers the measured part only, median of ``--repeat`` runs (CPU time shown too).  Also
measured: ``briefbot --help`` (median of several fresh processes) and the heavy modules that
``import briefbot.cli`` loads.
``--profile`` re-runs each case that misses its target under cProfile and prints the functions
with the highest cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pickle
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from _common import DEFAULT_TASKS, ROOT, noon, read_tasks, to_article, topic_for
from _process import Daily, prepare_daily, timed_commands

from briefbot.ingest.files import content_hash
from briefbot.models import Article

ALGORITHM, WORDS = "lexrank", 250
HEAVY = ("numpy", "scipy", "sumy", "nltk", "slack_sdk", "apscheduler", "feedparser", "trafilatura")
SUMY_BUDGET = 120.0  # seconds: the sumy subset is cut so that its run should take about this long
PROCESS_TARGET = 1.5  # seconds: the daily brief (case 2 as a whole process)
READ_TARGET = 0.3  # seconds: history and show
RATIO_TARGET = 10.0  # "far below": briefbot's per-sentence cost at least this many times lower
BATCH = 1000  # articles per add_articles call (one transaction each) while building a history


@dataclass(frozen=True)
class Sizes:
    scratch: int | None  # articles of the largest task (None: all)
    stored: tuple[int, int]
    new: int
    sumy_subset: int
    sumy_pilot: int  # sumy on this many sentences first, to choose a subset that fits SUMY_BUDGET
    span: int  # days of history per archive copy (more than the topic's window)


FULL = Sizes(scratch=None, stored=(2000, 8000), new=30, sumy_subset=1000, sumy_pilot=200, span=180)
QUICK = Sizes(scratch=40, stored=(200, 400), new=10, sumy_subset=100, sumy_pilot=0, span=180)


# -- measuring (in the child process) ----------------------------------------------------------------


def _status_mb(field: str) -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def peak_rss_mb() -> float:
    """This process's peak RSS.  Linux's ``ru_maxrss`` carries over the parent's peak through
    fork + exec (the forked copy's high-water mark), so ``VmHWM`` (this program image's own) comes first."""
    hwm = _status_mb("VmHWM")
    return hwm if hwm is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def current_rss_mb() -> float | None:
    return _status_mb("VmRSS")


class Measure:
    """Wall time of a block (optionally profiled), with the RSS before it."""

    def __init__(self, profile_out: Path | None) -> None:
        self.profile_out = profile_out
        self.profiler = cProfile.Profile() if profile_out else None
        self.seconds = self.cpu = 0.0
        self.rss_before: float | None = None

    @staticmethod
    def _cpu() -> float:
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime

    def __enter__(self) -> Measure:
        self.rss_before = current_rss_mb()
        if self.profiler:
            self.profiler.enable()
        self.cpu_start = self._cpu()
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self.start
        self.cpu = self._cpu() - self.cpu_start
        if self.profiler:
            self.profiler.disable()
            self.profiler.dump_stats(str(self.profile_out))


def _load(path: Path) -> Any:
    with path.open("rb") as fh:
        return pickle.load(fh)


def _dump(obj: Any, path: Path) -> None:
    with path.open("wb") as fh:
        pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)


def _unique_sentences(articles: Sequence[Article]) -> list[str]:
    from briefbot.text.terms import sentence_spans

    return list(dict.fromkeys(s.text for a in articles for s in sentence_spans(a.text)))


def _warm() -> None:
    """The lazy imports of a brief (nltk's stemmer, sumy's stop words): paid before the timed part."""
    from briefbot.text.terms import stem, stop_words

    stop_words()
    stem("warming")


def case_scratch(work: Path, profile_out: Path | None) -> dict[str, Any]:
    t = time.perf_counter()

    _warm()
    imports = time.perf_counter() - t
    data = _load(work / "scratch.pkl")
    topic, as_of, articles = data["topic"], data["as_of"], data["articles"]
    db = work / f"scratch-{os.getpid()}.db"
    m, store_s, compose_s, brief = _timed_brief(db, topic, as_of, articles, profile_out)
    return {"seconds": m.seconds, "cpu_s": m.cpu, "store_s": store_s, "compose_s": compose_s, "imports_s": imports,
            "rss_before": m.rss_before, "read": brief.new_articles}


def _timed_brief(db: Path, topic: Any, as_of: date, articles: list[Any], profile_out: Path | None) -> tuple[Any, float, float, Any]:
    """The measured part of cases 1 and 2: store the articles, then make and store the brief."""
    from briefbot import app
    from briefbot.store.db import Store

    settings = app.settings_for(topic)
    with Measure(profile_out) as m, Store(db) as store:
        t0 = time.perf_counter()
        store.add_articles(topic.name, articles, seen=as_of, now=noon(as_of))
        t1 = time.perf_counter()
        brief, _, _ = app.compose_and_store(store, topic, settings, as_of=as_of, now=noon(as_of), loaded=None)
        t2 = time.perf_counter()
    return m, t1 - t0, t2 - t1, brief


def case_incremental(work: Path, profile_out: Path | None, store_path: Path) -> dict[str, Any]:
    t = time.perf_counter()
    from briefbot.store.db import Store

    _warm()
    imports = time.perf_counter() - t
    data = _load(work / "new.pkl")
    topic, as_of, articles = data["topic"], data["as_of"], data["articles"]
    m, store_s, compose_s, brief = _timed_brief(store_path, topic, as_of, articles, profile_out)
    # what that brief read (not measured)
    with Store(store_path) as store:
        stored = store.article_count(topic.name)
        previous = store.previous_brief(topic.name, before=as_of)
        new, old = store.candidates(topic.name, as_of, previous, window_days=topic.window_days,
                                    max_old=topic.context_articles, max_new=topic.max_articles)
    return {"seconds": m.seconds, "cpu_s": m.cpu, "store_s": store_s, "compose_s": compose_s, "imports_s": imports,
            "rss_before": m.rss_before, "stored": stored, "new": len(new), "old": len(old),
            "sentences": len(_unique_sentences([*old, *new])), "changes": len(brief.changes)}


def _subset(work: Path, n: int) -> list[str]:
    sentences = _load(work / "sentences.pkl")
    return sentences[:n] if n else sentences


def case_sumy(work: Path, profile_out: Path | None, n: int) -> dict[str, Any]:
    from sumy.models.dom import ObjectDocumentModel  # noqa: F401 - imports are not timed
    from sumy.nlp.stemmers import Stemmer  # noqa: F401
    from sumy.summarizers.lex_rank import LexRankSummarizer  # noqa: F401

    from briefbot.rank import sumy_adapter

    _warm()
    texts = _subset(work, n)
    with Measure(profile_out) as m:
        sumy_adapter.sumy_scores("lexrank", texts)
    return {"seconds": m.seconds, "cpu_s": m.cpu, "rss_before": m.rss_before, "sentences": len(texts)}


def case_lexrank(work: Path, profile_out: Path | None, n: int) -> dict[str, Any]:
    """briefbot's vectorised LexRank with the terms sumy's LexRank would use (as quality.py does)."""
    from briefbot.rank import graph
    from briefbot.text.terms import SumyTokenizer, stem, stop_words

    _warm()
    texts = _subset(work, n)
    with Measure(profile_out) as m:
        tok, stops = SumyTokenizer(), stop_words()
        term_lists = [[stem(w.lower()) for w in tok.to_words(s) if w.lower() not in stops] for s in texts]
        graph.lexrank_scores(term_lists)
    return {"seconds": m.seconds, "cpu_s": m.cpu, "rss_before": m.rss_before, "sentences": len(texts)}


def run_case(args: argparse.Namespace) -> int:
    work = args.work
    profile_out = args.profile_out
    if args.case == "scratch":
        result = case_scratch(work, profile_out)
    elif args.case == "incremental":
        result = case_incremental(work, profile_out, args.store)
    elif args.case == "sumy":
        result = case_sumy(work, profile_out, args.n)
    elif args.case == "lexrank":
        result = case_lexrank(work, profile_out, args.n)
    else:
        raise SystemExit(f"error: unknown case {args.case!r}")
    result["peak_rss"] = peak_rss_mb()
    print("RESULT " + json.dumps(result))
    return 0


# -- setup (in the parent) ---------------------------------------------------------------------------


@dataclass
class Prepared:
    scratch_task: str
    scratch_articles: int
    sentences: int
    material: int
    stores: dict[int, Path]
    setup_s: dict[str, float]
    pool: int
    new: int
    new_day: date
    daily: Daily


def _copy(a: Article, k: int, c: int, day: date) -> Article:
    """Article ``a`` as archive copy (k, c) dated ``day``: its own key and content."""
    if k == 0 and c == 0:
        return replace(a, published=day, first_seen=day)
    text = f"{a.text}\nArchive copy {k}-{c}."
    return replace(a, key=f"{a.key}#copy{k}-{c}", text=text, content_hash=content_hash(a.title, text),
                   published=day, first_seen=day)


def history(rest: Sequence[Article], total: int, base: int, span: int, end: date) -> list[Article]:
    """``total`` articles: ``base`` of them over the ``span`` days before ``end``, the others copies further back."""
    out = []
    for i in range(total):
        k, p = divmod(i, base)
        c, j = divmod(p, len(rest))
        day = end - timedelta(days=span - (p * span) // base) - timedelta(days=k * span)
        out.append(_copy(rest[j], k, c, day))
    out.sort(key=lambda a: (a.published, a.key))  # oldest first, as a real history would be stored
    return out


def prepare(tasks: list[dict[str, Any]], sizes: Sizes, work: Path) -> Prepared:
    from briefbot import app
    from briefbot.store.db import Store
    from briefbot.text.terms import is_brief_material

    setup: dict[str, float] = {}
    t = time.perf_counter()
    parsed = {task["id"]: [a for a in (to_article(task["id"], raw) for rnd in task["rounds"] for raw in rnd["articles"])
                           if a is not None] for task in tasks}
    setup["parse"] = time.perf_counter() - t

    # case 1: the task with the most articles
    largest = max(tasks, key=lambda task: sum(len(r["articles"]) for r in task["rounds"]))
    scratch = parsed[largest["id"]][: sizes.scratch]
    as_of = date.fromisoformat(largest["rounds"][-1]["as_of"])
    topic = topic_for(largest, ALGORITHM, WORDS)
    _dump({"topic": topic, "as_of": as_of, "articles": scratch}, work / "scratch.pkl")
    sentences = _unique_sentences(scratch)
    _dump(sentences, work / "sentences.pkl")

    # case 2: a long history of one topic, then a few new articles
    t = time.perf_counter()
    seen: set[str] = set()
    pool: list[tuple[str, Article]] = []
    for task_id, arts in parsed.items():
        for a in arts:
            if a.content_hash not in seen:
                seen.add(a.content_hash)
                pool.append((task_id, a))
    pool.sort(key=lambda ta: (ta[1].published or date.min, ta[1].key))
    if len(pool) <= sizes.new:
        raise SystemExit(f"error: the tasks hold {len(pool)} distinct articles: more than {sizes.new} are needed")
    fresh, rest = pool[-sizes.new:], [a for _, a in pool[: -sizes.new]]
    end = max((a.published for a in rest if a.published), default=date(2020, 1, 1)) + timedelta(days=1)
    new_day = end + timedelta(days=1)
    by_id = {task["id"]: task for task in tasks}
    main_task = max({tid for tid, _ in fresh}, key=lambda tid: sum(1 for x, _ in fresh if x == tid))
    inc_topic = topic_for(by_id[main_task], ALGORITHM, WORDS)
    span = max(sizes.span, inc_topic.window_days + 1)
    new_articles = [replace(a, published=new_day, first_seen=new_day) for _, a in fresh]
    _dump({"topic": inc_topic, "as_of": new_day, "articles": new_articles}, work / "new.pkl")
    daily = prepare_daily(work, inc_topic, new_articles, new_day)
    stores = {}
    small = sizes.stored[0]
    for total in sizes.stored:
        path = work / f"history-{total}.db"
        arts = history(rest, total, small, span, end)
        with Store(path) as store:
            for i in range(0, len(arts), BATCH):
                store.add_articles(inc_topic.name, arts[i:i + BATCH], seen=end, now=noon(end))
            t1 = time.perf_counter()
            app.compose_and_store(store, inc_topic, app.settings_for(inc_topic), as_of=end, now=noon(end), loaded=None)
            setup[f"previous brief ({total})"] = time.perf_counter() - t1
        stores[total] = path
    setup["history stores"] = time.perf_counter() - t
    return Prepared(
        scratch_task=largest["id"], scratch_articles=len(scratch), sentences=len(sentences),
        material=sum(1 for s in sentences if is_brief_material(s)), stores=stores, setup_s=setup, pool=len(rest),
        new=len(new_articles), new_day=new_day, daily=daily,
    )


# -- the parent ---------------------------------------------------------------------------------------


def compile_bytecode() -> None:
    """Write briefbot's bytecode before anything is measured, as installing a package does.  A module
    changed since its ``.pyc`` was written is otherwise compiled again by every measured process
    whenever ``PYTHONDONTWRITEBYTECODE`` is set (about 0.1 s when none is compiled)."""
    import compileall

    import briefbot

    compileall.compile_dir(str(Path(briefbot.__file__).parent), quiet=1)


def child(case: str, work: Path, *extra: str, profile_out: Path | None = None) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--case", case, "--work", str(work), *extra]
    if profile_out:
        cmd += ["--profile-out", str(profile_out)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    if proc.returncode != 0 or not lines:
        sys.stderr.write(proc.stderr[-3000:])
        raise SystemExit(f"error: the {case} measurement failed (exit {proc.returncode}); its error is above")
    return json.loads(lines[-1][len("RESULT "):])


def repeated(case: str, work: Path, repeat: int, *extra: str, store: Path | None = None) -> dict[str, Any]:
    """The median run of ``repeat`` fresh processes (each on a fresh copy of ``store``)."""
    runs = []
    for r in range(repeat):
        args = list(extra)
        if store is not None:
            copy = work / f"run-{r}-{store.name}"
            shutil.copyfile(store, copy)
            args += ["--store", str(copy)]
        runs.append(child(case, work, *args))
        if store is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{copy}{suffix}").unlink(missing_ok=True)
    runs.sort(key=lambda r: r["seconds"])
    out = dict(runs[len(runs) // 2])
    out["all_seconds"] = [r["seconds"] for r in runs]
    out["peak_rss"] = max(r["peak_rss"] for r in runs)
    return out


def help_timing(runs: int) -> dict[str, Any]:
    def median_of(cmd: list[str]) -> float:
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=True, cwd=ROOT)
            times.append(time.perf_counter() - t)
        return statistics.median(times)

    script = Path(sys.executable).parent / "briefbot"
    out: dict[str, Any] = {
        "python": median_of([sys.executable, "-c", "pass"]),
        "module": median_of([sys.executable, "-m", "briefbot", "--help"]),
        "script": median_of([str(script), "--help"]) if script.is_file() else None,
        "script_path": str(script),
    }
    probe = f"import sys, briefbot.cli; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT)
    out["heavy"] = [m for m in proc.stdout.strip().split(",") if m]
    return out


def print_profile(path: Path, top: int = 25) -> None:
    buf = io.StringIO()
    stats = pstats.Stats(str(path), stream=buf)
    stats.strip_dirs().sort_stats("cumulative").print_stats(top)
    text = buf.getvalue()
    start = text.find("   ncalls")
    print("```\n" + (text[start:] if start >= 0 else text).rstrip() + "\n```")


def _loadavg() -> str:
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "?"


def fmt(x: float) -> str:
    return f"{x:.2f}" if x < 100 else f"{x:.0f}"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("tasks", nargs="?", type=Path, default=DEFAULT_TASKS)
    ap.add_argument("--quick", action="store_true", help="small sizes, for a smoke test")
    ap.add_argument("--repeat", type=int, default=3, help="runs of cases 1 and 2, median shown (default 3)")
    ap.add_argument("--sumy-subset", type=int, help="sentences given to sumy's LexRank (default: 1000, fewer if too slow)")
    ap.add_argument("--help-runs", type=int, default=7, help="fresh processes timed for --help (default 7)")
    ap.add_argument("--profile", action="store_true", help="profile each case that misses its target")
    # internal: one measurement in this (fresh) process
    ap.add_argument("--case", help=argparse.SUPPRESS)
    ap.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--store", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--n", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--profile-out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.case:
        return run_case(args)
    if not args.tasks.is_file():
        print(f"error: {args.tasks} does not exist: pass the path of a tasks file (.jsonl or .jsonl.gz)", file=sys.stderr)
        return 1
    sizes = QUICK if args.quick else FULL
    repeat = max(args.repeat, 1)

    load_before = _loadavg()
    with tempfile.TemporaryDirectory(prefix="briefbot-speed-") as tmp:
        work = Path(tmp)
        t = time.perf_counter()
        tasks = list(read_tasks(args.tasks))
        if not tasks:
            print(f"error: {args.tasks} holds no task", file=sys.stderr)
            return 1
        prep = prepare(tasks, sizes, work)
        compile_bytecode()
        del tasks
        setup_total = time.perf_counter() - t

        scratch = repeated("scratch", work, repeat)
        small, big = sizes.stored
        inc = {n: repeated("incremental", work, repeat, store=prep.stores[n]) for n in sizes.stored}
        procs = {n: timed_commands(prep.daily, prep.stores[n], work, repeat) for n in sizes.stored}

        # sumy's LexRank is quadratic: a pilot run chooses a subset that fits the budget
        n_all = prep.sentences
        subset = min(args.sumy_subset or sizes.sumy_subset, n_all)
        pilot = None
        if not args.sumy_subset and sizes.sumy_pilot and n_all > sizes.sumy_pilot:
            pilot = child("sumy", work, "--n", str(sizes.sumy_pilot))
            fits = int(sizes.sumy_pilot * (SUMY_BUDGET / max(pilot["seconds"], 1e-6)) ** 0.5)
            subset = max(min(subset, fits), sizes.sumy_pilot)
        sumy = child("sumy", work, "--n", str(subset))
        lex_sub = repeated("lexrank", work, repeat, "--n", str(subset))
        lex_all = repeated("lexrank", work, repeat, "--n", "0")
        helps = help_timing(max(args.help_runs, 1))
        load_after = _loadavg()

        # -- the table
        checks: dict[str, bool] = {}
        print(f"Tasks: {args.tasks.name}{' (--quick)' if args.quick else ''}; {os.cpu_count()} CPUs; "
              f"Python {sys.version.split()[0]}; wall: median of {repeat} fresh processes (cases 1, 2); "
              f"1-minute load average {load_before} before, {load_after} after (other work on the machine slows every case)\n")
        print("| case | articles | sentences | wall s | peak RSS MB | target | met? |")
        print("|---|---|---|---|---|---|---|")
        checks["1"] = scratch["seconds"] <= 10 and scratch["peak_rss"] <= 500
        print(f"| 1. brief from scratch (store + compose) | {prep.scratch_articles} ({scratch['read']} read) "
              f"| {n_all} ({prep.material} brief material) | {fmt(scratch['seconds'])} | {scratch['peak_rss']:.0f} "
              f"| ≤ 10 s, ≤ 500 MB | {'yes' if checks['1'] else 'NO'} |")
        for n, label in ((small, "2a"), (big, "2b")):
            r = inc[n]
            met = r["seconds"] <= 3
            target = "≤ 3 s"
            if n == big:
                met = met and r["seconds"] <= 1.5 * inc[small]["seconds"]
                target += f", ≤ 1.5 × 2a ({1.5 * inc[small]['seconds']:.2f} s)"
            checks[label] = met
            print(f"| {label}. incremental: {r['new']} new, {n} stored | {r['new']} new + {r['old']} old "
                  f"| {r['sentences']} | {fmt(r['seconds'])} | {r['peak_rss']:.0f} | {target} | {'yes' if met else 'NO'} |")
        for n, label in ((small, "2c"), (big, "2d")):
            p = procs[n]["brief"]
            checks[label] = p["seconds"] <= PROCESS_TARGET
            print(f"| {label}. incremental as a whole process (`briefbot brief`, {prep.new} files), {n} stored "
                  f"| {prep.new} new | — | {fmt(p['seconds'])} | {p['peak_rss']:.0f} | ≤ {PROCESS_TARGET} s "
                  f"| {'yes' if checks[label] else 'NO'} |")
        for command in ("history", "show"):
            p = procs[big][command]
            checks[command] = p["seconds"] < READ_TARGET
            print(f"| 4. `briefbot {command}` as a whole process, {big} stored | — | — | {p['seconds']:.3f} "
                  f"| {p['peak_rss']:.0f} | < {READ_TARGET} s | {'yes' if checks[command] else 'NO'} |")
        if pilot:
            print(f"| 3. sumy LexRank (pure Python), pilot | — | {pilot['sentences']} | {fmt(pilot['seconds'])} "
                  f"| {pilot['peak_rss']:.0f} | — | — |")
        print(f"| 3. sumy LexRank (pure Python), first {subset} of case 1's sentences | — | {subset} | {fmt(sumy['seconds'])} "
              f"| {sumy['peak_rss']:.0f} | — | — |")
        print(f"| 3. briefbot lexrank_scores, same {subset} sentences | — | {subset} | {lex_sub['seconds']:.3f} "
              f"| {lex_sub['peak_rss']:.0f} | — | — |")
        print(f"| 3. briefbot lexrank_scores, all case 1 sentences | — | {n_all} | {lex_all['seconds']:.3f} "
              f"| {lex_all['peak_rss']:.0f} | — | — |")

        # -- ratios and notes
        sumy_per = sumy["seconds"] / subset
        brief_per = scratch["seconds"] / max(n_all, 1)
        ratio = sumy_per / brief_per
        checks["3"] = ratio >= RATIO_TARGET
        print()
        print(f"- Per sentence: sumy LexRank {sumy_per * 1e3:.2f} ms (on {subset} sentences; quadratic, so more on more), "
              f"briefbot's whole case-1 brief {brief_per * 1e3:.3f} ms (on all {n_all}): sumy/briefbot = {ratio:.0f}× "
              f"(target: far below, taken as ≥ {RATIO_TARGET:.0f}×: {'met' if checks['3'] else 'NOT met'}).")
        speedup = sumy["seconds"] / max(lex_sub["seconds"], 1e-9)
        print(f"- Like for like (same {subset} sentences, same maths): sumy {fmt(sumy['seconds'])} s, "
              f"briefbot lexrank_scores {lex_sub['seconds']:.3f} s: {speedup:.0f}× faster; "
              f"sumy on all {n_all} sentences would take about {sumy['seconds'] * (n_all / subset) ** 2:.0f} s "
              f"(quadratic extrapolation).")
        growth = inc[big]["seconds"] / max(inc[small]["seconds"], 1e-9)
        print(f"- Incremental, {big} vs {small} stored: {growth:.2f}× the time (target ≤ 1.5×).")
        for label, r in (("1", scratch), (f"2a ({small})", inc[small]), (f"2b ({big})", inc[big])):
            print(f"- Case {label}: store {r['store_s']:.2f} s + compose {r['compose_s']:.2f} s (CPU {r['cpu_s']:.2f} s); runs "
                  f"{', '.join(f'{s:.2f}' for s in r['all_seconds'])} s; RSS before the measured part "
                  f"{r['rss_before'] or 0:.0f} MB (imports before it, not timed: {r['imports_s']:.2f} s).")
        for n, label in ((small, "2c"), (big, "2d")):
            p = procs[n]["brief"]
            print(f"- Case {label} ({n} stored): `briefbot brief --config C --topic {prep.daily.topic} --db STORE --as-of "
                  f"{prep.new_day} -o /dev/null FOLDER` from start to exit, imports, reading and storing the files "
                  f"included (CPU {p['cpu_s']:.2f} s); runs {', '.join(f'{s:.2f}' for s in p['all_seconds'])} s.")
        print("- Case 4: " + "; ".join(f"`briefbot {c}` runs {', '.join(f'{s:.3f}' for s in procs[big][c]['all_seconds'])} s "
                                       f"(CPU {procs[big][c]['cpu_s']:.3f} s)" for c in ("history", "show")) + ".")
        print(f"- Case 1 is task {prep.scratch_task}, with the topic's default limits. "
              f"Case 2's history: {prep.pool} distinct articles of all tasks (the {prep.new} newest held out as new, "
              f"dated {prep.new_day}), spread over {max(sizes.span, 91)} days before the previous brief, re-used as "
              f"archive copies shifted back by multiples of that span.")
        print("- Setup (not measured): " + ", ".join(f"{k} {v:.1f} s" for k, v in prep.setup_s.items())
              + f"; {setup_total:.1f} s in all; briefbot's bytecode compiled first.")
        heavy = ", ".join(helps["heavy"]) or "none"
        checks["help"] = helps["module"] < 0.5 and (helps["script"] is None or helps["script"] < 0.5)
        script = f"{helps['script']:.3f} s" if helps["script"] is not None else "not installed"
        print(f"- `briefbot --help`: median {script} (console script {helps['script_path']}), "
              f"`python -m briefbot --help` {helps['module']:.3f} s, bare `python -c pass` {helps['python']:.3f} s "
              f"(median of {max(args.help_runs, 1)}; target well under 0.5 s: {'met' if checks['help'] else 'NOT met'}). "
              f"Heavy modules imported by `import briefbot.cli`: {heavy}.")

        if args.profile:
            profiled = [("1", "scratch", ())]
            profiled += [(label, "incremental", n) for label, n in (("2a", small), ("2b", big))]
            for label, case, n in profiled:
                if checks[label]:
                    continue
                out = work / f"profile-{label}.prof"
                extra: list[str] = []
                if case == "incremental":
                    copy = work / f"profile-{label}.db"
                    shutil.copyfile(prep.stores[n], copy)
                    extra = ["--store", str(copy)]
                child(case, work, *extra, profile_out=out)
                print(f"\nProfile of case {label} (cProfile, top cumulative):")
                print_profile(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
