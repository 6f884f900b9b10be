"""Dates people write (pure): a ``Date:`` value read, and the day each relative date of a sentence means shown.

``parse_date(value)`` reads a ``Date:`` value as people write it (``13 November 2023``, RFC 2822,
ISO) with dateutil; ``annotate(sentence, published)`` shows the day each relative date means
after its words and outside any quotation ("on Monday [28 Mar]"), the sentence's words unchanged.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as date_parser

from briefbot.text.dates import Mention, Precision, relative

_DAY_FIRST = re.compile(r"^\s*\d{1,2}[ ./-]+[A-Za-z]")
_HAS_YEAR = re.compile(r"\b(?:1[89]|2\d)\d\d\b")


def parse_date(value: str) -> date | None:
    """The date of a ``Date:`` value as people write it, or ``None`` (no year, or unreadable)."""
    value = value.strip()
    if not value or not _HAS_YEAR.search(value):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        parsed = date_parser.parse(value, dayfirst=bool(_DAY_FIRST.match(value)), fuzzy=True, ignoretz=True,
                                   default=datetime(1900, 1, 1))
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed.year != 1900 else None


def label(mention: Mention, as_of: date | None = None) -> str:
    """How a brief shows a resolved date: "28 Mar" ("28 Mar 2010" outside ``as_of``'s year, "week of
    21 Mar" for a week)."""
    text = f"{mention.day.day} {mention.day.strftime('%b')}"
    if as_of is not None and mention.day.year != as_of.year:
        text += f" {mention.day.year}"
    return f"week of {text}" if mention.precision is Precision.WEEK else text


def date_notes(sentence: str, published: date | None, as_of: date | None = None) -> list[tuple[int, str]]:
    """Where to show the day each relative date of ``sentence`` means, and how: (offset, "28 Mar"),
    the offset after its words (and a possessive's "'s"), or after the closing quotation mark when the
    words are quoted."""
    out: list[tuple[int, str]] = []
    last = 0
    for m in relative(sentence, published):
        end = max(m.end, last)
        if _inside_quote(sentence, m.start):
            end = _quote_end(sentence, m.end) or end
        elif sentence.startswith(("'s", "’s"), end):
            end += 2  # after a possessive's ending, not inside the word: "yesterday's [30 May] programme"
        out.append((end, label(m, as_of)))
        last = end
    return out


def annotate(sentence: str, published: date | None, as_of: date | None = None) -> str:
    """``sentence`` with the day each relative date means in brackets after its words ("on Monday
    [28 Mar]"), outside any quotation, so the source's words stay exactly as they were."""
    out, last = [], 0
    for at, shown in date_notes(sentence, published, as_of):
        out += [sentence[last:at], f" [{shown}]"]
        last = at
    out.append(sentence[last:])
    return "".join(out)


def _inside_quote(sentence: str, at: int) -> bool:
    before = sentence[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _quote_end(sentence: str, start: int) -> int | None:
    positions = [p for p in (sentence.find("”", start), sentence.find('"', start)) if p >= 0]
    if not positions:
        return None
    end = min(positions) + 1
    while end < len(sentence) and sentence[end] in ".,;:!?":
        end += 1
    return end
