"""A figure's mention (pure data): one number in one sentence, with what it counts and what the sentence tells of it.

:mod:`.grammar` reads them ("three of the attackers were killed": 3 "attackers killed"); :mod:`.identity` gives each
its quantity.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Mention"]


@dataclass(frozen=True)
class Mention:
    """One number in one sentence, with what it counts."""

    value: float
    what: str  # what is counted, with the event: "attackers killed", "British soldiers", "cases of swine flu"
    phrase: str  # the verbatim words of the sentence that state it
    start: int  # offsets of ``phrase`` in the sentence
    end: int
    approximate: bool  # "at least", "about", "around", "some", "more than", ...
    high: float | None = None  # upper end of a range
    marker: str = ""  # the approximation as written: "at least"
    event: str = ""  # killed, injured, arrested, ...
    head: str = ""  # the thing counted, without event or "of" object: "attackers", "British soldiers"
    of_object: str = ""  # "swine flu" of "cases of swine flu", "damages" of "$1bn in damages"
    currency: str = ""
    rate: bool = False  # "barrels a day"
    place: str = ""  # "Mexico" of "... in Mexico"
    qualifier: str = ""  # confirmed, suspected, probable, official, unconfirmed
    carried: bool = False  # the event was carried from a coordinated count
    definite: bool = False  # "the two sides": a set already introduced
    agent: str = ""  # who did the event ("the police arrested five")
    money_verb: str = ""  # "will cost $4bn": what an amount of money is
    looks_back: str = ""  # "in 2005", "last year": words that set the figure in another time
    inherited: bool = False  # a bare number that takes the noun of the count before it ("and three arrested")
    subset: bool = False  # a part of a set that its noun counts: "seven of the nine new cases", "three of those injured"
    supposed: bool = False  # in a clause of a supposition: "if a million people had died", "unless 500 jobs go"
    ahead: bool = False  # in a clause of what is to come or might be (ahead.py): "will release 300", "would open three"
    retold: bool = False  # a set already introduced, told again: "the two suspects arrested on Tuesday were remanded"
    left: bool = False  # the value a change left behind: "14,500 acres, up from 6,800", "rose to 12 from nine"
    speaker: bool = False  # it introduces who tells: "One worker rescued from the rig, Mirel Tarn, said" (teller.introduces)
    owned: bool = False  # what its owner has: "its 14 hospitals", "Selvane Health, which runs 14 hospitals"
