"""An outlet's notes on its own coverage (pure): never a point of a brief.

A live page opens on "Live coverage from the Kestrel Post team. All times GMT." and closes on "This live blog has now
closed."; a broadcaster's page promotes what it will show ("CNN will have live coverage of the address at 9pm", "From
8pm there's live coverage of the match"); a blog's label runs into its first line ("Libya live blog: The latest
developments ..."); a segment's caption names who presents it and what about ("CNN's Jo Lee reports from Velano.", "Jo
Lee looks at the impact of the floods on farms"). None of them tells the story: a sentence that names the outlet's own
coverage so is no brief material. Coverage told as news stays: another party's act on it ("State TV cut its live
coverage of the rally", "The court allowed live coverage of the verdict"), who watched it ("Millions followed the live
coverage of the rescue"), a schedule's times ("Polls close at 8 p.m., all times local").
"""

from __future__ import annotations

import re

from briefbot.text.dates import WEEKDAY_NAMES
from briefbot.text.guarded import guarded
from briefbot.text.notes import LIVE_PAGE_NOTE

__all__ = ["own_coverage"]

# the outlet's own coverage named as its own within a sentence: "our live page", "this live blog", a blog's label ("Libya
# live blog: ..."), what it will show ("CNN will have live coverage of ...", "there's live coverage of the match", a
# listing's "presents live coverage"), a call to follow it; a live page's standfirst, welcome and clocks as a sentence of
# their own ("Live coverage from the Kestrel Post team.", "All times GMT.") are text/notes' LIVE_PAGE_NOTE, which cleaning
# takes off a page's line of them alone
_COVERAGE = guarded(re.compile(
    r"\b(?:our|this) (?:live|rolling) (?:coverage|blog|page|updates?|text)\b|\blive (?:blog|page)\s*:"
    r"|\b(?:will|['’]ll) (?:have|bring you|provide|carry) (?:extensive |full |more |continuing )?live coverage\b"
    r"|\bthere(?:['’]s| is| will be) (?:also )?(?:more )?live coverage\b|\b(?:presents|introduces) live coverage\b"
    r"|\bfor (?:more )?live coverage (?:of|from) (?:the|tonight|this)\b|\bfollow (?:our |the )?live (?:updates|coverage|blog)\b"
    r"|\blive updates (?:as they happened|every)\b", re.I), ("live", "rolling"))  # (a word every match holds, looked for first)
# a segment the outlet shows, told by its presenter or reporter (a video's or a programme's caption): a person's name of two
# or three words, or an outlet's possessive and a name, then a presenter's verb in the present with what the segment is
# about, not what it found ("CNN's Jo Lee reports.", "Jo Lee reports on the manhunt for ...", "Jo is reporting live from
# Velano tonight.", "The BBC's Jo Lee explains why ...", "Jo Lee looks at the impact of ..."); not a report's own words ("Jo
# Lee reports that the army ...", "Kestrel Bank reports a loss of ...", "Velan TV reports on Monday that ...", "Jo Lee
# reports from Velano: ...", "Unconfirmed reports from Velano say ...", "The Health Ministry reports on its website 40 new
# deaths", "The Supreme Court examines whether ...", "Congress examines whether ...", "Jo Lee looks at the rubble where her
# house stood", "Reuters reports from Ostra suggested ...": the plural's)
_SEGMENT = re.compile(
    r"^(?:(?:(?:The )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)?['’]s (?!The\b)(?:[A-Z][\w.'’-]* ){0,2}|(?!The\b)[A-Z][\w.'’-]* "
    r"(?:[A-Z][\w.'’-]* )?)[A-Z][\w'’-]+ (?:reports(?= on\b| from\b|\s*\.$)(?!.*\b(?:were|was|are|is|showed|suggested|described)\b)|"
    r"(?:explains|examines) (?:why|what|how|whether)\b|(?:looks at|takes a look at) (?:how|what|why|whether|who|the (?:impact|effects?|"
    r"role|future|history|legacy|rise|fall|state|case|issues?|story|lessons?|origins?|reasons?|treatment|science|economics|politics|"
    r"challenges?|consequences|implications|prospects|plight|year)\b))|[A-Z][\w'’-]+ is reporting(?: live)? (?:on|from)\b)"
    rf"(?!.*(?:\b(?:that|say|said|says|according to|{WEEKDAY_NAMES})\b|:|\d))")


def own_coverage(sentence: str) -> bool:
    """Whether ``sentence`` is an outlet's note on its own coverage (see the module's note)."""
    return _COVERAGE.search(sentence) is not None or LIVE_PAGE_NOTE.match(sentence) is not None or _SEGMENT.match(sentence) is not None
