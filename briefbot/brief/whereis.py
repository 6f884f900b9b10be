"""Which town a point's "the town" is (pure): the place its article named by that noun before it.

News names a place once ("the northern town of Tessel", "Tessel, a town near the border", "the capital, Velano") and
by its common noun after ("Troops stormed public buildings in the town."); quoted alone, "the town" says not which.  A
point keeps its words, and the reader is told which place they mean beside them, as a bare name's person is
(:mod:`briefbot.brief.whois`): "in the town [Tessel]".

Only a town, a city, a village or a capital, written "the town" with nothing naming it after ("the town of Tessel",
"the capital Velano") or before ("Tessel, the town"), gets a note; the place is one the article named so in its
sentences before the point's, and only when all of them name the same place (an article of two towns says not which);
none when the point's sentence names that place itself.  No dateline is guessed from: "the capital" in a Washington
story about Ostravia is Ostravia's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefbot.text.terms import sentence_spans, text_key

__all__ = ["places_meant"]

# a place's name: capitalised words, with an Arabic article's lower-case prefix ("Jisr al-Shughour", "Ras Lanuf")
_NAME = r"[A-Z][\w'’-]+(?:\s+(?:(?:al|el|ad|as|ash|ar)-[\w'’-]+|[A-Z][\w'’-]+)){0,3}"
_HEAD = re.compile(r"\b[Tt]he\s+(town|city|village|capital)(?:['’]s)?\b")
_NAMED_AFTER = re.compile(r"(?:['’]s)?\s*,?\s*(?:of\s+)?(?:the\s+)?[A-Z]")  # "the town of Tessel", "the capital, Velano"
_NAMED_BEFORE = re.compile(r"[A-Z][\w'’-]+\s*,\s*$")  # "Tessel, the town ..."


@lru_cache(maxsize=8)
def _naming(noun: str) -> re.Pattern[str]:
    """The ways an article names a place by ``noun``: "the (northern) town of X", "X, a (small) town", and for a capital
    also "the capital(,) X" and "X, the capital"."""
    ways = [rf"\bthe\s+(?:[a-z-]+\s+){{0,2}}{noun}\s+of\s+(?P<a>{_NAME})",
            rf"(?P<b>{_NAME}),\s+(?:a|the)\s+(?:[a-z-]+\s+){{0,2}}{noun}\b(?!\s+of\b)"]
    if noun == "capital":
        ways.append(rf"\b(?:the|its|their)\s+capital,?\s+(?P<c>{_NAME})")
    return re.compile("|".join(ways))


@lru_cache(maxsize=1024)
def places_meant(sentence: str, article: str) -> tuple[tuple[int, str], ...]:
    """(offset after the head, the place) for each "the town", "the city", "the village" or "the capital" of ``sentence``
    (a sentence of ``article``) that names no place itself, with the one place ``article`` named by that noun before it."""
    heads = [m for m in _HEAD.finditer(sentence) if not _NAMED_AFTER.match(sentence, m.end())
             and not _NAMED_BEFORE.search(sentence, 0, m.start())]
    if not heads:
        return ()
    spans = [s.text for s in sentence_spans(article)]
    key = text_key(sentence)
    at = next((k for k, s in enumerate(spans) if text_key(s) == key), None)
    if at is None:
        return ()
    out: list[tuple[int, str]] = []
    for m in heads:
        named = {next(g for g in found.groups() if g) for s in spans[:at] for found in _naming(m.group(1)).finditer(s)}
        if len(named) == 1 and (place := named.pop()) not in sentence:
            out.append((m.end(), place))
    return tuple(out)
