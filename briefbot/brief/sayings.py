"""What a sentence says, past who tells it (pure): whether another article's sentence says the same as a point.

"Also reported by" counts the articles whose sentence says what a point says in other words (:func:`says_alike`), not
those that share its teller's name and title alone: '"We will not be paying a ransom to criminals," said chief executive
Dr Miriam Okafor' is told again by "Dr Miriam Okafor said the trust would not pay", not by "Dr Miriam Okafor, chief
executive, said: 'I want to reassure our patients'" nor by "Chief executive Dr Miriam Okafor is due to appear before the
committee" (a cyber reader's point was "also reported by 7 other articles", three of them of this kind).  A report's
frame, who tells it and where, is no part of what it says (:func:`unframed`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefbot.text.terms import terms, words

__all__ = ["SAYS_ALIKE", "says_alike", "unframed"]

SAYS_ALIKE = 1 / 3  # another article's sentence says more than this share of what a point says (see says_alike)


def says_alike(point: str, other: str) -> bool:
    """Whether ``other`` says more than a third of what ``point`` says past its frame (who tells it): the terms of its words
    in lower case (and its first word), its action and objects rather than the names it shares with the whole story, past
    the words of a teller the other names in its frame ("Turnout was 67.2%, commission chairman Ivo Ranik told a news
    conference" says nothing of "Commission chairman Ivo Ranik has just said the count will not end before Wednesday"); or
    names the point's teller and a third of what it says ('"We will not pay a ransom," said chief executive Ann Lee' and
    "Ann Lee, the chief executive, said the trust would not pay"; not "Chief executive Ann Lee is due before the committee")."""
    full, theirs = _said(point), _said(other)
    said = _said(unframed(point)) or full  # (what it says past its teller)
    framed = (full - said) & (theirs - _said(unframed(other)))  # (a teller both name in their frames: "commission chairman")
    shared = full & theirs
    return not full or bool(said & theirs and len(shared) > SAYS_ALIKE * len(full)
                            and len(shared - framed) >= SAYS_ALIKE * len(full - framed)) or bool(
        (full - said) & theirs and len(said & theirs) >= SAYS_ALIKE * len(said))  # (its teller and a third of what it says)


def unframed(text: str) -> str:
    """``text`` without its report's frame (who tells it: :data:`_FRAME_OPENING`, :data:`_FRAME_CLOSING`)."""
    return _FRAME_CLOSING.sub("", _FRAME_OPENING.sub("", text))


@lru_cache(maxsize=8192)
def _said(text: str) -> frozenset[str]:  # (a point meets every similar sentence: read once each)
    return frozenset(t for k, w in enumerate(words(text)) if k == 0 or w[:1].islower() for t in terms(w))


# a report's frame, who tells it and where: before its verb of saying at the sentence's opening ("Commission chairman Ivo Ranik has
# just said (that)") or in a clause closing it (", commission chairman Ivo Ranik told a news conference."): no part of what it says
_SAYING = r"(?:said|says|say|told|tells)"
_FRAME_OPENING = re.compile(rf"^[^,;:\"“”]{{0,80}}?(?:,[^,;:\"“”]{{1,60}},)?\s*\b(?:(?:has|have|had)\s+)?(?:(?:just|also|now)\s+)?"
                            rf"{_SAYING}\b(?:\s+that\b)?")  # (with the teller's role: "Dr Ann Lee, chief executive, said: ...")
_WHERE = r"(?:\s+(?:on|in|at|late|early|during|after|from|to)\b[^,;:\"“”]{0,40})?"  # (", said on Monday.", not ", said it had")
_FRAME_CLOSING = re.compile(rf",\s+[^,;:\"“”]{{0,80}}?\b(?:(?:said|says|say){_WHERE}|(?:told|tells)(?:\s+\S+){{1,3}})\W*$"
                            r"|,[\"”’']?\s+(?:said|says)\s+[^,;:\"“”]{1,80}$")  # (or told after: ', said chief executive Dr Ann Lee.')
