"""Other places listed (pure): two sentences that list the places an act reached, with no place in common, tell of other
places, however alike their words.

A civil-protection bulletin lists the villages each evacuation reached: "the settlements of Sarakini, Lakkomata and
Neraida were evacuated" on Wednesday, "the settlements of Rodia, Pefkias, Lefkonas and Stavros were evacuated" the night
before.  The words are all but the same, the places all other: the second is no report of the first, and "also
reported by" had counted it.  Only a list (two places or more on one side) says so: "in Libya" and "in Benghazi" may
well tell one event at two scales; and only lists in the same slot, after the same word and preposition ("settlements
of"): "Firefighters from Italy and Spain battled the blaze near Sarakini" tells who came, not where, and is still a report
of "Crews battled the blaze near Sarakini".  :func:`briefbot.brief.candidates.told_otherwise` reads it beside numbered
places ("Zone 4" and "Zones 1, 2, 3 and 5").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

__all__ = ["other_places"]

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|del|la|le|al|el|on|upon|of))*"
# a list of names after a preposition: "of Sarakini, Lakkomata and Neraida", "in Ano Vrysi, Kato Vrysi and Platanorema"
_LISTED = re.compile(rf"(\w+)\s+(of|in|at|near|from|to|for)\s+({_NAME}(?:\s*,\s*{_NAME})*(?:,?\s+(?:and|or)\s+{_NAME})?)")
_SPLIT = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*")


def other_places(a: str, b: str) -> bool:
    """Whether two sentences list places in the same slot (after the same word and preposition: "settlements of"), one of
    them two or more, with none in common (see the module; "Officials from Kestria and Velano met in Geneva" and
    "Officials met in Geneva" name Geneva in the same slot)."""
    mine, theirs = _places(a), _places(b)
    return any(max(len(mine[k]), len(theirs[k])) >= 2 and not mine[k] & theirs[k] for k in mine.keys() & theirs.keys())


@lru_cache(maxsize=8192)
def _places(text: str) -> Mapping[str, frozenset[str]]:  # (cached: read-only to its callers)
    """The names each list of names ``text`` gives after a preposition, by its slot, the word before the preposition and
    the preposition ("settlements of"; one name is a list of one; names apart by commas only, with no "and" or "or", are a
    name and its apposition, no list)."""
    return {f"{m.group(1).lower()} {m.group(2).lower()}": frozenset(n.lower() for n in _SPLIT.split(m.group(3)) if n)
            for m in _LISTED.finditer(text) if re.search(r"\s(?:and|or)\s", m.group(3)) or "," not in m.group(3)}
