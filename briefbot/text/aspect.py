"""Whether a sentence tells its event as done or as to come (pure), a whole sentence at once.

A whole sentence tells its event as done or as to come (:func:`told_as`) when every verb group it has, past a
report's frame ("has said it will publish", "Police said the man was arrested"), an aside (", which was founded in
2019,") and a condition ("if no ransom is paid"), tells it so: a marker of what is to come, a plan or a threat
("will publish", "is set to", "threatened to", "could reach") is to come; a finite past verb or a present perfect
("began publishing", "has published") is done; a present ("is", "has"), or verbs of both kinds ("would not say
... but said the process was working"), tell neither.

"Also reported" reads it (:func:`told_apart`): "began publishing the data on Monday" is no report of "has said it
will publish the data on Monday if no ransom is paid"; and the timeline marks a line still to come as told.  A day an act
set something for (:func:`set_for`: "has scheduled a hearing for March 10") is to come on it however the act is told.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from briefbot.text.guarded import guarded, holds
from briefbot.text.pastforms import past_form
from briefbot.text.tense import FUTURE, Tense, finite_past
from briefbot.text.told import Told

__all__ = ["NTH_SPAN", "PRESENT", "REPORT_FRAME", "set_for", "tells_an_event", "told_apart", "told_as", "told_events", "told_tenses"]

# what a sentence's verb groups are read without: an aside (", which was founded in 2019,"), a condition ("if no
# ransom is paid": the clause to come's own) and a report's frame ("The gang has said (that)", "Police say")
_ASIDE = re.compile(r",\s*(?:who|which|whose)\b[^,;]*(?:,|$)")
_CONDITION = re.compile(r"(?i:\b(?:if|unless)\b[^,;]*(?:,|$))")
REPORT_FRAME = re.compile(r"(?i:\b(?:(?:has|have|had)\s+(?:said|told|announced|confirmed|reported|added|warned|stated|claimed)"
                          r"|say|says|said|told|tells|announced|confirmed|reported|added|warned|stated|insisted|claimed"
                          r"|according to)\b)")
_PERFECT_DONE = re.compile(r"(?i:\b(?:has|have)\s+(?:not\s+|also\s+|already\s+|now\s+|all\s+)?(?:been|\w+ed|\w+en)\b)")
_PLANNED = re.compile(r"(?i:\b(?:planned|intended|hoped|aimed|wanted|sought|prepared|preparing|planning) to\b)")  # a plan told in the past
_JOINS = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b|\s(?:--|—)\s")  # clauses joined in one sentence
PRESENT = re.compile(r"(?i:\b(?:is|are|am|has|have|remains?)\b)")  # a verb in the present: tells neither done nor to come
# a day an act set something for, however the act is told: what was set is to come on it ("The committee has scheduled a
# hearing on the attack for March 10", "The judge set the trial for 4 May"; a day after "until" or "to" is a bound, no
# event's day; not a schedule given up, "The vote, which had been scheduled for March 10, was cancelled")
_SET_FOR = re.compile(r"(?i:(?<!had been )\b(?:scheduled|rescheduled|set|slated|fixed|booked|postponed|adjourned|delayed|deferred|put off|"
                      r"pushed back|brought forward)\b(?:\s+[^\s.;:!?]+){0,8}?\s+for\s+(?:(?:next|this)\s+)?)$")
# a time told from another moment, which the sentence does not date ("When villagers marched the following day, ...",
# "The attack was two weeks later", "Days later, ...", "At first, ...", "At the time, ...", "Since then, ..."): no event of
# its article's day; not a moment of that day ("two hours later", "shortly after midnight"), not what a later act came
# after ("The strike came two days after the government raised prices": the strike is the day's), not a comparison's
# base ("from 5.6 percent a year earlier") nor a time to come ("the vote would be held the following week")
_SOME = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|some|\d+)"  # how many of a unit of time
_ELSEWHEN = re.compile(r"(?i:\b(?:the\s+(?:following|next|previous|preceding)\s+(?:day|night|morning|evening)|"
                       rf"(?:(?:a couple of|{_SOME})\s+)"
                       r"(?:days?|weeks?|months?|years?)\s+(?:later(?!\s+than)|afterwards?)|"
                       r"(?<![\w ]{3} )(?:days|weeks|months|years)\s+later|"
                       r"since\s+then|in\s+the\s+(?:days|weeks|months|years)\s+(?:that\s+followed|after)|by\s+then)\b|"
                       r"^[\"“‘']?(?:(?:at\s+first(?!\s+(?:light|glance|sight|hand)\b)|at\s+the\s+time|back\s+then|initially),|"
                       r"the\s+(?:following|next|previous)\s+(?:week|month|year)\b|"
                       rf"(?:{_SOME}\s+)?"
                       r"(?:days?|weeks?|months?|years?)\s+(?:earlier|before|after)\b|"
                       r"(?:shortly|soon|not\s+long|immediately)\s+after\s+(?!midnight|dawn|noon|daybreak)\S*\s*(?:the\s+)?\d{4}\b))")
# a stretch of years the sentence tells its state over, no day's event, in its fronted first clause ("Since 1990, many cars
# have been equipped ...", "In recent years the Chinese earned praise ...", "When Indian tribes began ... in the 1990s,
# ...", "Over the past decade, ..."); not a comparison's ("the first cut since 2009", "the deadliest in recent years"), an
# aside's (", who has ruled since 1990,") nor a stretch of days ("since Monday", "since March")
_FRONTED_YEARS = re.compile(r"(?i:[\"“‘]?(?:since|in|when|through|throughout|during|over|for)\b(?![^,;:]*\b(?:first|second|third|"
                            r"\w{2,}est|most|worst|best|record|one of|as in)\b)[^,;:]*(?=,))")  # (no comparison's: "In the deadliest ...")
_YEARS = re.compile(r"(?i:\bsince\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1[89]|20)\d\d(?:['’]?s)?\b|\b(?:in|during|throughout|"
                    r"through)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?:1[89]|20)\d0['’]?s|recent\s+(?:years|decades))\b|\b(?:over|in|during)\s+"
                    r"the\s+(?:past|last)\s+(?:(?:few|several|two|three|four|five|ten|\d+)\s+)?(?:years|decades?)\b|\bover\s+the\s+years\b|"
                    r"\bfor\s+(?:more\s+than\s+|nearly\s+|almost\s+)?(?:a|two|three|several|many)\s+(?:years|decades?)\b)")
# an idiom's "stated", no report ("Simply stated, biodynamics is ...", "Put simply, ...")
_IDIOM_STATED = re.compile(r"(?i:\b(?:simply|briefly|plainly)\s+stated\b|\bstated\s+(?:simply|briefly|plainly)\b)")
# a day a word before names as another's, no time of the sentence ("the losses of the previous day", "up 13 on the
# previous day", "until the next morning", "to resume it the next morning", "a day later than planned")
_OF_A_DAY = re.compile(r"(?i:\b(?:of|on|until|till|from|by|for|over|it|them)\s+$)")
# a comparison's base before it: a number compared ("from 5.6 percent a year earlier"; not "less than a week later")
_BASE = re.compile(r"(?i:\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?)\s+\S*\d\S*\s+(?:\S+\s+){0,3}$)")
# "is going according to plan" tells no plan to come ("is going to close" does)
_NOT_AHEAD = re.compile(r"(?i:(?:is|are|was|were) going\b(?! to (?!plan\b)\w))")


def told_as(text: str) -> Tense | None:
    """Whether the sentence ``text`` tells its event as done (``Tense.PAST``) or as to come (``Tense.AHEAD``: planned,
    expected, threatened, possible): every verb group it has past its asides, conditions and report's frames (see the
    module's docstring) tells it so; None when it tells neither or both (a present, no verb, "Talks collapsed and will
    resume on Friday")."""
    known = told_tenses.get(text)
    if known is not None:
        return Tense(known) if known else None
    found = _told_as(text)
    told_tenses.tell(text, found.value if found is not None else "")
    return found


# the answers of this run (an article's kept analysis tells those an earlier run found for its sentences, see
# briefbot.brief.analysis; those found now are kept with a new article's): told_as's as a Tense's value ("": None), and
# tells_an_event's
told_tenses: Told[str, str] = Told(65_536)
told_events: Told[str, bool] = Told(65_536)


@lru_cache(maxsize=16_384)  # (across the runs of a long-lived process: told_tenses is forgotten after each)
def _told_as(text: str) -> Tense | None:
    body = _CONDITION.sub(",", _ASIDE.sub(",", text))
    taken = [m.span() for m in REPORT_FRAME.finditer(body)]
    kinds: set[Tense | None] = set()

    def add(m: re.Match[str], kind: Tense | None) -> None:
        if not any(s <= m.start() < e for s, e in taken):
            taken.append(m.span())
            kinds.add(kind)

    for m in FUTURE.finditer(body):
        if not _NOT_AHEAD.match(m.group(0)):
            add(m, Tense.AHEAD)
    for m in _PLANNED.finditer(body):
        add(m, Tense.AHEAD)
    for m in _PERFECT_DONE.finditer(body):
        add(m, Tense.PAST)
    for m in finite_past(body):
        if m.start() > 0:
            add(m, Tense.PAST)
    for m in PRESENT.finditer(body):
        add(m, None)
    # a clause of no verb read ("Official estimates put the spill at 5,000 barrels, but ..."): its tense is not known
    cuts = [0, *(m.start() for m in _JOINS.finditer(body)), len(body)]
    unread = any(not any(s <= a < e for a, _ in taken) for s, e in pairwise(cuts) if body[s:e].strip(" ,;:.-—\"'“”"))
    return next(iter(kinds)) if len(kinds) == 1 and not unread else None


# a state in its count of days, weeks or months, of the day it is told ("The strike is in its fourth day", "entered its
# second week", "for a third straight day")
_SPAN_UNITS = ("day", "week", "month")
NTH_SPAN = guarded(re.compile(r"(?i:\b(?:(?:(?:is|are|was|were|now|still)\s+(?:now\s+|still\s+)?in|into|enters?|entered|"
                       r"entering|reached|reaches)\s+(?:its|their|a)|for\s+(?:a|the))\s+(?:first|second|"
                       r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+"
                       rf"(?:straight\s+|consecutive\s+|successive\s+|running\s+)?(?P<unit>{'|'.join(_SPAN_UNITS)})\b)"),
                   holds(*_SPAN_UNITS, ignore_case=True))  # (its unit, looked for first: most sentences name none)

# a word in lower case: a verb's form; not a capitalised name's tail ("United" holds no "nited"); a hyphenated verb's last
# piece counts ("test-fired two missiles", "re-elected the mayor"), and so does a modifier's ("rebel-held", "long-lived")
_WORD = re.compile(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])")
_DIRECTED = re.compile(r"(?i:\b(?:urged|ordered|told|asked|called on|vowed|threatened|pledged|promised|warned)\b)")
# a going-on told in the progressive ("is establishing a new service", "were fleeing the town")
_GOING_ON = re.compile(r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?\w+ing\b")


def tells_an_event(text: str) -> bool:
    """Whether a sentence tells something that happened on its article's day when it names no day: told as done ("has
    left a publisher with 10 million unsold books", "Police said the man was arrested", "Gunmen shot dead three
    officers"), told by someone ("..., officials said"), an order, a call or a vow ("urged Serbia to withdraw"), going on
    ("is establishing a new service") or a state's count of days ("is in its fourth day"); not a standing fact, a
    definition or a view ("The virus is typically transmitted by mosquitoes.", "America must never give up on public
    education."), nor one told from another moment ("the following day", "two weeks later": :data:`_ELSEWHEN`) or over
    years (:data:`_YEARS`: "Since 1990, many cars have been equipped ...", "In recent years ...", its fronted clause's)."""
    known = told_events.get(text)
    if known is None:
        known = _tells_an_event(text)
        told_events.tell(text, known)
    return known


def _tells_an_event(text: str) -> bool:
    if (m := _ELSEWHEN.search(text)) and not _BASE.search(text, max(0, m.start() - 60), m.start()) and not _OF_A_DAY.search(
            text, max(0, m.start() - 12), m.start()) and not (
            FUTURE.search(text, 0, m.start()) and m.group(0).lower().startswith(("the following", "the next"))) and (
            "anniversary" not in text):
        return False  # (not a time to come: "would be held the following week"; not an anniversary's "20 years later")
    if (fronted := _FRONTED_YEARS.match(text)) and _YEARS.search(fronted.group(0)):
        return False  # a state over years: "Since 1990, many cars have been equipped with ..."
    if (REPORT_FRAME.search(text) and not _IDIOM_STATED.search(text)) or _GOING_ON.search(text) or NTH_SPAN.search(text) or (
            _PLANNED.search(text) or _DIRECTED.search(text)):  # (a plan, a vow or an order made that day: "urged Serbia to withdraw")
        return True
    if told_as(text) is Tense.PAST:
        return True
    # a past form the tense rules do not list ("Gunmen shot dead three officers", "The dam burst"), nothing present or to come
    return any(past_form(w) for w in _WORD.findall(text)) and not FUTURE.search(text) and not PRESENT.search(text)


def told_apart(a: str, b: str) -> bool:
    """Whether one of two sentences tells its event as done and the other as to come (:func:`told_as`): "began
    publishing the data on Monday" is no report of "has said it will publish the data on Monday if no ransom is paid"."""
    return {told_as(a), told_as(b)} == {Tense.AHEAD, Tense.PAST}


def set_for(text: str, start: int) -> bool:
    """Whether the day named at ``start`` of ``text`` is one an act set something for ("... has scheduled a hearing for
    March 10"): what was set is to come on that day, whether the act is told as done or not."""
    return _SET_FOR.search(text, 0, start) is not None
