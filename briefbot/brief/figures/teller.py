"""Whose count a sentence gives (pure): the named body or person that tells its figures.

A figure is a body's count when its sentence names who tells it, by a name of two or more capitalised words
before a verb of telling ("The Health Ministry says 1,190 people died", "the Civil Protection Agency puts the
death toll at 1,134") or after "according to" ("..., according to the Red Cross Society").  Two bodies' counts
are two accounts: on the same day they disagree, even in one article (a factbox giving the agency's, the
ministry's and a charity's toll), and one body's later count is no update of another's.  A teller of one word
("Officials said", "Police say") or none names no body for sure: its figure is anyone's.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["other_tellers", "teller"]

_NAME = r"((?:[A-Z][\w'’-]*\s+){1,5}[A-Z][\w'’-]*)"  # two to six capitalised words: "Civil Protection Agency"
_TELLS = r"(?:said|says|say|put|puts|reported|reports|estimated|estimates|counted|counts|told)"
_BEFORE_VERB = re.compile(rf"(?:^|(?<=\bthe\s)|(?<=[,;:]\s)){_NAME}\s+(?:(?:on|late|early)\s+\w+\s+)?{_TELLS}\b")
_ACCORDING = re.compile(rf"\baccording to (?:the\s+)?{_NAME}")


@lru_cache(maxsize=16_384)
def teller(sentence: str) -> str:
    """The name of the body that tells ``sentence``'s figures (see the module's note), or ""."""
    found = _ACCORDING.search(sentence) or _BEFORE_VERB.search(sentence)
    if found is None:
        return ""
    words = found.group(1).split()
    words = words[1:] if words[0] in ("The", "A", "An") else words  # (the sentence's first word: "The Health Ministry says")
    return " ".join(words) if len(words) > 1 else ""


def other_tellers(a: str, b: str) -> bool:
    """Whether two tellers are two named bodies: both named, and neither the end of the other ("Health Ministry" is
    "Egypt's Health Ministry"; "Earlier CDC", with a word before the name, is the "CDC")."""
    return bool(a and b) and not (a.endswith(b) or b.endswith(a))
