"""Whether a date expression of a sentence speaks of what is to come (pure).

A weekday or a month without a year means the nearest one before the article's date when the sentence reports ("talks
ended on Monday") and the nearest one on or after it when the sentence looks ahead ("talks will resume on Monday").
:func:`is_future` reads which, in the way wire copy writes it:

* A marker of what is to come earlier in the expression's clause: "will", "would", a modal ("could resume as soon as
  Saturday", "may crest on Sunday", "may have to decide"; not "could not", "could hear", nor a perfect, "may have
  died"), a schedule or a forecast ("is due to", "expected to", "is forecast to", "scheduled for", "has been set for",
  "ahead of"; a noun's "due to" or "set to" and a verb, whatever the main verb's tense: "The truce, due to expire on
  Tuesday, was extended"; not a cause after a past verb, "flights were cancelled due to fog on Sunday"; "had been due to
  meet on Sunday" too: a plan overtaken before its day), a passive infinitive ("the report, to be published on
  Tuesday"), an intention ("plans to", "vowed to"), a condition ("if it rains on Friday") -- unless a reporting verb or
  a finite past verb follows the marker ("said on Monday it would", "believed to be a local man, was arrested on
  Tuesday", "who could face a vote, met union leaders on Tuesday": the date is the past verb's).
* A possessive weekday ("Tuesday's ruling could ...", "Friday's debate") is the nearest such day, unless an event's
  past verb follows its noun ("the toll from Monday's collapse rose to 51"; not a state's, "Thursday's vote was
  expected to be close"; nor after "ahead of": "ahead of Saturday's concert organisers said"), and so is any day whose
  event is put off ("no reason to delay Friday night's debate", "postponed Saturday's match"; not "cancelled Sunday
  services").
* A day something starts from is the nearest such day when it takes effect ("effective Monday"), follows a decision
  ("declared three days of mourning starting on Friday") or ends the sentence; so is a noun's schedule's day when what
  follows looks ahead, or nothing does and nothing past comes before ("payments due on Thursday would be delayed").
* A stretch that lasts until a day ("talks continue until Friday", "has until Monday", "postponed the vote until
  Thursday") ends ahead, unless the clause before it is in the past ("the airport stayed closed until Tuesday", "had
  decided to delay the vote until Monday").
* A span of days ("from 11 a.m. Wednesday to 8 p.m. Thursday", "between Monday and Friday") is told in the past when
  the verb nearest before it is a finite past one ("the festival ran from ...", "has been closed from ..."), or,
  opening its sentence, the first after it ("From Monday to Wednesday, 300 people were arrested"); else it is in
  effect now or to come ("A warning is in effect from ...", "The agency said a warning is in effect from ...": the
  nearest verb's tense).
* A day named only in a back-reference dates no event of the sentence: a figure's earlier value ("3,200 are under
  orders, up from 1,400 on Monday", "down from five on Friday", "compared with ... on Sunday"), a "since" clause
  ("have been postponed since the attack began Sunday"), a date naming a thing (:mod:`briefbot.text.named`) whose main
  verb is in the present ("the toll from the June 3 shelling has risen to 14", "is the favourite to win the 6 May
  election"; not "the June 3 shelling killed 11"), or a relative clause of a main clause in the present or present
  perfect ("Three people have died in the fire, which began on Aug. 4", "has restored power to the customers of the
  shutoff that began on 6 August", its own verb past; not "The ship, which sank on Sunday, was carrying 300", "has
  said that ...", "there is a roof that collapsed last night", "the attacks from everyone up to the president, who
  said yesterday ...", nor "the standards, which the board will take up Wednesday"; "whose" opens one too: "Residents
  are angry with the agency, whose inspectors had promised on Monday to visit"), and a relative clause on a report's
  speaker named after the quote, whatever its tense ('"It was their fault," said Jo Lee, whose sister died on Sunday':
  who the speaker is, not when they spoke; not "said Jo Lee, who was speaking on Monday", "who urged action Friday in
  a letter").
* A day to come of a clause joined by "and"/"but" to one in the past (:func:`told_after_past`: "The jury began
  deliberating at 3 p.m. and will resume on Friday", "has approved the payout and is expected to pay it on 21 March",
  told in the past too: "winds reached 205 km/h, and it was expected to cross the coast on Wednesday") dates the
  clause to come only: the past one is the sentence's event ("Talks broke down on Monday and will resume on Friday" is
  Monday's; "The jury will resume on Friday" and "said talks will resume on Friday" stay Friday's); so does one of a
  relative clause of a main clause in the past ("Lawyers filed a challenge, which set a hearing for April 20",
  "proposed two bills that could come up for votes on Thursday": the filing, the proposal are the event; not a
  report's "that", "said that talks will resume on Friday"), and the day a deferral told in the past moves a thing to,
  or the one it was set for ("The court postponed the hearing, which had been set for April 20, to April 22": the
  postponement is the event; "adjourned the hearing to Friday" looks ahead).
* A clause ends at a semicolon, a colon between words (not a clock time's: "will resume at 10:00 on Friday" looks
  ahead), "that", a comma and a conjunction, or a dash.
* An expression that opens its sentence ("On Monday, the president will ...") takes the tense of the verb after it, up
  to the end of its clause ("Monday when the general gave ... that he would" is past: the "would" is another
  clause's); words before it that report ("the agency announced Monday that it will") make it theirs; a bare modal
  ("On Monday, the president could ...", "The decision on Monday could affect ...") makes it the nearest such day.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from enum import StrEnum

from briefbot.text.named import NOUN_NEXT, names_thing


class Tense(StrEnum):
    PAST = "past"  # a report: the nearest such day on or before the article's date
    AHEAD = "ahead"  # what is to come: the nearest on or after it
    NEAR = "near"  # a plan told in the past ("was due to", "vowed to"): kept already or still to come, the nearest

# a passive infinitive: "to be published", "to be held" (not "believed to be a local man")
_PARTICIPLE = r"(?:\w+e[dn]|held|made|set|put|built|sent|shown|seen|paid|sold|brought|taken|told|heard|read|met|run|cut|hit|kept|left|won)"
# a modal that looks ahead: not "could not", "could barely", "could hear" (past ability) nor a perfect ("may have died")
_MODAL = (r"\b(?:could(?! (?:not|never|barely|hardly|scarcely|only|see|hear|feel|smell)\b"
          r"| be (?:heard|seen|felt|smelled|smelt)\b)|might|should|must|(?-i:may))\b"
          r"(?! (?:not |never |also |well |still )?have\b(?! (?:to|a|an|the|no|some|any|more|its|their|his|her)\b))")
_BARE_MODAL = re.compile(r"(?i:could|might|should|must|may)")
# a noun's schedule: "due to" or "set to" and a verb (not a noun phrase: "due to the storm", "due to rising prices")
_DUE = r"\b(?:due|set) to(?= (?!(?:the|a|an|this|these|those|his|her|its|their|our|some|any|no|\w+ing)\b)[a-z])"
_DUE_TO = re.compile(r"(?i:(?:due|set) to)")
# the verbs of a directive told in the past ("were told to cancel", "asked schools to close"): a plan, read as one
_DIRECTIVES = "told|asked|ordered|urged|instructed|advised|directed"
FUTURE = re.compile(  # (its alternatives behind one word boundary: 2x faster than each behind its own)
    r"['’]ll\b|\b(?:(?:will|shall|won['’]t|would)\b|" + _MODAL.removeprefix(r"\b") +
    r"|(?:is|are|was|were)(?: (?:also|not|now|still|widely))? (?:due|expected|forecast|scheduled|set|going|planning|planned|to)\b"
    r"|(?:has|have|had) been (?:due|expected|forecast|scheduled|set|planned|slated)\b"  # (a forecast: "is forecast to cross")
    r"|(?:expected|forecast|forecasted|predicted|scheduled|slated|poised) to\b|" + _DUE.removeprefix(r"\b")
    + r"|(?:planned|scheduled|set|slated) for\b|ahead of\b"
    r"|(?:set(?:ting)?|schedul(?:ed|ing)) (?:a|an|the|its|their) (?:[a-z-]+ ){1,3}?for(?=\s*$)"  # (its day next)
    r"|(?:plans?|intends?|hopes?|aims?|vow(?:s|ed)?|pledg(?:es?|ed)|promis(?:es?|ed)|threaten(?:s|ed)?) to\b"
    # a directive told in the past, its object between: "were told to cancel Sunday services", "asked schools to close"
    rf"|(?:{_DIRECTIVES}) (?:(?!to\b)[\w'’-]+ ){{0,5}}?to"
    r"(?= (?!(?:the|a|an|this|these|those|his|her|its|their|our)\b)[a-z])"
    rf"|(?<!\bhad )to be {_PARTICIPLE}\b|had to be {_PARTICIPLE} by\b)",  # (not "had to be moved on Saturday"; "... passed by Friday")
    re.I)
_REPORTED = re.compile(r"(?i:\b(?:said|told|announced|confirmed|reported|added|warned|stated|declared|insisted|claimed)\b)")
# words ending in -ed that are no past verb ("need", "red", "a hundred")
NOT_PAST = frozenset({"need", "feed", "seed", "speed", "deed", "breed", "bleed", "weed", "greed", "proceed", "succeed",
                      "exceed", "red", "bed", "hundred", "sacred", "naked", "wicked", "kindred", "hatred", "embed", "shred"})
_NOT_PAST = rf"(?!(?:{'|'.join(sorted(NOT_PAST))})\b)"
PAST = re.compile(r"(?i:\b" + _NOT_PAST + r"(?:\w+ed|said|told|was|were|had|did|met|began|took|went|came|fell|rose|won|lost"
                   r"|gave|left|saw|made|struck|broke|sent|held|led|fled|wore|spent|built|brought|bought|caught"
                   r"|fought|stood|ran|sought|spoke|wrote|drove|flew|grew|threw|found|wasn['’]t|weren['’]t|hadn['’]t|didn['’]t)\b)")
# a past form that is no finite verb: a participle after be/been/have, "stay" and the like ("will be held", "has been set", "will stay
# closed"), a base form after "to" or a modal, or an adjective after a determiner or a preposition ("a closed-door meeting", "for
# invited guests"); "so-called" neither
NOT_FINITE = re.compile(r"(?i:\b(?:be|been|being|is|are|am|was|were|have|has|had|having|get|gets|got|stay|stays"
                         r"|remain|remains|become|becomes|seem|seems|keep|keeps|the|a|an|its|their|his|her|of|for|with|by"
                         r"|in|on|at|to|will|would|could|may|might|should|must|can|shall)"
                         r"(?: (?:not|also|now|still|already|widely|jointly|\w+ly))? $)")
_CLAUSE = re.compile(r";|:(?!\d)|\bthat\b|, (?:and|but|while|as|after|before|when)\b| (?:--|—) ")
# where the verb of an expression that opens its sentence is looked for ends: another clause starts
_CLAUSE_AHEAD = re.compile(r"[;)]|:(?!\d)|\b(?:that|when|which|who|where|whether|because|after|before|while|if)\b", re.I)
_UNTIL = re.compile(r"(?i:\b(?:until|till|til)\s+(?:the\s+)?)$")
_PERFECT = re.compile(r"(?i:\bhad(?:n['’]t)?\b)")
_TOLD_IN_THE_PAST = re.compile(rf"(?i:^(?:was|were)\b|^(?:vowed|pledged|promised|threatened|{_DIRECTIVES})\b)")
_DEFERRED = re.compile(r"(?i:\b(?:postpon|delay|defer|adjourn|extend|suspend|push(?:ed|es|ing)? back|put(?:s|ting)? off))")
_STRETCH = re.compile(r",\s|\band\b")  # the last piece of a clause before "until": its verb
# a day something starts from: "effective Monday"; "starting on Friday" after a decision, or ending the sentence ("declared three days
# of mourning starting on Friday"; not "Protests beginning on Friday spread to 12 cities")
_STARTING = re.compile(r"(?i:\b(starting|beginning|effective)\s+)$")
_DECIDED = re.compile(r"(?i:\b(?:declared|announced|ordered|decided|approved|imposed|introduced|proclaimed|called|set)\b)")
_ENDS_HERE = re.compile(r"(?:on\s+)?\w+(?:\s+(?:morning|afternoon|evening|night))?\s*[.!?\"”’']*\s*$", re.I)
# a past verb right after a possessive day's noun, or its "of" phrase ("Monday's collapse of the dam rose") (an event's verb: not a
# state's, "Thursday's vote was expected to be close", "Thursday's deadline remained")
_NOT_NOUN = r"(?!(?i:was|were|is|are|had|has|have|will|would|could|may|might|be|been|that|which|who|whom|whose|when|where)\b)"
_TOLD_AFTER_NOUN = re.compile(rf"(?:\s+{_NOT_NOUN}[\w-]+){{1,3}}?(?:\s+(?:of|on|in|at|against|near)(?:\s+{_NOT_NOUN}[\w'’-]+){{1,4}}?)?\s+"
                              r"(?!(?i:was|were|had|did|remained|stayed|seemed|appeared|looked)\b|(?i:\w+n['’]t)\b)" + PAST.pattern)
# a schedule told in the present, its verb a few words before the day ("faces a vote of no confidence on Monday", "The committee meets
# Monday", "The trial opens on Friday", "A study appears Friday", "opens in the port city of Velano on Monday": a place right after the
# verb, "enters into force at 00:00 on Friday": a time), no noun's ("the votes cast on Sunday": a determiner before it), no other phrase's
# between ("faces weeks without power after the storm on Monday", "over the spill on Saturday") and no picture's place ("meets flood victims
# in Velano on Tuesday", a caption's present)
_BLOCKS = r"(?:in|at|after|over|since|following|before|during|from|amid|near|by|for|when|until|than|with)"
_SCHEDULED = re.compile(
    r"(?i:(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bof )(?<!\ba )(?<!\ban )(?<!\bhis )(?<!\bher )(?<!\bour )\b(?:begins|starts|"
    r"opens|resumes|ends|closes|meets|faces|votes|convenes|testifies|takes office|goes to the polls|kicks off|takes? place|"
    r"appears(?! to\b)|airs|premieres|happens|holds (?:a|an|its|their|the) (?:\w+ )?(?:meeting|hearing|"
    rf"vote|talks|summit|session|election|referendum|news conference|press conference)|takes effect|(?:enters|comes) into force)"
    rf"(?:\s+(?:in|at)(?:\s+(?!{_BLOCKS}\b)[\w'’.:-]+){{1,8}})?(?:\s+(?!{_BLOCKS}\b)[\w'’-]+){{0,6}}\s+(?:on\s+)?$)")
_IF = re.compile(r"(?i:(?<!say )(?<!said )(?<!know )(?<!known )(?<!clear )(?<!sure )(?<!asked )(?<!determine )\b(?:if|unless)\b)")
_POSSESSIVE = re.compile(r"(?i:(?:on\s+)?\w+day['’]s\b)")  # "Tuesday's ruling": the nearest such day, but one an act came of
_AFTERMATH = re.compile(r"(?i:\b(?:after|since|following|in the wake of|(?:died|killed|injured|wounded|hurt|sustained|arrested|detained"
                        r"|damaged|destroyed|taken|stolen|seized|lost|hit|caught|trapped|shot|looted|leaked)\s+(?:in|during|at))\s+$)")
_SET_FOR = re.compile(r"(?i:\b(?:(?P<ahead>ahead of)|delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|re-?schedul(?:e|es|ed|ing)"
                      r"|put(?:s|ting)? off|push(?:es|ed|ing)? back)\s+)$")  # (put off: "delay Friday night's debate")


def tense(text: str, start: int) -> Tense:
    """Whether the date expression at ``start`` of ``text`` (a sentence) reports, tells what is to come or a plan past."""
    clauses = list(_CLAUSE.finditer(text, 0, start))
    before = text[clauses[-1].end() if clauses else 0:start]
    possessive, set_for = _POSSESSIVE.match(text, start), _SET_FOR.search(text, max(0, start - 40), start)
    if set_for and (possessive or not set_for["ahead"]):  # put off, or "ahead of" a possessive day: see the docstring
        return Tense.NEAR
    if possessive:  # the nearest such day, unless an event's past verb follows its noun ("Monday's collapse rose to 51")
        after = _AFTERMATH.search(text, max(0, start - 30), start) and not FUTURE.search(text)  # or it is past's aftermath
        return Tense.PAST if after or _TOLD_AFTER_NOUN.match(text, possessive.end()) else Tense.NEAR
    told = _tense(text, start, before)
    if told is Tense.PAST and f" {text[max(0, start - 12):start].rstrip().lower()}".endswith(" due"):  # "payments due on Thursday"
        future, past = FUTURE.search(text, start), PAST.search(text, start)  # what first follows it is to come ("would be
        if (future and (not past or future.start() < past.start())) or not (future or past or PAST.search(text, 0, start)):
            return Tense.NEAR  # delayed"), or nothing follows and nothing past precedes: the nearest ("missed ..." stays)
    starting = _STARTING.search(before)
    if told is Tense.PAST and starting and (starting.group(1).lower() == "effective" or _DECIDED.search(before)
                                            or _ENDS_HERE.match(text, start)):
        return Tense.NEAR  # "declared three days of mourning starting on Friday": from a day that may be to come
    return told


def _tense(text: str, start: int, before: str) -> Tense:
    """What :func:`tense` says of an expression that is no possessive day, ``before`` its clause up to it."""
    markers = [m for m in FUTURE.finditer(before) if not _because(before, m)]
    if markers:
        if _past_after(before, markers[-1].end()):
            return Tense.PAST
        return Tense.NEAR if _TOLD_IN_THE_PAST.search(markers[-1].group(0)) else Tense.AHEAD
    if _SCHEDULED.search(before) and not PAST.search(before):
        return Tense.AHEAD  # "The government faces a vote of no confidence on Monday": a schedule told in the present
    if (condition := _IF.search(before)) and not PAST.search(before, condition.end()):
        return Tense.AHEAD  # "If the state electrocutes Williams on Thursday, as planned, ...": a condition still to come
    if _DEFERRED_TO.search(before):
        return Tense.AHEAD  # "adjourned the hearing to Friday": the day it is moved to, after the act
    until = _UNTIL.search(before)
    if until is not None and until.start() > 0:
        return Tense.AHEAD if _ends_ahead(before[:until.start()]) else Tense.PAST
    if len(before.split()) <= 2 and not PAST.search(before):
        ahead = text[start:start + 60]
        stop = _CLAUSE_AHEAD.search(ahead, 1)
        ahead = ahead[:stop.start()] if stop else ahead
        # (a noun's "due to" after the expression is not its clause's: "after this weekend there appear set to be three")
        future = next((f for f in FUTURE.finditer(ahead) if not _DUE_TO.fullmatch(f.group(0))), None)
        past = PAST.search(ahead)
        if until is not None:  # "Until Sunday, it was hard to see ...": a stretch ends ahead unless told in the past
            return Tense.AHEAD if past is None or (future is not None and future.start() < past.start()) else Tense.PAST
        if future is not None and (past is None or future.start() < past.start()):
            if _TOLD_IN_THE_PAST.search(future.group(0)) or _BARE_MODAL.fullmatch(future.group(0)):
                return Tense.NEAR  # "On Monday, the president could barely ...", "The decision on Monday could ..."
            return Tense.AHEAD
    return Tense.PAST


def _because(before: str, marker: re.Match[str]) -> bool:
    """Whether "due to" (or "set to") at ``marker`` follows a past verb of its clause, no comma between ("flights were
    cancelled due to fog on Sunday": a cause), not a noun's schedule ("The truce, due to expire on Tuesday", "talks due to
    start on Monday")."""
    if not _DUE_TO.fullmatch(marker.group(0)):
        return False
    head = before[:marker.start()].rstrip()
    if head.endswith(","):  # after a comma: a noun's ("The truce, due to"), unless a past verb's ("was postponed, due to rain")
        return PAST.fullmatch(head[:-1].rsplit(None, 1)[-1] if head[:-1].strip() else "") is not None
    return any(_finite(head, PAST))


# a verb that tells a span's tense: a finite past one, or one in the present ("is", "has", "remains", "runs")
_SPAN_VERB = re.compile(PAST.pattern + r"|(?i:\b(?:is|are|am|has|have|remains?|runs?|stays?|lasts?|continues?|goes)\b)")


def _finite(text: str, verbs: re.Pattern[str] = _SPAN_VERB) -> Iterator[re.Match[str]]:
    """The verbs of ``text`` (``verbs``' matches) that are finite: not a participle after be, have, get or stay."""
    return (v for v in verbs.finditer(text) if not NOT_FINITE.search(text, 0, v.start()))


_HAS_DONE = re.compile(r"(?i:\s+(?:not\s+|also\s+|already\s+)?(?:been|\w+ed|\w+en)\b)")  # "has been", "have closed"


def span_told_past(text: str, start: int, end: int) -> bool:
    """Whether the span of days at ``text[start:end]`` ("from Wednesday to Thursday") is told in the past: by the finite
    verb nearest before it in its clause, or, when it opens its clause, the first after it; no verb, or one in the
    present, is a span in effect now or to come."""
    if tense(text, start) is not Tense.PAST:
        return False
    clauses = list(_CLAUSE.finditer(text, 0, start))
    head = text[clauses[-1].end() if clauses else 0:start]
    verbs = list(_finite(head))
    if verbs:
        return _told_past(head, verbs[-1])
    tail = text[end:end + 80]
    stop = _CLAUSE_AHEAD.search(tail)
    tail = tail[:stop.start()] if stop else tail
    verb = next(_finite(tail), None)
    return verb is not None and _told_past(tail, verb)


def _told_past(text: str, verb: re.Match[str]) -> bool:
    """Whether ``verb`` (of ``text``) is past: a past form, or a present perfect ("has been", "have closed")."""
    word = verb.group(0).lower()
    return bool(PAST.fullmatch(word)) or (word in ("has", "have") and _HAS_DONE.match(text, verb.end()) is not None)


# a figure's earlier value: "up from about 1,400 on Monday", "down from between three and five on Friday"
_NUMBER_GAP = r"(?:(?!\bto\b)(?:[^,;.]|(?<=\d)[,.](?=\d)))"  # (not "rose from 71 percent in 1990 to 115 percent in 1998")
_COMPARED = re.compile(r"(?i:\b(?:up|down|higher|lower|rising|falling|rise|fall|rose|fell|increase|decrease|drop|jump)\s+from\b"
                       rf"{_NUMBER_GAP}{{0,60}}$|\bcompared\s+(?:with|to)\b{_NUMBER_GAP}{{0,30}}\d{_NUMBER_GAP}{{0,30}}$)")
# "since the attack began Sunday", "since the U.N. council voted Thursday", "since the rig exploded in the gulf and sank on 20 April": a
# since clause's day, however long the clause (the dot of an initial or "p.m." is no sentence end)
_SINCE_CLAUSE = re.compile(rf"(?i:\bsince\b(?:{_NUMBER_GAP}|(?<=\b[A-Z])\.){{0,100}}$)")
_RELATIVE = re.compile(r"\b(?:which|who|whose|that)\b([^,;]{0,60})$")  # (lower case: not "(WHO)")
# a report's speaker named after its quoted words ('"...," said Jo Lee, whose', '"..." said Jo Lee, 45, who')
_SPEAKER = re.compile(r"[\"”’']\s+(?:said|says|added)\s+(?:[^,;!?\"“”]{1,60}?,\s*){1,2}$")
# ... unless the clause tells when they spoke ("who was speaking on Monday", "who urged action Friday in an appeal")
_SPEAKING = re.compile(r"(?i:\b(?:spoke|speak(?:s|ing)?|talk(?:s|ed|ing)?|address(?:es|ed|ing)?|wr(?:ote|ites?|iting|itten)"
                       r"|interview(?:s|ed|ing)?|testif(?:y|ies|ied|ying)|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?|call(?:s|ed|ing)?"
                       r"(?!\s+up\b)|plead(?:s|ed|ing)?|announc(?:e|es|ed|ing)|brief(?:s|ed|ing)|tweet(?:s|ed|ing)?"
                       r"|post(?:s|ed|ing)?(?!\s+to\b))\b)")  # (not "briefly", "called up", "posted to Kabul")
_THERE = re.compile(r"(?i:\b(?:there|here)\s+$)")  # "there is this roof that collapsed last night": the collapse is the news
_PRESENT = re.compile(r"(?i:\b(?:is|are|am|has|have|remains?|stays?)\b)")
_REPORTING = re.compile(r"(?i:\b(?:sa(?:y|ys|id)|tell|tells|told|announc\w*|confirm\w*|report\w*|warn\w*|state[sd]?|declar\w*"
                        r"|insist\w*|claim\w*|believ\w*|think\w*|thought|know\w*|knew|show\w*|add\w*|not(?:e|es|ed)|argu\w*"
                        r"|mention\w*|find|finds|found|estimat\w*|according)\b)")


# a day in a participle's phrase in the subject, the main verb right after it ("The two suspects arrested in Valmark on Tuesday were
# remanded in custody": the remand's day is not told)
_SUBJECT_VERB = re.compile(r"(?i:\b(?:is|are|am|was|were|has|have|had|will|would|can|could|do|does|did|said|says|who|which|that"
                           r"|as|when|while|after|before|if|because|to be)\b)")
_PARTICIPLE_AFTER_NOUN = re.compile(rf"\b[a-z][\w'’-]*\s+(?:{_NOT_PAST}\w+ed|held|found|seen|taken|caught|shot|hit|sent|made|sold)\b")
_MAIN_VERB_NEXT = re.compile(rf",?\s+(?:were|was|are|is|have|has|had)\s+(?:\w+ly\s+)?(?:{_NOT_PAST}\w+ed|{_PARTICIPLE})\b")  # an event


def back_reference(text: str, start: int, end: int) -> bool:
    """Whether the date expression ``text[start:end]`` is named only in a back-reference (see the module's docstring):
    a figure's earlier value, a "since" clause, or a relative clause of a main clause in the present or present perfect."""
    head = text[max(0, start - 80):start]
    if _COMPARED.search(head) or ("ince" in text[max(0, start - 120):start] and _SINCE_CLAUSE.search(text, max(0, start - 120), start)):
        return True
    named = names_thing(text, start, end)  # "the June 3 shelling", "Velano's 12 April vote" (or "the Friday prayer"): a name
    if named or (head.endswith(("the ", "The ")) and NOUN_NEXT.match(text, end)):
        # ... recalled by a main verb in the present: the one after it ("has risen to 14") or, for a date, the sentence's
        # first ("is a favourite to win the 6 May election"); not "officials said the June 3 shelling killed 11"
        recalling = (next(_finite(text[end:end + 120]), None), next(_finite(text[:start]), None) if named else None)
        if any(verb is not None and _PRESENT.fullmatch(verb.group(0)) for verb in recalling):
            return True
    subject = text[:start]
    if (_MAIN_VERB_NEXT.match(text, end) and len(subject.split()) >= 3 and not _SUBJECT_VERB.search(subject)
            and _PARTICIPLE_AFTER_NOUN.search(subject)):
        return True
    relative = _RELATIVE.search(head)
    if relative is None:
        return False
    clause = relative.group(1)  # its verb in the past, nothing to come ("which the board will take up Wednesday")
    if FUTURE.search(clause) or _REPORTED.search(clause) or not any(_finite(clause, PAST)):
        return False
    main = text[:start - len(head) + relative.start()]
    if _SPEAKER.search(main):  # who the speaker is: not when they spoke ("said Jo Lee, who was speaking on Monday")
        return not _SPEAKING.search(clause)
    verbs = list(_finite(main))
    return (bool(verbs) and _PRESENT.fullmatch(verbs[0].group(0)) is not None and not _REPORTING.search(main)
            and not _THERE.search(main, 0, verbs[0].start()))


# a clause to come joined to the one before it: "and will resume", "but they are expected to"
_JOINED = re.compile(r"(?i:\b(?:and|but)\s+(?:(?:he|she|it|we|they|the\s+\w+)\s+)?(?:also\s+|then\s+|now\s+)?$)")


# a relative clause the day is in (", which set a hearing for April 20", "a hearing that will rule on 2 May")
_ASIDE_OPEN = re.compile(r"(?:,\s+(?:which|who|whose)|\b(?P<that>(?i:a|an|the|its|their)(?:\s+[\w'’-]+){1,3}\s+that))\b[^,;:()]*$")
# the day a deferral told in the past moves a thing to ("postponed the hearing ... to April 22", "was adjourned to Monday")
_DEFERRED_TO = re.compile(r"(?i:\b(?:postponed|delayed|deferred|adjourned|rescheduled|pushed back|put off|moved)\b[^;:]*"
                          r"\bto\s+(?:on\s+)?(?:the\s+)?$)")


def told_after_past(text: str, start: int) -> bool:
    """Whether the date expression at ``start`` of ``text`` (a day after the article's) is told only in a clause to come
    joined to a clause in the past ("The jury began deliberating at 3 p.m. and will resume on Friday": the day is
    the resumption's; the sentence's event, the start, is not told on it), in a relative clause of a main clause in the
    past ("Lawyers filed a challenge, which set a hearing for April 20": the filing is the event; not one that reports,
    "said that talks will resume on Friday"), or is the day a past deferral moves a thing to ("The court postponed the
    hearing, which had been set for April 20, to April 22": the postponement is the event)."""
    head = text[:start]
    if _DEFERRED_TO.search(head, max(0, start - 160)):
        return True
    aside = _ASIDE_OPEN.search(head, max(0, start - 100))
    if aside is not None:
        main = head[:aside.start()]
        that = aside.group("that") and (_REPORTING.search(head, 0, aside.end("that")) or "saying" in aside.group("that"))
        if not FUTURE.search(main) and not that and any(_told_past(main, v) for v in _finite(main)):
            return True
    markers = list(FUTURE.finditer(head))
    if not markers or tense(text, start) is Tense.PAST:  # (to come, or a plan told in the past: "and was expected to")
        return False
    joined = _JOINED.search(head, 0, markers[-1].start())
    if joined is None:
        return False
    first = head[:joined.start()]
    if FUTURE.search(first):
        return False
    return any(_told_past(first, v) for v in _finite(first))


def is_future(text: str, start: int) -> bool:
    """Whether the date expression at ``start`` of ``text`` speaks of what is to come (a plan told in the past counts)."""
    return tense(text, start) is not Tense.PAST


def _past_after(before: str, at: int) -> bool:
    """Whether ``before`` has, from ``at`` on (after a marker), a reporting verb or a finite verb in
    the past ("who could face a vote, met union leaders on Tuesday"), not a participle ("will be held")."""
    if _REPORTED.search(before, at):
        return True
    return any(finite_past(before, at))


def finite_past(text: str, at: int = 0) -> Iterator[re.Match[str]]:
    """The finite verbs in the past of ``text`` from ``at`` on: not a participle after be, have, get or stay ("will be
    held"), nor the end of a hyphenated word ("well-armed")."""
    return (verb for verb in PAST.finditer(text, at)
            if not NOT_FINITE.search(text, at, verb.start()) and text[verb.start() - 1:verb.start()] != "-")


def reports_past(text: str) -> bool:
    """Whether ``text`` has a verb in the past ("crowds topped 50,000", "was arrested")."""
    return PAST.search(text) is not None


def _ends_ahead(head: str) -> bool:
    """Whether a stretch that lasts "until" a day, told by ``head`` (its clause up to "until"), ends ahead."""
    if _PERFECT.search(head):
        return False  # "had decided to delay the vote until Monday": all told in the past
    if _DEFERRED.search(head):
        return True  # "postponed the vote until Thursday": put off to a day after the act
    pieces = _STRETCH.split(head)
    return not PAST.search(pieces[-1] if pieces[-1].strip() else head)


# a report told on a day of its own, before its "that" ("Engineers said on Sunday that ...", "told reporters Sunday that")
_SAID_ON = re.compile(r"(?i:\b(?:said|told(?:\s+[\w'’-]+){1,3}?|announced|reported|confirmed|warned|added|stated)\s+)$")
_THAT_CLAUSE = re.compile(r"\s*,?\s+that\b[^;:]*$")


def reported_on(text: str, said: tuple[int, int], start: int) -> bool:
    """Whether the expression at ``start`` of ``text`` is told in the "that" clause of a report whose own day is the date
    at ``text[said[0]:said[1]]`` ("Engineers said on Sunday that a crack had widened overnight": Sunday's night)."""
    return _SAID_ON.search(text, 0, said[0]) is not None and _THAT_CLAUSE.match(text, said[1], start) is not None
