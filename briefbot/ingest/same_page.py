"""One article per page (pure): the same URL given twice is one source.

A page also given as a feed's entry (its teaser), or named twice, is one article, and the longest
text is kept: the page over the teaser.  A page saved on several days (an agency's incident page
that keeps its address and is updated every day, saved to a folder once a day) is one article
too, read as its **newest version**: the text of the latest date the copies give, unless that text
is only a teaser of an earlier copy (its words all in it), and one note per page says which
version was read.  The key is the first copy's, so that the article keeps one identity from run to run
whatever the order of the sources: the store keeps what an earlier run read of it as the version
before, and the brief tells what the update added as new.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefbot.ingest import urls
from briefbot.models import Article

TEASER = 0.9  # share of a later copy's words found in an earlier, longer one: the same version's teaser
_WORD = re.compile(r"\w+")


def url_key(url: str) -> str:
    """A page's URL without its fragment and trailing slash."""
    return url.split("#", 1)[0].rstrip("/")


def merge_same_url(articles: Sequence[Article]) -> tuple[tuple[Article, ...], tuple[str, ...]]:
    """One article per URL (see the module), and a note for each older version left unread."""
    first: dict[str, int] = {}
    out: list[Article] = []
    older: dict[int, list[Article]] = {}  # per kept article: the dated copies of other days it won over
    for a in articles:
        k = url_key(a.url) if a.url else None
        if k is None or k not in first:
            if k is not None:
                first[k] = len(out)
            out.append(a)
            continue
        place = first[k]
        kept = out[place]
        if _newer_version(a, kept):
            out[place] = replace(a, key=kept.key)
            older.setdefault(place, []).append(kept)
        elif _newer_version(kept, a):
            older.setdefault(place, []).append(a)
        elif len(a.text) > len(kept.text):
            out[place] = replace(a, key=kept.key)
    notes = []
    for place, copies in sorted(older.items()):
        page = out[place]
        days = sorted({str(c.published) for c in copies})
        notes.append(f"{urls.public(url_key(page.url or ''))}: {len(copies) + 1} copies of the page, dated {', '.join(days)} and "
                     f"{page.published}: read as one article, its version of {page.published} ({urls.public(page.origin)})")
    return tuple(out), tuple(notes)


def _newer_version(a: Article, b: Article) -> bool:
    """Whether ``a`` is a later version of the page than ``b``: dated later, and not a teaser of it."""
    if a.published is None or b.published is None or a.published <= b.published:
        return False
    return not (len(a.text) < len(b.text) and _share_in(a.text, b.text) >= TEASER)


def _share_in(short: str, long: str) -> float:
    """The share of ``short``'s distinct words that ``long`` has."""
    words = {w.lower() for w in _WORD.findall(short)}
    if not words:
        return 1.0
    return len(words & {w.lower() for w in _WORD.findall(long)}) / len(words)
