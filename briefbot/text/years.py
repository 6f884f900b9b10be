"""Which year a day and month written without one means (pure): the reading :mod:`briefbot.text.dates` gives "20 April".

A news sentence that gives a day without its year ("on 20 April", "Nov. 25") means the one nearest its article's date
(:func:`year_of`): "The vote is on 3 March", said in February, is this March's; "The rig exploded on 20 April", said in
November, is this April's too.  Nearest is wrong for an act told as done whose nearest reading lies ahead: "Eleven
workers were killed by the explosion on 20 April", in an article of 2 November 2010, is April 2010, not 2011.  So a day
told as done (:func:`told_done`: "on" the day, in a clause whose verb is in the past and none is in the present or to
come, the day no thing's name) and read :data:`AHEAD` ahead or more is the year before's.  Nearer, a schedule told in the past
("The court set the hearing on 3 March") or a page updated after the day it is dated may tell it, and the reading stays.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefbot.text.aspect import PRESENT
from briefbot.text.named import names_thing
from briefbot.text.pastforms import past_form
from briefbot.text.tense import FUTURE

__all__ = ["AHEAD", "ON_DAY", "calendar_date", "told_done", "year_of"]

# what puts a day as the one an act happened on ("on 20 April", "in the early hours of Sunday")
ON_DAY = re.compile(r"(?i:\b(?:on|in the early hours of|early|late|at dawn on)\s+)$")
# a day and month told as done and read this far ahead of the article's date or more is the year before's ("Eleven
# workers were killed by the explosion on 20 April", in November: not next April); nearer, a schedule told in the past
# ("The court set the hearing on 3 March", "Unions called a strike on 3 March") or a page updated after the day it is
# dated ("stepped down on February 11" on a topic page of 25 January) may tell it
AHEAD = timedelta(days=90)
_CLAUSE_OPENS = re.compile(r"[,;:()]|\s(?:--|—|–)\s|\b(?:who|which|that|when|where|while|because|as|after|before|until|and|but)\b",
                           re.I)
# a clause that sets, announces, calls off or sends someone to what the day dates, or tells it as a plan ("remanded to
# appear at court on", "was stepping down on", "agreed to meet again on", "the concert on", "a strike on")
_SCHEDULED = re.compile(
    r"(?i:\b(?:set|fixed|scheduled|rescheduled|announced|called|cancell?ed|postponed|adjourned|remanded|invited|agreed|"
    r"approved|voted|banned|refused|declared|planned|listed|commissioned|booked|moved|delayed|deferred|brought forward|"
    r"expected|due|sent|added)\b|\bto\s+[a-z]+\b|\b(?:was|were)\s+\w+ing\b|\b(?:hearing|trial|election|vote|referendum|poll|"
    r"polling|strike|walkout|concert|show|event|talks|visit|meeting|summit|match|game|tie|parade|march|vigil|rally|"
    r"holiday|sentencing|completion|ceasefire|truce|deadline|date|launch|release|opening|premiere|broadcast)s?\s+"
    r"(?:\w+\s+){0,2}$)")
_WORD = re.compile(r"[A-Za-z]+")
_REACH = 200  # characters: a clause's length at the most
# besides a verb in the present (aspect.PRESENT), a modal or a schedule's present: the clause does not tell its act as
# done ("who takes over on 1 October", "listeners can hear it on 18 August")
_NOT_DONE_YET = re.compile(r"(?i:\b(?:can|may|might|must|should|shall|takes|begins|starts|opens|ends|expires|reports|comes|"
                           r"goes)\b)")


def told_done(text: str, start: int, end: int, lead: re.Pattern[str] = ON_DAY) -> bool:
    """Whether the day ``text[start:end]`` dates an act its clause tells as done: "on" the day (the words before it match
    ``lead``; "in" for a month: "was convicted in August"), in a clause with a verb in the past and none in the present
    or to come ("were killed by the explosion on 20 April", "On Jan. 7, Jordan told ..."; not "who takes over on 1
    October", "when it reports its results on 1 February"), the day no thing's name ("the March 26 election": its day is
    the thing's, whatever the tense)."""
    if names_thing(text, start, end) or not lead.search(text[max(0, start - 25):start]):
        return False
    back = max(0, start - _REACH)  # (a clause read within reach either way: a long line's many days read in linear time)
    opens = back
    for m in reversed(list(_CLAUSE_OPENS.finditer(text, back, start))):  # the nearest that opens a clause: not an "and" that
        if m.group().lower() in ("and", "but") and not any(past_form(w) for w in _WORD.findall(text, m.end(), start)):
            continue  # joins two nouns ("convicted of perjury and obstruction of justice in August")
        opens = m.end()
        break
    clause = text[opens:start]
    if not clause.strip(" \"'“‘(") or lead.fullmatch(clause.lstrip()):  # the day fronted: the clause after it ("On Jan. 7, ...")
        stop = _CLAUSE_OPENS.search(text, end + 1, end + _REACH)
        clause = text[end:stop.start() if stop else end + _REACH]
    return (any(past_form(w) for w in _WORD.findall(clause)) and not FUTURE.search(clause) and not PRESENT.search(clause)
            and not _NOT_DONE_YET.search(clause) and not _SCHEDULED.search(clause))


def _nearest_year(month: int, day: int, published: date) -> date | None:
    """The date with this month and day nearest ``published`` (a year's half either way)."""
    best = None
    for year in (published.year - 1, published.year, published.year + 1):
        d = calendar_date(year, month, day)
        if d is None:
            continue
        if best is None or abs((d - published).days) < abs((best - published).days):
            best = d
    return best


def calendar_date(year: int, month: int, day: int) -> date | None:
    """The day, or None when there is no such day (30 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def year_of(month: int, day: int, published: date, text: str, start: int, end: int) -> date | None:
    """The day ``month``/``day`` without a year at ``text[start:end]`` means in an article dated ``published``: the
    nearest, but the year before's for one told as done read :data:`AHEAD` ahead or more (see the module's note);
    None when there is no such day (30 February)."""
    d = _nearest_year(month, day, published)
    if d is not None and d >= published + AHEAD and told_done(text, start, end):
        return calendar_date(d.year - 1, month, day)
    return d
