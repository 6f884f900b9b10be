"""Event dating: briefbot's rules against dateparser's ``search_dates`` on invented sentences.

    python benchmarks/event_dates.py [FILE]      (default: tests/data/event_dates.tsv)

FILE has one sentence a line: the article's date, the event's date (``YYYY-MM-DD`` with an
optional precision: week, month, year) and the sentence, tab-separated.  A dating counts as right
when it falls in the expected day, week, month or year; for briefbot, its precision must match too.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefbot.text.dates import EventDate, Precision, event_date  # noqa: E402

DEFAULT = ROOT / "tests" / "data" / "event_dates.tsv"


def read_cases(path: Path) -> list[tuple[date, date, Precision, str]]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        published, expected, sentence = line.split("\t")
        day, _, precision = expected.partition(" ")
        cases.append((date.fromisoformat(published), date.fromisoformat(day), Precision(precision or "day"), sentence))
    return cases


def period_end(day: date, precision: Precision) -> date:
    if precision is Precision.WEEK:
        return day + timedelta(days=6)
    if precision is Precision.MONTH:
        nxt = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return nxt - timedelta(days=1)
    if precision is Precision.YEAR:
        return date(day.year, 12, 31)
    return day


def in_period(found: date, day: date, precision: Precision) -> bool:
    return day <= found <= period_end(day, precision)


def rules(sentence: str, published: date) -> tuple[date, Precision | None]:
    e: EventDate = event_date(sentence, published)
    return e.day, e.precision


def dateparser_search(sentence: str, published: date) -> tuple[date, Precision | None]:
    from dateparser.search import search_dates

    base = datetime(published.year, published.month, published.day, 12)
    found = search_dates(sentence, languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past",
                                                               "RETURN_AS_TIMEZONE_AWARE": False})
    return (found[0][1].date() if found else published), None


def score(method: Callable[[str, date], tuple[date, Precision | None]], cases) -> tuple[float, float, list[str]]:
    right, wrong = 0, []
    start = time.perf_counter()
    for published, day, precision, sentence in cases:
        found, found_precision = method(sentence, published)
        ok = in_period(found, day, precision) and found_precision in (None, precision)
        right += ok
        if not ok:
            wrong.append(f"  {published} {sentence!r}: {found} {found_precision or ''} (expected {day} {precision})")
    elapsed = time.perf_counter() - start
    return right / len(cases), elapsed / len(cases) * 1000, wrong


def main(argv: list[str]) -> None:
    path = Path(argv[0]) if argv else DEFAULT
    cases = read_cases(path)
    print(f"{len(cases)} sentences from {path.name}\n")
    print("| dating | right | ms per sentence |")
    print("|---|---|---|")
    misses = {}
    methods = [("briefbot rules (briefbot.text.dates)", rules)]
    try:
        import dateparser  # noqa: F401  (compared only when installed: it is no dependency of briefbot)

        methods.append(("dateparser search_dates", dateparser_search))
    except ImportError:
        print("(dateparser is not installed: its row is left out)\n")
    for name, method in methods:
        accuracy, ms, wrong = score(method, cases)
        misses[name] = wrong
        print(f"| {name} | {accuracy:.1%} | {ms:.2f} |")
    for name, wrong in misses.items():
        if wrong:
            print(f"\n{name}, wrong:")
            print("\n".join(wrong))


if __name__ == "__main__":
    main(sys.argv[1:])
