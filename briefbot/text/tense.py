"""Whether a date expression of a sentence speaks of what is to come (pure).

A weekday or a month without a year means the nearest one before the article's date when the
sentence reports ("talks ended on Monday") and the nearest one on or after it when the sentence
looks ahead ("talks will resume on Monday").  :func:`is_future` reads which, in the way wire copy
writes it:

* A marker of what is to come earlier in the expression's clause: "will", "would", a modal ("could
  resume as soon as Saturday", "may crest on Sunday"; not "could not", "may have died"), a schedule
  ("is due to", "expected to", "scheduled for", "has been set for", "ahead of"), a passive
  infinitive ("the report, to be published on Tuesday"), an intention ("plans to", "vowed to") --
  unless a reporting verb or a past auxiliary follows the marker ("said on Monday it would",
  "believed to be a local man, was arrested on Tuesday": the date is the past verb's).
* A stretch that lasts until a day ("talks continue until Friday", "has until Monday", "postponed
  the vote until Thursday") ends ahead, unless the clause before it is in the past ("the airport
  stayed closed until Tuesday", "had decided to delay the vote until Monday").
* An expression that opens its sentence ("On Monday, the president will ...") takes the tense of
  the verb after it, up to the end of its clause ("Monday when the general gave ... that he would"
  is past: the "would" is another clause's); words before it that report ("the agency announced
  Monday that it will") make it theirs.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Tense(StrEnum):
    PAST = "past"  # a report: the nearest such day on or before the article's date
    AHEAD = "ahead"  # what is to come: the nearest on or after it
    NEAR = "near"  # a plan told in the past ("was due to", "vowed to"): kept already or still to come, the nearest

# a passive infinitive: "to be published", "to be held" (not "believed to be a local man")
_PARTICIPLE = (r"(?:\w+ed|\w+en|held|made|set|put|built|sent|shown|seen|paid|sold|brought|taken|told|heard|read|met"
               r"|run|cut|hit|kept|left|won)")
# a modal that looks ahead: not "could not" (past ability) nor a perfect ("may have died", "could have been")
_MODAL = (r"\b(?:could(?! not\b| never\b| be (?:heard|seen|felt|smelled|smelt)\b)|might|should|must|(?-i:may))\b"
          rf"(?! (?:not |never )?have (?:been|had|{_PARTICIPLE})\b)")
_FUTURE = re.compile(
    r"\b(?:will|shall|won['’]t|would)\b|['’]ll\b|" + _MODAL +
    r"|\b(?:is|are|was|were)(?: (?:also|not|now|still|widely))? (?:due|expected|scheduled|set|going|planning|planned|to)\b"
    r"|\b(?:has|have) been (?:due|expected|scheduled|set|planned|slated)\b"
    r"|\b(?:expected|scheduled|slated|poised) to\b|\b(?:planned|scheduled|set|slated) for\b|\bahead of\b"
    r"|\b(?:plans?|intends?|hopes?|aims?|vow(?:s|ed)?|pledg(?:es?|ed)|promis(?:es?|ed)|threaten(?:s|ed)?) to\b"
    rf"|\bto be {_PARTICIPLE}\b",
    re.I,
)
_REPORTED = re.compile(r"(?i:\b(?:said|told|announced|confirmed|reported|added|warned|stated|declared|insisted|claimed)\b)")
# what follows a marker and makes the date a past verb's ("believed to be a local man, was arrested on Tuesday")
_PAST_AFTER = re.compile(_REPORTED.pattern + r"|(?i:\b(?:was|were|had|did)(?:n['’]t)?\b)")
_PAST = re.compile(r"(?i:\b(?:\w+ed|said|told|was|were|had|did|met|began|took|went|came|fell|rose|won|lost|gave|left|saw|made"
                   r"|wasn['’]t|weren['’]t|hadn['’]t|didn['’]t)\b)")
_CLAUSE = re.compile(r"[;:]|\bthat\b|, (?:and|but|while|as|after|before|when)\b")
# where the verb of an expression that opens its sentence is looked for ends: another clause starts
_CLAUSE_AHEAD = re.compile(r"[;:)]|\b(?:that|when|which|who|where|whether|because|after|before|while|if)\b", re.I)
_UNTIL = re.compile(r"(?i:\b(?:until|till|til)\s+(?:the\s+)?)$")
_PERFECT = re.compile(r"(?i:\bhad(?:n['’]t)?\b)")
_TOLD_IN_THE_PAST = re.compile(r"(?i:^(?:was|were|had)\b|^(?:vowed|pledged|promised|threatened)\b)")
_DEFERRED = re.compile(r"(?i:\b(?:postpon|delay|defer|adjourn|extend|suspend|push(?:ed|es|ing)? back|put(?:s|ting)? off))")
_STRETCH = re.compile(r",\s|\band\b")  # the last piece of a clause before "until": its verb


def tense(text: str, start: int) -> Tense:
    """Whether the date expression at ``start`` of ``text`` (one sentence) reports, speaks of what is
    to come, or of a plan told in the past."""
    clauses = list(_CLAUSE.finditer(text, 0, start))
    before = text[clauses[-1].end() if clauses else 0:start]
    markers = list(_FUTURE.finditer(before))
    if markers:
        if _PAST_AFTER.search(before, markers[-1].end()):
            return Tense.PAST
        return Tense.NEAR if _TOLD_IN_THE_PAST.search(markers[-1].group(0)) else Tense.AHEAD
    until = _UNTIL.search(before)
    if until is not None and until.start() > 0:
        return Tense.AHEAD if _ends_ahead(before[:until.start()]) else Tense.PAST
    if len(before.split()) <= 2 and not _PAST.search(before):
        ahead = text[start:start + 60]
        stop = _CLAUSE_AHEAD.search(ahead, 1)
        ahead = ahead[:stop.start()] if stop else ahead
        future, past = _FUTURE.search(ahead), _PAST.search(ahead)
        if until is not None:  # "Until Sunday, it was hard to see ...": a stretch ends ahead unless told in the past
            return Tense.AHEAD if past is None or (future is not None and future.start() < past.start()) else Tense.PAST
        if future is not None and (past is None or future.start() < past.start()):
            return Tense.NEAR if _TOLD_IN_THE_PAST.search(future.group(0)) else Tense.AHEAD
    return Tense.PAST


def is_future(text: str, start: int) -> bool:
    """Whether the date expression at ``start`` of ``text`` speaks of what is to come (a plan told in the past counts)."""
    return tense(text, start) is not Tense.PAST


def reports_past(text: str) -> bool:
    """Whether ``text`` has a verb in the past ("crowds topped 50,000", "was arrested")."""
    return _PAST.search(text) is not None


def _ends_ahead(head: str) -> bool:
    """Whether a stretch that lasts "until" a day, told by ``head`` (its clause up to "until"), ends ahead."""
    if _PERFECT.search(head):
        return False  # "had decided to delay the vote until Monday": all told in the past
    if _DEFERRED.search(head):
        return True  # "postponed the vote until Thursday": put off to a day after the act
    pieces = _STRETCH.split(head)
    return not _PAST.search(pieces[-1] if pieces[-1].strip() else head)
