"""One row for one count (pure): figures that give the same value of the same measure under labels that name the
same thing once.

Articles label one count in their own words: "Eleven people died" and "killing 11 workers" are the same eleven
deaths, "120 security personnel were killed" and "120 members of the security forces were killed" the same 120.
Each wording is a quantity of its own (:mod:`.identity`), so a brief listed "Deaths: 11" beside "Deaths (workers):
11", and the same 120 deaths under three labels: a reader counts twice, or wonders what differs.  A figure repeats
one shown before it when its measure, unit and value (a range's too) are the same and neither its subject nor its
qualifier names something else: one of the two has none, or one's words are all in the other's ("security personnel"
and "security personnel, Jisr al-Shughour").  "Banks (Korean): 7" beside "Banks (biggest, Canada): 7", "Deaths
(confirmed): 11" beside "Deaths (suspected): 11", "Banks (biggest, US)" beside "Banks (biggest, Canada)" stay: other
things counted that happen to agree.  Words that differ may still name one thing ("security forces"), but may as well
not: such rows stay apart.  And a small count agrees by chance more often than a large one: two rows of fewer than
:data:`BY_CHANCE` stay two ("Two people were killed" by a car bomb and "Two soldiers were killed in a separate attack"
the same day, "Two firefighters were killed" the next: four dead, not two; the review's cases), nor are rows whose
sentence tells its count apart from another ("Police arrested 12 minors in a separate raid").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefbot.models import Figure

__all__ = ["BY_CHANCE", "once"]

_APART = re.compile(r"(?i:\bseparate\b|\b(?:another|second|further|other)\s+(?:attack|incident|raid|blast|explosion|crash|clash"
                    r"|shooting|bombing|strike|fire|event)s?\b)")  # a count told as another event's ("in a separate raid")
BY_CHANCE = 10  # counts below this that agree may be other counts that happen to agree: never one row


def once(figures: Sequence[Figure]) -> tuple[Figure, ...]:
    """``figures`` without those that repeat a figure before them (see the module); the row kept takes the place of the
    first, and is the one that tells a move ("up from ...") if only a later one does."""
    kept: list[Figure] = []
    for f in figures:
        same = next((n for n, g in enumerate(kept) if _repeats(f, g)), None)
        if same is None:
            kept.append(f)
        elif f.previous is not None and kept[same].previous is None:
            kept[same] = f
    return tuple(kept)


def _repeats(f: Figure, g: Figure) -> bool:
    return (bool(f.measure) and (f.measure, f.unit, f.value, f.high) == (g.measure, g.unit, g.value, g.high)
            and f.value >= BY_CHANCE and not (_APART.search(f.sentence) or _APART.search(g.sentence)) and _compatible(f.subject, g.subject)
            and _compatible(f.qualifier, g.qualifier))


def _compatible(a: str, b: str) -> bool:
    """Whether two labels' parts name one thing: either is empty, or one's words are all in the other's."""
    mine, theirs = _words(a), _words(b)
    return mine <= theirs or theirs <= mine


def _words(part: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]+", part)}
