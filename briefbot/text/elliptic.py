"""Sentences that say too little to be a point (pure), however well formed.

A point is read alone, so a sentence whose words leave out what they are about is no point, even where
its article makes it clear: a list's ellipsis that ends on a bare number after its reporting verb, nothing
saying what is counted ("The Red Crescent says nearly 1,300.", under a factbox's "DEATHS:" label), an answer's bare
amount with its source under a question the point does not show ("About $4 billion, according to the acting
minister."), and a
slogan, noun phrases with no verb that hail or demand ("Glory to the martyrs, freedom for Ostra.", a
movement's communiqué signing off), which no one can read as an event or a fact; and the lead of a list, a table or a text
that it does not hold itself ("Following are the full results of the vote, as published by the commission on Monday.",
"Below is a video of the rally.", "Here are the latest developments.", "Here's the latest on the fire near Callen.",
"Here's what we know.", "The board met today and decided unanimously as follows.", a live blog's "There's worrying news from the
hearing on the dam." and its standfirst, "Live updates as the strike enters its third day."; not "Here is what he said:
...", which goes on to say it, nor "Here is this man who looted his country.").
"""

from __future__ import annotations

import re

from briefbot.text.seamwords import SPEECH_VERBS

__all__ = ["says_too_little"]

# a count's approximation before its number ("nearly 1,300", "more than 200")
_ABOUT = r"(?:nearly|about|around|almost|roughly|some|over|more than|at least|up to|fewer than|less than|just over|just under)"
# the count of nothing named, after its verb ("... says nearly 1,300.", "Officials put it at 40."); not a count with its
# noun ("... the toll at 1,134.", "... has grown to 1 million."), nor an answer to a question ("Asked how many had died,
# the governor said 40.")
_BARE_COUNT = re.compile(
    rf"(?!.*\bhow (?:many|much)\b).*\b(?:{SPEECH_VERBS}|estimates|counts|puts|reports|puts? it at)\s++(?:{_ABOUT}\s+)?\d[\d,.]*+"
    r"(?:\s+(?:million|billion|thousand))?[.!]?[\"”’')]*\s*$", re.I)
# an answer's bare amount with its source, under a question the point does not show ("About $4 billion, according to the
# acting minister.", a Q&A explainer's "How big is the loan?"): no verb, nothing but the amount and what it is in; not a
# toll ("More than 200 dead, according to the health ministry.": it says what is counted)
_BARE_ANSWER = re.compile(
    rf"[\"“‘']?(?:{_ABOUT}\s+)?(?:US)?[$£€]?\d(?:[,.]?\d)*+(?:\s*(?:million|billion|trillion|thousand|m|bn|%|per\s?cent))?"
    r"(?:\s+(?!(?:dead|killed|injured|wounded|hurt|missing|arrested|detained|displaced|evacuated|homeless)\b)[a-z]+)?"
    r",\s+according\s+to\s+[^,;:]{2,80}[.!]?[\"”’']?", re.I)
# a slogan: one noun or more, each hailing a noun phrase (a determiner's or a name's, not a verb's: "Troops to leave ...")
# with "to" or "for", joined by commas or "and", and no verb anywhere ("Glory to the martyrs, freedom for Ostra.", "Bread
# for our children and justice for Belvik!"); its first word no verb's third person or past either ("Aid arrives for ...")
_DETERMINER = r"(?:the|our|all|a|an|their|your|every|his|her|its|this|these|those)"
_HAIL = rf"[A-Za-z]+(?<!s)(?<!ed) (?:to|for) (?:{_DETERMINER} [\w'’-]+|[A-Z][\w'’-]*)(?: [\w'’-]+){{0,3}}"
_SLOGAN = re.compile(rf"[\"“‘']?{_HAIL}(?:(?:,| and|, and) {_HAIL})*[.!]+[\"”’']?")
_VERB_SHAPED = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|"
                          r"did|[a-z]{2,}ed)\b", re.I)


# the lead of what follows it, and nothing of it after a colon or a semicolon ("Here are five options: 1) ...")
_NUMBER_WORD = r"one|two|three|four|five|six|seven|eight|nine|ten|\d+"
_LEAD_OF_WHAT_FOLLOWS = re.compile(rf"[\"“‘']?(?:(?:The )?[Ff]ollowing (?:is|are)|Below (?:is|are)"
                                   rf"|Here(?: is| are|['’]s) (?:the|a|an|some|his|her|its|their|our|several|what (?:we|you)"
                                   rf"|everything (?:we|you)|{_NUMBER_WORD})\b(?![^:;]*\b(?:which|who|that)\b))[^:;]*"
                                   # ... a live blog's news announced, and only that: where from or what about, no clause
                                   r"|There(?:'s|’s| is) (?:(?:some|more|worrying|good|bad|interesting|encouraging|alarming|"
                                   r"grim|mixed|big|important|breaking|fresh|new|further) ){0,2}news"
                                   r"(?:\s+(?:from|about|on|out of|in)\s+(?!(?:\w+\s+)*?(?:that|which|who|as|with)\b)[^,;:]*)?[.!]?")


# ... or a live page's standfirst, announcing the page ("Live updates as the dock strike enters its third day.", "Follow our
# live coverage of the floods."; not "Live updates from the scene showed ...", whose verb tells what they showed)
_LIVE_PAGE = re.compile(r"(?:Follow\s+(?:our\s+|the\s+)?)?(?:[Ll]ive|[Ll]atest)\s+(?:updates|coverage|reporting|blog|news)"
                        r"(?:\s+(?:as|while|throughout)\b.*|\s+(?:on|from|of|about|here)\b(?P<tail>.*))?[.!]?")
# ... or one that ends on announcing it ("The Presidium met today and decided unanimously as follows.", "found the following:")
_FOLLOWS = re.compile(r"\b(?:as follows|the following)\s*[.:]?[\"”’]?\s*$", re.I)
# what a sentence ending on a bare count ends with, looked for first in its last characters: most sentences do not
_ENDS_ON_A_NUMBER = re.compile(r"\d[\d,.]*+(?:\s+(?:million|billion|thousand))?[.!]?[\"”’')]*\s*$", re.I)
_TAIL = 40  # characters: a count, its scale and its closing marks


def says_too_little(sentence: str) -> bool:
    """Whether ``sentence`` ends on a count of nothing named, is an answer's bare amount, a slogan or the lead of what
    follows it (see the module's note)."""
    text = sentence.strip()
    if (text[:1] in "FBHTfbht\"“‘'" and _LEAD_OF_WHAT_FOLLOWS.fullmatch(text)) or _FOLLOWS.search(text[-30:]):
        return True
    if text[:1] in "FL" and (live := _LIVE_PAGE.fullmatch(text)) and not _VERB_SHAPED.search(live["tail"] or ""):
        return True
    if _ENDS_ON_A_NUMBER.search(text[-_TAIL:]) and _BARE_COUNT.match(text):
        return True
    if _BARE_ANSWER.fullmatch(text):
        return True
    return _SLOGAN.fullmatch(text) is not None and _VERB_SHAPED.search(text) is None
