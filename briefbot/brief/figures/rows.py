"""A box's rows (pure): the place a fact box's row names before its counts.

Wire copy lists counts by place in a box whose rows run on without full stops once the page is read as text: "US: one death,
at least 109 confirmed cases New Zealand: 4 confirmed, 12 probable cases Israel: 2 confirmed cases".  A count of such a row is
its place's ("Cases (New Zealand, probable): 12"), not the story's: :func:`row_name` finds the name.  A row's name opens the
sentence or follows the end of the row before it (a word in small letters or a number); a list of names ("Israel, Costa
Rica: 2 cases each"), a day ("on Thursday: ..."), a speaker's name in capitals ("YOUSSEF: ...") or a measure ("Deaths: 12")
names no place, and neither does a name after "the" or "by" ("as compiled by the CNN Wire: ..."), nor one name before a
colon alone ("Reuters: 40 people were killed"): a box has two rows at least.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefbot.brief.figures import lexicon as L

__all__ = ["row_name"]

_ROW = re.compile(r"(?:^|(?<=[\w)] ))((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*):\s+")
_BETWEEN = re.compile(r"[.;:!?\"“”]")  # what ends a row's counts before the number
_NOT_BEFORE = frozenset({"the", "by", "to", "of", "from", "with", "and", "or", "on", "at", "in", "for", "said", "says", "told"})
_NO_PLACE = frozenset({"government", "opposition", "ministry", "police", "army", "military", "rebels", "officials", "agency",
                       "cross", "crescent", "hospital", "gmt", "utc", "bst", "est", "edt", "local", "time",  # (who tells, when)
                       "total", "update", "updated", "note", "source", "sources", "toll", "figures", "latest", "breaking",
                       "factbox", "timeline", "facts", "key", "background", "editor", "correction", "summary"})
_MOST = 60  # characters of a row's counts before the number, at most


def row_name(sentence: str, start: int) -> str:
    """The place named by the box row the number at ``start`` is in ("New Zealand" of "New Zealand: 4 confirmed, 12 probable
    cases"), or "" when the number is in no such row.  A box has two rows at least: one name before a colon is a speaker's,
    an agency's, a time's or a question's ("Reuters: 40 people ...", "1030 GMT: Police say ...", "A: At least 40 ...")."""
    rows = _rows(sentence)
    found = next(((end, name) for end, name in reversed(rows) if end <= start), None)  # (the last row's name before it)
    if len(rows) < 2 or found is None or start - found[0] > _MOST or _BETWEEN.search(sentence, found[0], start):
        return ""
    return found[1]


@lru_cache(maxsize=4096)
def _rows(sentence: str) -> tuple[tuple[int, str], ...]:
    """Where each of ``sentence``'s box rows' names ends and the name (read once a sentence: each of its numbers asks)."""
    return tuple((found.end(), found.group(1)) for found in _ROW.finditer(sentence) if _a_row(sentence, found))


def _a_row(sentence: str, found: re.Match[str]) -> bool:
    """Whether ``found`` names a box's row: no name's last word, a list's, a name after "the" (``_NOT_BEFORE``) or a number
    ("0900 GMT"), a speaker's name in capitals, a teller's ("Government: 12 dead Opposition: 90 dead"), a heading, a measure
    or a day."""
    name, before = found.group(1), sentence[:found.start()].rsplit(None, 1)[-1:]  # (the word before it)
    if before and (before[-1][:1].isupper() or before[-1][:1].isdigit() or before[-1].endswith(",")
                   or before[-1].lower() in _NOT_BEFORE):
        return False
    words = [w.lower().rstrip(".") for w in name.split()]
    return not ((name.isupper() and len(name) > 3) or any(
        w in _NO_PLACE or w in L.MEASURE_OF_HEAD or w in L.EVENT_NOUNS or w in L.EVENT_WORDS or w in L.MONTHS or w in L.WEEKDAYS
        for w in words))
