"""Where a count is (pure): the place a sentence names for a number, after it ("... killed 40 people in Tarn", "120
soldiers were killed at Jisr al-Tarn", "held 100 protesters in the nation's capital of Tarsk", "in the capital, Tarsk",
"died in the eastern city of Tarsk", "in the town of Tarsk", "in the village of Orvo") or before it ("the quake in
Sulawesi killed 832", "Mexico has confirmed 727 cases", "Mexico's death toll"), and a capitalised name read as a place
("Port-au-Prince", "U.S.", "Jisr al-Shughour"; two joined by "and", "in Kenya and Tanzania", are both's). Used by
:mod:`.grammar`; split from :mod:`.phrases`."""

from __future__ import annotations

import re

from briefbot.brief.figures import lexicon as L
from briefbot.brief.figures.numbers import Tok, at, is_word
from briefbot.brief.figures.phrases import display

__all__ = ["name_at", "place_after", "place_before"]

_PLACE_PREPS = ("in", "across", "off", "throughout", "inside", "from", "on", "near", "through", "at")
# Nouns a name before them modifies ("U.S. history", "Kosovo force"): the name is then not a place.
_NAME_MODIFIES = {"history", "record", "records", "force", "forces", "government", "army", "border", "coast",
                  "side", "officials", "police", "troops", "media", "economy", "waters", "authorities"}


def place_after(toks: list[Tok], k: int, window: int = 6, toll: bool = False) -> str:
    """The place named shortly after token ``k`` ("... in Mexico", "... across the Gulf"): the first
    capitalised name after one of ``in``, ``across``, ``off`` within ``window`` tokens, before any comma.  After a
    ``toll``, "from" names its cause, no place ("the toll from Cyclone Tarra across Mirel": Mirel)."""
    found = ""  # (a name "at" gives way to one "in" after it: "killed 12 worshippers at Mass in Tarn", "at UN headquarters in Velan")
    for j in range(k, min(k + window, len(toks))):
        tok = toks[j]
        if tok.kind in ("num", "badnum") or tok.text in (",", ";", ":", "(", ")", "."):
            return found
        if not is_word(tok, *_PLACE_PREPS) or (toll and tok.lower == "from"):
            continue
        n = j + 1
        if is_word(at(toks, n), "the"):
            n = _capital_named(toks, n + 1)
        name = name_at(toks, n, after_count=True)
        if name and tok.lower != "at":
            return name
        found = found or name
    return found


# the part of a country a place's kind is told with ("the eastern city of Ismailiya", "the northern province of Idlib")
_WHICH_PART = frozenset({"provincial", "regional", "northern", "southern", "eastern", "western", "central", "northeastern",
                         "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
                         "south-western", "nearby", "coastal"})
_COUNTRY_S = frozenset({"nation's", "nation’s", "country's", "country’s", "state's", "state’s", "province's", "province’s"})


def _capital_named(toks: list[Tok], n: int) -> int:
    """Where the name of a capital the words from ``n`` (after "in the") go on to starts ("nation's capital of Algiers",
    "capital, Algiers": the name's token), else ``n``: the capital named is where the count is.  After a comma the name
    closes its own phrase ("in the capital, Algiers, on Saturday"); one that goes on to a verb or a noun is who tells
    ("in the capital, Human Rights Watch said", "in the capital, Reuters witnesses said")."""
    m = n + 1 if (owner := at(toks, n)) is not None and (owner.lower in _COUNTRY_S or owner.lower in _WHICH_PART
                                                         or (owner.text[:1].isupper() and is_word(at(toks, n + 1), "capital"))) else n
    m += is_word(at(toks, m), "capital") and is_word(at(toks, m + 1), "city")  # ("the capital city of Lusaka")
    kind = at(toks, m)
    if not (is_word(kind, "capital", "city", "town", "village") or (m > n and is_word(kind, "province", "region", "state"))) or (
            joint := at(toks, m + 1)) is None or joint.text not in (",", "of") or (joint.text == "," and not is_word(kind, "capital")):
        return n  # ("the eastern city of Ismailiya", "the northern province of Idlib"; no comma after a part's kind)
    if joint.text == ",":
        k = m + 2
        while (word := at(toks, k)) is not None and word.kind == "word" and word.text[:1].isupper() and k < m + 5:
            k += 1
        if (after := at(toks, k)) is not None and (after.text not in (",", ".", ";", ")") or (after.text == "," and is_word(
                at(toks, k + 1), "which", "who", "whose", "citing", "quoting", "according", *_TELLS))):
            return n  # (nor one set off with its own aside: "in the capital, Amnesty International, which monitored ...")
    return m + 2


def name_at(toks: list[Tok], n: int, *, after_count: bool = False) -> str:
    """The capitalised name starting at token ``n`` ("Mexico", "Port-au-Prince", "U.S."), unless it
    modifies a noun after it ("U.S. history", "Kosovo force", and any noun after "the" or "at": "the Velano
    dam", "at UN headquarters", "at Jo Lee's home"), a number follows it after "at" ("at Number 10"), or it names a feast
    ("at Easter", "at New Year celebrations"): then it is not a place.  Two names joined by "and" are both's ("in Kenya and
    Tanzania"), unless the second tells or holds a title ("in Velan and Jo Lee said ...", "and President Jo Lee") or, read
    ``after_count``, opens a clause of its own ("12 people died in Velan and Tarn has closed its border")."""
    before = at(toks, n - 1)
    words: list[str] = []
    while (name := at(toks, n)) is not None and name.kind == "word" and (name.text[:1].isupper() or (
            words and _PARTICLE.fullmatch(name.text))) and re.sub(r"['’]s$", "", name.lower.rstrip(".")) not in \
            L.MONTHS | L.WEEKDAYS and len(words) < 3:
        words.append(name.text if _PARTICLE.fullmatch(name.text) else display(name))
        n += 1
        if (dot := at(toks, n)) is not None and dot.text == "." and dot.start == name.end and "." in name.text:
            words[-1] += "."  # "U.S."
            n += 1
    after = at(toks, n)
    if not words or _names_a_thing(words, after, the=is_word(before, "the", "at"), at_=is_word(before, "at")):
        return ""
    other = name_at(toks, n + 1) if is_word(after, "and") else ""  # (two places: "in Kenya and Tanzania" is both's)
    if other and _no_second_place(toks, n + 1 + len(other.split()), other, after_count):
        other = ""
    return " ".join(words) + (f" and {other}" if other else "")


def _names_a_thing(words: list[str], after: Tok | None, *, the: bool, at_: bool) -> bool:
    """Whether a name (``words``, ``after`` the token after it) names a thing, no place: it modifies a noun after it ("U.S.
    history"; after "the" or "at" any noun, "the Velano dam breach", "at UN headquarters"), owns one or counts after "at"
    ("at Reuters' offices", "at Number 10"), or names a feast ("at Easter")."""
    if after is not None and after.kind == "word" and (after.lower in _NAME_MODIFIES or (
            the and after.text[:1].islower() and after.lower not in L.STOP and not (at_ and after.lower in _THEN))):
        return True
    if at_ and after is not None and (after.kind in ("num", "badnum") or after.text in ("'", "’")):
        return True
    return any(re.sub(r"['’]s$", "", w.lower()) in _FEASTS for w in words)


def _no_second_place(toks: list[Tok], k: int, other: str, after_count: bool) -> bool:
    """Whether the second of two names joined by "and" (``other``, token ``k`` after it) is no place: it holds a title or
    tells ("and President Jo Lee declared ...", "and Jo Lee said ..."), or, read ``after_count``, opens a clause of its own
    ("and Tarn has closed its border") or is a person set off by an apposition ("and Jo Lee, the interior minister, ...")."""
    nxt = at(toks, k)
    if _TITLED.match(other) or is_word(nxt, *_TELLS):
        return True
    return after_count and nxt is not None and ((nxt.kind == "word" and nxt.lower not in _AFTER_PLACES) or (
        nxt.text == "," and is_word(at(toks, k + 1), "the", "a", "an")))


_THEN = frozenset({"last", "this", "next", "early", "late", "overnight", "yesterday", "today", "tonight", "earlier", "later"})
_FEASTS = frozenset({"easter", "christmas", "ramadan", "eid", "thanksgiving", "passover", "hanukkah", "diwali", "year", "mass",
                     "carnival", "halloween"})
# what may follow two places after a count ("killed 40 people in Tarn and Velano on Monday"): no verb of a clause of their own
_AFTER_PLACES = frozenset({"on", "in", "at", "last", "this", "since", "after", "before", "during", "when", "where", "as", "and",
                           "or", "over", "for", "from", "by", "to", "with", "yesterday", "today", "overnight", "earlier", "later"})
_TELLS = ("said", "says", "say", "told", "reported", "reports", "declared", "announced", "added", "warned", "urged", "confirmed")


# a name's particle and its capitalised part, inside a name ("Jisr al-Shughour", "Sharm el-Sheikh", "Deir ez-Zor")
_PARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|ez|an|ibn|bin|abu|bani|beni)-[A-Z][\w'’-]*")
_OPENERS = frozenset({"meanwhile", "today", "yesterday", "now", "still", "also", "however", "instead", "overall", "separately",
                      "elsewhere", "nationwide", "everyone", "everybody", "nobody", "officially", "altogether", "so", "yet"})
_TITLED = re.compile(r"\b(?:Minister|President|Secretary|Chief|Commissioner|Governor|Mayor|Director|Spokes(?:wo)?man|Officer)\b")
_NOT_PLACES = {"authorities", "rescuers", "doctors", "officials", "prosecutors", "investigators", "he", "she", "it", "they"}


def _function_word(name: str) -> bool:
    """Whether a capitalised word is a function word or an adverb opening its sentence, no name ("There have been five
    deaths", "We have two cases", "It's estimated ...", "Meanwhile Spain has ...")."""
    word = name.lower()
    return (word in L.STOP or word in _OPENERS) and not (name.isupper() and 1 < len(name) <= 3)  # (not "US")


def place_before(toks: list[Tok], i: int) -> str:
    """The place of a count stated earlier in its clause: "the quake in Sulawesi killed 832", and the
    name that has or reports the count: "Mexico has confirmed 727 cases", "Mexico's death toll"."""
    prev = at(toks, i - 1)
    if is_word(at(toks, i), "death", "toll", "casualty", "injury"):  # whose toll: "The U.S. death toll"
        if prev is not None and prev.text == "." and i >= 2 and "." in toks[i - 2].text and toks[i - 2].text[:1].isupper():
            return toks[i - 2].text + "."
        if prev is not None and prev.kind == "word" and prev.text[:1].isupper() and i >= 2 and prev.lower not in L.STOP:
            return display(prev)
    for back in range(1, 9):
        tok = at(toks, i - back)
        if tok is None or tok.text in (",", ";", ":", "(", ")"):
            return _fronted(toks, i - back) if tok is not None and tok.text == "," and back <= 3 else ""  # (its count next)
        if tok.kind == "word" and tok.lower in ("has", "have", "had") and back <= 3:
            owner = at(toks, i - back - 1)
            if owner is None or not (owner.text[:1].isupper() or owner.text == "."):
                continue  # "Laboratory tests have confirmed": no name has the count
            first = i - back - 1
            while first > 0 and toks[first - 1].kind == "word" and toks[first - 1].text[:1].isupper():
                first -= 1
            first += is_word(at(toks, first), "the")
            while first < i - back - 1 and _function_word(toks[first].text):
                first += 1  # ("But Italy has recorded ...", "Meanwhile Spain has ...")
            if (first == i - back - 1 == 0 and owner.lower.endswith("s") and tok.lower == "have") or is_word(
                    at(toks, first - 1), "and", "or"):  # a plural opening the sentence ("Hospitals have"), a joint count's last name
                continue  # ("Italy and Spain have")
            name = name_at(toks, first)
            if name and first + len(name.replace(".", " .").split()) > i - back - 1 and not _TITLED.search(name) and \
                    name.lower() not in L.NOUNS | set(L.GROUP_OF) | _NOT_PLACES and not _function_word(name):  # (not "Minister Reed")
                return name
        if tok.kind == "word" and tok.lower.endswith("'s") and tok.text[:1].isupper() and not _function_word(tok.text[:-2]) \
                and tok.lower[:-2] not in L.MONTHS | L.WEEKDAYS and not is_word(at(toks, i - back - 1), "the"):
            return display(tok)  # "Mexico's", not "Sunday's quake" nor "the Sheriff's Office" (a name after "the": no place)
        if is_word(tok, "in") and (name := name_at(toks, i - back + 1)):
            return name
    return ""


def _fronted(toks: list[Tok], comma: int) -> str:
    """The place a sentence opens on, set off by the comma at token ``comma`` just before its count ("In Alexandria, 31 people
    were killed", "In India, at least 10,000 ..."; not "In Alexandria on Friday, ...", which names more than the place, nor
    "In Tarn, the ministry said 8 ...", whose count is in a clause of its own)."""
    first = 1 + is_word(at(toks, 1), "the")
    if not is_word(at(toks, 0), "in", "across", "throughout") or not (name := name_at(toks, first)):
        return ""
    return name if all(t.text[:1].isupper() or t.text == "." or t.lower == "and" or _PARTICLE.fullmatch(t.text)
                       for t in toks[first:comma]) else ""
