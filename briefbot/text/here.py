"""Where "here" is (pure): a wire story's "said here Friday" means its dateline's place, which cleaning took off the copy.

``here_notes(sentence, place)`` gives where to show, beside the sentence's own words, the place a "here" of it means when
its article's dateline named one ("BEIJING, October 16 (Xinhua) -- ... met here today": "here [Beijing]"): out of the
article, the dateline gone, "here" says nowhere.  Only the story's own "here" is read: not one inside a quotation (the
speaker's, wherever they stood), nor "here is", "here's", "here and there", "from here on" or "here to stay", nor one
whose sentence names the place already.
"""

from __future__ import annotations

import re

__all__ = ["here_notes", "place_name"]

_HERE = re.compile(r"\bhere\b(?!\s*(?:['’]s\b|is\b|are\b|and there\b|to stay\b))")
_SMALL = frozenset({"es", "de", "del", "della", "la", "le", "les", "al", "el", "du", "da", "di", "of", "on", "upon", "sur",
                    "am", "an", "der", "den", "van", "von", "y"})


def place_name(place: str) -> str:
    """A dateline's place as a reader writes it: its words in capitals in capitals and small letters ("ULAN BATOR" ->
    "Ulan Bator", "DAR ES SALAAM, Tanzania" -> "Dar es Salaam, Tanzania"); abbreviations ("R.I.") and words in small
    letters as the dateline writes them."""
    words = place.split(" ")
    out = []
    for k, word in enumerate(words):
        if word.isupper() and "." not in word and len(word.strip(",")) > 1:
            lower = word.lower()
            word = lower if k and lower.strip(",") in _SMALL else "-".join(part.capitalize() for part in lower.split("-"))
        out.append(word)
    return " ".join(out)


def here_notes(sentence: str, place: str | None) -> list[tuple[int, str]]:
    """(offset after "here", the place's name) for each "here" of ``sentence`` that means its article's dateline place
    (see the module's note); none when the article's dateline named no place."""
    if not place or not place.strip():
        return []
    name = place_name(place.strip())
    town = name.split(",")[0].strip()
    if town and town.lower() in sentence.lower():
        return []
    return [(m.end(), name) for m in _HERE.finditer(sentence) if not _quoted(sentence, m.start())
            and not re.search(r"(?i)\bfrom\s+$", sentence[max(0, m.start() - 6):m.start()])]


def _quoted(sentence: str, at: int) -> bool:
    before = sentence[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
