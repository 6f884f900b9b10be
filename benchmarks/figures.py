"""Precision and recall of briefbot's figure reader on labelled number mentions.

Usage::

    python benchmarks/figures.py [--data PATH] [--errors]

``--data`` is a labelled set in the format of ``benchmarks/data/figures_labelled.txt`` (the
default: invented wire-style sentences, each number labelled as a tracked quantity, with measure,
subject, qualifier and unit, or as context).  Each sentence is read as briefbot reads it
(:func:`briefbot.brief.figures.mentions`, then :func:`~briefbot.brief.figures.quantity` with the
sentence's year and no focus); a tracked mention is matched to the label of the same value.

Prints Markdown tables:

- tracked quantities: precision and recall when the value and measure must match, and when the
  whole identity (measure, subject, qualifier, unit) must match; how many context numbers were
  kept out;
- number words: how many of the set's numbers written in words each reader gets right
  (``text2num``, which briefbot uses, and ``word2number`` when it is installed).

``--errors`` lists every false positive and miss.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from briefbot.brief.figures import mentions, quantity  # noqa: E402
from briefbot.brief.figures.numbers import numbers as read_numbers  # noqa: E402
from briefbot.brief.figures.numbers import tokens  # noqa: E402

DEFAULT_DATA = REPO / "benchmarks" / "data" / "figures_labelled.txt"


@dataclass(frozen=True)
class Label:
    written: str
    value: float
    identity: tuple[str, str, str, str] | None  # (measure, subject, qualifier, unit); None: context


@dataclass(frozen=True)
class Case:
    day: date
    sentence: str
    labels: tuple[Label, ...]


def load(path: Path) -> list[Case]:
    cases: list[Case] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not line.startswith("  "):
            day, sentence = line.split(" | ", 1)
            cases.append(Case(date.fromisoformat(day), sentence.strip(), ()))
            continue
        written, rest = line.strip().split(" = ", 1)
        value, label = rest.split(" : ", 1)
        identity = None
        if not label.startswith("-"):
            parts = [p.strip() for p in label.split("/")]
            identity = (parts[0], parts[1].lower(), parts[2], parts[3])
        last = cases[-1]
        cases[-1] = Case(last.day, last.sentence, (*last.labels, Label(written, float(value), identity)))
    return cases


def score(cases: list[Case], show_errors: bool) -> dict[str, float]:
    found = found_measure = found_identity = extracted = context_leaks = 0
    tracked = sum(1 for c in cases for lab in c.labels if lab.identity)
    context = sum(1 for c in cases for lab in c.labels if not lab.identity)
    read = sum(1 for c in cases for lab in c.labels if lab.identity and any(
        math.isclose(n.value, lab.value) for n in read_numbers(c.sentence, tokens(c.sentence))))
    errors: list[str] = []
    for case in cases:
        left = list(case.labels)
        hits: set[int] = set()
        for m in mentions(case.sentence):
            q = quantity(m, frozenset(), case.day.year)
            if q is None:
                continue
            extracted += 1
            ident = (q.measure, q.subject.lower(), q.qualifier, q.unit)
            match = next((lab for lab in left if math.isclose(lab.value, m.value) and lab.identity), None) or \
                next((lab for lab in left if math.isclose(lab.value, m.value)), None)  # (8.2 million read as 8199999.99...)
            if match is None or match.identity is None:
                context_leaks += match is not None
                errors.append(f"FP  {ident} from “{m.phrase}” [{'context' if match else 'no label'}]: {case.sentence}")
                continue
            left.remove(match)
            hits.add(id(match))
            found += 1
            if ident[0] == match.identity[0]:
                found_measure += 1
            if ident == match.identity:
                found_identity += 1
            else:
                errors.append(f"ID  {ident} != {match.identity} “{m.phrase}”: {case.sentence}")
        errors += [f"MISS {lab.written} {lab.identity}: {case.sentence}"
                   for lab in case.labels if lab.identity and id(lab) not in hits]
    if show_errors:
        print("\n".join(errors), file=sys.stderr)
    return {
        "tracked": tracked, "context": context, "extracted": extracted, "read": read / tracked,
        "precision_measure": found_measure / extracted if extracted else 0.0,
        "recall_measure": found_measure / tracked,
        "precision_identity": found_identity / extracted if extracted else 0.0,
        "recall_identity": found_identity / tracked,
        "context_kept_out": 1 - context_leaks / context,
    }


def _words(cases: list[Case]) -> list[tuple[str, float]]:
    """The set's numbers written only in words ("Thirty-three", "a million"), as a reader is given them."""
    out = []
    for case in cases:
        for lab in case.labels:
            if re.fullmatch(r"[A-Za-z][A-Za-z -]*", lab.written):
                out.append((re.sub(r"^a ", "one ", lab.written.lower()).replace("-", " "), lab.value))
    return out


def number_word_readers(cases: list[Case]) -> list[tuple[str, int, int]]:
    items = _words(cases)
    rows = []
    from text_to_num import text2num

    def t2n(text: str) -> float:
        return float(text2num(text, "en"))

    readers = [("text2num (used)", t2n)]
    try:
        from word2number import w2n

        readers.append(("word2number", lambda text: float(w2n.word_to_num(text))))
    except ImportError:
        pass
    for name, reader in readers:
        right = 0
        for text, value in items:
            with contextlib.suppress(ValueError, IndexError):  # a reader that cannot read it is wrong
                right += reader(text) == value
        rows.append((name, right, len(items)))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--errors", action="store_true", help="list false positives and misses on stderr")
    args = ap.parse_args()
    if not args.data.is_file():
        sys.exit(f"error: labelled set {args.data} does not exist; give one with --data PATH")
    cases = load(args.data)
    s = score(cases, args.errors)
    print(f"{len(cases)} sentences, {s['tracked'] + s['context']} labelled numbers: "
          f"{s['tracked']} tracked quantities, {s['context']} context; {s['extracted']} tracked by briefbot\n")
    print("| match | precision | recall |")
    print("|---|---|---|")
    print(f"| value and measure | {s['precision_measure']:.3f} | {s['recall_measure']:.3f} |")
    print(f"| value, measure, subject, qualifier, unit | {s['precision_identity']:.3f} | {s['recall_identity']:.3f} |")
    print(f"\nContext numbers kept out of the tracked quantities: {s['context_kept_out']:.3f}; "
          f"tracked values the number reader finds: {s['read']:.3f}\n")
    print("| number-word reader | right | of |")
    print("|---|---|---|")
    for name, right, total in number_word_readers(cases):
        print(f"| {name} | {right} | {total} |")


if __name__ == "__main__":
    main()
