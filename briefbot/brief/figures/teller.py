"""Whose count a sentence gives (pure): the named body or person that tells its figures.

A figure is a body's count when its sentence names who tells it, by a name of two or more capitalised words
before a verb of telling ("The Health Ministry says 1,190 people died", "the Civil Protection Agency puts the
death toll at 1,134"; an apposition may stand between: "The Orla Rights Union, a monitoring group, said"), by two or more
common nouns after "the" ("The interior ministry said", "the state news agency reported") or after "according to" ("...,
according to the Red Cross Society"); a disagreement row quotes each value with its body (:func:`told_by`).  Two bodies' counts
are two accounts: on the same day they disagree, even in one article (a factbox giving the agency's, the
ministry's and a charity's toll), and one body's later count is no update of another's.  A teller of one word
("Officials said", "Police say") or none names no body for sure: its figure is anyone's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefbot.brief.figures.lexicon import STOP
from briefbot.text.guarded import guarded, holds

__all__ = ["introduces", "lone_teller", "other_tellers", "teller", "told_by"]

_NAME = r"((?:[A-Z][\w'’-]*\s+){1,5}[A-Z][\w'’-]*)"  # two to six capitalised words: "Civil Protection Agency"
_NUMBER = "one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many|some|other|first|last"
_TELLS = r"(?:said|says|say|put|puts|reported|reports|estimated|estimates|counted|counts|told)"
_APPOSITION = r"(?:,\s+[^,;:\"“”\d]{2,60}?,)?"  # "The Velmoran Helsinki Group, a rights organisation, said"
_WHEN = r"(?:(?:on|late|early)\s+\w+\s+)?(?:(?:has|have|had|also|earlier|yesterday|today|[a-z]+ly)\s+){0,2}"  # "has also said"
_BEFORE_VERB = re.compile(rf"(?:^|(?<=\bthe\s)|(?<=[,;:]\s)){_NAME}{_APPOSITION}\s+{_WHEN}{_TELLS}\b")
# a body named in common nouns after "the", its last word lower case: "The interior ministry said", "..., the state news agency
# reported" (not "The ministry said": one word)
_NOT_NAMING = "|".join(sorted(STOP | {"earlier", "yesterday", "today"}))
# (no number, no function word nor verb: "The two men said", "The slick is estimated", "The pandemic killed an estimated")
_WORD = rf"(?!(?:{_NUMBER}|{_NOT_NAMING})\b)(?![a-z][\w'’-]*(?:ed|ly)\b)[A-Za-z][\w'’-]*"
_COMMON = re.compile(rf"(?:^|(?<=[,;:]\s))[Tt]he\s+((?:{_WORD}\s+){{1,3}}(?=[a-z]){_WORD}){_APPOSITION}\s+{_WHEN}{_TELLS}\b")
_ACCORDING = re.compile(rf"\baccording to (?:the\s+)?{_NAME}")
# a name of one word that tells a count ("Tarn said on Monday the flu had killed 103 people"): a place's, when it is one
# (behind its verbs' own stems, the cheap test most sentences fail: one list, not a second kept by hand)
_LONE = guarded(re.compile(rf"(?:^|(?<=[,;:]\s))([A-Z][\w-]+)\s+{_WHEN}{_TELLS}\b"),
                holds(" said", " say", " put", " report", " estimat", " count", " told"))


@lru_cache(maxsize=16_384)
def teller(sentence: str) -> str:
    """The name of the body that tells ``sentence``'s figures (see the module's note), or ""."""
    found = _ACCORDING.search(sentence) or _BEFORE_VERB.search(sentence) or _COMMON.search(sentence)
    if found is None:
        return ""
    words = found.group(1).split()
    words = words[1:] if words[0] in ("The", "A", "An") else words  # (the sentence's first word: "The Health Ministry says")
    return " ".join(words) if len(words) > 1 else ""


@lru_cache(maxsize=16_384)
def lone_teller(sentence: str) -> str:
    """The one-word name that tells ``sentence``'s figures ("Tarn said ...", "..., Mirel reported"), or "": a country telling
    its own count ("Tarn said on Monday the flu had killed 103 people") when the story names the word a place (own.py)."""
    found = _LONE.search(sentence)
    return found.group(1) if found and found.group(1) not in ("The", "A", "An", "It", "He", "She", "They", "We") else ""


def other_tellers(a: str, b: str) -> bool:
    """Whether two tellers are two named bodies: both named, and neither the end of the other ("Health Ministry" is
    "Egypt's Health Ministry"; "Earlier CDC", with a word before the name, is the "CDC")."""
    return bool(a and b) and not (a.endswith(b) or b.endswith(a))


def told_by(sentence: str, start: int, end: int) -> str:
    """The words of ``sentence`` that state its count at ``start:end`` with the body that tells it, verbatim ("The interior
    ministry said 230 people had been arrested", "400 people were detained, according to the Orla Rights Group"), when it
    names one close by (no other number and at most 60 characters between them); else the count's own words."""
    who = teller(sentence)
    first = sentence.find(who) if who else -1
    if first < 0:
        return sentence[start:end]
    first -= 4 if sentence[max(0, first - 4):first].lower() == "the " else 0
    last = sentence.find(who, first) + len(who)
    gap = sentence[last:start] if last <= start else sentence[end:first]
    return sentence[min(first, start):max(last, end)] if len(gap) <= 60 and not re.search(r"\d", gap) else sentence[start:end]


# a count that opens its sentence as the subject of a verb of telling, its event a participle after it, introduces who tells:
# "One worker rescued from the rig, Mirel Tarn, said", "Two protesters arrested on Tuesday told the Meridian Press" count the
# tellers, not the rescued or the arrested ("17 people were killed in the blast, police said" is a count)
_OPENS = re.compile(r"\W{0,3}(?:(?:[Bb]ut|[Aa]nd|[Yy]et)\s+)?")
_SPEAKS = re.compile(r"(?:\s+(?!(?:was|were|is|are|has|have|had|and|or|but|who|which|that|when|after)\b)[\w'’-]+){0,8}?"
                     r"(?:\s*,[^,;:.\"“”]{2,40},)?\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells|recalled|recounted|described)\b")


def introduces(sentence: str, start: int, end: int) -> bool:
    """Whether the count at ``start:end`` introduces who tells (see ``_SPEAKS``), not a count of its event."""
    return (opens := _OPENS.match(sentence)) is not None and opens.end() >= start and _SPEAKS.match(sentence, end) is not None
