"""Stale values (pure): the sentences a brief's situation leaves out, since they would pass for the latest value.

A running total ("the death toll has risen to 44", "230 people had been arrested since the protests began": a
count from a start to now), a state ("200 people were reported missing") or an area
("has burned 27,000 acres") of a quantity a later article gives another such value of is stale.  So is a toll
told as its event's ("Seven people died when the Halvern bridge collapsed on Sept. 3, 2024", whatever year it
names) when a later running toll of the same quantity is larger and names every name it does, two or more ("the
Halvern River bridge collapse"): to a reader, the event's toll is the latest.  A count of a day ("in the
Tuesday clashes", "in the last 24 hours") or of a part ("Two demonstrators died in Suez", after a toll of no
group) is that day's or that part's, and stays; so does another event's count that names nothing the later
toll names ("Gunmen killed five people in an attack on a market in Tesk").

One day's values are those of one time, save on a live page told newest first (:mod:`briefbot.text.entries`; a
report's ``told``): there the page's newest entry to give the quantity that day (any count of it but a day's or a
stretch's) leaves an older entry's other value behind, a running total or state (as a later article's would), or its
event's toll when the newest is larger and no more than three times it ("18 people had died in the floods so far" of
the 09:05 entry, below the 16:40 entry's "31 people had died"; not "Gunmen killed five people at a market").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from briefbot.brief.figures import lexicon as L
from briefbot.brief.figures.grammar import mentions
from briefbot.brief.figures.identity import CUMULATIVE, DRAINING, added_before, focus_words, quantity
from briefbot.brief.figures.series import STATES, Dated, Report
from briefbot.brief.figures.when import in_a_period

__all__ = ["capitalised_names", "superseded"]

# a value told as the running total of its day: a toll, a tally, what "has risen to" or is "still" so
_RUNNING = re.compile(r"\b(?:toll|tally|total|number of|so far|risen|rose|climbed|reached|now|still|remains?|remained)\b",
                      re.I)
# ... or told from a start to now, right after its count ("230 people had been arrested since the protests began", "have died
# since Tuesday"): what has added up by then ("killed in a raid on Tuesday" is that event's count, "died in the 24 hours
# since midday" a stretch's)
_SINCE = re.compile(r"(?:(?!\b(?:hours|days|weeks|months)\b)[^,;.!?]){0,20}?\bsince\b", re.I)
# ... or in the present perfect right after its count, what has added up by now ("23 ambulances have been diverted ...")
_PERFECT = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:has|have|had)\s+(?:now\s+|so\s+far\s+|already\s+)?been\s+([a-z]+ed)\b")
# an area, what a fire or a slick "has burned" or covers by then
_SIZES = {"acres", "hectares", "square miles", "square kilometres", "square kilometers", "km2"}
_TOLLS = {"deaths", "injured", "casualties"}  # an event's count that a later toll of the event carries on
# a day of the week: a count told of it is that day's ("On Sunday, 16 civilians were killed", "in the Tuesday clashes"), not
# the day it is told ("..., officials said on Thursday")
_DAY = re.compile(rf"(?<!\bsaid on )(?<!\bsaid )(?<!\bsays )\b(?:{'|'.join(L.WEEKDAYS)})\b", re.I)

_Key = tuple[str, str, str, str]
# a value a party set and then changes, told as its revision ("raised its offer for Harrowgate to $3 a share", "cut its bid
# to 90 pence"): the values told before it of the same quantity are no longer the offer
_REVISION = re.compile(r"\b(?:raised|increased|lifted|sweetened|improved|lowered|cut|reduced|revised|trimmed)\s+(?:its|their|the|his|her)"
                       r"(?:\s+[\w-]+){0,2}?\s+(?:offer|bid|proposal|price|estimate|forecast|target)s?\b[^.;]{0,60}?\bto\s+$", re.I)
_OFFERED = re.compile(r"\b(?:offers?|offered|bids?|proposals?)\b", re.I)  # what such a value is told as (not "estimates")


@lru_cache(maxsize=4096)
def capitalised_names(text: str) -> frozenset[str]:
    """The capitalised words of ``text`` after its first, or its first a possessive ("Mirel's agency"), without the possessive (names,
    days and months left out); read once a sentence."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    words = [re.sub(r"['’]s$", "", w) for w in words[(not words or not re.search(r"['’]s$", words[0])):]]
    return frozenset(w for w in words if w[0].isupper() and w.lower().rstrip(".") not in L.CALENDAR | {"today", "yesterday"})


def superseded(reports: Sequence[Report], dating: Mapping[int, Dated], focus: str = "") -> frozenset[str]:
    """The sentences that give a running total ("the death toll has risen to 44", "about 120 people are
    still missing"), a state ("200 people were reported missing") or an area ("has burned 27,000 acres") of a
    quantity a later article gives another such value of, or their event's toll that a later running toll of
    the same event exceeds: told as the situation, they would pass for the latest; and a party's offer, bid or proposal
    at another value than its latest revision (:func:`_offers_revised`)."""
    words = focus_words(focus)
    told: list[tuple[_Key, int, float, str, bool]] = []  # (quantity, day, value, sentence, a running value)
    done: dict[str, str] = {}  # a sentence running by its perfect alone: its participle ("23 ambulances have been diverted")
    offered: list[tuple[_Key, int, float, str, bool]] = []  # every value, as told (for a quantity a later article revises)
    revised: dict[_Key, tuple[int, float, str]] = {}  # each revised quantity's latest revision: (day, value, sentence)
    entries: dict[tuple[_Key, int, int], list[tuple[int, float, str, int]]] = {}  # a live page's, by (quantity, day, page)
    for report in reports:
        days = [d.day for a in report.article_ids if (d := dating.get(a)) is not None and d.day is not None]
        if not days:
            continue
        first = min(days)
        event_toll: bool | None = None  # whether it tells its event's toll: no weekday, no stretch of time (read once)
        for m in mentions(report.text):
            if added_before(report.text, m.start):
                continue  # "a further 42 cases": what a day adds, no total
            q = quantity(m, words, first.year)
            kind = 0  # 2: a running value, 1: its event's toll, 0: another count (a live page's newest entry may give it)
            if not (m.supposed or m.left) and _OFFERED.search(report.text):  # (an offer's value, to come as offers are: keyed by
                # what it is, a tracked quantity or not)
                key = q.key if q is not None else (m.what, m.place, "", "")
                offered.append((key, first.toordinal(), m.value, report.text, True))
                if _REVISION.search(report.text, max(0, m.start - 120), m.start) and first.toordinal() >= revised.get(key, (0,))[0]:
                    revised[key] = (first.toordinal(), m.value, report.text)
            perfect = _PERFECT.match(report.text, m.end)
            if q is not None and (q.measure in STATES or q.measure in _SIZES or _RUNNING.search(m.phrase)
                                  or _SINCE.match(report.text, m.end) or perfect):
                told.append((q.key, first.toordinal(), m.value, report.text, True))
                if perfect and not (q.measure in STATES or _RUNNING.search(m.phrase) or _SINCE.match(report.text, m.end)):
                    done[report.text] = perfect.group(1)  # (what was done to them: a later count of it, not of another act)
                kind = 2
            else:
                q = q or (quantity(replace(m, looks_back=""), words, first.year) if m.looks_back else None)
                if q is not None and q.measure in _TOLLS:
                    if event_toll is None:
                        event_toll = not _DAY.search(report.text) and not any(
                            in_a_period(report.text, x.start, x.end) for x in mentions(report.text))
                    if event_toll:
                        told.append((q.key, first.toordinal(), m.value, report.text, False))
                        kind = 1
            if q is not None and report.told is not None and (kind or not in_a_period(report.text, m.start, m.end)):
                page = entries.setdefault((q.key, first.toordinal(), report.article_ids[0]), [])
                page.append((report.told, m.value, report.text, kind))
    latest: dict[_Key, tuple[int, set[float], set[str]]] = {}
    for key, day, value, text, running in told:
        last = latest.get(key)
        if not running:
            continue
        if last is None or day > last[0]:
            latest[key] = (day, {value}, {text})
        elif day == last[0]:
            last[1].add(value)
            last[2].add(text)

    # (a later value under a third of it is another count: "the toll from a landslide in the south rose to 3", but for a state
    # a recovery drains, a tenth: identity.DRAINING); a place's
    # value is left behind by its own later one, or by a later whole of no place as large ("27,000 acres" in the county, 45,300),
    # and a whole's by a later value of the topic's own place ("killed at least three" by "the toll across Mirel rose to 11"), as
    # is a place's that the later value's sentence names ("killed three people in Greece's western Peloponnese" by "raising the
    # death toll from the wildfire in Greece's western Peloponnese to five": Greece's, the topic's place)
    own = {k for k in latest if k[1] and k[0] in CUMULATIVE and re.search(rf"(?<![\w-]){re.escape(k[1])}(?![\w-])", focus, re.I)}

    wholes: dict[_Key, set[_Key]] = {}  # each quantity's wholes, found once (many sentences give one quantity)

    def whole_of(key: _Key) -> set[_Key]:
        if key not in wholes:
            wholes[key] = {k for k in own if (k[0], *k[2:]) == (key[0], *key[2:]) and k != key and (
                not key[1] or any(_names_before(t, key[1], latest[k][1]) for t in latest[k][2]))}  # (a place's: _names_before)
        return wholes[key]

    def left(key: _Key, day: int, value: float, text: str, running: bool) -> bool:
        whole = whole_of(key)
        for k in ({key, (key[0], "", *key[2:])} | whole) & latest.keys():
            later, values, texts = latest[k]
            if day >= later or ((10 if k[0] in DRAINING else 3) if k == key or (k in whole and not key[1]) else 1) * max(values) < value:
                continue
            if text in done and not any(done[text] in t for t in texts):
                continue  # ("500 flights have been cancelled" is left by a later count of flights cancelled, not of flights delayed)
            if (value not in values) if running else ((k == key or k in whole) and max(values) > value and any(
                    len(names := capitalised_names(text)) >= 2 and names <= capitalised_names(t) for t in texts)):
                return True
        return False

    behind: set[str] = set()  # a live page's older entries the newest of the day leaves (a value under a third of it: another count)
    for values in entries.values():
        newest = max(t for t, _, _, _ in values)
        now = {v for t, v, _, _ in values if t == newest}
        top = max(now)
        behind.update(text for t, v, text, kind in values if t < newest and v not in now
                      and (3 * top >= v if kind == 2 else kind == 1 and v < top <= 3 * v))
    return frozenset(t[3] for t in told if left(*t)) | behind | _offers_revised(offered, revised)


def _names_before(text: str, place: str, values: set[float]) -> bool:
    """Whether ``text`` names ``place`` before its count of one of ``values`` ("raising the death toll ... in Greece's western
    Peloponnese to five"; not "The toll in Kestria rose to 5,000, as rescuers in Velano searched": Velano's is its own)."""
    at = next((m.end for m in mentions(text) if m.value in values), len(text))  # (the count, or its phrase, ends there)
    return re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", text[:at], re.I) is not None


def _offers_revised(offered: Sequence[tuple[_Key, int, float, str, bool]], revised: Mapping[_Key, tuple[int, float, str]]) -> set[str]:
    """The sentences giving another value of an offer than its latest revision, told of the same party (the name they open on
    is the revision's: "Tarn Bank has offered ... $1 a share" once "Tarn Bank raised its offer ... to $3 a share"; not a
    rival's bid, "Kestrel Mutual made a rival bid of $2.50 a share", nor what others made of it, "Velano Savings
    shareholders had rejected the first offer"), the revision's own sentence kept."""
    out: set[str] = set()
    for key, _day, value, text, _ in offered:
        latest = revised.get(key)
        if latest is not None and value != latest[1] and text != latest[2] and (party := _opening_name(text)) \
                and party == _opening_name(latest[2]):
            out.add(text)
    return out


def _opening_name(text: str) -> str:
    """The name a sentence opens on, its subject ("Tarn Bank" of "Tarn Bank raised its offer ..."), "" for none."""
    found = _OPENING_NAME.match(text)
    return found.group(1) if found else ""


_OPENING_NAME = re.compile(r"(?:The\s+)?((?!The\b)(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*?)(?:['’]s)?\s+(?-i:[a-z])")
