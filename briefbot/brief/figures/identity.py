"""Quantity identity (pure): what a mention measures, of whom or where, and with what qualifier.

Two mentions are the same :class:`Quantity` only when measure, subject, qualifier and unit all
agree ("confirmed cases in Mexico" are not "suspected cases" nor "cases in the US").  A mention
that is context rather than a figure of the story gets no quantity: distances, durations, ages,
populations, percentages of something else, equipment counts, amounts of money that are not a
cost, fund, damages or the like, a set already introduced ("the three men"), a count of others with
no event of the story's ("seven other victims"), and a figure set in another time ("in 2005", "last
year").  Context the topic's focus names is tracked after all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from briefbot.brief.figures import lexicon as L
from briefbot.brief.figures.grammar import Mention
from briefbot.text.pastforms import past_form

__all__ = ["CUMULATIVE", "DRAINING", "MEASURES", "PENDING", "Quantity", "befallen", "focus_words", "named_only", "quantity",
           "the_rest", "toll_parts"]

# Measures that only grow as a story goes on: a later, larger value is an update.
CUMULATIVE = {"deaths", "injured", "arrested", "cases", "displaced", "evacuated", "rescued", "kidnapped",
              "charged", "hospitalised", "casualties", "shot", "refugees", "troops deployed", "cost", "claims",
              "pledges", "losses", "payments", "data exposed", "acres", "hectares"}  # (the area a fire has burned, as the focus names it)
# States a recovery drains: a later value far below the last (182,000 customers without power, then 40,000) is the same count.
DRAINING = frozenset({"without power", "in shelters"})
# Cases tests have yet to confirm or clear: a state, falling as they do ("13 probable cases", then 12 and one more confirmed); not
# "suspected militants" arrested nor "suspected cholera deaths", counts that only grow
PENDING = frozenset({("cases", "probable"), ("cases", "suspected"), ("cases", "possible")})
# The measures of the story's own figures (a count the focus names is tracked under its noun instead).
MEASURES = {*L.MEASURE_OF_EVENT.values(), *L.MEASURE_OF_HEAD.values(), *L.MONEY_MEASURES.values(),
            *L.MONEY_VERBS.values(), "oil flow", "oil spilled"}
# Heads too plain to be a subject of their own ("12 people were killed" is deaths of no one group).
PLAIN = frozenset({"people", "persons", "others", "ones", "individuals"})
_OIL = {"oil", "crude", "crude oil"}
# Heads that name what is counted, not who: "29 of [the cases] were fatal" counts deaths of no group.
_NOT_A_GROUP = {"cases", "patients", "victims", "casualties", "survivors", "detainees", "evacuees", "bodies"}
# Heads that count the members of a group named after them: "120 members of the security forces" are security forces.
_MEMBERS = {"members", "units", "elements", "personnel"}
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class Quantity:
    """What is measured, of whom or where, with what qualifier and in what unit."""

    measure: str  # "deaths", "cases", "oil flow", "damages", ...
    subject: str = ""  # "attackers", "Mexico", "British soldiers"; names keep their capitals
    qualifier: str = ""  # "confirmed", "suspected", ...
    unit: str = ""  # "barrels per day", "dollars"

    @property
    def key(self) -> tuple[str, str, str, str]:
        return self.measure, self.subject.lower(), self.qualifier, self.unit

    @property
    def label(self) -> str:
        """As a brief shows it: "Deaths (Mexico, confirmed)", "Oil flow (barrels per day)"."""
        inside = [p for p in (self.subject, self.qualifier, self.unit) if p]
        name = self.measure[:1].upper() + self.measure[1:]
        return f"{name} ({', '.join(inside)})" if inside else name


def focus_words(focus: str) -> frozenset[str]:
    """The common nouns of a topic's title and focus (words written in lower case: "tanks", not
    "Egyptians"), singular and plural."""
    words = {w for w in re.findall(r"[A-Za-z][A-Za-z-]+", focus) if w.islower()}
    return frozenset(words | {w[:-1] for w in words if w.endswith("s")} | {w + "s" for w in words})


# what a count adds to a running figure, not the figure: "42 new cases", "four more hostages" (not "Four New York")
_INCREMENT = re.compile(r"(?i)(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|\w+teen|\w+ty"
                        r"|hundred|thousand|million))\s+(?-i:new|more|additional|further|fresh|extra)\s(?!than\b)")
# a count of others of a kind of the story's (victims, suspects, cases), with no event of the story's ("at least seven
# other victims" of the same gang): others' count, not the story's ("two other journalists were killed" tells the
# story's event, and "14 other possible cases" the count of another qualifier than the confirmed: both are tracked)
_OTHER = re.compile(r"(?i)\bother\s")
# ... told before the number ("a further 42 cases", "another 12 deaths"): an increment too, but "another 150 were
# wounded" as often names a group of its own, a figure, so only a running total must not take it (stale.superseded)
_ADDED_BEFORE = re.compile(r"(?i:\b(?:another|a further|an additional|additional|further)\s+$)")


# the rest of a set ("the remaining 88 detainees were freed", "the remaining prisoners, 88 detainees and 113 soldiers, were
# freed"): of a count of what befell them, a later batch, no new total (of a state, its value: "the remaining 11 are missing")
_REST_BEFORE = re.compile(r"(?i:\b(?:remaining|rest\s+of\s+the)(?:\s+$|(?:\s+[\w-]+){1,6}?\s*,\s*"
                         r"(?:[\d,.]+(?:\s+[\w-]+){0,2}?(?:\s*,)?\s+and\s+)?$))")  # (and one after it: "88 detainees and 113 soldiers")


def the_rest(sentence: str, start: int) -> bool:
    """Whether the count at ``start`` is told as the rest of a set ("the remaining 88 detainees")."""
    return _REST_BEFORE.search(sentence, max(0, start - 60), start) is not None


def added_before(sentence: str, start: int) -> bool:
    """Whether the words before ``start`` (a number's) tell an addition ("a further 42 cases")."""
    return _ADDED_BEFORE.search(sentence, max(0, start - 20), start) is not None


# a whole a sentence gives of a measure: "bringing the toll to 11", "the death toll rose to 16"
_TOLL = re.compile(r"(?i)\b(?:toll|tally|total|number|count)\b.*\bto\b")  # (sums.OWN_TOTALS: "bringing the number shut to 300")


def toll_parts(found: Sequence[Mention], qs: Sequence[Quantity | None]) -> frozenset[int]:
    """Of a sentence's counts (``found``, their quantities ``qs``), the parts of a larger toll it gives of the same measure:
    "Police recovered eight bodies in Tarn, bringing the toll to 11", "The toll rose to 16 after two bodies were found":
    what brought the toll there, not its value; its victims are its own people ("lowered the toll to nine, saying two
    victims had been counted twice"), and so is a count of its own quantity ("Another nine cases of flu were confirmed, taking
    the total to 27": the total's count of flu cases).  A group's or a place's count stays its own ("Three soldiers were killed,
    bringing the toll to 40")."""
    whole = [_TOLL.search(m.phrase) is not None for m in found]
    tolls = [(q, m.value) for m, q, w in zip(found, qs, whole, strict=True) if q is not None and not m.left and w]
    return frozenset(n for n, (m, q, w) in enumerate(zip(found, qs, whole, strict=True)) if q is not None and not w
                     and any((q == t or (not q.subject and q.measure in (t.measure, "victims"))) and v > m.value for t, v in tolls))


_HELD = {"detainees", "prisoners", "hostages", "captives", "inmates", "men", "women", "children", "civilians", "fighters", "rebels"}


# what befalls people only, and vehicles, which it never befalls
_OF_PEOPLE = {"deaths", "injured", "arrested", "missing", "displaced", "evacuated", "rescued", "kidnapped", "trapped", "released",
              "in shelters"}
_NUMBER_OF = re.compile(r"(?i)\bnumber of ([a-z]+)")  # what "the number of households without power" counts
_VEHICLES = {"trucks", "lorries", "vehicles", "cars", "buses", "convoys", "ships", "boats", "vessels", "planes", "helicopters", "trains"}
# a distance counts no one ("told everyone within one mile to evacuate", "a 2-kilometre zone was evacuated")
_DISTANCES = {"miles", "mile", "kilometres", "kilometers", "kilometre", "kilometer", "km", "kms", "metres", "meters", "metre",
              "meter", "feet", "foot", "yards", "yard"}


def quantity(m: Mention, focus: AbstractSet[str] = frozenset(), year: int | None = None) -> Quantity | None:
    """The quantity ``m`` is a value of, or ``None`` when it is context.  ``year`` is the year of
    the article (a figure "in 2009" is this story's in a 2009 article, another event's in 2012);
    ``focus`` holds the words of the topic's focus (see :func:`focus_words`)."""
    if m.retold or m.speaker or _other_time(m.looks_back, year) or m.subset or (m.inherited and not m.event) or m.supposed or m.left \
            or m.added or _INCREMENT.search(m.phrase) or (m.ahead and not m.currency and m.event != "deployed"):
        # a set retold; one who tells; another time; a part of a set; a bare number whose noun is a guess; a supposition; a value
        # left; an increment ("closed a further 180 schools", "42 new cases"); a count to come (not a cost nor a deployment:
        # "will send 600 soldiers" is one)
        return None
    noun = m.head.split()[-1].lower() if m.head else ""
    if abs(m.value - round(m.value)) > 1e-6 and not m.currency and (m.event or L.MEASURE_OF_HEAD.get(noun) in _OF_PEOPLE | {"cases"}):
        return None  # a share, no count of people or events ("0.32 fatal incidents per million flights")
    if noun in _DISTANCES and m.inherited:  # "... 2 miles away, and 3 were killed": people, not the distance before them
        m, noun = replace(m, head=""), ""
    if m.qualifier in L.VERDICTS and L.MEASURE_OF_HEAD.get(noun) != "counts":
        m = replace(m, qualifier="")  # a verdict qualifies a defendant's counts, nothing else
    if m.qualifier == "presumed" and m.event != "killed":
        m = replace(m, qualifier="")  # "presumed dead" qualifies deaths: "11 missing, presumed dead" are missing
    if m.currency:
        return _money(m)
    if m.rate and noun not in L.SPILL_UNITS:
        return None  # a count per day or per year ("kills 3,000 children every day"): a rate, no tally of the story's
    if m.head == "percent":
        return None
    held = noun in m.phrase.lower() or m.inherited  # (or the people of a count before it: "260 people ..., and that 95 had been released")
    if m.event == "released" and (noun not in _HELD | L.PEOPLE_HEADS | L.SOLDIER_HEADS or not held):
        m = replace(m, event="")  # "released 5,000 barrels": no one freed
    place = _join(m.place, m.looks_back if L.STRETCH.fullmatch(m.looks_back) else "")  # "Deaths (this season)"
    if noun in L.SPILL_UNITS and m.event in ("collected", "arrested"):  # oil caught, collected, siphoned, "captured"
        return Quantity("oil collected", place, m.qualifier, f"{noun} per day" if m.rate else noun)
    if m.event == "collected" or (noun in L.SPILL_UNITS and m.event):
        m = replace(m, event="")  # "collected 500 signatures": no count the brief tracks; "released 5,000 barrels": a spill
    if m.event:
        measure = L.MEASURE_OF_EVENT.get(m.event, "")
        if measure == "troops deployed":
            return Quantity(measure, _join(_modifiers(m.head), place)) if noun in L.SOLDIER_HEADS else None
        if not measure:
            return None
        if measure == "data exposed" and noun not in L.PEOPLE_HEADS:  # no breach's: "information about at least 40 hostages"
            return quantity(replace(m, event=""), focus, year)
        if measure == "data exposed":  # of whom, always people: "the data of 3.4 million people" after "1.2 million patients"
            return Quantity(measure, _join("people", place), m.qualifier)
        if measure in _OF_PEOPLE and noun in _VEHICLES | _DISTANCES:
            return None  # "38 trucks had crossed into the hills", "within one mile to evacuate": no one displaced, killed or freed
        if measure in DRAINING and noun in L.TIME_UNITS:
            return None  # "spent three nights without electricity", "two nights in shelters": how long, no count of a state
        if measure == "without power":  # counted in what a supplier counts (customers, households, homes): a unit, not a group
            unit = noun if noun not in PLAIN else (found.group(1) if (found := _NUMBER_OF.search(m.phrase)) else "")
            return Quantity(measure, place, m.qualifier, "" if unit in PLAIN else unit)
        if measure == "displaced" and L.MEASURE_OF_HEAD.get(noun) == "refugees":
            measure = "refugees"  # "660,000 refugees have fled"
        plain = noun in PLAIN or noun in L.EVENT_NOUNS or noun in _NOT_A_GROUP or L.MEASURE_OF_HEAD.get(noun) == measure
        subject = "" if plain else m.of_object if noun in _MEMBERS and m.of_object else m.head
        return Quantity(measure, _join(subject, place), m.qualifier)
    if m.value == 1 or (m.definite and m.value < 10) or m.owned:
        return None  # "one officer", "the three men": a set already introduced; "its 14 hospitals": its owner's own size
    if noun in L.MEASURE_OF_HEAD:
        if _OTHER.search(m.phrase) and not m.qualifier:
            return None  # "seven other victims": others, not the story's
        measure = L.MEASURE_OF_HEAD[noun]
        subject = _modifiers(m.head) if measure not in ("cases",) else ""
        if measure == "counts":  # "8 counts of fraud", "4 fraud counts": of the crime named, else no figure ("two counts")
            return Quantity(measure, m.of_object or subject, m.qualifier) if m.of_object or subject else None
        if measure == "cases" and not place:
            subject = m.of_object
        return Quantity(measure, _join(subject, place), m.qualifier)
    if noun in L.SPILL_UNITS:
        unit = f"{noun} per day" if m.rate else noun
        if m.rate:
            return Quantity("oil flow" if not m.of_object or m.of_object.lower() in _OIL else f"{m.of_object} flow",
                            place, m.qualifier, unit)
        if m.of_object.lower() in _OIL:
            return Quantity("oil spilled", place, m.qualifier, unit)
        return None
    if noun and noun in focus and noun not in L.TIME_UNITS and noun not in PLAIN:  # ("missing people" names no count of people)
        return Quantity(noun, _join(_modifiers(m.head), place), m.qualifier)
    return None


def named_only(q: Quantity, focus: str) -> bool:
    """Whether ``q`` is a count of a thing the topic's words (``focus``) name, with no event nor measure of its own ("three
    small farms", "Tanks" of a focus on tanks: see :func:`quantity`'s last case), and name as no measure either: not
    followed by what befell it ("acres burned", "clinics offline") nor after it ("cancelled flights", "closed schools"), nor
    asked for ("how many schools", "how many of the region's farms", "the number of farms")."""
    if q.measure in MEASURES or q.measure.endswith(" flow"):
        return False
    noun = re.escape(q.measure.removesuffix("s"))
    after = [w.lower() for w in re.findall(rf"(?i:\b{noun}s?\s+([a-z]+))", focus)]
    before = [w.lower() for w in re.findall(rf"(?i:\b([a-z]+)\s+{noun}s?\b)", focus)]
    return not any(_befell(w) or w in _BEFALLEN for w in after) and not any(map(_befell, before)) and not re.search(
        rf"(?i:\b(?:how\s+many|numbers?\s+of)\s+(?:[a-z'’-]+\s+){{0,4}}?{noun}s?\b)", focus)


def _befell(word: str) -> bool:
    """Whether a word beside a noun of the topic's is what befell the things ("acres burned", "flooded farms"): a past
    form, not one that tells nothing of them ("the methods farms used")."""
    return past_form(word) and word not in _PLAIN_PAST


_BEFALLEN = frozenset({"offline", "missing", "homeless", "down", "out"})  # (a state a count is in, besides a past form)
_PLAIN_PAST = frozenset({"used", "based", "learned", "learnt", "called", "named", "said", "known", "made", "had", "did"})
# what befalls things a story counts, told beside the count ("destroyed 40 homes", "140 schools were shut", "knocked 12
# hospitals offline"): the count is the story's though the topic's words alone name the thing
_BEFELL = re.compile(r"(?i:\b(?:destroy|damag|burn|flatten|raz|demolish|levell?ed|closed|closing|closure|shut|cancel|grounded|"
                     r"seiz|captur|overr[au]n|flood|collaps|knock|torch|loot|evacuat|blocked|blocking|blockade|disrupt|suspend|"
                     r"cut\s+off|offline|affect|infect|hit|struck|attack|bomb|shelled|shelling)\w*)")  # (not "close to", "a block of")


def befallen(sentence: str, m: Mention) -> bool:
    """Whether ``sentence`` tells what befell the things its count ``m`` counts, beside it (a few words either side; not
    the count's own words: "five terrorist attacks" tells nothing that befell them)."""
    return _BEFELL.search(sentence, max(0, m.start - 30), m.start) is not None or _BEFELL.search(
        sentence, m.end, min(len(sentence), m.end + 30)) is not None


def _money(m: Mention) -> Quantity | None:
    if m.value < 1000:
        return None  # "$50" a share, "$75 a barrel": prices, not a story's amounts
    obj = m.of_object.split()
    # an amount "a day" is a rate, never a value of the total ("cost 1.8 million euros a day" is no cost of 1.8 million)
    unit = f"{m.currency} per {'week' if m.phrase.endswith('week') else 'day'}" if m.rate else m.currency
    if obj and obj[-1].lower() in L.MONEY_MEASURES:
        return Quantity(L.MONEY_MEASURES[obj[-1].lower()], " ".join(obj[:-1]), m.qualifier, unit)
    if m.money_verb and not obj:
        return Quantity(m.money_verb, "", m.qualifier, unit)
    return None


def _modifiers(head: str) -> str:
    """The words of ``head`` before its noun, kept as a subject ("British" of "British soldiers")."""
    words = head.split()
    return " ".join(words[:-1])


def _join(*parts: str) -> str:
    return ", ".join(p for p in parts if p)


def _other_time(looks_back: str, year: int | None) -> bool:
    if not looks_back or L.STRETCH.fullmatch(looks_back):
        return False  # (a tally of a stretch of this time is tracked under it)
    years = [int(y) for y in _YEAR.findall(looks_back)]
    if years and year is not None:
        return min(years) < year
    return not years or year is None
