"""A figure's mention (pure data): one number in one sentence, with what it counts and what the sentence tells of it.

:mod:`.grammar` reads them ("three of the attackers were killed": 3 "attackers killed"); :mod:`.identity` gives each
its quantity.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Mention", "Raw"]


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
    added: bool = False  # what a verb adds to a count told before: "closed a further 180 schools" (sums.added)
    owned: bool = False  # what its owner has: "its 14 hospitals", "Selvane Health, which runs 14 hospitals"


@dataclass
class Raw:
    """A number of a sentence as :mod:`.grammar` reads it (its working record, before it is a :class:`Mention`)."""

    value: float
    num_start: int  # token index of the first token of the number
    num_end: int  # token index after the number (and its unit)
    start: int  # phrase offsets
    end: int
    approximate: bool
    currency: str = ""
    percent: bool = False
    high: float | None = None
    marker: str = ""
    modifiers: tuple[str, ...] = ()
    head: str = ""
    of_object: str = ""  # "percent of ...", "$10bn in ...", "cases of ..."
    event: str = ""
    event_where: str = ""  # "after", "before", "modifier", "noun", "carried"
    partitive_pronoun: bool = False
    agent: str = ""  # the group doing an active event verb ("the police arrested five")
    group: str = ""  # resolved thing counted (without the event)
    inherited: bool = False
    definite: bool = False  # "the two sides": a set already introduced, not a figure
    owned: bool = False  # after a possessive determiner or a verb of owning ("its 14 hospitals", "runs 14 hospitals")
    np_end: int = 0  # end offset of the number and what it counts, before any event
    rate: bool = False
    place: str = ""
    qualifier: str = ""
    money_verb: str = ""
    partitive: bool = False  # "two of the five suspects"
    total: bool = False  # a toll or a tally ("the death toll reached 58"): never the noun of a count before it
    summed: bool = False  # "bringing the total to 243": the noun of the count before it, not a guess
    owner: str = ""  # whose running total it is ("bringing its total to 45": the name its sentence opens on; sums.py)
    added: bool = False  # what a verb adds to a count told before ("closed a further 180 schools"; sums.added)
    told_part: str = ""  # the qualifier a verb tells of a part of a set ("31 of the deaths have been confirmed"): its own count
