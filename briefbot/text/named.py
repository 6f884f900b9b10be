"""A date that says which thing a noun phrase names (pure): "the 12 April presidential election", "Velano's April 12
vote", "the Aug. 7 bombing".

A date between "the" (or a possessive) and a noun tells which election, vote or bombing the sentence speaks of, not when
the sentence's own event happened: "Observers welcomed the certification of the results of the 12 April election by the
commission today" is today's, "Following the 3 May vote, the party said on Friday ..." is Friday's.  The sentence's event
is dated by another day it names (:func:`briefbot.text.dates.event_date`), or, when its main verb is in the present ("The
candidate is the favourite to win the 6 May election"), by the article's day (:func:`briefbot.text.tense.back_reference`);
a past verb of the thing itself keeps its day ("The 3 March shelling of the port killed 11 people", "Eleven people died in
the 3 March shelling").  A weekday ("the Friday prayer", "the Thursday a leader returns home") is no such date: its own
rules are :mod:`briefbot.text.tense`'s.

A weekday that is part of a name is no day at all (:func:`weekday_in_a_name`): a peace deal's ("the Good Friday agreement";
not a feast, a shopping day or a day a crash or a massacre gives its name, which the news of its week tells as often as a
history: "online on Black Friday", "what residents are calling Bloody Sunday"), a Sunday paper or a show ("the Sunday
Times", "the Mail on Sunday", "Monday Night Football"); nor is one that recurs ("On Monday afternoons, she has chemistry").

A day told weeks before its article in an aside on a thing the main clause names after its verb ("Satellite images found
the spill from the rig, which exploded on 20 April, had grown", "The progress came amid news of the damage caused by the
accident, which began when the rig exploded on 20 April") recalls the thing too (:func:`old_aside`): the story's first
days, told again in later reports, are not those reports' events.  A fresh day stays ("Ten people died in the storm,
which struck on Sunday"), and so does an aside on the subject before its verb ("The ferry, which sank on 3 March, was
carrying 300 people").
"""

from __future__ import annotations

import re

__all__ = ["NOUN_NEXT", "OLD_ASIDE_DAYS", "names_thing", "old_aside", "weekday_in_a_name"]

# a noun after a date (not a preposition, a conjunction or a verb: "the 3 March to 5 March", "the 12th of April that")
NOUN_NEXT = re.compile(r"\s+(?!(?:to|and|or|of|in|on|at|by|for|from|with|as|is|are|was|were|has|have|had|will|would|that|which)\b)[a-z]")
_THE_OR_WHOSE = re.compile(r"(?:\b[Tt]he|\w['’]s)\s+$")  # "the 12 April election", "Velano's 12 April election"


def names_thing(text: str, start: int, end: int) -> bool:
    """Whether the date ``text[start:end]`` says which thing a noun phrase names: a date with a day's number between "the"
    or a possessive and a noun ("the 12 April presidential election", "Velano's April 12 vote", "the Aug. 7 bombing"; not
    "on the 12th of April, 1967 that", "the 3 March to 5 March", nor a weekday's "the Thursday a leader returns")."""
    return (_THE_OR_WHOSE.search(text, max(0, start - 30), start) is not None and NOUN_NEXT.match(text, end) is not None
            and any(c.isdigit() for c in text[start:end]))


OLD_ASIDE_DAYS = 7  # days before its article from which a day told in an aside on a thing is the thing's, not the report's
# an aside on a thing, its verb in the past: ", which exploded on", ", which began when the rig exploded on"
_OWN_VERB = re.compile(r"\b(?:is|are|has|have|found|sank|hit|shot|cut|put|set)\b")  # (and what ``past`` reads)
_ASIDE = re.compile(r",\s+which\s+(?!(?:will|would|is|are|has|have)\b)([^,;:()\"“”]{1,80})$")


def old_aside(text: str, start: int, past: re.Pattern[str]) -> bool:
    """Whether the day at ``start`` of ``text`` is told in an aside (", which ...") on a thing the main clause names after
    a verb of its own, the aside's verb in the past (see the module's docstring; the caller tells a day weeks old).
    ``past``: the verbs in the past (:data:`briefbot.text.tense.PAST`, given by the caller: that module reads this one)."""
    head = text[max(0, start - 120):start]
    if "which" not in head:
        return False
    m = _ASIDE.search(head)
    if m is None or not any(v.group()[:1].islower() for v in past.finditer(m.group(1))):
        return False
    main = text[:start - len(head) + m.start()]  # its own verb, in lower case ("The United Nations mission, which": none)
    return any(v.group()[:1].islower() for v in past.finditer(main)) or _OWN_VERB.search(main) is not None


# a peace deal a day's name names ("the Good Friday agreement"); not the feast, nor a day a crash or a massacre gives its name
# ("Black Monday", "Bloody Sunday"), which the news of its week gives as often as a history ("what residents are calling
# Bloody Sunday": that Sunday)
_GOOD_FRIDAY = re.compile(r"(?<![Oo]n )(?<![Oo]n the )\bGood\s+$")
_DEAL = re.compile(r"\s+(?:peace\s+)?(?:agreement|accord|deal)\b", re.I)
# a Sunday paper ("the Sunday Times", "told the Mail on Sunday"; not "said on Sunday Express Scripts would ...") or a show
# ("Monday Night Football", "Saturday Night Live")
_PAPER_AFTER = re.compile(r"\s+(?:Times|Telegraph|Mirror|Express|Herald|Tribune|Mail|Observer|Post|Independent)\b")
_PAPER_BEFORE = re.compile(r"\b(?:Mail|Independent)\s+on\s+$")
_ON = re.compile(r"\bon\s+$", re.I)
_SHOW = re.compile(r"\s+Night\s+(?:Football|Live|Lights)\b")
# "on Monday afternoons", "on Monday and Thursday mornings": every week's
_RECURS = re.compile(r"(?:\s+(?:and|or)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s+(?:mornings|afternoons|evenings|nights)\b", re.I)


def weekday_in_a_name(text: str, start: int, end: int) -> bool:
    """Whether the weekday ``text[start:end]`` (its name alone) names no day: part of a name ("the Good Friday agreement",
    "the Sunday Times", "the Mail on Sunday", "Monday Night Football") or a day that recurs ("On Monday afternoons, ...")."""
    paper = text[start:end].lower() == "sunday" and bool(_PAPER_BEFORE.search(text, max(0, start - 20), start) or (
        _PAPER_AFTER.match(text, end) and not _ON.search(text, max(0, start - 4), start)))
    deal = bool(_GOOD_FRIDAY.search(text, max(0, start - 20), start) and _DEAL.match(text, end))  # ("the Good Friday agreement")
    return bool(paper or deal or _SHOW.match(text, end) or _RECURS.match(text, end))
