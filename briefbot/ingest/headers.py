"""A text file's header (pure): the lines before its story that say when it was published, what it is called and
where it came from.

* ``---`` front matter (``title:``, ``date:``, ``url:``), or ``Title:``, ``Date:``, ``URL:`` lines in any order at the
  top, a title or an address among them: :func:`read_header`.
* A leading `` date YYYY-MM-DD`` header, or a ``Date:`` line in the forms people write (``13 November 2023``, RFC
  2822, ISO).
* A file saved as people write a story often puts its ``Date:`` line under its headline ("Harbour fire spreads" /
  "Date: 2 March 2026" / the story), perhaps under a kicker, a standfirst or a byline too: :func:`date_under_headline`
  reads one there when every line above it reads as a heading (at most :data:`HEAD_WORDS` words, no sentence's closing
  full stop; or a standfirst in italics, "*For 58 years ...*"), its value is a date and nothing else, and no event's
  field follows it ("Venue: ..."): a story's own "Date: 12 May, Venue: ..." under its lead stays the story's.

A date header that names no real day (``date 2023-13-45``, ``Date: 2023-02-30``), or two (``Date: 11/05/2025``), is
taken out of the text too, and ``problems`` gets a line naming it; the article stays undated.  A ``Date:`` line without
a digit ("Date: to be confirmed") is the story's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from briefbot.text.stated import is_stamp
from briefbot.text.written import parse_date, undated_warning

__all__ = ["DATE_HEADER", "HEAD_LINES", "HEAD_WORDS", "Header", "date_under_headline", "read_header"]

DATE_HEADER = re.compile(r"^\s*date\s*:?\s*(\d{4}-\d{2}-\d{2})\b[ \t]*", re.I)
_DATE_LINE = re.compile(r"^\s*date\s*:[ \t]*(\S[^\n]*?)[ \t]*(?:\n|$)", re.I)
HEAD_LINES = 4  # a "Date:" line may sit under this many heading lines (a kicker, the headline, a standfirst, a byline)
HEAD_WORDS = 25  # a heading line has at most this many words
_TOP = 40  # lines of a text's top read for them (blank ones too)
_STANDFIRST = re.compile(r"([*_])[^*_\n]{10,400}\1")  # a Markdown standfirst in italics: "*For 58 years the works paid ...*"
# the line: "Date: ...", Markdown's "**Date:** 6 May 2026", or "date 2026-05-06"
_UNDER_DATE = re.compile(r"^\s*(?:(?:\*\*|__)?date\s*:(?:\*\*|__)?[ \t]*(\S.*?)|date\s+(\d{4}-\d{2}-\d{2}))[ \t]*$", re.I)
# a date and nothing else: a stamp's (text/stated.is_stamp: "2026-03-02", "02/03/2026", "2 March 2026", "March 2, 2026 at
# 9:15 a.m.") or RFC 2822's ("Mon, 02 Mar 2026 09:15:00 +0000")
_RFC_2822 = re.compile(r"^(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}"
                       r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{4}|[A-Z]{1,5}))?)?$")
_EVENT_FIELD = re.compile(r"^\s*(?:\*\*|__)?(?:venue|time|times|location|where|when|place|tickets|address|admission)\s*:", re.I)
_FRONT_MATTER = re.compile(r"^---\n(.*?)\n---\n", re.S)
# ... or as leading lines in any order, a title or an address among them (a lone "Date:" line has its rule in read_header)
_HEADER_FIELD = r"(?:title|date|url|link)[ \t]*:[^\n]*\n"
_HEADER_LINES = re.compile(rf"^((?:{_HEADER_FIELD})*(?:title|url|link)[ \t]*:[^\n]*\n(?:{_HEADER_FIELD})*)", re.I)
_FM_LINE = re.compile(r"^(\w+)\s*:\s*(.*?)\s*$")


@dataclass(frozen=True)
class Header:
    """What a file's header says, and its text after the header."""

    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None


def read_header(text: str, problems: list[str], url: str | None = None) -> Header:
    """Front matter or leading ``Title:``/``Date:``/``URL:`` lines, then a date header or a ``Date:`` line (see the
    module's note); ``url`` is the address known otherwise, which the header's replaces."""
    published: date | None = None
    title: str | None = None
    fm = _FRONT_MATTER.match(text + "\n") or _HEADER_LINES.match(text + "\n")  # "Title: ...", "Date: ..." lines
    if fm:
        for line in fm.group(1).splitlines():
            m = _FM_LINE.match(line)
            if not m:
                continue
            name, value = m.group(1).lower(), m.group(2).strip("'\"")
            if name == "date":
                published = parse_date(value) or _no_day(value, problems) or published
            elif name == "title" and value:
                title = value
            elif name in {"url", "link"} and value:
                url = value
        text = text[fm.end():].lstrip("\n")
    m = DATE_HEADER.match(text)
    if m:
        published = _iso_date(m.group(1)) or _no_day(m.group(1), problems) or published
        text = text[m.end():].lstrip()
    else:
        m = _DATE_LINE.match(text)
        day = parse_date(m.group(1)) if m else None
        if m and (day or re.search(r"\d", m.group(1))):  # "Date: 31 February 2023" is a header, "Date: to be confirmed" text
            published = day or _no_day(m.group(1), problems)
            text = text[m.end():].lstrip()
    return Header(text, published, title, url)


def date_under_headline(text: str, problems: list[str]) -> tuple[bool, date | None, str]:
    """Whether a ``Date:`` line stands under ``text``'s heading lines (see the module's note), the day it names (None when
    it names no real day, or two: ``problems`` is told), and the text without it."""
    lines = text.strip().split("\n", _TOP)  # (its top only: the last piece is the rest of the text, unsplit)
    filled = [k for k, line in enumerate(lines) if line.strip()]
    for n, k in enumerate(filled[1:HEAD_LINES + 1], start=1):
        above = lines[filled[n - 1]].strip()
        if (len(above.split()) > HEAD_WORDS or above.endswith(".")) and not _STANDFIRST.fullmatch(above):
            break  # (a sentence of the story above it: its "Date:" line is the story's; not a standfirst set apart in italics)
        m = _UNDER_DATE.match(lines[k])
        if m is None:
            continue
        value = m.group(1) or m.group(2)
        after = next((line for line in lines[k + 1:] if line.strip()), "")
        if not (_RFC_2822.match(value) or is_stamp(value)) or _EVENT_FIELD.match(after):
            return False, None, text
        return True, parse_date(value) or _no_day(value, problems), "\n".join(lines[:k] + lines[k + 1:])
    return False, None, text


def _no_day(value: str, problems: list[str]) -> date | None:
    """Note a date header that names no real day, or two ("11/05/2025"); None: the article stays undated."""
    warning = undated_warning(value)
    if warning is not None:
        problems.append(warning)
    return None


def _iso_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
