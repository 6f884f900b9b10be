"""States a later report ends (pure): the sentences a brief no longer tells as the situation, nor as news, once a
later article tells, as done, that the state they tell is over.

A state is told in the present of a thing it names: an order "remains in force", a road "remains closed", flights
"are suspended", miners "remain trapped", a suspect "is still at large", talks "are being held", a manager "has not
been charged", an agency "expects to release a preliminary report within 30 days".  Each kind of state has the verbs
that end it, told as done: an order lifted, a road reopened, flights resumed, miners rescued, a suspect arrested,
talks ended (", ending nine days of talks"), the manager charged, the report released.  Beside the later report,
"The evacuation order remains in force." sends a reader home to a town he may already return to; the timeline keeps
it, as told on its day.

The two must be about the same thing, and the end whole and plain: dropping a state still true is worse than keeping
a stale one (session 27's looser rule, and this one's first two versions, attacked by reviewers with invented copy,
dropped live states far more often than stale ones; this one was mended until it dropped none of those two reviews'
253 live states, and catches about half of their 86 plain ends):
- the thing is the end verb's object ("lifted the evacuation order"), or its subject when the verb is in the past
  passive ("The order was lifted") or takes it unaided ("Talks ended"; not "The gunman killed three people", nor a
  camera's "captured the gunman"), with the same head noun (:mod:`briefbot.brief.things`), not one newly named
  ("charged a driver", "an unrelated crash");
- every word that narrows the end ("for Dunmore", "to emergency vehicles", "the morning curfew": its clause after the
  verb but a time, a charge, "to traffic" or, for people, where they were found) is in the state's sentence, and every
  word that narrows the state ("evacuation", "the road to Kell", "the second order", "remains in force in Kell") is in
  the end's clause;
- the end counts no part ("Two schools reopened", "in three districts"; "all", "the remaining" are whole), tells no
  state of the same kind again ("reopened but remain closed to pupils"), nor a return, a renewal or a pause ("only to
  reinstate it", "and was extended", "for the night"), nor a nightly state's daily end;
- the end is told as done and plain: outside a quotation, a question, a condition, a wish, a rumour, a denial, an
  aside ("Engineers who reopened the road ...") or a habit ("Every spring, ..."), with no negation, modal or plan
  before its verb, no contrast or doubt anywhere in its sentence ("but police said it remained closed", "except in
  Kell", "a claim that could not be verified"), no history after it ("have collapsed before"), a "that" clause only
  after one saying so ("officials said that ..."); trapped people found are not yet out; "charged ... with overseeing"
  and "identified ... as a man in his 30s" are no charge and no identity; a report to come ends only by its maker;
- the end was first told on a later day than the state was last told (a state told again after it stands), and the
  day or year the end gives, if any, is after the state's ("The curfew was lifted in 2019").

An end and its state begun or going on, or an end and its denial, are no reports of each other (:func:`opposed`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from briefbot.brief import things as th
from briefbot.text.dates import event_date, period_end
from briefbot.text.guarded import holds
from briefbot.text.seamwords import SPEECH_VERBS

if TYPE_CHECKING:
    from briefbot.brief.candidates import Candidate  # (its text, the day it was last told, the date it was first)

__all__ = ["State", "ended_states", "ends", "opposed", "state_of"]


@dataclass(frozen=True)
class _Kind:
    needs: frozenset[str]  # the words one of which its predicate holds, in lower case: looked for first (most sentences hold none)
    state: re.Pattern[str]  # the state's predicate, after its subject (or, for a report to come, before its object)
    verbs: tuple[str, ...]  # the verbs that end it ("lifted", "called off")
    ends: re.Pattern[str]  # ... as a pattern
    again: re.Pattern[str]  # the predicate, whatever follows it: told again in an end ("but remain closed to pupils")
    plain: frozenset[str] = frozenset()  # the verbs of those that take the thing as their subject unaided ("Talks ended")
    object_first: bool = False  # the thing is the predicate's object ("expects to release a report")
    people: bool = False  # a state of people: where its end came is no scope of who ("arrested the gunman in Kell")
    starts: re.Pattern[str] | None = None  # the verbs that begin it ("declared a state of emergency", "closed the road")


def _kind(needs: str, state: str, ends: str, plain: str = "", object_first: bool = False, people: bool = False,
          starts: str = "") -> _Kind:
    """A kind of state: ``ends`` its end verbs, plain words joined by "|" (they are the end's first look too)."""
    return _Kind(frozenset(needs.split()), re.compile(state, re.I), tuple(ends.split("|")), re.compile(rf"\b(?:{ends})\b", re.I),
                 re.compile(state.replace(_ENDS_CLAUSE, "") + r"\b", re.I), frozenset(plain.split()), object_first, people,
                 re.compile(rf"\b(?:{starts})\b", re.I) if starts else None)


_STILL = r"(?:remains?|remained|is|are|stays?|stayed)(?:\s+still)?\s+"  # (told in the past, "stayed in force": of a day before)
# a state's predicate ends its clause, or a place, a time or a count follows it ("remains in force for 18,000
# people"): not "is in effect the world's parliament", "are missing another game-changer", "is continuing work"
_ENDS_CLAUSE = (r"(?=\s*(?:[.,;:!)\"”]|$|\b(?:in|at|on|for|since|after|until|till|despite|amid|across|throughout|near|around|"
                r"as|and|but|while|with|from|pending|following|between)\b))")
_NOT_YET = r"\b(?:has|have)\s+not\s+(?:yet\s+)?been\s+"
_KINDS = (
    _kind("effect force place", rf"\b{_STILL}in\s+(?:effect|force|place){_ENDS_CLAUSE}",
          r"lifted|ended|revoked|rescinded|cancelled|canceled|expired|withdrawn|scrapped|repealed|called off", "ended expired",
          starts=r"declared|declares|imposed|imposes|introduced|ordered|orders|issued|extended|extends"),
    _kind("closed shut sealed blocked cut", rf"\b{_STILL}(?:closed|shut|sealed off|blocked|cut off){_ENDS_CLAUSE}",
          r"reopened|re-opened|unblocked", "reopened re-opened", starts=r"closed|closes|shut|shuts|sealed off|blocked|cut off"),
    _kind("suspended halted hold grounded cut down offline disconnected",
          rf"\b{_STILL}(?:suspended|halted|on hold|grounded|cut|down|offline|disconnected){_ENDS_CLAUSE}",
          r"resumed|restarted|restored|reconnected", "resumed restarted", starts=r"suspended|suspends|halted|halts|grounded|grounds"),
    _kind("trapped stranded hostage captive", rf"\b{_STILL}(?:trapped|stranded|held hostage|held captive){_ENDS_CLAUSE}",
          r"rescued|freed|released|evacuated|brought out|pulled out|airlifted", people=True),
    _kind("missing unaccounted", rf"\b{_STILL}(?:missing|unaccounted for){_ENDS_CLAUSE}",
          r"found|located|recovered|accounted for|rescued", people=True),
    _kind("large run", rf"\b{_STILL}(?:at large|on the run){_ENDS_CLAUSE}",
          r"arrested|caught|captured|detained|taken into custody|surrendered", "surrendered", people=True),
    _kind("held continuing underway way ongoing going continue continues reached entered",
          r"\b(?:(?:are|is)(?:\s+still)?\s+(?:being held|continuing|under\s?way|ongoing|going on)"
          r"|(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bcan )(?<!\bmay )(?<!\bmight )continues?"
          rf"|(?:has|have)\s+(?:now\s+)?(?:reached|entered)\s+(?:its|their)\s+\w+\s+(?:day|week|month)){_ENDS_CLAUSE}",
          r"ended|ending|concluded|collapsed|broke down|called off|abandoned", "ended concluded collapsed broke down"),
    _kind("charged", rf"{_NOT_YET}charged{_ENDS_CLAUSE}", r"charged|indicted", people=True),
    _kind("arrested", rf"{_NOT_YET}arrested{_ENDS_CLAUSE}", r"arrested|detained|taken into custody", people=True),
    _kind("identified", rf"{_NOT_YET}identified{_ENDS_CLAUSE}", r"identified|named", people=True),
    _kind("release publish issue present deliver public",
          r"\b(?:expects?|plans?|(?:is|are)\s+(?:due|expected|set)|aims?|hopes?|intends?)\s+to\s+"
          r"(?:release|publish|issue|present|deliver|make public)\b|\bwill\s+(?:release|publish|issue|present|deliver)\b",
          r"released|published|issued|presented|delivered|made public", object_first=True),
)
# an end's verb denied ("has not been charged", "was never found", "have yet to be identified")
_DENIED = re.compile(r"(?:\b(?:not|never|yet to)|n['’]t)\s+(?:yet\s+)?(?:been\s+|be\s+)?(?P<verb>charged|arrested|identified|lifted|"
                     r"reopened|resumed|found|rescued|released|freed|ended|signed|published|located|recovered)\b", re.I)
_NEGATED = re.compile(r"n['’]t\b|\b(?:not|never|no|neither|nor|nobody|none|yet to)\b", re.I)  # (a sentence that denies anything)
# what an end's words are first looked for by, in lower case (most sentences hold none): the kinds' end verbs
_MAYBE_END = holds(*{verb for kind in _KINDS for verb in kind.verbs}, ignore_case=True)

# a state's words, one of which a sentence must hold before its patterns are tried (a cheap first look: most hold none)
_STATE_WORDS = frozenset().union(*(kind.needs for kind in _KINDS))
_LOCATIVE = th.word_set("in at near across throughout around along outside inside")  # a state's place after its predicate
_RECURRING = th.word_set("nightly daily overnight night-time weekend weekly")  # a state that ends every day ("the nightly curfew")
_OTHER = th.word_set("unrelated separate another other second different earlier previous")  # another instance of the thing
# who was filmed, not caught ("caught on CCTV", "captured on surveillance video")
_RECORDED = re.compile(r"\s+(?:\w+\s+){0,2}?(?:on|by|in)\s+(?:\w+\s+){0,2}?(?:camera|cameras|video|film|tape|cctv|footage)\b", re.I)
# a clause that tells no state as a fact, nor an end: a condition or a time ("Once the casing is in place, ...")
_SUBORDINATE = th.word_set("if once until unless whether when while before")
_AFTER_OR_ASIDE = th.word_set("after who which")  # an end told in these clauses is background ("Engineers who reopened ...")
# what makes the end no end: negation, a wish, a doubt, a report unconfirmed or the future, before its verb in its clause
_NOT_DONE = re.compile(r"(?:n['’]t|\b(?:not|never|no|neither|nobody|none|refus\w*|reject\w*|den(?:y|ies|ied)|dismiss\w*|"
                       r"asks?|asked|wants?|sought|seek\w*|request\w*|urg\w*|call\w* for|against|without|if|whether|unless|"
                       r"until|till|before|once|may|might|could|would|should|will|shall|can|expected|due|set|scheduled|"
                       r"likely|plans?|planned|hopes?|wait\w*|await\w*|word|rumou?rs?|reports?|claims?|false\w*|partly|"
                       r"partially|temporarily|briefly|again))\b[^.;,]{0,50}$|\b(?:to|be)\s+$", re.I)
# a return, a renewal or a pause: no end ("only to reinstate it hours later", "and was immediately extended", "for the night")
_AGAIN = re.compile(r"\b(?:again|once more|re-?impos\w*|re-?introduc\w*|re-?instat\w*|re-?clos\w*|back in (?:force|place)|"
                    r"extended|renewed|prolonged|for the (?:day|night|weekend)|overnight)\b", re.I)
# what limits, doubts or undoes an end told before it: a contrast ("but police said it remained closed", "except in
# Kell", "though only to emergency vehicles", "before being halted"), an unconfirmed or disputed claim, a belief
_LIMITED = re.compile(r"\b(?:but|though|although|except|excluding|only to|while|whereas|yet|however|before being|"
                      r"reportedly|allegedly|claim\w*|according to|appear\w* to|believ\w*|untrue|disput\w*|dismiss\w*|"
                      r"(?:could|can)\s*not be (?:independently )?(?:verified|confirmed)|unconfirmed|not confirm\w*|"
                      r"retract\w*|wrong|mistaken\w*|forger\w*)\b", re.I)
_HABIT = re.compile(r"\b(?:every|each)\s+(?:year|spring|summer|autumn|fall|winter|week|month|time|day|night|morning|season)\b|"
                    r"\b(?:usually|routinely|typically|often|always|regularly)\b", re.I)
_BEFORE_NOW = re.compile(r"\s+(?:\w+\s+){0,3}?(?:before|previously|in the past|several times|many times|twice|repeatedly)\b", re.I)
# a question or a condition told by its auxiliary first ("Has the road been reopened, ...", "Had the talks collapsed, ...")
_ASKED = re.compile(r"^\W*(?:has|have|had|is|are|was|were|did|does|do|will|would|should|could)\s", re.I)
# those a thing reopens to, all of them: no part ("reopened to traffic", "to the public"; not "to emergency vehicles")
_EVERYONE = frozenset({"traffic", "public", "pupils", "students", "visitors", "passengers", "residents", "everyone", "business"})
# who catches nothing: a camera ("A doorbell camera captured the gunman ...")
_LENS = frozenset({"camera", "cameras", "video", "footage", "cctv", "lens", "photographer", "photographers"})
_PRESENT = re.compile(r"\b(?:is|are)\s+$")  # a present passive before an end's verb: a plan, a habit ("is lifted from Monday")
_AS_SOMEONE = re.compile(r"\s+(?:\w+\s+){0,4}?as\s+an?\b")  # "identified ... as a man": a description
_WITH_DOING = re.compile(r"\s+(?:\w+\s+){0,4}?(?:with|as)\s+\w+ing\b")  # "charged ... with overseeing": a task, an accusation
_HAD = re.compile(r"\bhad\s+(?:been\s+)?$")  # the past before the past: history
_SAYS = re.compile(rf"\b(?:{SPEECH_VERBS}|announced|confirmed)\b", re.I)  # someone telling it
_AUXILIARY = re.compile(r"\b(?:was|were|has been|have been|had been|got)\s+$", re.I)  # (a present "is lifted": a plan, a habit)


@dataclass(frozen=True)
class State:
    kind: int  # its place in the kinds of state
    head: str  # the thing's head noun, in lower case, its plural's "s" off
    narrows: frozenset[str]  # what an end must name too: the thing's other words, the state's place ("in Kell")
    phrase: frozenset[str] = frozenset()  # the words of the thing's phrase ("the road to Kell")
    actor: frozenset[str] = frozenset()  # who is to act on it (a report's maker: "The NRSC expects to ...")
    recurring: bool = False  # a state that ends every day ("The nightly curfew remains in force.")


@dataclass(frozen=True)
class _End:
    kind: int
    head: str
    scope: frozenset[str]  # the words that say which thing, where and for whom ended: all must be the state's
    modifiers: frozenset[str]  # the words before its head ("Cargo flights"): all must be the state's thing's
    agent: frozenset[str]  # who ended it, as named (the active verb's subject, the passive's "by ...")
    ending: bool  # told by "ended", "ending" or "expired": no end of a nightly state
    clause: frozenset[str]  # the words of the end's clause: those that narrow the state must be there


@lru_cache(maxsize=8192)
def state_of(text: str) -> State | None:
    """The state ``text`` tells of a thing, if any (see the module's note)."""
    words = th.lower_words(text)
    if _STATE_WORDS.isdisjoint(words) or text.rstrip().endswith("?"):
        return None
    for k, kind in enumerate(_KINDS):
        m = kind.state.search(text) if not kind.needs.isdisjoint(words) else None
        if m is None:
            continue
        np = th.object_phrase(text, m.end()) if kind.object_first else th.subject(text, m.start(), _SUBORDINATE)
        if np is None:
            continue
        head, before, after = np
        if not th.whole(before):
            continue  # "Two roads remain closed": a count, the figures' (not a state of one thing)
        narrows = th.content([*before, *after])
        actor: frozenset[str] = frozenset()
        if kind.object_first:  # a report to come is the one its maker, named, releases ("BP is due to release its results")
            who = th.subject(text, m.start())
            actor = frozenset({th.key(who[0]), *(th.key(w) for w in who[1] if w[:1].isupper())}) if who else frozenset()
            if not actor:
                continue
        else:  # its place, after its predicate ("remains in force in Kell")
            place = th.WORD.findall(th.clause_after(text, m.end()))
            if place and place[0].lower() in _LOCATIVE:
                narrows |= th.content(place[1:])
        recurring = any(w.lower() in _RECURRING for w in before)
        return State(k, th.key(head), frozenset((narrows | th.content(before, keep=True)) - {th.key(head)}),
                     frozenset(th.content([*before, *after], keep=True)), actor, recurring)
    return None


@lru_cache(maxsize=8192)
def _keys(text: str) -> frozenset[str]:
    """The keys of ``text``'s words, and of its numbered names ("Highway 14": one head, :func:`things.phrase`)."""
    words = th.WORD.findall(text)
    named = {th.key(f"{a} {b}") for a, b in pairwise(words) if b[:1].isdigit() and a[:1].isupper()}
    return frozenset(th.key(w) for w in words) | named


def _reported(text: str, opener: re.Match[str] | None) -> bool:
    """Whether a clause opened by ``opener`` is what someone said it is ("officials said that ..."), not a rumour, a
    wish or a denial ("dismissed reports that ...", "waiting for word that ...")."""
    if opener is None or opener.group(0).lower() != "that":
        return True
    lead = text[max(0, opener.start() - 40):opener.start()]
    return _SAYS.search(lead) is not None and not _NOT_DONE.search(lead + " ")


@lru_cache(maxsize=8192)
def _ends_of(text: str) -> tuple[_End, ...]:
    """What ``text`` tells has ended, as done (see the module's note)."""
    if _LIMITED.search(text) or _ASKED.match(text) or "?" in text or _HABIT.search(text) or _AGAIN.search(text):
        return ()  # an end limited, doubted, asked about, told as a habit or undone anywhere in its sentence
    out = []
    for k, kind in enumerate(_KINDS):
        for m in kind.ends.finditer(text):
            verb = m.group(0).lower()
            if th.quoted(text, m.start()) or _NOT_DONE.search(text, max(0, m.start() - 60), m.start()):
                continue
            if _BEFORE_NOW.match(text, m.end()) or _PRESENT.search(text, max(0, m.start() - 5), m.start()):
                continue  # "have collapsed before", "is reopened after the snow melts": history, a habit or a plan
            opener = th.clause_start(text, m.start())
            if (opener is not None and opener.group(0).lower() in _SUBORDINATE | _AFTER_OR_ASIDE) or not _reported(text, opener):
                continue
            if verb == "concluded" and not text[m.end():].lstrip().startswith((".", ",", "on ", "in ", "at ", "after ")):
                continue  # "concluded the talks were going nowhere": a judgement
            if verb == "identified" and _AS_SOMEONE.match(text, m.end()):
                continue  # "identified the gunman as a man in his 30s": described, not named
            if verb in ("charged", "named") and _WITH_DOING.match(text, m.end()):
                continue  # "charged the manager with overseeing the rescue": tasked or accused, not charged
            if _HAD.search(text, max(0, m.start() - 12), m.start()) and not _SAYS.search(text, 0, m.start()):
                continue  # "The gunman had been arrested after a similar attack": history, unless someone says so now
            if _RECORDED.match(text, m.end()):
                continue  # "caught on CCTV": filmed, not caught
            if verb == "ending" and not text[:m.start()].rstrip().endswith(","):
                continue  # "ending" ends a thing only after a comma ("signed the accord, ending nine days of talks")
            auxiliary = _AUXILIARY.search(text, max(0, m.start() - 12), m.start())
            rest = th.WORD.findall(th.clause_after(text, m.end()))
            transitive = bool(rest) and (rest[0].lower() in th.DETERMINERS or not (rest[0].lower() in th.PREPOSITIONS
                                                                                 or th.is_time(rest[0]) or rest[0].endswith("ly")))
            agent: list[str] = []
            if auxiliary is not None or (verb in kind.plain and not transitive):  # "The order was lifted", "Talks ended"
                at = auxiliary.start() if auxiliary else m.start()
                opener = th.clause_start(text, at)
                np, after, lead = th.subject(text, at), rest, th.WORD.findall(text[opener.end() if opener else 0:at])
                if after and after[0].lower() == "by":  # (the passive's agent: "lifted by the county")
                    agent, after = after[1:], []
            elif verb == "ending" or verb not in kind.plain or transitive:  # "lifted the order", ", ending nine days of talks"
                np, took = th.object_words(rest)
                after, lead = rest[took:], rest
                who = th.subject(text, m.start())
                agent = [who[0], *who[1]] if who else []
                if agent and agent[0].lower() in _LENS:
                    continue
            else:
                continue
            if np is None:
                continue
            head, before, tail = np
            if lead and lead[0].lower() in ("a", "an", "another") and verb != "ending":
                continue  # "charged a driver": another one than the state's
            words = [*before, *tail, *after]
            if not th.whole(words) or any(w.lower() in _OTHER for w in words):
                continue  # "Two schools reopened", "restored on some lines", "in three districts", "an unrelated crash"
            if kind.people:  # where a person was found or arrested is no scope of who ("arrested the gunman in a flat")
                words = [*before, *th.unplaced([*tail, *after])]
            else:  # nor, of a thing, whom it reopened to, all of them ("reopened to traffic")
                words = [w for n, w in enumerate(words) if not (w.lower() in _EVERYONE and n and words[n - 1].lower() in ("to", "the"))]
            start = th.clause_start(text, auxiliary.start() if auxiliary else m.start())
            clause = th.WORD.findall(text[start.end() if start and verb != "ending" else 0:m.end()])  # (", ending": its sentence's)
            clause += th.WORD.findall(th.clause_after(text, m.end()))
            out.append(_End(k, th.key(head), frozenset(th.content(words, keep=True) - {th.key(head)}),
                            frozenset(th.content(before, keep=True)), frozenset(th.key(w) for w in agent),
                            verb in ("ended", "ending", "expired"),
                            frozenset(th.key(w) for w in clause)))
    return tuple(out)


def ends(end: str, state: State, state_text: str) -> bool:
    """Whether ``end`` tells, as done, that ``state`` (told by ``state_text``) is over (see the module's note)."""
    told = _keys(state_text)
    for e in _ends_of(end):
        if e.kind != state.kind or e.head != state.head or (state.recurring and e.ending):
            continue
        if (state.narrows <= e.clause and state.actor <= e.agent and e.scope <= told and e.modifiers <= state.phrase
                and not _told_again(end, state)):
            return True
    return False


def _told_again(end: str, state: State) -> bool:
    """Whether ``end`` tells the state again, of its thing or of one it leaves unnamed ("reopened but remain closed to
    pupils")."""
    for m in _KINDS[state.kind].again.finditer(end):
        opener = th.clause_start(end, m.start())
        words = th.WORD.findall(end[opener.end() if opener else 0:m.start()])
        np = th.phrase(words) if words else None
        if np is None or th.key(np[0]) == state.head:
            return True
    return False


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def ended_states(told: Sequence[Candidate]) -> frozenset[str]:
    """The sentences of ``told`` whose state a sentence first told on a later day ends (see the module's note)."""
    states = [(t, s) for t in told if t.day and (s := state_of(t.text)) is not None]
    if not states:
        return frozenset()
    heads = {s.head for _, s in states}
    names = {h.split()[0] for h in heads}  # (a sentence that names no state's thing ends none; "highway" of "highway 14")
    named = {form for h in names for form in (h, f"{h}s", f"{h}es")}
    enders = [t for t in told if t.written is not None and not named.isdisjoint(th.lower_words(t.text))
              and _MAYBE_END(t.text, 0, len(t.text)) and any(e.head in heads for e in _ends_of(t.text))]
    out: set[str] = set()
    for t, s in states:
        last = date.fromordinal(t.day)
        for e in enders:
            if e.written is None or e.written <= last or not ends(e.text, s, t.text):
                continue
            when = event_date(e.text, e.written)
            if when.explicit and period_end(when.day, when.precision) <= last:
                continue  # (the end's own day is the state's or before it)
            if any(int(y) < last.year for y in _YEAR.findall(e.text)):
                continue  # an end of another year ("reopened after the 2019 closure")
            out.add(t.text)
            break
    return frozenset(out)


def opposed(one: str, other: str) -> bool:
    """Whether one of two sentences tells a thing's state ended and the other tells it begun or going on ("lifted the
    state of emergency" and "declared a state of emergency", "the state of emergency remains in force"), whatever their
    days, or one denies what the other tells done ("He has not been charged." and "Dansky, who was charged on Sunday,
    remains in custody."): neither is a report of the other (:func:`briefbot.brief.candidates.support`)."""
    return _ends_what_tells(one, other) or _ends_what_tells(other, one) or _denies(one, other) or _denies(other, one)


def _denies(no: str, yes: str) -> bool:
    """Whether ``no`` denies an end's verb ("has not been charged") that ``yes`` tells without a denial."""
    return not _NEGATED.search(yes) and any(re.search(rf"\b{re.escape(m['verb'])}\b", yes, re.I) for m in _DENIED.finditer(no))


def _ends_what_tells(end: str, other: str) -> bool:
    if not _MAYBE_END(end, 0, len(end)):
        return False
    found = _ends_of(end)
    if not found:
        return False
    heads, ended = _keys(other), {(e.kind, e.head) for e in _ends_of(other)}
    for e in found:  # (not when the other tells the end too: "reopened the road, which was closed on Monday")
        kind = _KINDS[e.kind]
        if e.head in heads and (e.kind, e.head) not in ended and (
                _of_thing(other, kind.again, e.head, state=True)
                or (kind.starts is not None and _of_thing(other, kind.starts, e.head, state=False))):
            return True
    return False


def _of_thing(text: str, verb: re.Pattern[str], head: str, state: bool) -> bool:
    """Whether ``verb`` tells of the thing ``head`` names in ``text``: a state's subject ("The state of emergency remains
    in force"), a start's object ("declared a state of emergency"; not the agent of "The operation halted the gush"), or
    its subject when passive ("A curfew was imposed")."""
    for m in verb.finditer(text):
        passive = _AUXILIARY.search(text, max(0, m.start() - 12), m.start())
        np = th.subject(text, passive.start() if passive else m.start()) if state or passive else th.object_phrase(text, m.end())
        if np is not None and th.key(np[0]) == head:
            return True
    return False
