"""What is to come (pure): whether a figure's own clause tells its count as planned, promised or possible.

A count of what is to come ("The ministry will release 300 detainees", "the rebels agreed on Monday to free 60
prisoners", "Under the deal, 900 prisoners will be freed", "a draft that provides for four corridors", "the plan would
open four corridors") is no count of what is: beside one of what was done ("freed 212 detainees") it is another
quantity, neither its update nor a disagreement, and a plan is no current count (identity.py keeps a cost and a
deployment: "will cost $4bn", "will send 600 soldiers" are their figures).  The figure's own clause is read, not its
sentence's (:func:`briefbot.text.aspect.told_as`): in "The army freed 40 men, and the rebels will free 30 soldiers" 40
is done and 30 to come.  The last verb before the number in its clause governs it ("will release 300"); a count that
opens its clause, the first verb after it ("900 prisoners held by both sides will be freed": a participle with "by" is
none); a report's frame ("said", "announced") is no verb of the count's.  How large a count may grow ("the toll could
reach 5,000", "may top 300", "could be 60,000 barrels a day") is an estimate of it, no plan; a set named as already
there ("the 144 settlements") is none either; a count another verb's infinitive governs ("could take months to contain
two leaks") is that verb's: the leaks are.  A capacity told right before the count is no count of what is either ("The
field hospitals can treat up to 400 patients a day", "room for 120 patients"; see ``_CAPACITY``).  A clause of no verb
of its own ("and the opening of four corridors") is to come when its sentence names a plan's provision before it
("Under the deal,", "The draft provides for").
"""

from __future__ import annotations

import re

from briefbot.text.aspect import PRESENT, REPORT_FRAME
from briefbot.text.tense import FUTURE, NOT_FINITE, PAST

__all__ = ["to_come"]

# where a figure's clause starts or ends: a comma, a semicolon, a dash, "that", a conjunction, "and" before a new subject
_BOUND = re.compile(r",(?!\d)|[;()\"“”]|:(?!\d)|\s(?:--|—)\s|\b(?:that|after|before|when|because|while|whereas|since|as)\b"
                    r"|\band\s+(?=(?:the|a|an|its|their|his|her)\s|[A-Z])")
# a plan, promise or agreement told in any tense: "agreed on Monday to free", "promised to release"
_PLAN = re.compile(r"(?i:\b(?:agree[sd]?|agreeing|promis(?:es|ed)|pledg(?:es|ed)|offer(?:s|ed)|propos(?:es|ed)|vow(?:s|ed)"
                   r"|decided|undert(?:ook|akes)|plann?(?:s|ed)|intend(?:s|ed)|threaten(?:s|ed)|expected)\b(?:\s+\w+){0,3}?"
                   r"\s+to\s+(?!(?:the|a|an|this|that|it)\b))(?-i:[a-z]+)")
# a plan's provision named before the number: "Under the agreement,", "the draft provides for"
_PROVISION = re.compile(r"(?i:\bunder\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}(?:draft|plan|proposal|agreement|deal|accord|bill"
                        r"|terms|offer|scheme)s?\b|\b(?:draft|plan|proposal|agreement|deal|accord|bill|offer)s?\b[^;:.]{0,80}?"
                        r"\b(?:provides?|provided|calls?|called|envisages?|envisaged)\s+for\b)")
# how large a count may grow is an estimate of it, not a plan: "the death toll could reach 50,000", "may top 300"
_ESTIMATE = re.compile(r"(?i:\s*(?:(?:\w+ly|now|still|also)\s+)?(?:reach|top|exceed|surpass|rise|climb|hit"
                       r"|be\b(?!\s+(?:\w+ed|held|sent|taken|given|built|kept|paid|brought|made|done|put|set|freed)\b)))")
# a count of a set named as already there ("the 144 settlements", "its 19 banks") is no plan's, whatever verb governs it
_DEFINITE = re.compile(r"(?i:(?:\bthe|\bits|\btheir|['’]s)\s+(?:(?:some|about|nearly|up\s+to|more\s+than)\s+)?$)")
# no verb group: "ahead of the talks", the month "(in) May"
_NO_VERB = re.compile(r"(?i:ahead of)|(?-i:may)")
# what something can hold or handle, told right before the count, is a capacity, no count of what is: "The field hospitals
# can treat up to 400 patients a day", "the skimmers are able to process 90,000 barrels a day", "a clinic with room for
# 120 patients", "a capacity of 80,000 barrels a day", "built for 20,000 refugees"; not what cannot be done to a count
# that is ("Officials can't account for 40 people still missing", "can no longer house 12,000 displaced people"), not
# what a body can tell of one ("Police can officially confirm 14 deaths", "can count 45 cases"), and not a "can" of
# another clause ("Families who cannot afford transport said 14 people have died")
_KNOWING = (r"confirm|report|say|tell|reveal|announce|disclose|verify|count|link|attribute|identify|name|account|trace"
            r"|locate|find|see|estimate|document|record|show|prove|put|blame")
_CAPACITY = re.compile(
    rf"(?i:(?:\bcan|\b(?:is|are|be)\s+able\s+to)\s+(?:(?:\w+ly|also|only|now|still|easily|already)\s+)?(?!(?:{_KNOWING})\b)[a-z]+"
    rf"(?:\s+(?:off|up|away|out|in|for|with))?"
    rf"|\b(?:room|space|capacity|beds?|places)\s+for|\bcapacity\s+of|\bcapable\s+of\s+\w+ing|\bequipped\s+(?:to\s+\w+|for)"
    rf"|\b(?:built|designed|meant)\s+(?:to\s+(?:hold|house|take|treat|handle|carry|process|accommodate)|for))"
    rf"\s+(?:(?:only|up\s+to|as\s+many\s+as|about|around|some|nearly|almost|more\s+than|over)\s+)?$")
_DIGIT = re.compile(r"\d")
_INFINITIVE = re.compile(r"\bto\s+(?:\w+ly\s+)?(?!(?:the|a|an|this|that|it|be)\b)[a-z]+\b")
_REACH = 40  # how far before its number a verb governs it


def _verbs(text: str, base: int) -> list[tuple[int, int, bool]]:
    """The verb groups of ``text`` (offset ``base``) as (start, end, to come), report frames left out."""
    frames = [m.span() for m in REPORT_FRAME.finditer(text)]
    out = [(m.start(), m.end(), not _ESTIMATE.match(text, m.end()))
           for m in (*FUTURE.finditer(text), *_PLAN.finditer(text)) if not _NO_VERB.fullmatch(m.group(0))]
    for m in (*PAST.finditer(text), *PRESENT.finditer(text)):
        if any(s <= m.start() < e for s, e in frames) or NOT_FINITE.search(text, 0, m.start()) or text.startswith(" by", m.end()):
            continue
        out.append((m.start(), m.end(), False))
    return [(s + base, e + base, ahead) for s, e, ahead in out]


def to_come(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``sentence[start:end]`` is told, in its own clause, as to come (see the module's docstring)."""
    if _DEFINITE.search(sentence, max(0, start - 40), start):
        return False
    digit = _DIGIT.search(sentence, start, end)  # (the count's phrase may hold its verb: "evacuate 3,000 people")
    at = digit.start() if digit else start
    if _CAPACITY.search(sentence, max(0, at - 60), at):
        return True  # what it can hold or handle, right before the count: a capacity
    cuts = [0, *(m.start() for m in _BOUND.finditer(sentence)), len(sentence)]
    # a number word with a capital past the sentence's start opens a sentence run on without a full stop ("... to be freed
    # Four men were held ..."): nothing before it is its clause's
    begin = start if start and sentence[start].isupper() else max(c for c in cuts if c <= start)
    stop = min((c for c in cuts if c >= end), default=len(sentence))
    before = _verbs(sentence[begin:start], begin)
    if before:
        last = max(before, key=lambda v: (v[1], v[2]))
        if start - last[1] > _REACH:
            return False  # a verb far before is no verb of the count's (a headline run into its story, no full stop)
        # another verb's infinitive between ("could take months to contain two leaks"): the count is that verb's, no plan's
        return last[2] and not _INFINITIVE.search(sentence, last[1], start)
    after = _verbs(sentence[start:stop], start)  # the figure's phrase may hold its verb: "30 people were killed"
    if after:
        return min(after, key=lambda v: (v[0], not v[2]))[2]
    return _PROVISION.search(sentence, 0, start) is not None
