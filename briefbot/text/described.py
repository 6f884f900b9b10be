"""Days that describe a thing the sentence talks about, not the day of what it reports (pure).

A sentence often names what it talks about by the day it began: "The fire, which broke out on Sunday, has killed four
people", "The fire that broke out on 9 August continues to burn", "A hospital group hit by ransomware on Monday said on
Saturday that 4,020 appointments had been postponed".  The day is in a clause that describes the subject (a relative
clause, "which broke out on Sunday", a participle, "hit by ransomware on Monday", or a clause of time, "Six days after it
broke out on Sunday, the fire was declared contained on Saturday"); what the sentence reports is its
main clause's: Saturday's statement, or a state as the article was written ("has killed four people", "continues to
burn").  Dating such a sentence by the day that describes would put a week's toll on the fire's first day.

:func:`describes` tells whether a day found at a place in a sentence stands in such a clause; :func:`reported_now`
whether the main clause after it tells such a state.  :func:`briefbot.text.dates.event_date` reads them: a
describing day dates the sentence only when no other day does and its main clause tells no state as it stands
("The quake, which struck on Monday, killed 300 people": the quake's day is the deaths'; "The strike, which began on
Monday, is the first in a decade": the strike's).  :func:`nowadays` tells a "today" that describes an age, no day ("A growing
trend among gardeners today is organic gardening").
"""

from __future__ import annotations

import re

from briefbot.text.pastforms import past_form

__all__ = ["describes", "nowadays", "reported_now"]

DESCRIPTION_WORDS = 12  # a describing clause's words before its day, at most
_AUX = r"(?:(?:had|has|have|was|were|is|are)\s+(?:been\s+)?)?"
# a relative clause's start: "which", "who", or "that" followed by its verb ("that broke out"; not "said that the fire ...")
_RELATIVE = re.compile(rf"\b(?:which|who)\b|,\s+where\b|\bthat\s+{_AUX}(?=([a-z]+)\b)")  # (", where police clashed ...")
# a participle describing a noun: "hit by ransomware", "struck by lightning" (not "was hit by", a passive main clause)
_PARTICIPLE = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bis )(?<!\bare )(?<!\bhad )(?<!\bhas )(?<!\bhave )"
                         r"(?<!\bbeing )(?<!\bget )(?<!\bgot )(?<!\bas )\b([a-z]+)\s+by\b")  # (nor "as released by")
_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")  # where a clause ends
_PRESENT = frozenset({"has", "have", "is", "are", "remains", "remain", "continues", "continue", "stands", "stand", "says", "say"})
_GOING_ON = frozenset({"remains", "remain", "continues", "continue", "stands", "stand"})  # a state that goes on
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen",
                           "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions"})  # (a count's words)
# a relative clause's verb group: its auxiliaries and its verb ("broke", "was called", "has been")
_VERB = re.compile(r"\b(?:(?:had|has|have|was|were|is|are|been|be)\s+)*[a-z]+\b")
_LOOK = 6  # words after a describing clause in which its main clause's verb is looked for
# a clause of time or cause that opens the sentence ("Six days after it broke out ...", "Since it first appeared in March, ..."; not
# one after the main clause, "were killed when the rig exploded on 20 April", whose day is the main clause's)
_SUBORDINATE = re.compile(r"^(?:\w+\s+){0,3}?(?:after|since|before|when|while|until|once|because)\s+", re.I)
_WORD = re.compile(r"[a-z]+")


def describes(text: str, start: int) -> bool:
    """Whether the day found at ``start`` in the sentence ``text`` stands in a clause describing a thing the sentence
    talks about (see the module): a clause that opened at most :data:`DESCRIPTION_WORDS` words before it, with no other
    verb between its own and the day (the main clause's would close it: "hit by ransomware on Monday said on Saturday")."""
    return _opening(text, start) is not None


def _opening(text: str, start: int) -> int | None:
    """Where the clause describing a thing that the day at ``start`` stands in opens (:func:`describes`), or None."""
    before = text[:start]
    opened, at = None, 0
    for m in _RELATIVE.finditer(before):
        if m.group(0).endswith("where"):  # (its subject first: ", where police fired tear gas on Monday")
            verb = next((w for w in _WORD.finditer(before, m.end()) if past_form(w.group())), None)
            if verb is not None and len(before[m.end():verb.start()].split()) <= _LOOK:
                opened, at = verb.end(), m.start()
        elif m.group(1) is None or past_form(m.group(1)):
            verb = _VERB.search(before, m.end())  # (past the relative clause's own verb: "which broke out on ...")
            opened, at = (verb.end() if verb is not None else len(before)), m.start()
    for m in _PARTICIPLE.finditer(before):
        if past_form(m.group(1)) and (opened is None or m.end() > opened):
            opened, at = m.end(), m.start()
    for m in _SUBORDINATE.finditer(before, 0, 40):  # a fronted clause of time or cause: past its conjunction, subject and verb
        verb = next((w for w in _WORD.finditer(before, m.end()) if past_form(w.group())), None)
        if verb is not None and len(before[m.end():verb.start()].split()) <= _LOOK and (opened is None or verb.end() > opened):
            opened, at = verb.end(), m.start()  # ("Six days after it broke out on a windy Sunday evening, the fire was ...")
    if opened is None:
        return None
    inside = before[opened:]
    return at if (not _BREAK.search(inside) and len(inside.split()) <= DESCRIPTION_WORDS
                  and not any(past_form(w) or w in _PRESENT for w in re.findall(r"[a-z']+", inside))) else None


def reported_now(text: str, end: int, start: int = 0) -> bool:
    """Whether the main clause after a describing day (ending at ``end``) tells a state as the article was written: a count
    in its perfect ("..., has killed four people", "have burnt 12,000 hectares"), a state that goes on ("continues to
    burn", "remains closed", "is still burning"), looked for in its first words, or past the describing clause's closing
    comma ("The fire, which broke out on Sunday evening near Kerasia, has killed ...").  Not a description of the thing
    ("The strike, which began on Monday, is the first in a decade"), nor an event's result ("have elected a president"):
    the day they describe is theirs.  With the describing day's ``start``, a main clause before it that is a report told
    in the present counts too, when its own clause tells no past event ("The Coast Guard says no oil appears to be leaking
    from a rig that sank off Velano on Thursday", "Doctors say the boy, who was pulled from the rubble on Thursday, is in a
    stable condition": what it reports is the article's day's; "said no oil was leaking from a rig that sank on Thursday"
    may date both alike, "Officials say the quake, which struck on Thursday, killed 300 people" tells Thursday's toll, and
    "says she was woken by the quake that struck on Thursday" Thursday's quake); and so does one after it that closes the
    sentence (", the coastguard says.", ", according to the coastguard."); and a statement right after a relative clause ("The
    agency, which raised its alert on Wednesday, said it had no plans ...", "ElBaradei, who returned on Thursday, said ...":
    the day of the saying is not the one the clause describes)."""
    if start and (said := _REPORTS_NOW.search(text[:start])) and not _past_around(text, said.end(), start, end):
        return True  # (not "Officials say the quake, which struck on Thursday, killed 300 people": Thursday's toll)
    if start and _REPORTED_AFTER.match(text, end) and not _past_around(text, 0, start, end):
        return True  # ("No oil appears to be leaking from a rig that sank on Thursday, the coastguard says.")
    rest, at = text[end:], _opening(text, start) if start else None
    stated = at is not None and _RELATIVE.match(text, at) is not None and not _SPOKE.search(text, at, start)  # (a statement
    close = _BREAK.search(rest)  # after a relative clause; not one whose clause tells the saying, "who spoke to reporters on
    # Monday, said ...", "The report, which was published on Tuesday, said ...", nor a paper's, "The statement, released ...")
    for part in (rest[:close.start()], rest[close.end():]) if close is not None else (rest,):
        words = re.findall(r"[a-z']+|\d", part.lower())
        for n, word in enumerate(words[:_LOOK]):
            if word in _GOING_ON:
                return True
            if word in ("is", "are"):
                return bool(words[n + 1:n + 2]) and (words[n + 1] == "still" or words[n + 1].endswith("ing"))
            if word in ("has", "have"):  # (a count in the perfect: "has killed one firefighter", not "has caused one of the ...")
                after = words[n + 1:n + 2 + _LOOK]
                return any(w.isdigit() or (w in _NUMBER_WORDS and after[k + 1:k + 2] != ["of"]) for k, w in enumerate(after[:_LOOK]))
            if stated and not n and word in _STATEMENT:
                return True  # a statement ("The agency, which raised its alert on Wednesday, said ..."): not the day it describes
            if past_form(word) or word in ("will", "would", "could", "may", "might", "was", "were"):
                return False
    return False


# "today" right after the people or the things it tells of ("gardeners today", "children today", "the world today"), its verb
# in the present, a modal or a state ("is", "can belong", "face"), not a plan ("are expected to", "is due to")
_AFTER_A_NOUN = re.compile(r"(?i:\b(?!(?:says|tells|adds|is|was|has|does|goes|makes|takes|news|times|arms)\b)[a-z]{3,}(?<!ss)s|\b(?:"
                           r"children|people|men|women|world|society|country|nation|generation|age|life|America|Britain))\s+$")
# a present state or a modal after it, not a perfect, a progressive or a passive ("have seized", "are searching", "is
# expected"), nor a market's move ("are sharply lower")
_STATE_AFTER = re.compile(r"\s*,?\s+(?:(?:is|are)(?!\s+(?:\w+ly\s+)?(?:\w+ing|\w+ed|\w+en|lower|higher|up|down|due|set|to)\b)|"
                          r"(?:have|has)(?!\s+(?:\w+ly\s+)?(?:been|\w+ed|\w+en|made|seen|done|met|put|set|won|lost|held|sent|told|"
                          r"said|found|begun|taken|given|shown)\b)|can|could|may|might|must|face|need|want|live|know|tend|lack|enjoy|"
                          r"prefer)\b")


# a report told in the present before a describing clause: a speech verb's present in the sentence's first words ("The
# coastguard says", "Officials say"), not a noun's ("had their say", "The claims"), an infinitive's ("refused to say") nor
# a relative clause's ("Ana Marn, who says she ...")
_SAYS = r"(?:says|say|tells|tell|warns|warn|insists|insist|confirms|confirm|admits|admit|stresses|stress|argues|argue)"
_REPORTS_NOW = re.compile(r"^(?:\S+\s+){0,7}?(?<!\bwho )(?<!\bto )(?<!\btheir )(?<!\ba )(?<!\bthe )(?<!\bhis )(?<!\bher )(?<!\bits )"
                          rf"{_SAYS}\b(?!\s+(?:of|on|about|from|by)\b)")


# ... or after it, closing the sentence (", the coastguard says.", ", according to the coastguard.")
_REPORTED_AFTER = re.compile(rf"\s*,\s+(?:according\s+to\s+[^,;.]{{2,60}}|(?:[^,;.]{{2,60}}\s)?{_SAYS})\s*[.!?]?[\"”’']?\s*$")


def _past_around(text: str, said: int, start: int, end: int) -> bool:
    """Whether the report's own clause tells a past event: a past verb between the report's verb (ending at ``said``; the
    sentence's start for a report after the clause) and the describing clause ("says she was woken by the quake that
    struck ...", "Two men who were fishing drowned in floods caused by the storm on Sunday, police say"), or the main verb
    after it ("..., killed 300 people"; not an attribution, ", officials said")."""
    opened = _opening(text, start)
    before = re.findall(r"[a-z'’]+", text[said:opened if opened is not None and opened >= said else start].lower())
    after = re.findall(r"[a-z'’]+", text[end:].lower())[:_LOOK]
    return any(past_form(w) for w in before) or any(past_form(w) and w not in _ATTRIBUTION for w in after)


_ATTRIBUTION = frozenset({"said", "told", "reported", "added", "stated"})
_STATEMENT = _ATTRIBUTION | {"announced", "confirmed", "warned", "insisted", "claimed", "denied"}  # a statement's verb
# a relative clause that tells the occasion of the statement after it: speaking, publishing, a visit ("who spoke to reporters
# on Monday", "which released its report on Tuesday", "which issued its ruling", "who toured the camp on Sunday"; not "who
# gave birth", "who was held in a cell", "who met ...", whose day is not the saying's)
_SPOKE = re.compile(r"\b(?:sp[eo]ke|speaking|talked|told|addressed|said|announced|briefed|testified|wrote|posted|tweeted|"
                    r"published|released|issued|reported|unveiled|presented|interviewed|ruled|toured|visited)\b", re.I)


def nowadays(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a "today" that means nowadays, no day: right after the people or the things it tells of, its verb
    a present state's or a modal's ("A growing trend among gardeners today is organic gardening", "adopted children today
    can belong to play groups"); not "said here today", "Talks resume today", "Protesters today marched on the palace",
    "Troops have seized three towns today" nor "Officials today are expected to announce the result"."""
    return (text[start:end].lower() == "today" and _AFTER_A_NOUN.search(text, max(0, start - 30), start) is not None
            and _STATE_AFTER.match(text, end) is not None)
