"""The words the seam rules of :mod:`briefbot.text.seams` and :mod:`briefbot.text.glue` read (pure):
those after which a capitalised word is their object or a name's part, not a new sentence's start,
and the openings that start one wherever they stand; and the sentence splitter's words around a
clock time (:mod:`briefbot.text.segment`)."""

from __future__ import annotations

import re

from briefbot.text.dates import MONTH_NAMES, MONTH_WORD, WEEKDAY_NAMES

__all__ = ["ACRONYM", "BARE_RELATIVE", "CLAUSE_AFTER_TIME", "CLAUSE_ENDS", "FRONTED_TIME", "GOVERNING", "NUMBERS",
           "PRONOUN_CLAUSE", "QUANTITY", "ROLES", "SAYS", "SPEECH_VERBS", "SUBJECT_PRONOUNS", "TELLS", "TIME_AS_MODIFIER",
           "in_own_clause"]

# the small numbers a sentence writes in words ("two" to "ten")
_SMALL_NUMBERS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# words after which a capitalised word is their object, not a new sentence ("... leaking Gulf of Mexico oil well")
GOVERNING = frozenset({"across", "around", "against", "towards", "toward", "near", "like", "despite", "between", "among",
                       "via", "courtesy", "about", "into", "onto", "upon", "within", "without", "through", "throughout",
                       "beyond", "behind", "outside", "inside", "under", "over", "past", "amid", "including", "off", "out",
                       "suggested", "suggests", "claimed", "claims", "argued", "argues", "insisted", "insists", "warned",
                       "warns", "believe", "believes", "believed", "think", "thinks", "thought", "added", "adds",
                       "admitted", "admits", "denied", "denies", "fear", "fears", "feared", "hope", "hopes", "hoped",
                       "met", "meets", "visited", "visits", "joined", "joins", "urged", "urges", *_SMALL_NUMBERS})

# nouns a clause may follow with no "that" ("the first time Jo Lee has ...", "the news BP had ...")
BARE_RELATIVE = frozenset({"time", "times", "day", "days", "moment", "way", "ways", "reason", "year", "years", "week",
                           "weeks", "month", "night", "morning", "hour", "minute", "place", "fact", "news", "hope",
                           "fear", "fears", "belief", "claim", "idea", "one", "thing", "things", "point", "extent",
                           "evidence", "sign", "signs", "chance", "possibility", "risk", "first", "last", "only"})
# a noun of a person's or a body's role names whom it stands in front of ("the oil firm BP", "its chairman Jo Lee")
ROLES = frozenset({"chairman", "chairwoman", "chair", "chief", "executive", "boss", "head", "minister", "secretary",
                   "president", "leader", "spokesman", "spokeswoman", "spokesperson", "official", "firm", "giant",
                   "company", "group", "agency", "contender", "candidate", "envoy", "general", "ambassador", "star",
                   "singer", "actor", "director", "founder", "governor", "senator", "mayor", "judge", "lawyer",
                   "attorney", "doctor", "physician", "commander", "partner", "rival", "subsidiary", "member",
                   "colleague", "friend", "father", "mother", "son", "daughter", "brother", "sister", "wife",
                   "husband", "counterpart", "predecessor", "successor", "editor", "correspondent", "reporter",
                   "band", "party", "newspaper", "magazine", "channel", "network", "broadcaster", "website",
                   "regulator", "watchdog", "operator", "contractor", "insurer", "bank", "lender", "carrier",
                   "owner", "manager", "coach", "player", "captain", "aide", "adviser", "advisor", "deputy",
                   "film", "movie", "book", "novel", "song", "album", "single", "show", "series", "programme",
                   "program", "play", "musical", "paper", "daily", "tabloid", "ship", "vessel", "submarine",
                   "rig", "storm", "hurricane", "virus", "drug", "brand", "team", "club", "city", "town",
                   "village", "province", "state", "region", "country", "island", "river", "capital", "port",
                   "district", "suburb", "enclave", "stronghold", "base", "camp"})
# verbs whose clause may follow them with no "that" ("officials say the dam's owner Kestrel Power has ...")
SAYS = re.compile(r"(?:say|says|said|believe[sd]?|think|thinks|thought|hope[sd]?|fear(?:s|ed)?|know|knows|knew|"
                  r"reckon(?:s|ed)?|suggest(?:s|ed)?|argue[sd]?|claim(?:s|ed)?|insist(?:s|ed)?|report(?:s|ed)?|"
                  r"announce[sd]?|confirm(?:s|ed)?|add(?:s|ed)?|estimate[sd]?|expect(?:s|ed)?|found|find|finds|"
                  r"reveal(?:s|ed)?|learn(?:s|ed|t)?|understand(?:s)?|understood|admit(?:s|ted)?|den(?:y|ies|ied)|"
                  r"assume[sd]?|predict(?:s|ed)?|conclude[sd]?|feel|feels|felt|mean|means|meant|agree[sd]?)")
# verbs whose object a clause may follow with no "that" ("told the jury Jo Lee had ...")
TELLS = re.compile(r"(?:tell|tells|told|telling|assure[sd]?|remind(?:s|ed)?|warn(?:s|ed)?|inform(?:s|ed)?|promise[sd]?|"
                   r"show(?:s|ed|n)?|convince[sd]?|persuade[sd]?|ask(?:s|ed)?|teach(?:es)?|taught|give[sn]?|gave|"
                   r"call(?:s|ed)?|name[sd]?|dub(?:s|bed)?|make[sn]?|made|consider(?:s|ed)?|elect(?:s|ed)?)")
# a count's opening, capitalised: a sentence's start after any lower-case word ("in More than 2,000 people"),
# before a count and a lower-case word (not a Title Case headline's "Rises to Nearly 300 Dead")
QUANTITY = re.compile(rf"(?:(?:More|Fewer|Less) than|At least|Nearly|Almost|Up to)\s+(?:\d[\d,.]*|{'|'.join(_SMALL_NUMBERS)}|"
                      r"a dozen|dozens|hundreds|thousands)\s+(?:[a-z]|\([^)]*\)\s+[a-z])"
                      rf"|(?:{'|'.join(w.capitalize() for w in _SMALL_NUMBERS)}|Dozens|Hundreds|Thousands) (?:more|other|further) [a-z]")
# a capitalised time preposition and a day or month, then the sentence's own lower-case words ("... oil spill and BP On 20 April 2010
# a deepwater well exploded ...", "... In March the council ..."): no sentence writes it so inside itself
DATED_OPENING = re.compile(rf"(?:On|In|Early|Late) (?:\d{{1,2}}(?:st|nd|rd|th)? {MONTH_WORD}(?: \d{{4}})?"
                           rf"|{MONTH_WORD} \d{{1,2}}(?:, \d{{4}})?|(?:{WEEKDAY_NAMES})(?: morning| afternoon| evening| night)?"
                           rf"|{MONTH_WORD}(?: \d{{4}})?)[ \t]+[a-z]")
# a pronoun and its verb after an acronym ending a headline: "... disaster for the US This was the catastrophe ..."
ACRONYM = re.compile(r"[A-Z]{2,}")
# the words that open a clause as its subject, capitalised: a sentence's start wherever they stand before their verb
SUBJECT_PRONOUNS = "This|It|He|She|They|We|There"
PRONOUN_CLAUSE = re.compile(rf"(?:{SUBJECT_PRONOUNS}) (?:is|was|has|had|are|were|will|would|says|said) [a-z]")
# function words that end a clause rather than govern the word after them
CLAUSE_ENDS = frozenset({"done", "gone", "seen", "taken", "sent", "kept", "again", "too", "already", "away", "soon", "yet",
                         "later", "alone", "together", "afterwards", "anyway", "instead", "elsewhere", "ago", "well"})
# number words a page writes in lower case inside a sentence, as it writes "two" to "nine"
NUMBERS = frozenset({"ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"})
# the verbs that attribute quoted words to their speaker ("Kurti asked" after a closing quote; "Jo Lee said The
# army ...", a quotation without marks)
SPEECH_VERBS = (
    "said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|replies|answered"
    "|responded|shouted|yelled|cried|exclaimed|wondered|continued|noted|explained|insisted"
    "|recalled|declared|demanded|tweeted|posted|whispered|screamed|joked|quipped|stated"
    "|countered|argued|warned|thundered|mused|pleaded|urged"
)



def in_own_clause(before: list[str]) -> bool:
    """Whether a name repeated after the words ``before`` (the two before it, as written) stands in a
    clause of the story's own, its verb taking the name: "... any country that attacks Velania will
    ...", "... nations which threaten Iran would ..." (a headline or caption opens no such clause)."""
    return any(word in ("that", "which") for word in before[-2:])


# a time phrase before the subject: "By 6 a.m. Ms. Rossi had gone" (the splitter, briefbot.text.segment)
FRONTED_TIME = re.compile(
    r"(?:at|by|before|after|around|about|until|till|from|since|shortly after|just after"
    r"|just before)\s++(?:about\s++|around\s++|roughly\s++)?[\d:.]++\s*+",
    re.IGNORECASE,
)
# after a clock time, a capitalised word before a lower-case one starts a sentence ("at 1:30 p.m. New warnings were
# issued"), unless it names the day, month, feast or zone ("3 p.m. Monday", "6 a.m. Easter morning", "9 a.m. Moscow
# time") or the time is a noun's
CLAUSE_AFTER_TIME = re.compile(
    rf"(?!(?:{WEEKDAY_NAMES})|(?:{MONTH_NAMES}|Eastern|Central|Mountain|Pacific|Atlantic|Greenwich|Local|Easter|Christmas"
    r"|Thanksgiving|Ramadan|Eid|Passover|Hanukkah|Diwali|Halloween)\b)"
    r"[A-Z][a-z]++(?:'s|’s)?+[ \t]++(?!time\b|standard\b|daylight\b)[a-z]")
TIME_AS_MODIFIER = re.compile(r"\b(?i:the|a|an|this|that|each|every|his|her|their|its|our)\s++[\d:.]++\s*+$")  # "the 7 p.m. Concorde"
