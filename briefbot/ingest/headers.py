"""A text file's header (pure): the lines before its story that say when it was published, what it is called and
where it came from.

* ``---`` front matter (``title:``, ``date:``, ``url:``), or ``Title:``, ``Date:``, ``URL:`` lines in any order at the
  top, a title or an address among them: :func:`read_header`.
* A leading `` date YYYY-MM-DD`` header, or a ``Date:`` line in the forms people write (``13 November 2023``, RFC
  2822, ISO): :func:`date_line`.  A file read as written often puts it under its headline ("Harbour fire spreads" /
  "Date: 2 March 2026" / the story): :mod:`briefbot.ingest.files` asks again there once the headline is its title.

A date header that names no real day (``date 2023-13-45``, ``Date: 2023-02-30``), or two (``Date: 11/05/2025``), is
taken out of the text too, and ``problems`` gets a line naming it; the article stays undated.  A ``Date:`` line without
a digit ("Date: to be confirmed") is the story's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from briefbot.text.written import parse_date, undated_warning

__all__ = ["DATE_HEADER", "Header", "date_line", "read_header"]

DATE_HEADER = re.compile(r"^\s*date\s*:?\s*(\d{4}-\d{2}-\d{2})\b[ \t]*", re.I)
_DATE_LINE = re.compile(r"^\s*date\s*:[ \t]*(\S[^\n]*?)[ \t]*(?:\n|$)", re.I)
_FRONT_MATTER = re.compile(r"^---\n(.*?)\n---\n", re.S)
# ... or as leading lines in any order, a title or an address among them (a lone "Date:" line is date_line's)
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
    found, day, text = date_line(text, problems)
    return Header(text, day or published if found else published, title, url)


def date_line(text: str, problems: list[str]) -> tuple[bool, date | None, str]:
    """Whether ``text`` opens on a date header or a ``Date:`` line, the day it names (None when it names no real day, or
    two: ``problems`` is told), and the text after it."""
    m = DATE_HEADER.match(text)
    if m:
        return True, _iso_date(m.group(1)) or _no_day(m.group(1), problems), text[m.end():].lstrip()
    m = _DATE_LINE.match(text)
    if m is None or not re.search(r"\d", m.group(1)):  # "Date: 31 February 2023" is a header, "Date: to be confirmed" text
        return False, None, text
    return True, parse_date(m.group(1)) or _no_day(m.group(1), problems), text[m.end():].lstrip()


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
