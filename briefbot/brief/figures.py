"""Key figures and where sources disagree (pure).

:func:`mentions` finds the numbers one sentence states, each with the thing it counts
("three of the attackers were killed" -> 3 "attackers killed").  :func:`key_figures` groups
the mentions of many sentences by what they count: a thing every source gives the same
number for becomes one :class:`~briefbot.models.Figure` citing every article, a thing
different articles give different numbers for becomes a :class:`~briefbot.models.Disagreement`.

Everything here is general news language (numbers, units, a small lexicon of events and of
groups of people); nothing is specific to one story.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefbot.models import Disagreement, Figure

__all__ = ["Mention", "key_figures", "mentions"]


@dataclass(frozen=True)
class Mention:
    """One number in one sentence, with what it counts."""

    value: float
    what: str  # normalised thing counted: "attackers killed", "british soldiers", "percent of albanian vote"
    phrase: str  # the verbatim words of the sentence that state it
    start: int  # offsets of ``phrase`` in the sentence
    end: int
    approximate: bool  # "at least", "about", "around", "some", "more than", ...


# --------------------------------------------------------------------------- lexicons

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000}
_SUFFIX_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000,
                  "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}
_NUMBER_WORDS = {**_UNITS, **_TENS, **_SCALES, "dozen": 12}

_CURRENCY_SIGNS = {"$": "dollars", "us$": "dollars", "£": "pounds", "€": "euros"}
_CURRENCY_WORDS = {
    "dollar": "dollars", "dollars": "dollars", "pound": "pounds", "pounds": "pounds",
    "sterling": "pounds", "euro": "euros", "euros": "euros", "yuan": "yuan", "yen": "yen",
    "rupees": "rupees", "francs": "francs",
}
_PERCENT_WORDS = {"percent", "pct"}
# Nouns a percentage may qualify directly ("a 3 percent rise").
_PERCENT_NOUNS = {
    "rise", "fall", "drop", "increase", "decrease", "decline", "cut", "stake", "share",
    "turnout", "majority", "chance", "rate", "growth", "gain", "loss", "jump", "contraction",
    "reduction", "raise", "hike", "slump", "plunge", "interest",
}

# Words before a number that make it approximate; longest first.
_APPROX = [
    ("in", "excess", "of"), ("as", "many", "as"), ("as", "much", "as"), ("at", "least"),
    ("more", "than"), ("fewer", "than"), ("less", "than"), ("up", "to"), ("close", "to"),
    ("upwards", "of"), ("an", "estimated"), ("just", "over"), ("just", "under"), ("nearly",),
    ("almost",), ("about",), ("around",), ("approximately",), ("roughly",), ("some",),
    ("over",), ("approx",), ("estimated",), ("circa",), ("an", "additional"),
]
_NOT_APPROX = {("an", "additional")}  # recognised so it joins the phrase, but exact

_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_TIME_AFTER = {"am", "pm", "a.m", "p.m", "gmt", "bst", "utc", "cet", "cest", "est", "edt",
               "pst", "pdt", "hrs", "o'clock", "o’clock"}
_YEAR_BEFORE = {"in", "since", "of", "by", "until", "till", "from", "to", "before", "after",
                "during", "early", "late", "mid", "year", "between", "and", "through", "the", "spring",
                "summer", "autumn", "fall", "winter", "fiscal", "season", "than", "around"}
# A number after one of these is a label, not a quantity ("Article 5", "Category 4").
_LABELS = {
    "no", "no.", "nos", "number", "article", "section", "chapter", "phase", "level", "category",
    "grade", "page", "pages", "room", "flight", "route", "highway", "resolution", "item", "step",
    "stage", "round", "gate", "terminal", "platform", "line", "channel", "version", "model",
    "episode", "season", "part", "act", "bill", "clause", "paragraph", "rule", "question",
    "table", "figure", "class", "division", "ward", "district", "zone", "block", "floor",
    "apartment", "suite", "box", "pier", "track", "aged", "age", "ages", "tier", "unit",
    "world", "war", "covid", "code", "sector", "camp", "base", "building", "precinct",
}
_TIME_UNITS = {
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades", "night", "nights", "time", "times",
    "century", "centuries", "weekend", "weekends", "morning", "mornings", "evening", "afternoon",
}
_RELATIVE_TIME = {"ago", "later", "earlier", "before", "after", "since", "previously", "prior"}

# Words that end a noun phrase: function words, auxiliaries, common verbs.
_STOP = {
    "a", "an", "the", "this", "that", "these", "those", "its", "it", "it's", "their", "his",
    "her", "our", "your", "my", "whose", "which", "who", "whom", "what", "where", "when",
    "while", "whereas", "whether", "if", "as", "than", "then", "so", "and", "or", "but", "nor",
    "yet", "also", "too", "not", "no", "of", "in", "on", "at", "to", "for", "from", "by",
    "with", "without", "within", "into", "onto", "over", "under", "about", "after", "before",
    "during", "since", "until", "against", "among", "amid", "between", "through", "across",
    "behind", "near", "towards", "toward", "upon", "per", "via", "despite", "including", "like",
    "unlike", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
    "having", "do", "does", "did", "done", "will", "would", "shall", "should", "can", "could",
    "may", "might", "must", "ought", "said", "says", "say", "told", "tells", "according",
    "reported", "reportedly", "believed", "thought", "expected", "there", "here", "now",
    "still", "just", "only", "even", "already", "again", "ever", "never", "always", "perhaps",
    "often", "more", "most", "less", "least", "many", "much", "few", "several", "some", "any",
    "all", "both", "each", "every", "either", "neither", "other", "another", "such", "same",
    "own", "he", "she", "they", "we", "you", "i", "him", "them", "us", "me", "one's", "others",
}
# Adjectives dropped from what is counted ("additional troops" = "troops").
_VAGUE_ADJ = {
    "additional", "other", "more", "further", "new", "extra", "total", "estimated", "possible",
    "separate", "different", "many", "few", "small", "large", "big", "major", "key", "senior",
    "top", "former", "suspected", "alleged", "unidentified", "unknown", "local", "young", "old",
    "innocent", "professional", "ethnic", "fellow", "individual", "overall", "approximately",
    "roughly", "nearly", "only", "just", "least", "heavy", "light", "several", "various",
    "respective", "remaining", "own", "initial", "latest", "recent", "current",
}
_VAGUE_NUMBERS = {"dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens",
                  "several", "numerous"}

# Groups of people: the same group, however an outlet words it.
_GROUPS = {
    "attackers": ("gunman", "gunmen", "attacker", "attackers", "assailant", "assailants",
                  "militant", "militants", "insurgent", "insurgents", "shooter", "shooters",
                  "fighter", "fighters", "raider", "raiders"),
    "police": ("police", "policeman", "policemen", "policewoman", "policewomen", "officer",
               "officers", "cop", "cops", "constable", "constables", "policeofficer"),
    "soldiers": ("soldier", "soldiers", "troop", "troops", "serviceman", "servicemen",
                 "servicewoman", "servicewomen"),
    "people": ("people", "person", "persons", "individual", "individuals"),
}
_GROUP_OF = {w: g for g, ws in _GROUPS.items() for w in ws}
_COMPOUNDS = {
    ("police", "officer"): "police", ("police", "officers"): "police",
    ("armed", "men"): "attackers", ("armed", "man"): "attackers",
    ("service", "members"): "soldiers", ("service", "member"): "soldiers",
    ("security", "officers"): "police", ("law", "enforcement"): "police",
}
# Nouns that head a count even in the singular or without a plural -s.
_NOUNS = set(_GROUP_OF) | {
    "men", "man", "women", "woman", "children", "child", "civilians", "civilian", "personnel",
    "staff", "crew", "workers", "residents", "cases", "deaths", "barrels", "gallons", "tonnes",
    "tons", "litres", "liters", "acres", "hectares", "miles", "kilometres", "kilometers", "km",
    "metres", "meters", "feet", "homes", "houses", "jobs", "vehicles", "aircraft", "sheep",
    "cattle", "fish", "police", "authorities", "officials",
} | _TIME_UNITS

# Events.  Words after the counted thing ("three gunmen were killed") ...
_EVENT_AFTER: list[tuple[tuple[str, ...], str]] = [
    (("shot", "dead"), "killed"), (("shot", "and", "killed"), "killed"),
    (("lost", "their", "lives"), "killed"), (("lost", "his", "life"), "killed"),
    (("lost", "her", "life"), "killed"), (("lost", "lives"), "killed"),
    (("taken", "into", "custody"), "arrested"), (("under", "arrest"), "arrested"),
    (("in", "custody"), "arrested"), (("taken", "prisoner"), "arrested"),
    (("unaccounted", "for"), "missing"), (("sustained", "injuries"), "injured"),
    (("suffered", "injuries"), "injured"), (("forced", "from", "their", "homes"), "displaced"),
    (("fled", "their", "homes"), "displaced"), (("left", "homeless"), "displaced"),
    (("tested", "positive"), "infected"),
]
_EVENT_WORDS = {
    "killed": "killed", "dead": "killed", "died": "killed", "die": "killed", "dies": "killed",
    "perished": "killed", "slain": "killed", "murdered": "killed", "fatally": "killed",
    "drowned": "killed",
    "shot": "shot",
    "arrested": "arrested", "apprehended": "arrested", "detained": "arrested",
    "captured": "arrested", "jailed": "arrested",
    "injured": "injured", "wounded": "injured", "hurt": "injured", "hospitalised": "injured",
    "hospitalized": "injured",
    "evacuated": "evacuated", "missing": "missing", "displaced": "displaced",
    "homeless": "displaced", "rescued": "rescued", "infected": "infected",
    "kidnapped": "kidnapped", "abducted": "kidnapped", "taken hostage": "kidnapped",
}
# Event nouns heading the count ("40 deaths", "12 arrests").
_EVENT_NOUNS = {
    "deaths": "killed", "death": "killed", "fatalities": "killed", "fatality": "killed",
    "dead": "killed", "arrests": "arrested", "detentions": "arrested", "injuries": "injured",
    "casualties": "casualties", "evacuees": "evacuated", "infections": "infected",
}
# ... verbs right before the number ("killing three", "the police arrested five") ...
_EVENT_VERBS = {
    "killed": "killed", "killing": "killed", "kills": "killed", "kill": "killed",
    "arrested": "arrested", "arresting": "arrested", "arrests": "arrested", "arrest": "arrested",
    "detained": "arrested", "detaining": "arrested", "apprehended": "arrested",
    "captured": "arrested", "capturing": "arrested",
    "injured": "injured", "injuring": "injured", "wounded": "injured", "wounding": "injured",
    "evacuated": "evacuated", "evacuating": "evacuated", "rescued": "rescued",
    "rescuing": "rescued", "displaced": "displaced", "displacing": "displaced",
    "infected": "infected", "infecting": "infected", "kidnapped": "kidnapped",
    "abducted": "kidnapped",
}
# ... and nouns followed by "of" ("the deaths of three gunmen").
_EVENT_OF = {
    "death": "killed", "deaths": "killed", "killing": "killed", "killings": "killed",
    "lives": "killed", "murder": "killed", "murders": "killed", "arrest": "arrested",
    "arrests": "arrested", "detention": "arrested", "capture": "arrested",
    "evacuation": "evacuated", "rescue": "rescued", "injuring": "injured", "abduction": "kidnapped",
}
_EVENTS = set(_EVENT_WORDS.values()) | set(_EVENT_NOUNS.values())
# Words allowed between the counted thing and its event ("were later reportedly killed").
_AUX = {"were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly",
        "also", "later", "all", "subsequently", "allegedly", "who", "that", "eventually",
        "then", "so", "far", "now", "since", "confirmed", "reported", "believed", "to", "thought",
        "initially", "both", "still", "feared", "presumed", "said"}
_PARTITIVE_PRONOUNS = {"them", "whom", "those", "these", "us", "which"}
_DETERMINERS = {"the", "these", "those", "its", "their", "his", "her", "our"}
# Things too generic for two different numbers to mean the sources disagree.
_GENERIC = {"people", "soldiers", "police", "men", "women", "children", "dollars", "pounds",
            "euros", "percent", "cases"}

_TOKEN = re.compile(
    r"(?P<num>(?:US\$|[$£€])?\d+(?:,\d{3})*(?:\.\d+)?(?:bn|trn|tn|mn|m|k|b)?(?![\w]))"
    r"|(?P<badnum>\d[\w.,:/]*)"
    r"|(?P<word>[^\W\d_]+(?:[’'\-.][^\W\d_]+)*)"
    r"|(?P<pct>%)"
    r"|(?P<sym>\S)"
)


@dataclass
class _Tok:
    text: str
    lower: str
    start: int
    end: int
    kind: str  # num | badnum | word | pct | sym


@dataclass
class _Raw:
    value: float
    num_start: int  # token index of the first token of the number
    num_end: int  # token index after the number (and its unit)
    start: int  # phrase offsets
    end: int
    approximate: bool
    currency: str = ""
    percent: bool = False
    modifiers: tuple[str, ...] = ()
    head: str = ""
    of_object: str = ""  # "percent of ..." / "$10bn in ..."
    event: str = ""
    event_where: str = ""  # "after", "before", "modifier", "noun", "carried"
    partitive_pronoun: bool = False
    agent: str = ""  # the group doing an active event verb ("the police arrested five")
    group: str = ""  # resolved thing counted (without the event)
    inherited: bool = False
    definite: bool = False  # "the two sides": a set already introduced, not a figure
    np_end: int = 0  # end offset of the number and what it counts, before any event


def _tokens(sentence: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(sentence):
        kind = m.lastgroup or "sym"
        text = m.group()
        out.append(_Tok(text, text.lower().replace("’", "'"), m.start(), m.end(), kind))
    return out


# --------------------------------------------------------------------------- numbers


def _digit_value(tok: _Tok) -> tuple[float, str, float] | None:
    """(value, currency, scale) of a digit token such as ``$10bn`` or ``120,000``."""
    text = tok.text
    currency = ""
    for sign in ("US$", "$", "£", "€"):
        if text.startswith(sign):
            currency = _CURRENCY_SIGNS[sign.lower()]
            text = text[len(sign):]
            break
    m = re.match(r"(\d+(?:,\d{3})*(?:\.\d+)?)([a-z]*)$", text)
    if not m:
        return None
    digits, suffix = m.groups()
    scale = 1.0
    if suffix:
        if suffix not in _SUFFIX_SCALES:
            return None
        if suffix == "b" and not currency:
            return None
        scale = _SUFFIX_SCALES[suffix]
    try:
        value = float(digits.replace(",", ""))
    except ValueError:
        return None
    return value, currency, scale


def _word_parts(lower: str) -> list[str] | None:
    parts = lower.split("-")
    if all(p in _NUMBER_WORDS for p in parts):
        return parts
    return None


def _words_value(words: list[str]) -> float | None:
    """The value of number words: ["two", "hundred", "fifty", "thousand"] -> 250000."""
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        if w in _UNITS or w in _TENS:
            current += _UNITS.get(w, 0) + _TENS.get(w, 0)
            seen = True
        elif w == "dozen":
            current = (current or 1) * 12
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen = True
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _is_word(tok: _Tok | None, *words: str) -> bool:
    return tok is not None and tok.kind == "word" and tok.lower in words


def _at(toks: list[_Tok], i: int) -> _Tok | None:
    return toks[i] if 0 <= i < len(toks) else None


def _numbers(sentence: str, toks: list[_Tok]) -> list[tuple[int, int, float, str, bool]]:
    """(first token, token after, value, currency, percent) of each countable number."""
    found: list[tuple[int, int, float, str, bool]] = []
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        if tok.kind == "num":
            parsed = _digit_value(tok)
            j = i + 1
            if parsed is None or not _digit_ok(sentence, toks, i):
                i += 1
                continue
            value, currency, scale = parsed
            if scale == 1 and (nxt := _at(toks, j)) is not None and nxt.kind == "word" \
                    and nxt.lower in _SCALES and nxt.lower != "hundred":
                scale = _SCALES[nxt.lower]
                j += 1
            elif scale == 1 and _is_word(_at(toks, j), "hundred"):
                scale = 100
                j += 1
                if (nxt := _at(toks, j)) is not None and nxt.lower in ("thousand", "million", "billion"):
                    scale *= _SCALES[nxt.lower]
                    j += 1
            value *= scale
            if scale == 1 and _is_year(toks, i, value, currency):
                i = j
                continue
            i = _finish_number(toks, i, j, value, currency, found)
            continue
        if tok.kind == "word":
            start = i
            words: list[str] = []
            if tok.lower == "a" and _is_word(_at(toks, i + 1), "dozen", "hundred", "thousand",
                                             "million", "billion"):
                words.append("one")
                i += 1
            elif tok.lower == "half" and _is_word(_at(toks, i + 1), "a") and _is_word(
                    _at(toks, i + 2), "million", "billion", "dozen"):
                value = _NUMBER_WORDS[toks[i + 2].lower] / 2
                i = _finish_number(toks, start, i + 3, value, "", found)
                continue
            j = i
            while j < n and toks[j].kind == "word":
                parts = _word_parts(toks[j].lower)
                if parts is None:
                    if toks[j].lower == "and" and words and words[-1] in _SCALES and \
                            j + 1 < n and _word_parts(toks[j + 1].lower):
                        j += 1
                        continue
                    break
                words.extend(parts)
                j += 1
            if not words or j == i or (words == ["one"] and tok.lower == "a" and j == i):
                i = start + 1
                continue
            words_value = _words_value(words)
            if words_value is None or not _word_number_ok(toks, start, j, words):
                i = j if j > start else start + 1
                continue
            # "1.45 million" handled above; "two million" here.
            i = _finish_number(toks, start, j, words_value, "", found)
            continue
        i += 1
    return found


def _finish_number(toks: list[_Tok], i: int, j: int, value: float, currency: str,
                   found: list[tuple[int, int, float, str, bool]]) -> int:
    percent = False
    nxt = _at(toks, j)
    if nxt is not None and (nxt.kind == "pct" or (nxt.kind == "word" and nxt.lower in _PERCENT_WORDS)):
        percent = True
        j += 1
    elif _is_word(nxt, "per") and _is_word(_at(toks, j + 1), "cent"):
        percent = True
        j += 2
    elif nxt is not None and nxt.kind == "word" and nxt.lower in _CURRENCY_WORDS and not currency:
        currency = _CURRENCY_WORDS[nxt.lower]
        j += 1
    if value > 0:
        found.append((i, j, value, currency, percent))
    return j


def _digit_ok(sentence: str, toks: list[_Tok], i: int) -> bool:
    """False for numbers inside words or IDs, times, ordinals, dates, list numbering, labels."""
    tok = toks[i]
    before = sentence[tok.start - 1] if tok.start > 0 else " "
    after = sentence[tok.end] if tok.end < len(sentence) else " "
    after2 = sentence[tok.end + 1] if tok.end + 1 < len(sentence) else " "
    if before.isalnum() or before in "-_/#@:.\\" or before == "+":
        return False
    if after in "-/:_@" or (after == "." and after2.isdigit()):
        return False
    if after == "'" or after == "’":
        return False  # the 1990's, 80's
    prev = _at(toks, i - 1)
    nxt = _at(toks, i + 1)
    if "." in tok.text and re.fullmatch(r"\d{1,2}\.\d{2}", tok.text) and nxt is not None \
            and nxt.lower in _TIME_AFTER:
        return False
    if nxt is not None and (nxt.lower in _TIME_AFTER or (nxt.lower == "a" and _is_word(_at(toks, i + 2), "m"))):
        return False
    if nxt is not None and nxt.kind == "word" and nxt.lower.rstrip(".") in ("local",) and \
            _is_word(_at(toks, i + 2), "time"):
        return False
    # Dates: "May 17", "17 May", "17th of May".
    if prev is not None and prev.kind == "word" and prev.lower.rstrip(".") in _MONTHS and \
            prev.text[0].isupper():
        return False
    if nxt is not None and nxt.kind == "word" and nxt.lower.rstrip(".") in _MONTHS and nxt.text[0].isupper():
        return False
    # Labels: "Article 5", "No. 10", "aged 45".
    if prev is not None and prev.kind == "word" and prev.lower in _LABELS:
        return False
    if prev is not None and prev.text == "." and _is_word(_at(toks, i - 2), "no"):
        return False
    # List numbering: "1. ..." or "(2) ..." at the start.
    if i == 0 and nxt is not None and nxt.text in (".", ")"):
        return False
    if prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")":
        return False
    return not (prev is not None and prev.text == "#")


def _word_number_ok(toks: list[_Tok], i: int, j: int, words: list[str]) -> bool:
    prev = _at(toks, i - 1)
    nxt = _at(toks, j)
    if words == ["one"]:
        # "no one", "the one who", "one another", "one day", "one of the few", "one after another"
        if prev is not None and prev.lower in ("no", "the", "this", "that", "any", "every", "each",
                                              "which", "someone", "anyone", "only", "a", "such"):
            return False
        if nxt is not None and nxt.lower in ("another", "way", "thing", "point", "hand", "side",
                                              "after", "by", "or", "day", "time", "night"):
            return False
    if prev is not None and prev.kind == "word" and prev.lower in _LABELS:
        return False
    if nxt is not None and nxt.kind == "word" and nxt.lower.rstrip(".") in _MONTHS and nxt.text[0].isupper():
        return False
    if nxt is not None and nxt.lower in _TIME_AFTER:
        return False
    return not (nxt is not None and nxt.lower == "o" and _is_word(_at(toks, j + 1), "clock"))


def _is_year(toks: list[_Tok], i: int, value: float, currency: str) -> bool:
    tok = toks[i]
    if currency or "," in tok.text or "." in tok.text or not (1000 <= value <= 2100):
        return False
    if len(tok.text) != 4:
        return False
    nxt = _at(toks, i + 1)
    if _approx_before(toks, i) is not None:
        return False
    prev = _at(toks, i - 1)
    if prev is not None and prev.lower in _YEAR_BEFORE:
        return True
    # "2000 people" is a count; anything else that looks like a year is one
    return not (nxt is not None and nxt.kind == "word" and nxt.lower in _NOUNS
                and nxt.lower not in _TIME_UNITS)


def _approx_before(toks: list[_Tok], i: int) -> tuple[int, bool] | None:
    """Token index where an approximation marker before token ``i`` starts, and whether approximate."""
    for marker in _APPROX:
        k = len(marker)
        if i - k < 0:
            continue
        if all(toks[i - k + m].kind == "word" and toks[i - k + m].lower == marker[m] for m in range(k)):
            return i - k, marker not in _NOT_APPROX
    return None


# --------------------------------------------------------------------------- what is counted


def _plural_looking(lower: str) -> bool:
    return (len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "ous"))
            and lower not in _STOP)


def _head_like(tok: _Tok | None) -> bool:
    if tok is None or tok.kind != "word":
        return False
    low = tok.lower
    if low in _STOP or low in _EVENT_WORDS:
        return False
    return low in _NOUNS or low in _EVENT_NOUNS or _plural_looking(low)


def _modifier_ok(tok: _Tok) -> bool:
    return tok.kind == "word" and tok.lower not in _STOP and tok.lower not in _MONTHS | _WEEKDAYS \
        and tok.lower not in _VAGUE_NUMBERS


def _noun_phrase(toks: list[_Tok], j: int, singular_ok: bool) -> tuple[list[_Tok], int, str]:
    """Modifier + head tokens of the noun phrase starting at token ``j``, the token after it,
    and an event named by a modifier ("two injured officers")."""
    words: list[_Tok] = []
    event = ""
    k = j
    head_found = False
    while k < len(toks) and len(words) < 5:
        tok = toks[k]
        if not _modifier_ok(tok):
            break
        low = tok.lower
        if head_found:
            nxt_ok = _head_like(tok) and not low.endswith(("ed", "ing")) and low not in _EVENT_NOUNS
            if not nxt_ok:
                break
            words.append(tok)
            k += 1
            continue
        if low in _EVENT_WORDS:
            if _head_like(_at(toks, k + 1)):
                event = _EVENT_WORDS[low]
                words.append(tok)
                k += 1
                continue
            break
        words.append(tok)
        k += 1
        if _head_like(tok):
            head_found = True
        elif singular_ok and not low.endswith(("ly", "ed", "ing")) and low not in _VAGUE_ADJ \
                and not _head_like(_at(toks, k)) and not (_at(toks, k) is not None and
                                                          toks[k].kind == "word" and
                                                          _modifier_ok(toks[k]) and
                                                          toks[k].text[:1].isupper() and
                                                          tok.text[:1].isupper()):
            head_found = True
            break
    if not head_found:
        return [], j, ""
    return words, k, event


def _norm_word(tok: _Tok) -> str:
    low = tok.lower.replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    return low.strip("'")


def _plural(word: str) -> str:
    irregular = {"person": "people", "child": "children", "man": "men", "woman": "women",
                 "personnel": "personnel", "staff": "staff", "police": "police", "aircraft": "aircraft",
                 "sheep": "sheep", "cattle": "cattle", "fish": "fish", "crew": "crew"}
    if word in irregular:
        return irregular[word]
    if word in irregular.values() or word.endswith("men"):
        return word
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("s") or not word.isalpha():
        return word
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("ch", "sh", "x", "z")):
        return word + "es"
    return word + "s"


def _group(words: list[_Tok]) -> tuple[str, str]:
    """(thing counted, event named by the head noun) of a noun phrase."""
    if not words:
        return "", ""
    norm = [_norm_word(t) for t in words]
    head = norm[-1]
    event = _EVENT_NOUNS.get(head, "")
    mods = words[:-1]
    if len(norm) >= 2 and (norm[-2], norm[-1]) in _COMPOUNDS:
        head = _COMPOUNDS[(norm[-2], norm[-1])]
        mods = words[:-2]
    elif event:
        head = "people"
    elif head in _GROUP_OF:
        head = _GROUP_OF[head]
    else:
        head = _plural(head)
    kept = []
    for tok in mods:
        low = _norm_word(tok)
        if low in _VAGUE_ADJ or low.endswith("ly") or low in _EVENT_WORDS:
            continue
        if low.endswith(("ed", "ing")) and not tok.text[:1].isupper():
            continue
        if low.endswith(("ed",)) and tok.text[:1].isupper():
            continue  # Title Case headline: "Heavily Armed Gunmen"
        kept.append(low)
    return " ".join([*kept, head]), event


def _object_after(toks: list[_Tok], j: int, *, preps: tuple[str, ...]) -> tuple[str, int]:
    """The short noun phrase after ``of``/``in`` ("of the Albanian vote") and the token after it."""
    k = j
    if not _is_word(_at(toks, k), *preps):
        return "", j
    k += 1
    if _is_word(_at(toks, k), *_DETERMINERS, "a", "an"):
        k += 1
    words: list[_Tok] = []
    while k < len(toks) and len(words) < 3:
        tok = toks[k]
        if tok.kind != "word" or tok.lower in _STOP or tok.lower.endswith("ly"):
            break
        if words and tok.lower.endswith(("ed", "ing")):
            break
        words.append(tok)
        k += 1
    if not words:
        return "", j
    return " ".join(_norm_word(t) for t in words), k


def _event_after(toks: list[_Tok], k: int) -> tuple[str, int]:
    """An event stated after the counted thing ("were killed", "lost their lives")."""
    j = k
    steps = 0
    while j < len(toks) and steps <= 4:
        tok = toks[j]
        if tok.kind != "word":
            return "", k
        for words, event in _EVENT_AFTER:
            if all(_is_word(_at(toks, j + m), words[m]) for m in range(len(words))):
                return event, j + len(words)
        if tok.lower in _EVENT_WORDS:
            if tok.lower == "shot" and _is_word(_at(toks, j + 1), "at"):
                return "", k
            return _EVENT_WORDS[tok.lower], j + 1
        if tok.lower not in _AUX:
            return "", k
        j += 1
        steps += 1
    return "", k


def _event_before(toks: list[_Tok], i: int) -> tuple[str, int, str]:
    """An event stated before the number: (event, first token of the phrase, agent group)."""
    prev = _at(toks, i - 1)
    if prev is None or prev.kind != "word":
        return "", i, ""
    low = prev.lower
    if low in _EVENT_VERBS and not _is_word(_at(toks, i - 2), "were", "was", "been", "being", "is",
                                            "are", "be"):
        start = i - 1
        agent = ""
        subj = _at(toks, i - 2)
        if subj is not None and subj.kind == "word" and (subj.lower in _GROUP_OF or subj.lower in
                                                         ("authorities", "officials")):
            agent = _GROUP_OF.get(subj.lower, subj.lower)
            start = i - 2
            if _is_word(_at(toks, i - 3), "the"):
                start = i - 3
        return _EVENT_VERBS[low], start, agent
    if low == "of" and (ev := _at(toks, i - 2)) is not None and ev.kind == "word" and ev.lower in _EVENT_OF:
        return _EVENT_OF[ev.lower], i - 2, ""
    # "the death toll rose to 40"
    for back in range(1, 6):
        tok = _at(toks, i - back)
        if tok is None or tok.kind != "word":
            break
        if tok.lower == "toll" and _is_word(_at(toks, i - back - 1), "death"):
            return "killed", i - back - 1, ""
        if tok.lower not in ("rose", "risen", "climbed", "reached", "stood", "stands", "is", "was",
                             "has", "had", "to", "at", "of", "now", "jumped", "hit"):
            break
    return "", i, ""


_MAYBE_NUMBER = re.compile(r"\d|\b(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")", re.I)


def _raw_mentions(sentence: str) -> list[_Raw]:
    if not _MAYBE_NUMBER.search(sentence):  # most sentences state no number: skip the tokenizer
        return []
    toks = _tokens(sentence)
    raws: list[_Raw] = []
    for i, j, value, currency, percent in _numbers(sentence, toks):
        approx = False
        first = i
        marker = _approx_before(toks, i)
        if marker is not None:
            first, approx = marker
        raw = _Raw(value=value, num_start=i, num_end=j, start=toks[first].start,
                   end=toks[j - 1].end, approximate=approx, currency=currency, percent=percent)
        raw.definite = _is_word(_at(toks, first - 1), *_DETERMINERS, "both", "all", "this", "that")
        end_tok = j
        if percent:
            obj, k = _object_after(toks, j, preps=("of",))
            if obj:
                raw.of_object = obj
                end_tok = k
            elif (nxt := _at(toks, j)) is not None and nxt.lower in _PERCENT_NOUNS:
                raw.of_object = nxt.lower
                raw.head = "percent"
                end_tok = j + 1
        elif currency:
            words, k, _ = _noun_phrase(toks, j, singular_ok=True)
            if words:
                raw.of_object = " ".join(_norm_word(t) for t in words if not t.lower.endswith("ly"))
                end_tok = k
            else:
                obj, k = _object_after(toks, j, preps=("in", "of"))
                if not obj and _is_word(_at(toks, j), "worth"):
                    obj, k = _object_after(toks, j + 1, preps=("of",))
                if obj:
                    raw.of_object, end_tok = obj, k
        else:
            k = j
            if _is_word(_at(toks, j), "of"):
                nxt = _at(toks, j + 1)
                if nxt is not None and nxt.lower in _PARTITIVE_PRONOUNS:
                    raw.partitive_pronoun = True
                    end_tok = j + 2
                    k = -1
                elif nxt is not None and nxt.lower in _DETERMINERS:
                    k = j + 2
                    after = _at(toks, k)  # "two of the five suspects": the noun is "suspects"
                    if after is not None and (after.kind == "num" or _word_parts(after.lower)):
                        k += 1
                else:
                    k = -1
            if k >= 0:
                words, k2, mod_event = _noun_phrase(toks, k, singular_ok=value == 1)
                if words:
                    group, noun_event = _group(words)
                    raw.head = group
                    end_tok = k2
                    if words[-1].lower not in _GROUP_OF and not noun_event and \
                            words[-1].lower not in _TIME_UNITS:
                        obj, k4 = _object_after(toks, k2, preps=("of",))
                        if obj:  # "1,626 cases of swine flu", "5,000 barrels of oil"
                            raw.head, end_tok = f"{group} of {obj}", k4
                    if noun_event:
                        raw.event, raw.event_where = noun_event, "noun"
                    elif mod_event:
                        raw.event, raw.event_where = mod_event, "modifier"
                    if words[-1].lower in _TIME_UNITS:
                        nxt = _at(toks, k2)
                        if nxt is not None and nxt.lower in _RELATIVE_TIME:
                            continue  # "two years ago"
        raw.np_end = toks[end_tok - 1].end
        if not raw.event and not percent and not currency:
            event, k3 = _event_after(toks, end_tok)
            if event:
                raw.event, raw.event_where = event, "after"
                end_tok = k3
        if not raw.event and not percent:
            event, start_tok, agent = _event_before(toks, first)
            if event:
                raw.event, raw.event_where, raw.agent = event, "before", agent
                first = start_tok
        raw.start = toks[first].start
        raw.end = toks[end_tok - 1].end
        raws.append(raw)
    for a, b in itertools.pairwise(raws):
        if a.start <= b.start < a.end and b.event_where == "after":
            # "two of the five suspects were arrested": the event belongs to the two
            b.event, b.event_where, b.end = "", "", b.np_end
    _coordinate(sentence, raws)
    _resolve(raws)
    return raws


_COORD = re.compile(r"^\s*(?:,|and|or|,\s*and|,\s*or)\s*$")
_AND = re.compile(r"^\s*(?:and|or)\s*$")


def _coordinate(sentence: str, raws: list[_Raw]) -> None:
    """Share one event across "the deaths of three gunmen and one policeman" (and the reverse)."""
    for a, b in itertools.pairwise(raws):
        if a.event and a.event_where in ("before", "carried-before") and not b.event and \
                not b.percent and not b.currency and _COORD.match(sentence[a.end:b.start]):
            b.event, b.event_where = a.event, "carried-before"
    for a, b in reversed(list(itertools.pairwise(raws))):
        if b.event and b.event_where in ("after", "carried-after") and not a.event and \
                not a.percent and not a.currency and a.head and \
                (_AND if b.event_where == "after" else _COORD).match(sentence[a.end:b.start]):
            # "three soldiers, two policemen and a civilian were killed", but not
            # "of the 40 passengers, 12 were injured"
            a.event, a.event_where = b.event, "carried-after"


def _resolve(raws: list[_Raw]) -> None:
    """Settle what each mention counts, letting a bare number inherit the previous noun."""
    for n, raw in enumerate(raws):
        if raw.percent:
            raw.group = f"percent of {raw.of_object}" if raw.of_object and raw.head != "percent" \
                else (f"percent {raw.of_object}" if raw.of_object else "")
            continue
        if raw.currency:
            raw.group = f"{raw.of_object} ({raw.currency})" if raw.of_object else raw.currency
            continue
        if raw.head:
            raw.group = raw.head
            continue
        active = raw.event_where == "before"  # "the police arrested five"
        for prev in reversed(raws[:n]):
            if prev.percent or prev.currency or not prev.group:
                continue
            if active and (not prev.event or prev.group == raw.agent):
                continue  # the agent: "30 gunmen attacked the village, killing two"
            raw.group = prev.group.split(" ", 1)[1] if prev.group.startswith("people ") else prev.group
            raw.inherited = True
            break
        if not raw.group and raw.event and raw.value > 1:
            raw.group = "people"


def _what(raw: _Raw) -> str:
    if not raw.group:
        return ""
    if raw.event and raw.event not in raw.group.split():
        return f"{raw.group} {raw.event}"
    return raw.group


def mentions(sentence: str) -> list[Mention]:
    """The numbers ``sentence`` states, each with the thing it counts, in order."""
    out = []
    for raw in _raw_mentions(sentence):
        what = _what(raw)
        if not what:
            continue
        out.append(Mention(value=raw.value, what=what, phrase=sentence[raw.start:raw.end],
                           start=raw.start, end=raw.end, approximate=raw.approximate))
    return out


# --------------------------------------------------------------------------- key figures


@dataclass(frozen=True)
class _Found:
    mention: Mention
    event: str
    group: str
    carried: bool
    articles: frozenset[int]
    sentence: str
    order: tuple[int, int]
    definite: bool = False


def _agree(a: _Found, b: _Found) -> bool:
    x, y = a.mention.value, b.mention.value
    if x == y:
        return True
    return (a.mention.approximate or b.mention.approximate) and abs(x - y) <= 0.1 * max(abs(x), abs(y))


def _clusters(found: list[_Found]) -> list[list[_Found]]:
    clusters: list[list[_Found]] = []
    for f in sorted(found, key=lambda f: (f.mention.value, f.order)):
        for cluster in clusters:
            if any(_agree(f, g) for g in cluster):
                cluster.append(f)
                break
        else:
            clusters.append([f])
    return clusters


def _figure(cluster: list[_Found]) -> Figure:
    rep = min(cluster, key=lambda f: (f.carried, f.mention.approximate, -len(f.articles), f.order))
    articles = tuple(sorted(set().union(*(f.articles for f in cluster))))
    return Figure(value=rep.mention.value, what=rep.mention.what, text=rep.mention.phrase,
                  article_ids=articles, sentence=rep.sentence)


def _first(cluster: list[_Found]) -> tuple[int, int]:
    return min(f.order for f in cluster)


def _trivial(f: _Found) -> bool:
    if f.event:
        return False
    what = f.mention.what
    last = what.split()[-1] if what else ""
    if last in _TIME_UNITS or f.mention.value == 1:
        return True  # durations, "one officer"
    if f.definite and f.mention.value < 10:
        return True  # "the two sides", "the three men": a set already introduced
    return what in ("dollars", "pounds", "euros", "yuan", "yen", "rupees", "francs")


def key_figures(
    sentences: Sequence[tuple[str, tuple[int, ...]]], limit: int = 8
) -> tuple[tuple[Figure, ...], tuple[Disagreement, ...]]:
    """The key figures of ``sentences`` (text, ids of the articles carrying it) and the things
    different articles give different numbers for.

    A thing whose mentions agree (approximate values agree with values within 10%) gives one
    figure citing every article; a thing different articles give different numbers for gives a
    disagreement listing each number with its articles (and is left out of the figures).
    """
    found: list[_Found] = []
    for s, (text, ids) in enumerate(sentences):
        raws = [r for r in _raw_mentions(text) if _what(r)]
        for raw in raws:
            m = Mention(value=raw.value, what=_what(raw), phrase=text[raw.start:raw.end],
                        start=raw.start, end=raw.end, approximate=raw.approximate)
            f = _Found(m, raw.event, raw.group, raw.event_where.startswith("carried"),
                       frozenset(ids), text, (s, raw.start), raw.definite)
            if not _trivial(f):
                found.append(f)

    # Which articles give a "killed" count for each group: "four attackers were shot" stands
    # in for a killed count only in an article that gives no killed count of its own.
    killed_by: dict[str, set[int]] = {}
    for f in found:
        if f.event == "killed":
            killed_by.setdefault(f.group, set()).update(f.articles)
    keyed: dict[str, list[_Found]] = {}
    for f in found:
        key = f.mention.what
        if f.event == "shot" and not f.articles <= killed_by.get(f.group, set()):
            key = f"{f.group} killed"
        keyed.setdefault(key, []).append(f)

    figures: list[tuple[tuple[int, int, tuple[int, int]], Figure]] = []
    disagreements: list[tuple[tuple[int, int, tuple[int, int]], Disagreement]] = []
    for key, group in keyed.items():
        clusters = _clusters(group)
        is_event = any(f.event for f in group)
        disagree = len(clusters) > 1 and (is_event or key not in _GENERIC) and _across_articles(clusters)
        if disagree:
            ordered = sorted(clusters, key=lambda c: (-len(set().union(*(f.articles for f in c))), _first(c)))
            figs = tuple(_figure(c) for c in ordered)
            n_articles = len(set().union(*(f.articles for f in group)))
            disagreements.append(((-n_articles, 0 if is_event else 1, _first(group)),
                                  Disagreement(what=key, figures=figs)))
            continue
        for cluster in clusters:
            by_what: dict[str, list[_Found]] = {}
            for f in cluster:  # a pooled "shot" count that agrees stays its own figure
                by_what.setdefault(f.mention.what, []).append(f)
            for part in by_what.values():
                fig = _figure(part)
                ev = any(f.event for f in part)
                figures.append(((-len(fig.article_ids), 0 if ev else 1, _first(part)), fig))
    figures.sort(key=lambda x: x[0])
    disagreements.sort(key=lambda x: x[0])
    return (tuple(f for _, f in figures[:limit]),
            tuple(d for _, d in disagreements[:limit]))


def _across_articles(clusters: list[list[_Found]]) -> bool:
    """True when two different articles give two different numbers (not one article two)."""
    sets = [set().union(*(f.articles for f in c)) for c in clusters]
    for x in range(len(sets)):
        for y in range(x + 1, len(sets)):
            if any(a != b for a in sets[x] for b in sets[y]):
                return True
    return False

