"""The story's own place and name (pure): counts of the place or the name the topic names, folded into the story's whole count.

Of a fire in Mendala County, "Acres (Mendala County)" is the fire's own acreage, no part of it; of an attack on Selvane Health,
"three Selvane Health hospitals" are the story's hospitals (:func:`own_place`, :func:`own_name`).  A count of no place that a
place tells ("Tarn said the flu had killed 103 people") is that place's (:func:`told_by_place`), and one a named hospital tells
("a doctor at Al Jala hospital says at least 30 people are dead") is that hospital's (:func:`told_by_ward`), and one in a box's
row is its row's place's (:func:`in_a_row`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from briefbot.brief.figures.identity import CUMULATIVE, MEASURES
from briefbot.brief.figures.rows import row_name
from briefbot.brief.figures.teller import lone_teller

if TYPE_CHECKING:
    from briefbot.brief.figures.series import _Obs

__all__ = ["in_a_row", "named", "own_name", "own_place", "told_by_place", "told_by_ward"]


def own_place(by_key: dict[tuple[str, str, str, str], list[_Obs]], topic: str) -> None:
    """Fold into the story's whole count (in place) a count of the story's own place, the one the topic names ("Acres (Mendala County)"
    of "the Caspar Fire in Mendala County", "Deaths (Northern California)" of a fire in California), that a later whole count of no
    place, as large, has left behind, no later value of the place's own following it: its older value is the whole's value before
    ("Acres: 44,200, up from more than 27,000"); or the whole's older value is its value before, when it is the later and as large
    ("Deaths: 11, up from at least 3").  A place the topic does not name ("Deaths (Mexico)" of a pandemic) may be a part, and so is
    each of two places the topic names that both have a count of the measure ("the embassies in Kenya and Tanzania": they stay); of
    a story of several places the topic names with counts ("the flu in Tarn and Mirel"), a place's later count is never folded into
    an older whole, which may mix the places' counts ("Cases (Mirel, confirmed): 45" stays, beside Kessary's 7 of the day before)."""
    own: dict[tuple[str, str, str, str], list[tuple[str, str, str, str]]] = {}  # the whole's key: its own places' keys
    for key, obs in by_key.items():  # (a count that only grows: the older is a value before)
        if key[1] and key[0] in CUMULATIVE and all(o.q.subject == o.m.place and named(o.m.place, topic) for o in obs):
            own.setdefault((key[0], "", key[2], key[3]), []).append(key)
    several = len({k[1] for keys in own.values() for k in keys}) > 1  # (a story of several places: a whole may mix theirs)
    for whole_key, keys in own.items():
        if (whole := by_key.get(whole_key)) is None or len(keys) > 1:
            continue
        obs, last, own_last = by_key[keys[0]], max(o.ordinal for o in whole), max(o.ordinal for o in by_key[keys[0]])
        if (own_last < last and max(o.m.value for o in obs) <= max(o.m.value for o in whole if o.ordinal == last)) or (
                last < own_last and not several and max(o.m.value for o in whole) <= max(o.m.value for o in obs if o.ordinal == own_last)):
            whole.extend(replace(o, q=whole[0].q) for o in by_key.pop(keys[0]))


def own_name(by_key: dict[tuple[str, str, str, str], list[_Obs]], topic: str) -> None:
    """Drop (in place) from a count the focus names the name before its noun that the topic names: "three Selvane Health hospitals"
    of an attack on Selvane Health are the story's hospitals, not Selvane's size ("Hospitals", not "Hospitals (Selvane Health)");
    a name the topic does not name, or one of two it names that both count the noun, stays, and so does one beside a count of no name."""
    own: dict[tuple[str, str, str, str], list[tuple[str, str, str, str]]] = {}
    for key, obs in by_key.items():
        if key[1] and key[0] not in MEASURES and all(not o.m.place and o.q.subject[:1].isupper() and named(o.q.subject, topic)
                                                     and o.m.head.endswith(f"{o.q.subject} {key[0]}") for o in obs):
            own.setdefault((key[0], "", key[2], key[3]), []).append(key)
    for plain, keys in own.items():  # (beside a count of no name, it may be a part: "four Jupiter moons" of "five moons")
        if len(keys) == 1 and plain not in by_key:
            by_key[plain] = [replace(o, q=replace(o.q, subject="")) for o in by_key.pop(keys[0])]


def named(place: str, topic: str) -> bool:
    """Whether ``topic`` names ``place``, or the name a word narrows ("Northern California" of "California")."""
    return any(re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", topic) for p in (place, place.partition(" ")[2]) if p[:1].isupper())


def told_by_place(by_key: dict[tuple[str, str, str, str], list[_Obs]]) -> None:
    """Move (in place) to its teller's place a count of no place or group that a one-word name tells ("Tarn said on Monday the new
    flu had killed 103 people": "Deaths (Tarn)"), when the story tells a count in that place ("62 deaths in Tarn"): a country's own
    count, no whole to dispute with the worldwide one.  A name only a possessive or a teller gives ("BP's costs", "BP said": a
    company) or a person's ("Renn said 20 people died") is no place."""
    told = {o: name for k, obs in by_key.items() if not k[1] for o in obs if not o.m.place and (name := lone_teller(o.sentence))}
    names = {n for n in set(told.values()) if any(o.m.place == n and re.search(rf"\b(?:in|across|throughout)\s+(?:the\s+)?{re.escape(n)}\b",
                                                                                 o.sentence) for obs in by_key.values() for o in obs)}
    for key in [k for k in by_key if not k[1]]:
        moved = [o for o in by_key[key] if told.get(o) in names]
        for o in moved:
            q = replace(o.q, subject=told[o])
            by_key.setdefault(q.key, []).append(replace(o, q=q))
        if rest := [o for o in by_key[key] if o not in moved]:
            by_key[key] = rest
        else:
            del by_key[key]


# a named hospital, clinic or morgue telling a count, itself or by its doctors or staff ("Dr. Ragab Ali at the Ebad Al-Rahman
# Clinic said", "..., a doctor at Benghazi's Al Jalla Hospital said", "Medical sources at Misratah Medical Complex said",
# "according to the Kestrel General Hospital"); not one the wounded were taken to ("were taken to Kestrel General Hospital")
_WARD = r"(?:[A-Z][\w'’-]*\s+){1,4}(?:[Hh]ospital|Clinic|Infirmary|Medical (?:Center|Centre|Complex)|[Mm]orgue)\b"
_WARD_TELLS = re.compile(rf"\b(?:at|of|from)\s+(?:the\s+)?(?:[A-Z][\w’'-]*['’]s\s+)?({_WARD})\s+(?:(?:has|have)\s+)?(?:said|says|say|"
                         rf"told|reported|counted)\b|(?:^|[,;]\s+|\bthe\s+)({_WARD})\s+(?:said|says|reported)\b"
                         rf"|\baccording to (?:the\s+)?({_WARD})")
# a sentence with two tellers ("Staff at Tarn City Hospital said they had treated 40 wounded, and the health ministry put the
# death toll at 38"): whose each count is, is not told apart, and none is moved
_TELLING = re.compile(r"\b(?:said|says|say|told|(?<![Tt]he )report(?:ed|s)|put|puts|according to|estimated|estimates)\b")
_WARD_COUNTS = frozenset({"deaths", "injured", "cases"})  # what a hospital counts of its dead, wounded and sick
# ... not a toll the sentence gives a wider scope ("a doctor at Kestrel General Hospital said 400 people had been killed
# nationwide"): the doctor tells the story's toll, not the ward's
_WIDER = re.compile(r"\b(?:nationwide|across the (?:country|region|city|province)|throughout|in total|in all|so far|since)\b")


def told_by_ward(by_key: dict[tuple[str, str, str, str], list[_Obs]]) -> None:
    """Move (in place) to its hospital a count of the dead, the wounded or the sick of no place or group that a named hospital,
    clinic or morgue tells, or its doctors do ("A doctor treating the injured at Al Jala hospital says at least 30 people are
    dead": "Deaths (Al Jala hospital)"): the ones it counted, a part of the story's toll and no rival account of it."""
    for key in [k for k in by_key if not k[1] and k[0] in _WARD_COUNTS]:
        _move(by_key, key, {o: next(n for n in found.groups() if n) for o in by_key[key]
                            if (found := _WARD_TELLS.search(o.sentence)) and len(_TELLING.findall(o.sentence)) == 1
                            and not _WIDER.search(o.sentence)})


def in_a_row(by_key: dict[tuple[str, str, str, str], list[_Obs]]) -> None:
    """Move (in place) to its row's place a count of no place or group in a box's row ("US: one death, at least 109 confirmed
    cases New Zealand: 4 confirmed, 12 probable cases": "Cases (New Zealand, probable)"; :func:`briefbot.brief.figures.rows.row_name`)."""
    for key in list(by_key):  # (a count of no group, or of what its "of" names: "20 confirmed cases of swine flu")
        _move(by_key, key, {o: ", ".join(filter(None, (o.q.subject, row))) for o in by_key[key] if not o.m.place and (
            not o.q.subject or o.q.subject == o.m.of_object) and (row := row_name(o.sentence, o.m.start))})


def _move(by_key: dict[tuple[str, str, str, str], list[_Obs]], key: tuple[str, str, str, str], moved: dict[_Obs, str]) -> None:
    """Move (in place) each of ``moved`` from ``key`` to the count of its subject."""
    if not moved:
        return
    for o, subject in moved.items():
        q = replace(o.q, subject=subject)
        by_key.setdefault(q.key, []).append(replace(o, q=q))
    if rest := [o for o in by_key[key] if o not in moved]:
        by_key[key] = rest
    else:
        del by_key[key]
