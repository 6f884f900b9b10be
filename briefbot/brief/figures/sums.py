"""Running totals a count is added to (pure): "bringing its total to 45", "taking the tally to 31", "bringing the number
shut across the country to 300", and the counts told as what a day adds to one ("closed a further 180 schools").

A total a sentence brings its count to is the total of that count's measure: the value of the running figure, of the place
whose it is.  A possessive ("its total", "the country's total") or "across the country" names the owner: the name the sentence
opens on ("Mirel confirmed 13 new cases, bringing its total to 45"; "In Mirel, ... bringing the country's total to 20").
A toll told of the whole world ("the worldwide death toll", "the toll rose to 154 worldwide") is the world's (:func:`worldwide`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from briefbot.brief.figures import lexicon as L
from briefbot.brief.figures.mention import Raw
from briefbot.brief.figures.numbers import Tok, at, is_word
from briefbot.brief.figures.places import name_at

__all__ = ["OWN_TOTALS", "Sum", "added", "opening_name", "sum_of", "summing", "worldwide"]

# the words a running total is brought to its value by: "bringing the total to", "taking the tally to", "raising its count to"
_VERBS = frozenset({"bringing", "brings", "brought", "bring", "taking", "takes", "took", "raising", "raises", "raised",
                    "pushing", "pushes", "pushed", "lifting", "lifts", "lifted"})
OWN_TOTALS = frozenset({"total", "tally", "number", "count", "toll"})  # (its owner's too: "Kessary revised its count to 7")
_OWNERS = frozenset({"its", "their", "country's", "nation's", "state's", "province's", "region's", "city's",
                     "country’s", "nation’s", "state’s", "province’s", "region’s", "city’s"})
_WHOLE = frozenset({"nationwide", "countrywide", "statewide"})
# what tells a count as added to one told before: "a further 180 schools", "another 12 cases", "an additional 9 deaths" (the
# markers the number reader joins to a phrase as exact: lexicon.NOT_APPROX)
_ADDED = frozenset(" ".join(words) for words in L.NOT_APPROX)
_NO_NAMES = {"authorities", "rescuers", "doctors", "officials", "police", "he", "she", "it", "they", "we", "health"}


@dataclass(frozen=True)
class Sum:
    """A running total's words before its value: its verb's token, whether they name its owner ("its", "across the country"), and
    the name they give it ("bringing the UK total to 244", "taking Tarn's tally to 31")."""

    first: int
    owned: bool
    name: str = ""


def summing(toks: list[Tok], i: int) -> Sum | None:
    """The words that bring a running total to the value at token ``i`` ("bringing the country's total to 20": the first token
    of "bringing"), at most eight words back within the clause; None when there are none ("rose to 45", "the total of 45")."""
    if not is_word(at(toks, i - 1), "to"):
        return None
    owned = False
    noun = -1
    for k in range(i - 2, max(-1, i - 10), -1):
        tok = toks[k]
        if tok.kind != "word":
            return None
        owned = owned or tok.lower in _OWNERS or tok.lower in _WHOLE or (
            tok.lower == "country" and is_word(at(toks, k - 1), "the") and is_word(at(toks, k - 2), "across", "throughout"))
        if tok.lower in OWN_TOTALS and noun < 0:
            noun = k
        if tok.lower in _VERBS:
            return Sum(k, owned, _owner(toks, k + 1, noun)) if noun >= 0 and k < noun else None
    return None


_BODIES = frozenset({"ministry", "agency", "department", "office", "organisation", "organization", "service", "authority",
                     "authorities", "council", "government", "police", "army", "centre", "center", "committee"})


def _owner(toks: list[Tok], first: int, noun: int) -> str:
    """The name right before a total's noun, whose total it is ("the UK total", "Tarn's tally"), not a body's ("the Health
    Ministry's count": whoever counts it), nor a sentence's first word."""
    k = noun
    while k > first and toks[k - 1].kind == "word" and toks[k - 1].text[:1].isupper() and toks[k - 1].start > 0:
        k -= 1
    words = [re.sub(r"['’]s$", "", t.text) for t in toks[k:noun]]
    return " ".join(words) if 0 < len(words) <= 3 and not any(w.lower() in _BODIES | L.MONTHS | L.WEEKDAYS for w in words) else ""


def added(toks: list[Tok], first: int, marker: str, *, money: bool = False) -> bool:
    """Whether the count whose phrase opens at token ``first`` with ``marker`` ("a further") is what a verb adds to a count told
    before ("Mirel closed a further 180 schools", "the ministry confirmed another 12 cases"), not another group told beside one
    ("Twelve people were killed and another 150 were wounded", "Another 150 people were wounded": a figure of its own); an
    amount of money so told is always one added ("the cost is likely to be a further $700m")."""
    verb = at(toks, first - 1)
    told = verb is not None and verb.kind == "word" and verb.lower not in L.STOP and verb.text[:1].islower()
    return marker in _ADDED and (money or told)


def opening_name(toks: list[Tok]) -> str:
    """The name a sentence opens on as its subject ("Mirel confirmed ...", "Mirel's ministry said ...", "In Mirel, ..."), or ""."""
    start = 1 if is_word(at(toks, 0), "in") and toks[0].text[:1].isupper() else 0
    name = name_at(toks, start)
    after = at(toks, start + len(name.replace(".", " .").split()))
    if not name or name.split()[0] in ("The", "A", "An") or name.lower() in L.NOUNS | set(L.GROUP_OF) | _NO_NAMES:
        return ""
    if start:
        return name if after is not None and after.text == "," else ""
    return name if after is not None and after.kind == "word" and after.text[:1].islower() else ""


def sum_of(raw: Raw, before: list[Raw]) -> bool:
    """Give a running total the count it adds (the nearest before it) and its place: "a further 12 cases were confirmed, bringing
    the country's total to 20"; its noun when all counts before it are of one measure, the nearest's, or of the measure only
    ("three soldiers and two civilians were killed, bringing the total to 40": people killed); False when they are of more."""
    if not before:
        return False
    near = before[-1]
    raw.place = raw.place or near.place or raw.owner
    if raw.total and raw.event:
        return False  # ("bringing the death toll to 40": its own event's toll)
    if len({L.MEASURE_OF_EVENT.get(p.event) or L.MEASURE_OF_HEAD.get((p.head or p.group).split()[-1], p.group) for p in before}) > 1:
        return False
    same = len({p.group for p in before}) == 1
    raw.head = near.head if same else "people" if near.event else (near.head or near.group).split()[-1]
    raw.group = near.group if same else raw.head
    raw.of_object = near.of_object if same else ""
    raw.event, raw.qualifier, raw.rate = raw.event or near.event, raw.qualifier or near.qualifier, near.rate
    near.added = near.added or raw.place != near.place  # (what brought a place's total there, told of no place: no count of its own)
    return True



def worldwide(toks: list[Tok], first: int, end: int) -> bool:
    """Whether the toll from token ``first`` to ``end`` is the whole world's: a word of it, lower case, right before its phrase
    ("the worldwide death toll rose to 104", "the global toll") or after it ("the toll rose to 154 worldwide").  (A count of no toll,
    "caused 800 deaths worldwide", is as often another event's, a past pandemic's: it stays the story's count.)"""
    before = itertools.takewhile(lambda t: t.kind == "word" and t.text.islower(), reversed(toks[max(0, first - 3):first]))
    after = " ".join(t.lower for t in toks[end:end + 3])
    return any(t.lower in L.WORLDWIDE for t in before) or after.startswith(("worldwide", "globally", "around the world",
                                                                            "across the world"))
