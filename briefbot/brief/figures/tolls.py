"""A toll's words (pure): "the death toll from the Velano dam breach rose to 17", "the worldwide toll", "the tally": the
event a toll or tally word names the count of (deaths, when it names none), and where its phrase of place or cause
begins."""

from __future__ import annotations

from briefbot.brief.figures import lexicon as L
from briefbot.brief.figures.numbers import Tok, at, is_word


def toll_before_phrase(toks: list[Tok], last: int) -> tuple[str, int, str] | None:
    """"the death toll from the Velano dam breach rose to 17": a toll whose phrase of place or cause
    (up to ``_TOLL_PHRASE`` words, no punctuation) ends at token ``last``, before the words leading
    to the value."""
    for j in range(last - 1, max(-1, last - _TOLL_PHRASE - 1), -1):
        tok = at(toks, j)
        if tok is None or tok.kind not in ("word", "num"):
            return None
        if tok.lower in ("toll", "tally") and is_word(at(toks, j + 1), *_TOLL_PREPOSITIONS):
            return toll_at(toks, j)
    return None


def toll_at(toks: list[Tok], j: int) -> tuple[str, int, str] | None:
    """The toll that token ``j`` ("toll", "tally") names, when the word before says whose: its event
    ("death toll": killed; a bare "the toll", "the worldwide toll", is of deaths too), its phrase's first token and no agent;
    else None ("a heavy toll on the economy")."""
    if not is_word(at(toks, j), "toll", "tally"):
        return None
    before = at(toks, j - 1)
    event = L.TOLLS.get(before.lower, "") if before is not None else ""
    if event or is_word(before, "the", "official", "confirmed", "its", "a", *L.WORLDWIDE):  # ("the worldwide toll": of deaths)
        return event or "killed", j - 1 if event else j, ""
    return None


_TOLL_PHRASE = 16  # words of a toll's phrase of place or cause (no punctuation between: one noun phrase)
_TOLL_PREPOSITIONS = ("in", "from", "after", "since", "among", "for")
