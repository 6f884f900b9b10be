"""Where "here" is (pure): a wire story's "said here Friday" means its dateline's place, which cleaning took off the copy.

``here_notes(sentence, place)`` gives where to show, beside the sentence's own words, the place a "here" of it means when
its article's dateline named one place ("BEIJING, October 16 (Xinhua) -- ... met here today": "here [Beijing]"): out of
the article, the dateline gone, "here" says nowhere.  Only the story's own "here" is read: none inside a quotation (a
speaker's "here" is where they stood), and none in a sentence whose quotation opened in the sentence before or that
quotes in single marks (whose "here" it is cannot be told); one outside a quotation of double marks opened and closed
in the sentence is the story's ("the “Star Wars” Celebration here", 'said here Monday that it was "free"'); nor
"here is", "here's", "here and there", "neither here nor there", "from here", "here to stay", "here-and-now", the text's
own "cited here", "click here"; none when the sentence names the place already, or the dateline names two
("NAWFALIYAH/MISRATA": which is here?).
"""

from __future__ import annotations

import re

from briefbot.text.transcripts import name_cased

__all__ = ["here_notes", "place_name"]

_HERE = re.compile(r"(?<![\w-])here\b(?![-‐]|\s*(?:['’]s\b|is\b|are\b|and there\b|to stay\b|nor\b))")
# the text's own "here" or an idiom's, not the dateline's place
_NOT_PLACE = re.compile(r"(?i:\b(?:from|cited|noted|mentioned|described|shown|listed|quoted|given|presented|reported|"
                        r"printed|published|click|tap|neither|above|below)\s+)$")
_QUOTATION = re.compile(r"[“”\"‘«»]|(?<![\w])'|'(?![\w])|’(?![a-z])")  # any quotation's mark (not an apostrophe)
_SMALL = frozenset({"es", "de", "del", "della", "la", "le", "les", "al", "el", "du", "da", "di", "of", "on", "upon", "sur",
                    "am", "an", "der", "den", "van", "von", "y", "au", "aux", "en"})


def place_name(place: str) -> str:
    """A dateline's place as a reader writes it: its words in capitals as a name is written
    (:func:`~briefbot.text.transcripts.name_cased`: "ULAN BATOR" -> "Ulan Bator"), its particles in small letters
    ("PORT-AU-PRINCE" -> "Port-au-Prince", "DAR ES SALAAM, Tanzania" -> "Dar es Salaam, Tanzania"); abbreviations
    ("R.I.", "DC") and words in small letters as the dateline writes them."""
    out = []
    for k, word in enumerate(place.split(" ")):
        letters = word.strip(",.")
        a_word = "." not in word and (len(letters) > 2 or letters.lower() in _SMALL)  # ("DC", "R.I." as written)
        if word.isupper() and (a_word or (word.count(".") == 1 and word.endswith("."))):  # ("ST.": "St.")
            parts = re.split(r"([-'’])", name_cased(word))  # a name's casing ("MCALLEN": "McAllen"), then its particles
            word = "".join(part.lower() if (k or j) and part.lower().strip(",") in _SMALL else part for j, part in enumerate(parts))
        out.append(word)
    return " ".join(out)


def here_notes(sentence: str, place: str | None) -> list[tuple[int, str]]:
    """(offset after "here", the place's name) for each "here" of ``sentence`` that means its article's dateline place
    (see the module's note); none when the article's dateline named no place."""
    if not place or not place.strip() or "/" in place or "here" not in sentence:
        return []
    quoted = _quoted_spans(sentence) if _QUOTATION.search(sentence) else []
    if quoted is None:
        return []  # (a quotation that opened in the sentence before, or single marks: whose "here" it is cannot be told)
    name = place_name(place.strip())
    town = name.split(",")[0].strip()
    if town and re.search(rf"(?i)\b{re.escape(town)}\b", sentence):
        return []
    return [(m.end(), name) for m in _HERE.finditer(sentence) if not _NOT_PLACE.search(sentence, max(0, m.start() - 12), m.start())
            and not any(a <= m.start() < b for a, b in quoted)]


def _quoted_spans(sentence: str) -> list[tuple[int, int]] | None:
    """The spans of the sentence's quotations in double marks, each opened and closed in it ("“Star Wars” Celebration
    here", 'said here Monday that it was "overwhelmingly free"'); None when a quotation opens or closes outside it, or
    single marks quote (a "here" could be a speaker's)."""
    if re.search(r"[‘«»]|(?<![\w])'|(?<!s)'(?![\w])|(?<!s)’(?![a-z])", sentence):  # (not a plural's "films' creator")
        return None
    spans, opened = [], None
    for m in re.finditer(r"[“”\"]", sentence):
        mark = m.group()
        if opened is None and mark in "“\"" and (mark == "“" or m.start() == 0 or not sentence[m.start() - 1].isalnum()):
            opened = m.start()
        elif opened is not None and mark in "”\"":
            spans.append((opened, m.end()))
            opened = None
        else:
            return None  # (a closing mark first: the quotation opened in the sentence before)
    return spans if opened is None else None
