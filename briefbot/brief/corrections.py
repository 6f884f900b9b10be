"""Corrections (pure): what an outlet retracts, left out of the brief, and the note itself no point.

A correction note names a claim an earlier story made and takes it back: "Correction: A story on March 5
about the hearing incorrectly stated that bail for Jo Lind was set at $80,000.", "An earlier version of this
article wrongly said that the plant employs 400 people.", "This article misidentified Tom Reyes as the
mayor.", "This article was amended on 8 May to correct the figure given for the port's revenue from $12bn
to $21bn.", "The original said that the port employs 900."  It is a note when the retraction ("incorrectly
stated", "misstated", "mistakenly reported", "wrongly said", "misidentified") has the outlet's own story for
its subject ("A story", "This article", "An earlier version of this report", "The original") or the sentence
opens with "Correction:": "State radio incorrectly reported that the town had fallen." is news of another's
error, and no note.  The claim is the clause after the verb (after "from" in "correct ... from A to B": A
was wrong).  Notes are read in an article's text and in those cleaning took out of it
(:attr:`briefbot.models.Article.corrections`).

A note's own page (its title opens "Correction:", a local paper's "Correction: Courier article of 11 March on ...")
says what was wrong in plainer words: there a retraction needs no story for its subject, a plain "The article said
that ..." retracts (it is only news of what an article said elsewhere), and a value told with the wrong one it
replaces ("She received 3,233,827 votes, not 3,323,827.") retracts the wrong one as a wire's bracketed note does.  The
rest of the page is the outlet's account of its error ("The Courier put the figures to the inspectorate before
publication ..."), no point, but for the statements it corrects.  A day of a month ("10 March", "March 11") is no value
a note retracts.

A wire's note in brackets ("(Corrects number of people detained to 11, not 14, in paragraph 1 of story published
April 16)", "(Corrects spelling of the minister's name)") is one too: its claim is what it names with the wrong value
("number of people detained 14"), the story it names dated as above; as such a note names what it corrects by a
description ("number of people detained"), a sentence of the same value that shares one of its words other than
the description's own ("number", "people", "figure", ...) is retracted ("police detained 14 contractors"), and
one of its article at another value is the corrected statement.

Of the articles dated up to the note's (its own too: a page may carry its note under the text it did not
fix), a sentence that states a number the claim states (of the same unit: "$", "gallons"; not a year) and
shares two or more of its content words, as many as two in five, is retracted ("Jo Lind was held on $80,000
bail." after the first note above); with no number in the claim, it must share four or more, as many as
three in four ("Mayor Tom Reyes of Dunmore said ...").  A claim that names what was wrong without stating
it ("misstated the first name of Jo Lind", "incorrectly described how the fund is paid") retracts nothing.
A sentence that shares the words but states another value ("Jo Lind's bail was set at $40,000.") is not
retracted.  Retracted sentences are in no part of the brief: not the situation, not what changed, not a
figure, not the timeline (a line there "marked as corrected" would still put the wrong value before the
reader, on the wrong day).  The note, and its article's apology ("The Herald regrets the error."), are no
point either.

A sentence of the note's article that shares two or more of the claim's content words, half of them, and
(for a claim with a number) states one of the same unit at another value, is the corrected statement ("Bail
for Lind was set at $40,000."): in what changed it is news, though close in words to the retracted point
the reader saw, and updates that point ("previously: Jo Lind was held on $80,000 bail."); in the
timeline, when it names no date of its own, it is dated to the day of the story the note names ("A story
on March 5"): the day of the event, not of the correction.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from briefbot.models import Article
from briefbot.text import dates
from briefbot.text.guarded import guarded
from briefbot.text.terms import is_brief_material, sentence_spans, terms, text_key
from briefbot.text.told import Told

__all__ = ["Corrected", "corrected", "retraction"]

_ADVERB = r"(?:incorrectly|wrongly|mistakenly|erroneously|falsely|inaccurately)"
_SAID = r"(?:stated|said|reported|described|identified|gave|put|listed|referred\s+to|called|termed|quoted|attributed|named|spelled)"
_MIS = r"(?:misstated|misreported|misidentified|misquoted|misnamed|misspelled|misattributed|misrepresented)"
_OWN = r"(?:stor(?:y|ies)|articles?|headlines?|captions?|items?|graphics?|editorials?|columns?)"
# an earlier text of the page: "An earlier version of this story", "The original"; its plain "said" is the retraction
# (with its day: "An earlier version of this story, dated 12 November,", "The original of March 5")
_EARLIER = re.compile(rf"^(?:(?:an?|the)\s+(?:earlier|previous|prior|original)\s+versions?(?:\s+of\s+this\s+{_OWN})?"
                      r"|the\s+original)(?:,?\s+(?:dated|published|posted|filed|issued)(?:\s+on)?\s+[^,;]{1,40}?,?"
                      r"|\s+(?:of|on|from)\s+[^,;]{1,40}?)?$", re.I)
# the outlet's own story as the verb's subject: "A story on March 5 about ...", "This article", "The article"
_SUBJECT = re.compile(rf"^(?:(?:an?)\b[^.;:]{{0,160}}?\b{_OWN}|(?:the|this|our)\s+(?:\w+\s+)?{_OWN}\b.{{0,160}})$", re.I)
# the retraction: "incorrectly stated", "misstated", "was amended on 8 May to correct"; after an earlier text, "said"
_WRONG = re.compile(rf"\b(?:{_ADVERB}\s+{_SAID}|{_MIS}|(?:was|has\s+been)\s+(?:amended|corrected|updated)\b[^.;]*?\bto\s+correct)\b", re.I)
# what a note's sentence holds, looked for in a whole article's text (the literals first: most articles hold none)
_MAY_NOTE = guarded(re.compile(rf"\(\s*corrects?\b|{_ADVERB}|\b{_MIS}\b|\bto\s+correct\b|\b(?:version|original)\s+"
                               rf"(?:of\s+this\s+\w+\s+)?{_SAID}", re.I),
                    ("correct", "wrongly", "mistakenly", "erroneously", "falsely", "inaccurately", "misstat", "misreport",
                     "misidentif", "misquot", "misnam", "misspel", "misattribut", "misrepresent", "version", "original"))
_PLAIN = re.compile(rf"\b{_SAID}\b", re.I)
# a note's label, with its day ("Correction:", "Correction (May 5):", "Clarification, 12 March:")
_NOTE = re.compile(r"^(?:correction|clarification|corrections)(?:\s*\([^()]{1,40}\)|,\s+[^:;.,]{1,30})?\s*:\s*", re.I)
_FROM_TO = re.compile(r"^(?P<claim>.*?)\bfrom\s+(?P<wrong>[^,;]+?)\s+to\s+[^,;]+$", re.I)
_THAT = re.compile(r"^\s*(?:that\s+)?", re.I)
# a claim that names what was wrong without stating it: "the first name of Jo Lind", "how the fund is paid for"
_UNSTATED = re.compile(r"^(?:the\s+)?(?:(?:first|last|middle|full)\s+)?(?:name|spelling|title|age|date|day|location|role)s?\s+of\b"
                       r"|^(?:how|where|when|why|what|whether|who)\b", re.I)
# a wire's note in brackets: "(Corrects number of people detained to 11, not 14, in paragraph 1 of story published April 16)",
# "(Corrects the port's revenue from $12bn to $21bn)"; what comes after the values says where and in which story
_WIRE = re.compile(r"^\(\s*corrects?\s+(?P<body>[^()]+?)\s*\)?\s*$", re.I)
# on a note's page, a value told with the wrong one it replaces: "She received 3,233,827 votes, not 3,323,827."
_RIGHT_NOT_WRONG = re.compile(r"^(?P<claim>[^,;]{3,200}?)\s+[$£€]?\d[\d,.]*(?:\s+(?P<unit>[A-Za-z]+))?,?\s+not\s+"
                              r"(?P<wrong>[$£€]?\d[\d,.]*)\s*[.!]?$")
_NOT = re.compile(r"^(?P<claim>[^,;]*?)\s+to\s+[^,;]+?,?\s+not\s+(?P<wrong>[^,;]+?)$", re.I)
_CLAIM_CHARS = 400  # a note's claim is a clause: a longer one is read as stating nothing (its patterns stay fast)
_WHERE = re.compile(r"(?:,\s*|\s+)(?:in|of)\s+(?:the\s+)?(?:paragraph|para|headline|lead|first|second|third|\d|story|item|caption)\b.*$",
                    re.I)
# a description's own words, which any sentence may share: not what the claim is about
_DESCRIBING = frozenset(terms("number figure total amount people name spelling age title paragraph story headline day date year"))
_A_DIGIT = re.compile(r"\d")
_APOLOGY = re.compile(r"\b(?:regrets?|apologi[sz]es?\s+for)\s+(?:the|this|that|these|those|any)\s+(?:errors?|mistakes?)\b", re.I)
_VALUE = re.compile(r"(?<![\w.])([$£€]\s?)?(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*(bn|billion|mn|m|million|k|thousand|trillion|tn)\b)?"
                    r"(?:\s+([A-Za-z]+(?:\s+[A-Za-z]+)?))?", re.I)
_MONTH = re.compile(dates.MONTH_WORD)  # (capitalised: "10 may" is no date)
_SCALE = {"bn": 1e9, "billion": 1e9, "mn": 1e6, "m": 1e6, "million": 1e6, "k": 1e3, "thousand": 1e3, "trillion": 1e12, "tn": 1e12}


@dataclass(frozen=True)
class Retraction:
    claim: str  # the retracted clause ("bail for Jo Lind was set at $80,000")
    words: frozenset[str]  # its content words (terms)
    values: frozenset[tuple[float, str]]  # the numbers it states, years left out, each with its unit ("$", "gallon")
    story_day: date | None  # the day of the story the note names ("A story on March 5"), if it names one
    wire: bool = False  # a wire's note in brackets, or a page's "X, not Y": matched by value, bar its description's words


@dataclass(frozen=True)
class Corrected:
    """What a brief leaves out (``hidden``: the text keys of retracted sentences, notes and apologies), the
    corrected statements (``correcting``: their text keys) and their days (``redated``: text key -> the day of the
    story the note names)."""

    hidden: frozenset[str] = frozenset()
    redated: Mapping[str, date] = field(default_factory=dict)
    correcting: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.hidden or self.redated)


def _values(text: str) -> frozenset[tuple[float, str]]:
    """The numbers ``text`` states ("$80,000", "$12bn", "400 workers"), each with its unit (a currency's "$", else the
    terms of the next two words: "worker", "union member"; "" for none), a year ("in 2009") left out."""
    out: set[tuple[float, str]] = set()
    for m in _VALUE.finditer(text):
        currency, digits, scale, after = m.group(1), m.group(2), (m.group(3) or "").lower(), m.group(4) or ""
        value = float(digits.replace(",", "")) * _SCALE.get(scale, 1.0)
        if not currency and not scale and "," not in digits and "." not in digits and len(digits) == 4 and 1900 <= value <= 2100:
            continue
        if not currency and not scale and len(digits) <= 2 and (
                _MONTH.fullmatch((after.split() or [""])[0]) or dates.MONTH_BEFORE.search(text, 0, m.start())):
            continue  # a day of a month ("10 March", "March 10"): a date, no value
        out.add((value, "$" if currency else " ".join(terms(after)[:2])))
    return frozenset(out)


def _same_value(claim: frozenset[tuple[float, str]], sentence: frozenset[tuple[float, str]]) -> bool:
    """A number of the claim, of the same unit (a word of it: "3,400 union members" and "3,400 members of the union"), or of
    none ("bail was set at $80,000" and "$80,000 bail" are one)."""
    return any(v == w and (u == x or not u or not x or not set(u.split()).isdisjoint(x.split())) for v, u in claim for w, x in sentence)


@lru_cache(maxsize=4096)
def retraction(sentence: str, published: date | None = None, on_note: bool = False) -> Retraction | None:
    """The claim a correction note retracts (see the module docstring), None if ``sentence`` is no note; ``on_note``: it is
    a sentence of a note's own page, where a plain "said" of the outlet's story retracts ("The article said that ...")."""
    wire = _WIRE.match(sentence.strip())
    if wire is not None:
        return _wire_retraction(wire["body"], published)
    body = _NOTE.sub("", sentence)
    noted = len(body) != len(sentence) or on_note
    right = _RIGHT_NOT_WRONG.match(body) if on_note else None
    if right is not None:  # a note's page gives the value and the wrong one: "She received 3,233,827 votes, not 3,323,827."
        value = f"{right['wrong'].rstrip('.,')} {right['unit'] or ''}".strip()
        claim = f"{right['claim']} {value}"
        return Retraction(claim, frozenset(terms(claim)), _values(value), None, wire=True)
    verb = _WRONG.search(body)
    if verb is None or not (noted or _SUBJECT.match(body[:verb.start()].strip())):
        verb = next((m for m in _PLAIN.finditer(body) if _EARLIER.match(body[:m.start()].strip())
                     or (on_note and _SUBJECT.match(body[:m.start()].strip()))), None)
    if verb is None:
        return None
    claim = _THAT.sub("", body[verb.end():]).rstrip(" .")
    wrong = _FROM_TO.match(claim) if len(claim) <= _CLAIM_CHARS else None
    if wrong is not None:  # "to correct the figure given for X from A to B": A was wrong
        claim = f"{wrong['claim']} {wrong['wrong']}"
    words = frozenset(terms(claim))
    if not words:
        return None
    day = None
    if published is not None:
        days = [m.day for m in dates.mentions(body[:verb.start()], published) if m.precision is dates.Precision.DAY]
        day = days[0] if days and days[0] <= published else None
    values = _values(claim)
    unstated = not values and _UNSTATED.match(claim)  # a note still, that retracts nothing it could find
    return Retraction(claim, frozenset() if unstated else words, values, day)


def _wire_retraction(body: str, published: date | None) -> Retraction:
    """The claim of a wire's note in brackets (see the module docstring)."""
    day = None
    if published is not None:
        days = [m.day for m in dates.mentions(body, published) if m.precision is dates.Precision.DAY]
        day = days[0] if days and days[0] <= published else None
    what = _WHERE.sub("", body).strip()
    wrong = (_NOT.match(what) or _FROM_TO.match(what)) if len(what) <= _CLAIM_CHARS else None
    if wrong is None:  # "(Corrects spelling of the minister's name)": a note, that retracts nothing it could find
        return Retraction(what, frozenset(), frozenset(), day, wire=True)
    claim = f"{wrong['claim']} {wrong['wrong']}"
    return Retraction(claim, frozenset(terms(claim)), _values(wrong["wrong"]), day, wire=True)


def _shares(r: Retraction, sentence: str) -> frozenset[str]:
    """The claim's words ``sentence`` shares (a wire note's, bar its description's own)."""
    return (r.words - _DESCRIBING if r.wire else r.words) & set(terms(sentence))


def _retracts(r: Retraction, sentence: str) -> bool:
    if not r.words or (r.values and not _A_DIGIT.search(sentence)):
        return False  # (most sentences of a brief's articles: no number where the claim has one)
    shared = _shares(r, sentence)
    if r.wire:
        return bool(r.values) and bool(shared) and _same_value(r.values, _values(sentence))
    if r.values:
        return _same_value(r.values, _values(sentence)) and len(shared) >= 2 and len(shared) * 5 >= 2 * len(r.words)
    return len(shared) >= 4 and len(shared) * 4 >= 3 * len(r.words)


def _corrects(r: Retraction, sentence: str) -> bool:
    """Whether ``sentence`` (of the note's article) tells the claim anew: it shares two or more of its content words, half
    of them, and, when the claim states a number, states one of the same unit at another value ("$40,000" for "$80,000";
    "about 2,400 members of the union" for "3,400 union members": a word of the unit in common, as :func:`_same_value`)."""
    shared = _shares(r, sentence)
    if not shared if r.wire else (len(shared) < 2 or len(shared) * 2 < len(r.words)):
        return False
    said = _values(sentence)
    return not r.values or (not _same_value(r.values, said)
                            and any(u == x or not set(u.split()).isdisjoint(x.split()) for _, u in r.values for _, x in said))


def may_hold_note(text: str) -> bool:
    """Whether an article's ``text`` holds what a note's sentence holds (``_MAY_NOTE``): else none of its sentences is read
    for one.  Told back for an older article from its kept analysis (a search of its whole text, most of them holding a
    literal the note's pattern needs: "original", "version")."""
    known = told_notes.get(text)
    return known if known is not None else _MAY_NOTE.search(text) is not None


told_notes: Told[str, bool] = Told(1024)  # an article's answer kept from an earlier run


def corrected(articles: Sequence[Article]) -> Corrected:
    """The sentences the correction notes of ``articles`` retract, the notes and apologies, and the
    corrected statements' days (see the module docstring)."""
    hidden: set[str] = set()
    redated: dict[str, date] = {}
    correcting: set[str] = set()
    notes: list[tuple[Article, Retraction]] = []
    for a in articles:
        page = _NOTE.match(a.title or "") is not None  # a note's own page ("Correction: Courier article of 11 March ...")
        if not a.corrections and not page and not may_hold_note(a.text):
            continue  # (no article is split again for a note it cannot hold: a brief reads most of its articles as told)
        every = sentence_spans(a.text)
        spans = [s for s in every if is_brief_material(s.text)]
        found = [(s.text, r) for s in every if (is_brief_material(s.text) or _WIRE.match(s.text))
                 and (r := retraction(s.text, a.date, page)) is not None]
        if a.corrections:
            found += [(s.text, r) for s in sentence_spans(a.corrections) if (r := retraction(s.text, a.date)) is not None]
        if not found:
            if page:  # a note's own page is the outlet's account of its error, whatever of it reads as a note
                hidden.update(text_key(s.text) for s in spans)
            continue
        hidden.update(text_key(s) for s, _ in found)
        hidden.update(text_key(s.text) for s in spans if _APOLOGY.search(s.text))
        notes.extend((a, r) for _, r in found)
        for s in spans:
            key = text_key(s.text)
            for _, r in found:
                if key in hidden or not _corrects(r, s.text) or _retracts(r, s.text):
                    continue
                correcting.add(key)
                if r.story_day is not None and a.date is not None and not dates.event_date(s.text, a.date).explicit:
                    redated.setdefault(key, r.story_day)
        if page:  # the rest of a note's page is the outlet's account of its error ("The Courier put the figures ...")
            hidden.update(k for s in spans if (k := text_key(s.text)) not in correcting)
    if not any(r.words for _, r in notes):
        return Corrected(frozenset(hidden), redated, frozenset(correcting - hidden)) if notes else Corrected()
    for a in articles:
        for s in sentence_spans(a.text):
            key = text_key(s.text)
            if key in hidden or key in correcting or not is_brief_material(s.text):
                continue
            if any((a.date is None or b.date is None or a.date <= b.date) and _retracts(r, s.text)
                   for b, r in notes):
                hidden.add(key)
    return Corrected(frozenset(hidden), redated, frozenset(correcting - hidden))
