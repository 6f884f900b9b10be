"""An outlet's caveats on its own reporting (pure): what it could not check, not news of the story.

A claim is often followed by the outlet's caveat on it: it could not verify it ("CNN could not independently confirm
the report.", "The BBC can not verify the authenticity of these testimonies."), or it could not be ("The figures can not
be independently verified.", "The reports, carried by a news agency, have not been confirmed."). A story from a closed
country repeats why: "The government has not responded to repeated requests from CNN for access to the country and
maintains tight control over communications.", "Events there are very difficult to confirm, since ...", and how the
outlet reports instead: "CNN has interviewed numerous witnesses by phone.", "CNN continues to have many teams in place.",
"With foreign journalists unable to get into the country, much of the reporting has depended on footage posted by
activists." Quoted alone, such a line tells the reader nothing of the story (:func:`only_a_caveat`).
"""

from __future__ import annotations

import re

from briefbot.text.guarded import guarded

__all__ = ["only_a_caveat"]

_OUTLETS = (r"BBC|CNN|Reuters|AP|AFP|(?:the )?Associated Press|Agence France-Presse|Al[ -]Jazeera|(?:the )?Guardian|"
            r"(?:the )?(?:Washington|Jerusalem) Post|(?:the )?(?:New York|Los Angeles|Financial) Times|Fox News|NBC|ABC|CBS|"
            r"Bloomberg|Sky News|NPR|ITN|Channel 4 News|(?:the )?(?:Daily )?Telegraph|(?:the )?Wall Street Journal|"
            r"(?:the )?Independent|this (?:newspaper|paper|website|site|station|network)")
_CAN_NOT = r"(?:can ?not|could not|couldn[’']t|can[’']t)"
_CANNOT = rf"(?:{_CAN_NOT}|(?:was|were|is|are) (?:not (?:immediately )?|un)able to|(?:has|have) not been able to)(?:\s+immediately)?"
_UNVERIFIED = re.compile(
    rf"^(?:the )?(?:{_OUTLETS})\s+{_CANNOT}\s+(?:independently\s+)?(?:verify|confirm)\b"
    rf"|^(?:[\w'’-]+\s+){{1,5}}(?:[\w'’-]+,[^,]{{1,100}},\s+)?(?:{_CAN_NOT}"
    r"(?:\s+immediately)?\s+be|(?:has|have|had)\s+not\s+(?:yet\s+)?been)\s+(?:immediately\s+)?(?:independently\s+)?"
    r"(?:verified|confirmed)\b", re.I)
# ... and only that: a sentence that goes on to tell something else ("..., but the minister said ...", "..., who
# police said was 34", "..., officials said") or names who has not confirmed ("... has not been confirmed by the
# Senate") carries news; a reason may follow ("... as foreign media are barred")
_CAVEAT_ENDS = re.compile(r"(?!\s+by\b)[^,;:]*(?:,\s*(?:as|because|since|owing|due|given)\b[^,;:]*)?[.!]?[\"”’]?\s*$")
# the outlet's own access or checking: its requests for access or a visa, the outlet named at the requests ("has not
# responded to repeated CNN requests for access", "to repeated requests from CNN for access"), or how hard the claims
# are to check, in a sentence that names it and credits no source with the words ("making it difficult to independently
# verify reports"; not "The UN told Reuters it was difficult to verify ...", "..., the BBC reported.")
_OWN_REQUESTS = guarded(re.compile(rf"\b(?:(?:{_OUTLETS})\s+requests?|requests?\s+(?:from|by)\s+(?:{_OUTLETS}))\s+(?:[\w'’-]+\s+){{0,2}}"
                                   r"for\s+(?:access|visas?|entry|permission to (?:enter|report))\b"), "request")
_CHECKS = ("confirm", "verify")
_HARD_TO_CHECK = guarded(re.compile(r"\b(?:difficult|impossible|hard|not possible)\s+(?:for\s+[\w'’-]+\s+)?to\s+"
                                    rf"(?:independently\s+)?(?:{'|'.join(_CHECKS)})\b", re.I), _CHECKS)
_OUTLET = re.compile(rf"\b(?:{_OUTLETS})\b")
_CREDITED = re.compile(rf"\b(?:told|tells|said to|according to)\s+(?:{_OUTLETS})\b|\b(?:{_OUTLETS})\s+(?:reports?|reported|said|says)\b")
# ... the same caveat that does not name it: requests for access to the country from no one named (an aid agency's
# to a city, inspectors' to the country, are news), and how it reports instead, nothing else told ("CNN has interviewed
# numerous witnesses by phone."; not "... by phone and they demanded $2m.")
_NO_ACCESS = re.compile(r"\b(?:has|have|had) not (?:responded|replied) to (?:repeated |several |many |numerous )?requests? "
                        r"for access to the country\b(?!\s+(?:by|from|for|of)\b)", re.I)
_BY_PHONE = re.compile(rf"^(?:the )?(?:{_OUTLETS}) (?:has|have) (?:interviewed|spoken (?:to|with)|talked (?:to|with)|reached)\b"
                       r"[^.;:]{0,60}\bby (?:tele)?phone[.!]?[\"”’]?\s*$", re.I)

# ... where the outlet has its people, a place at most and nothing else told ("CNN continues to have many teams in
# place.", "The BBC has a correspondent in Velano."; not "... in Velano, where shelling resumed", "... a reporter jailed in
# Russia", "... a crew held by security forces"), and what its reporting has had to rest on, to the sentence's end ("With
# foreign journalists unable to get into Velano, much of the reporting has depended on footage posted by activists.";
# not the army's "operation has depended on ...", "its coverage has drawn criticism", "..., but on Tuesday the army
# admitted ...", nor what critics said of it)
_OWN_PEOPLE = re.compile(rf"^(?:the )?(?:{_OUTLETS}) (?:(?:continues|continue) to have|has|have|still has) (?:(?:a|many|several|"
                         r"some|numerous|its|their|\d+) )?(?:own )?(?:teams?|crews?|correspondents?|reporters?|journalists?|"
                         r"staff|producers?|people)(?: (?:in|on|at|inside|across|around|throughout) "
                         r"(?:place|the (?:ground|scene|field|region|country|capital|north|south|east|west)|"
                         r"(?-i:(?:the )?[A-Z][\w'’-]+(?:,? [A-Z][\w'’-]+){0,2}(?: and [A-Z][\w'’-]+)?)))?"
                         r"[.!]?[\"”’]?\s*$", re.I)
_OWN_SOURCING = re.compile(r"\b(?:the|our|its|their) (?:reporting|coverage|news coverage)(?: (?:of|from|on|in) [^,;:.]{1,40})? "
                           r"(?:has|have)(?: largely| mostly| so far)? (?:depended|relied|been based)(?: largely| mostly)? on\b"
                           r"(?:(?!\b(?:but|while|which|who|and (?:on|then|yesterday|today|later|now|last|this|the|a))\b)[^,;:])*"
                           r"[.!]?[\"”’]?\s*$", re.I)
_SAYS = re.compile(r"\b(?:said|says|say|told|argued|argues|complained|complains|claimed|claims|accused|accuses|wrote|writes)\b", re.I)


def only_a_caveat(text: str) -> bool:
    """Whether ``text`` is only an outlet's caveat: on the claim before it (``_UNVERIFIED``), or on its own access to
    the story or means to check it (``_OWN_REQUESTS``, ``_HARD_TO_CHECK`` naming the outlet, ``_NO_ACCESS``, ``_BY_PHONE``,
    ``_OWN_PEOPLE``, ``_OWN_SOURCING``)."""
    m = _UNVERIFIED.match(text)
    if m is not None and _CAVEAT_ENDS.match(text, m.end()) is not None:
        return True
    if _NO_ACCESS.search(text) or _BY_PHONE.match(text) or _OWN_REQUESTS.search(text) or _OWN_PEOPLE.match(text):
        return True
    if _OWN_SOURCING.search(text) and not _CREDITED.search(text) and not _SAYS.search(text):
        return True
    return _HARD_TO_CHECK.search(text) is not None and _OUTLET.search(text) is not None and not _CREDITED.search(text)
