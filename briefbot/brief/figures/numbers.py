"""Number reading (pure): the numbers a sentence states, with their tokens.

:func:`numbers` finds each countable number of a tokenized sentence ("120,000", "$10bn", "two
hundred and fifty thousand", "half a million", "12,000 to 19,000"), leaving out years, dates,
times, labels ("Article 5"), list numbering and numbers inside words.  Number words are read by
the ``text2num`` library; "dozen" and "half a ..." (which it does not read) are handled here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from briefbot.brief.figures import lexicon as L

_TOKEN = re.compile(
    r"(?P<num>(?:US\$|[$£€])?\d+(?:,\d{3})*(?:\.\d+)?(?:bn|trn|tn|mn|m|k|b)?(?![\w]))"
    r"|(?P<badnum>\d[\w.,:/]*)"
    r"|(?P<word>[^\W\d_]+(?:[’'\-.][^\W\d_]+)*)"
    r"|(?P<pct>%)"
    r"|(?P<sym>\S)"
)


@dataclass
class Tok:
    text: str
    lower: str
    start: int
    end: int
    kind: str  # num | badnum | word | pct | sym


def tokens(sentence: str) -> list[Tok]:
    out = []
    for m in _TOKEN.finditer(sentence):
        kind = m.lastgroup or "sym"
        text = m.group()
        out.append(Tok(text, text.lower().replace("’", "'"), m.start(), m.end(), kind))
    return out


# --------------------------------------------------------------------------- numbers


def _digit_value(tok: Tok) -> tuple[float, str, float] | None:
    """(value, currency, scale) of a digit token such as ``$10bn`` or ``120,000``."""
    text = tok.text
    currency = ""
    for sign in ("US$", "$", "£", "€"):
        if text.startswith(sign):
            currency = L.CURRENCY_SIGNS[sign.lower()]
            text = text[len(sign):]
            break
    m = re.match(r"(\d+(?:,\d{3})*(?:\.\d+)?)([a-z]*)$", text)
    if not m:
        return None
    digits, suffix = m.groups()
    scale = 1.0
    if suffix:
        if suffix not in L.SUFFIX_SCALES:
            return None
        if suffix == "b" and not currency:
            return None
        scale = L.SUFFIX_SCALES[suffix]
    try:
        value = float(digits.replace(",", ""))
    except ValueError:
        return None
    return value, currency, scale


def word_parts(lower: str) -> list[str] | None:
    parts = lower.split("-")
    if all(p in L.NUMBER_WORDS for p in parts):
        return parts
    return None


def _words_value(words: list[str]) -> float | None:
    """The value of number words: ["two", "hundred", "fifty", "thousand"] -> 250000."""
    dozens = 1
    if words and words[-1] == "dozen":
        words, dozens = words[:-1] or ["one"], 12
    if "dozen" in words:
        return None
    try:
        return float(text2num(" ".join(words), "en")) * dozens
    except ValueError:
        return None


def is_word(tok: Tok | None, *words: str) -> bool:
    return tok is not None and tok.kind == "word" and tok.lower in words


def at(toks: list[Tok], i: int) -> Tok | None:
    return toks[i] if 0 <= i < len(toks) else None


@dataclass(frozen=True)
class Number:
    """One countable number: its tokens ``first`` to ``after`` (exclusive) and its value."""

    first: int
    after: int
    value: float
    currency: str = ""
    percent: bool = False
    high: float | None = None  # the upper end of a range ("12,000 to 19,000")
    nth: bool = False  # an ordinal that counts a death ("a third protester died": 3, of a noun in the singular)


def numbers(sentence: str, toks: list[Tok]) -> list[Number]:
    """Each countable number of ``sentence``; a range is one number ("between 12 and 19")."""
    found: list[Number] = []
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        if tok.kind == "num":
            if (span := _digit_range(sentence, toks, i)) is not None:
                low, high, currency = span
                i = _finish_number(toks, i, i + 3, low, currency, found, high)
                continue
            parsed = _digit_value(tok)
            j = i + 1
            if parsed is None or not _digit_ok(sentence, toks, i):
                i += 1
                continue
            value, currency, scale = parsed
            if scale == 1 and (nxt := at(toks, j)) is not None and nxt.kind == "word" \
                    and nxt.lower in L.SCALES and nxt.lower != "hundred":
                scale = L.SCALES[nxt.lower]
                j += 1
            elif scale == 1 and is_word(at(toks, j), "hundred"):
                scale = 100
                j += 1
                if (nxt := at(toks, j)) is not None and nxt.lower in ("thousand", "million", "billion"):
                    scale *= L.SCALES[nxt.lower]
                    j += 1
            value *= scale
            if scale == 1 and _is_year(toks, i, value, currency):
                i = j
                continue
            i = _finish_number(toks, i, j, value, currency, found)
            continue
        if tok.kind == "word" and tok.lower in ("a", "the") and (nth := at(toks, i + 1)) is not None \
                and nth.lower in NTH_DEATH and _DIED_NEXT.match(sentence, nth.end):
            found.append(Number(i + 1, i + 2, NTH_DEATH[nth.lower], nth=True))  # "a third protester died": 3
            i += 2
            continue
        if tok.kind == "word":
            start = i
            words: list[str] = []
            if tok.lower == "a" and is_word(at(toks, i + 1), "dozen", "hundred", "thousand",
                                             "million", "billion"):
                words.append("one")
                i += 1
            elif tok.lower == "half" and is_word(at(toks, i + 1), "a") and is_word(
                    at(toks, i + 2), "million", "billion", "dozen"):
                value = L.NUMBER_WORDS[toks[i + 2].lower] / 2
                i = _finish_number(toks, start, i + 3, value, "", found)
                continue
            j = i
            while j < n and toks[j].kind == "word":
                parts = word_parts(toks[j].lower)
                if parts is None:
                    if toks[j].lower == "and" and words and words[-1] in L.SCALES and \
                            j + 1 < n and word_parts(toks[j + 1].lower):
                        j += 1
                        continue
                    break
                words.extend(parts)
                j += 1
            if not words or j == i or (words == ["one"] and tok.lower == "a" and j == i):
                i = start + 1
                continue
            if words[0] in L.SCALES or words[0] == "dozen":
                i = j  # "several thousand troops", "tens of thousands": no number is stated
                continue
            words_value = _words_value(words)
            if words_value is None or not _word_number_ok(toks, start, j, words):
                i = j if j > start else start + 1
                continue
            # "1.45 million" handled above; "two million" here.
            i = _finish_number(toks, start, j, words_value, "", found)
            continue
        i += 1
    return _ranges(toks, found)


_RANGE_SIGNS = ("-", "–", "—")
# an ordinal that counts a death tells the toll it reaches ("A third protester died in hospital", "a fifth victim had
# died", "A second soldier was killed"): read as that number; not "a second round of talks", "a third of"
NTH_DEATH = {w: k for k, w in enumerate(["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"], start=2)}
_DIED_NEXT = re.compile(r"(?:\s+[a-z][\w-]*){1,2}?\s+(?:(?:has|had|have)\s+(?:also\s+)?)?(?:died|dies|succumbed|"
                        r"(?:was|has\s+been|had\s+been)\s+killed)\b")


def _digit_range(sentence: str, toks: list[Tok], i: int) -> tuple[float, float, str] | None:
    """"12,000-19,000" written without spaces: (low, high, currency)."""
    sign, other = at(toks, i + 1), at(toks, i + 2)
    if sign is None or other is None or sign.text not in _RANGE_SIGNS or other.kind != "num":
        return None
    if sign.start != toks[i].end or other.start != sign.end:
        return None
    if toks[i].start > 0 and (sentence[toks[i].start - 1].isalnum() or sentence[toks[i].start - 1] in "-/#"):
        return None
    low, high = _digit_value(toks[i]), _digit_value(other)
    if low is None or high is None or low[0] * low[2] >= high[0] * high[2]:
        return None  # "2-1" scores and "24-7" are not ranges
    if low[0] >= 1000 and high[0] < 2100 and "," not in toks[i].text:
        return None  # "2009-10": years
    return low[0] * low[2], high[0] * high[2], low[1] or high[1]


def _ranges(toks: list[Tok], found: list[Number]) -> list[Number]:
    """Joins "12,000 to 19,000" and "between 12 and 19 million" into one number each, and keeps
    only the end of a change ("rose from 26 to 56" and "rose by 30 to 56" state 56)."""
    out: list[Number] = []
    for num in found:
        prev = out[-1] if out else None
        gap = [t.lower for t in toks[prev.after:num.first]] if prev is not None else []
        if prev is None or prev.high is not None or prev.percent != num.percent or gap not in (["to"], ["and"], ["-"], ["–"]):
            out.append(num)
            continue
        before = at(toks, prev.first - 1)
        if gap == ["to"] and (is_word(before, "from") or (is_word(before, "by") and is_word(at(toks, prev.first - 2), *L.CHANGE_VERBS))):
            out[-1] = num  # a change ("rose from 26 to 56", "rose by three to 78"): the sentence's figure is the new value
            continue
        if gap == ["and"] and not is_word(before, "between"):
            out.append(num)
            continue
        low = prev.value
        if low < 1000 and num.value >= 1_000_000:
            while low * 1000 <= num.value:
                low *= 1000  # "12 to 19 million"
        if low >= num.value:
            out.append(num)
            continue
        first = prev.first - 1 if gap == ["and"] else prev.first
        out[-1] = Number(first, num.after, low, prev.currency or num.currency, num.percent, num.value)
    return out


def _finish_number(toks: list[Tok], i: int, j: int, value: float, currency: str,
                   found: list[Number], high: float | None = None) -> int:
    percent = False
    nxt = at(toks, j)
    if nxt is not None and (nxt.kind == "pct" or (nxt.kind == "word" and nxt.lower in L.PERCENT_WORDS)):
        percent = True
        j += 1
    elif is_word(nxt, "per") and is_word(at(toks, j + 1), "cent"):
        percent = True
        j += 2
    elif nxt is not None and nxt.kind == "word" and nxt.lower in L.CURRENCY_WORDS and not currency:
        currency = L.CURRENCY_WORDS[nxt.lower]
        j += 1
    if value > 0:
        found.append(Number(i, j, value, currency, percent, high))
    return j


def prev_is_model_name(sentence: str, toks: list[Tok], i: int) -> bool:
    """"Boeing 777", "Apollo 11", "Route 66": a number right after a name inside a sentence is a label (not a percentage:
    "and Dostan 42.8%" is her share)."""
    prev, nxt = at(toks, i - 1), at(toks, i + 1)
    tok = toks[i]
    return (prev is not None and i >= 2 and prev.kind == "word" and prev.text[:1].isupper() and "," not in tok.text
            and not (nxt is not None and (nxt.kind == "pct" or nxt.lower in L.PERCENT_WORDS))
            and prev.lower not in L.STOP and prev.lower.rstrip(".") not in L.MONTHS and tok.text[:1].isdigit()
            and not prev.lower.endswith(("'s", "’s"))  # a possessive owns the count: "Of Mirel's 45 confirmed cases"
            and toks[i - 2].text not in (".", "!", "?"))


def _listed_label(sentence: str, toks: list[Tok], i: int) -> bool:
    """Whether the number at ``i`` ends a list of numbers ("1, 2, 3 and 5"; not "30 or 40", a guess) a label or a name
    inside the sentence opens: the 5 of "Zones 1, 2, 3 and 5 remain under evacuation orders", "residents of wards 3 and
    12", "Gates 4 and 7" (a zone, not five people; not "Roughly 30 and 40", "Around 20, 30").  (A label's range, "ages 12
    to 14", is :func:`_label_range_end`'s.)"""
    j = i - 1
    if not toks[i].text.isdigit() or not (is_word(at(toks, j), "and") or ((tok := at(toks, j)) is not None and tok.text == ",")):
        return False  # (an amount is no label: "$60 million for FY 2003 and $136 million")
    while (tok := at(toks, j)) is not None and (tok.text == "," or tok.lower == "and") \
            and (num := at(toks, j - 1)) is not None and num.kind == "num" and num.text.isdigit():
        j -= 2
    label = at(toks, j)
    if j == i - 1 or label is None or label.kind != "word":
        return False
    return label.lower in L.LABELS or label.lower.removesuffix("s") in L.LABELS or (
        j > 0 and label.text[:1].isupper() and label.lower not in L.STOP and label.lower.rstrip(".") not in L.MONTHS)


def _digit_ok(sentence: str, toks: list[Tok], i: int) -> bool:
    """False for numbers inside words or IDs, times, ordinals, dates, list numbering, labels."""
    tok = toks[i]
    before = sentence[tok.start - 1] if tok.start > 0 else " "
    after = sentence[tok.end] if tok.end < len(sentence) else " "
    after2 = sentence[tok.end + 1] if tok.end + 1 < len(sentence) else " "
    if (before.isalnum() and not (tok.text[0] in "$£€" and before.isupper())) or before in "-_/#@:.\\" or before == "+":
        return False  # inside a word or an ID; "NZ$200" is money
    if prev_is_model_name(sentence, toks, i) or _listed_label(sentence, toks, i):
        return False
    if after in "-/:_@" or (after == "." and after2.isdigit()):
        return False
    if after == "'" or after == "’":
        return False  # the 1990's, 80's
    prev = at(toks, i - 1)
    nxt = at(toks, i + 1)
    if "." in tok.text and re.fullmatch(r"\d{1,2}\.\d{2}", tok.text) and nxt is not None \
            and nxt.lower in L.TIME_AFTER:
        return False
    if nxt is not None and (nxt.lower in L.TIME_AFTER or (nxt.lower == "a" and is_word(at(toks, i + 2), "m"))):
        return False
    if nxt is not None and nxt.kind == "word" and nxt.lower.rstrip(".") in ("local",) and \
            is_word(at(toks, i + 2), "time"):
        return False
    # Dates: "May 17", "17 May", "17th of May".
    if prev is not None and prev.kind == "word" and prev.lower.rstrip(".") in L.MONTHS and \
            prev.text[0].isupper():
        return False
    if nxt is not None and nxt.kind == "word" and nxt.lower.rstrip(".") in L.MONTHS and nxt.text[0].isupper():
        return False
    # Labels: "Article 5", "No. 10", "aged 45", and a label's range ("ages 12 to 14").
    if (prev is not None and prev.kind == "word" and prev.lower in L.LABELS) or _label_range_end(toks, i):
        return False
    if prev is not None and prev.text == "." and is_word(at(toks, i - 2), "no"):
        return False
    # List numbering: "1. ..." or "(2) ..." at the start.
    if i == 0 and nxt is not None and nxt.text in (".", ")"):
        return False
    if prev is not None and prev.text == "(" and nxt is not None and nxt.text == ")":
        return False
    return not (prev is not None and prev.text == "#")


def _word_number_ok(toks: list[Tok], i: int, j: int, words: list[str]) -> bool:
    prev = at(toks, i - 1)
    nxt = at(toks, j)
    if words == ["one"]:
        # "no one", "the one who", "one another", "one day", "one of the few", "one after another"
        if prev is not None and prev.lower in ("no", "the", "this", "that", "any", "every", "each",
                                              "which", "someone", "anyone", "only", "a", "such"):
            return False
        if nxt is not None and nxt.lower in ("another", "way", "thing", "point", "hand", "side",
                                              "after", "by", "or", "day", "time", "night"):
            return False
        if is_word(at(toks, j + 1), "by", "to", "from", "after", "against") and is_word(at(toks, j + 2), "another") and (
                (end := at(toks, j + 3)) is None or end.kind != "word" or end.lower in L.STOP):  # (not "another unit")
            return False  # one thing to another: "the killing of one person by another", "from one country to another in Asia"
    if (prev is not None and prev.kind == "word" and prev.lower in L.LABELS) or _label_range_end(toks, i):
        return False
    if nxt is not None and nxt.kind == "word" and nxt.lower.rstrip(".") in L.MONTHS and nxt.text[0].isupper():
        return False
    if nxt is not None and nxt.lower in L.TIME_AFTER:
        return False
    return not (nxt is not None and nxt.lower == "o" and is_word(at(toks, j + 1), "clock"))


def _label_range_end(toks: list[Tok], i: int) -> bool:
    """Whether token ``i`` ends a range a label opens: the 14 of "ages 12 to 14", "pages 3-5"."""
    first = at(toks, i - 2)
    label = at(toks, i - 3)
    return is_word(at(toks, i - 1), "to", "and", "-", "–", "through") and first is not None and first.kind == "num" \
        and label is not None and label.kind == "word" and label.lower in L.LABELS


def _is_year(toks: list[Tok], i: int, value: float, currency: str) -> bool:
    tok = toks[i]
    if currency or "," in tok.text or "." in tok.text or not (1000 <= value <= 2100):
        return False
    if len(tok.text) != 4:
        return False
    nxt = at(toks, i + 1)
    if (marker := approx_before(toks, i)) is not None and marker[1]:
        return False  # ("about 2000 people"; not "in another 2000 years")
    prev = at(toks, i - 1)
    if prev is not None and prev.lower in L.YEAR_BEFORE:
        return True
    # "2000 people" is a count; anything else that looks like a year is one
    return not (nxt is not None and nxt.kind == "word" and nxt.lower in L.NOUNS
                and nxt.lower not in L.TIME_UNITS)


def approx_before(toks: list[Tok], i: int) -> tuple[int, bool] | None:
    """Token index where an approximation marker before token ``i`` starts, and whether approximate."""
    for marker in L.APPROX:
        k = len(marker)
        if i - k < 0:
            continue
        if all(toks[i - k + m].kind == "word" and toks[i - k + m].lower == marker[m] for m in range(k)):
            return i - k, marker not in L.NOT_APPROX
    return None


