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
"""

from __future__ import annotations

import re

__all__ = ["NOUN_NEXT", "names_thing"]

# a noun after a date (not a preposition, a conjunction or a verb: "the 3 March to 5 March", "the 12th of April that")
NOUN_NEXT = re.compile(r"\s+(?!(?:to|and|or|of|in|on|at|by|for|from|with|as|is|are|was|were|has|have|had|will|would|that|which)\b)[a-z]")
_THE_OR_WHOSE = re.compile(r"(?:\b[Tt]he|\w['’]s)\s+$")  # "the 12 April election", "Velano's 12 April election"


def names_thing(text: str, start: int, end: int) -> bool:
    """Whether the date ``text[start:end]`` says which thing a noun phrase names: a date with a day's number between "the"
    or a possessive and a noun ("the 12 April presidential election", "Velano's April 12 vote", "the Aug. 7 bombing"; not
    "on the 12th of April, 1967 that", "the 3 March to 5 March", nor a weekday's "the Thursday a leader returns")."""
    return (_THE_OR_WHOSE.search(text, max(0, start - 30), start) is not None and NOUN_NEXT.match(text, end) is not None
            and any(c.isdigit() for c in text[start:end]))
