"""Compare briefbot's sentence segmenter with the other splitters installed.

Usage::

    python benchmarks/segmentation.py [--rules PATH] [--news PATH]

``--rules`` is the English "Golden Rules" file (a JSON list of ``{"id", "text", "expected"}``);
``--news`` is a gzip JSON-lines file of tasks whose ``rounds[].articles[].text`` fields are the
news text throughput is measured on.  Relative defaults are resolved against the repository
root, so the script works from any directory.  Prints a Markdown table (splitter, Golden Rules
passed, throughput in MB/s, 1 MB = 10^6 UTF-8 bytes) and the Golden Rules briefbot fails.

Outputs of the other splitters are compared after stripping each sentence and dropping empty
ones (pysbd, for one, keeps trailing spaces).  Slow splitters are timed on a stated prefix of
the news articles.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefbot.text.segment import sentences as briefbot_sentences  # noqa: E402

DEFAULT_RULES = "../shared/eval/golden-rules-en.json"
DEFAULT_NEWS = "../shared/eval/t17-dev.jsonl.gz"

Splitter = Callable[[str], list[str]]


def _pysbd() -> Splitter:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    return segmenter.segment


def _sentencex() -> Splitter:
    from sentencex import segment

    return lambda text: list(segment("en", text))


def _punkt() -> Splitter:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    return PunktSentenceTokenizer().tokenize  # untrained: no downloaded data needed


# (name, factory, news limit in bytes or None for all of it)
OTHERS: list[tuple[str, Callable[[], Splitter], int | None]] = [
    ("pysbd", _pysbd, 1_000_000),
    ("sentencex", _sentencex, None),
    ("nltk Punkt (untrained)", _punkt, None),
]


def resolve(path: str) -> Path:
    p = Path(path).expanduser()
    return p if p.is_absolute() else (REPO / p).resolve()


def load_rules(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return json.load(f)


def load_news(path: Path) -> list[str]:
    texts: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                task = json.loads(line)
                for round_ in task.get("rounds", []):
                    texts.extend(a["text"] for a in round_.get("articles", []) if a.get("text"))
    return texts


def prefix(texts: list[str], limit: int | None) -> Iterator[str]:
    """Whole articles from the start until at least `limit` bytes (all if None)."""
    total = 0
    for text in texts:
        if limit is not None and total >= limit:
            return
        total += len(text.encode("utf-8"))
        yield text


def normalise(found: list[str]) -> list[str]:
    return [s.strip() for s in found if s.strip()]


def passes(split: Splitter, rule: dict) -> bool:
    try:
        return normalise(split(rule["text"])) == rule["expected"]
    except Exception:  # a crash counts as a failure
        return False


def throughput(split: Splitter, texts: list[str]) -> float:
    size = sum(len(t.encode("utf-8")) for t in texts)
    start = time.perf_counter()
    for text in texts:
        split(text)
    elapsed = time.perf_counter() - start
    return size / 1e6 / elapsed if elapsed > 0 else float("inf")


def describe(texts: list[str]) -> str:
    size = sum(len(t.encode("utf-8")) for t in texts)
    return f"{size / 1e6:.1f} MB, {len(texts)} articles"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules", default=DEFAULT_RULES, help="Golden Rules JSON file")
    parser.add_argument("--news", default=DEFAULT_NEWS, help="gzip JSON lines of news tasks")
    args = parser.parse_args(argv)
    rules_path, news_path = resolve(args.rules), resolve(args.news)
    for label, path in (("rules", rules_path), ("news", news_path)):
        if not path.is_file():
            print(f"error: {label} file not found: {path}", file=sys.stderr)
            return 1
    try:
        rules = load_rules(rules_path)
        news = load_news(news_path)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"error: cannot read the evaluation data: {exc}", file=sys.stderr)
        return 1

    splitters: list[tuple[str, Splitter, int | None]] = [("briefbot", briefbot_sentences, None)]
    notes: list[str] = []
    for name, factory, limit in OTHERS:
        try:
            splitters.append((name, factory(), limit))
        except Exception as exc:  # ImportError, missing data, ...
            notes.append(f"- {name}: skipped ({type(exc).__name__}: {exc})")

    print(f"News text: {describe(news)}.\n")
    print(f"| splitter | Golden Rules passed (of {len(rules)}) | throughput MB/s |")
    print("|---|---|---|")
    for name, split, limit in splitters:
        passed = sum(passes(split, rule) for rule in rules)
        sample = list(prefix(news, limit))
        speed = throughput(split, sample)
        where = "" if limit is None else f" (first {describe(sample)})"
        print(f"| {name} | {passed} | {speed:.2f}{where} |")
    if notes:
        print()
        print("\n".join(notes))

    failed = [rule for rule in rules if not passes(briefbot_sentences, rule)]
    print(f"\nGolden Rules briefbot fails: {len(failed)}")
    for rule in failed:
        print(f"- {rule['id']}: {rule['text']!r}")
        print(f"  got {briefbot_sentences(rule['text'])!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
