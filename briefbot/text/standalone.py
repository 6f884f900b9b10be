"""Sentences that make sense out of their article (pure): what a brief prefers to quote.

A point is read alone, so a sentence that leans on the one before it ("He said ...", "This
followed ...", "The two men ...") or quotes words without saying whose they are, or runs past
``LONG_POINT`` words, is kept out of a brief whenever another sentence can take its place.
"""

from __future__ import annotations

import re

LONG_POINT = 35  # words: longer sentences are hard to take in at a glance

_POINTS_BACK = re.compile(
    r"^[\"'“‘(]*(?:he|she|they|it|its|his|her|their|them|this|these|those|that|such|both|there(?:fore|by)|"
    r"the (?:two|three|four|latter|former|same|move|decision|comments?|remarks?|statement|report)|"
    r"(?:he|she|they) (?:said|says|added)|also|meanwhile|however|but|and|so|yet|instead|still)\b(?!-)",
    re.I,
)
_THERE_IS = re.compile(r"^there (?:is|are|was|were|has|have|had|will|would|may|might|could|should)\b", re.I)
_QUOTE = re.compile(r"[“\"]([^”\"]+)[”\"]")
_SPEAKER = re.compile(
    r"\b(?:said|says|say|told|tells|according to|added|adds|asked|wrote|writes|announced|stated|insisted|warned|"
    r"declared|claimed|explained|argued|noted|urged|called|described|quoted)\b",
    re.I,
)
_PRONOUN_SPEAKER = re.compile(r"[,”\"]\s*(?:he|she|they|it|we)\s+(?:said|says|added|told)\b", re.I)


def stands_alone(sentence: str) -> bool:
    """Whether ``sentence`` can be quoted alone: it opens on no word pointing back, and any quotation
    of four words or more comes with its (named) speaker."""
    text = sentence.strip()
    if _POINTS_BACK.match(text) and not _THERE_IS.match(text.lstrip("\"'“‘(")):
        return False
    quotes = [q for q in _QUOTE.findall(text) if len(q.split()) >= 4]
    if quotes:
        outside = _QUOTE.sub(" ", text)
        if not _SPEAKER.search(outside) or _PRONOUN_SPEAKER.search(text):
            return False
    return True


def fits_a_point(sentence: str) -> bool:
    """A sentence a brief prefers: it stands alone and is at most ``LONG_POINT`` words."""
    return len(sentence.split()) <= LONG_POINT and stands_alone(sentence)
