"""Word lists of the figure reader (pure data): numbers, approximations, dates and labels,
groups of people, events, and what a tracked quantity measures.

Everything here is general news language; nothing is specific to one story.
"""

from __future__ import annotations

import re

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000}
SUFFIX_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000,
                  "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}
NUMBER_WORDS = {**UNITS, **TENS, **SCALES, "dozen": 12}

CURRENCY_SIGNS = {"$": "dollars", "us$": "dollars", "£": "pounds", "€": "euros"}
CURRENCY_WORDS = {
    "dollar": "dollars", "dollars": "dollars", "pound": "pounds", "pounds": "pounds",
    "sterling": "pounds", "euro": "euros", "euros": "euros", "yuan": "yuan", "yen": "yen",
    "rupees": "rupees", "francs": "francs",
}
PERCENT_WORDS = {"percent", "pct"}
# Nouns a percentage may qualify directly ("a 3 percent rise").
PERCENT_NOUNS = {
    "rise", "fall", "drop", "increase", "decrease", "decline", "cut", "stake", "share",
    "turnout", "majority", "chance", "rate", "growth", "gain", "loss", "jump", "contraction",
    "reduction", "raise", "hike", "slump", "plunge", "interest",
}

# Words before a number that make it approximate; longest first.
APPROX = [
    ("in", "excess", "of"), ("as", "many", "as"), ("as", "much", "as"), ("at", "least"),
    ("more", "than"), ("fewer", "than"), ("less", "than"), ("up", "to"), ("close", "to"),
    ("upwards", "of"), ("an", "estimated"), ("just", "over"), ("just", "under"), ("nearly",),
    ("almost",), ("about",), ("around",), ("approximately",), ("roughly",), ("some",),
    ("over",), ("approx",), ("estimated",), ("circa",), ("an", "additional"),
    ("a", "further"), ("another",),
]
NOT_APPROX = {("an", "additional"), ("a", "further"), ("another",)}  # recognised so it joins the phrase (an addition: sums.py), but exact

MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
CALENDAR = frozenset(MONTHS | WEEKDAYS)  # a month's or a weekday's word: no name of whose a count is
TIME_AFTER = {"am", "pm", "a.m", "p.m", "gmt", "bst", "utc", "cet", "cest", "est", "edt",
               "pst", "pdt", "hrs", "o'clock", "o’clock"}
YEAR_BEFORE = {"in", "since", "of", "by", "until", "till", "from", "to", "before", "after",
                "during", "early", "late", "mid", "year", "between", "and", "through", "the", "spring",
                "summer", "autumn", "fall", "winter", "fiscal", "season", "than", "around"}
# A number after one of these is a label, not a quantity ("Article 5", "Category 4").
LABELS = {
    "no", "no.", "nos", "number", "article", "section", "chapter", "phase", "level", "category",
    "grade", "page", "pages", "room", "flight", "route", "highway", "resolution", "item", "step",
    "stage", "round", "gate", "terminal", "platform", "line", "channel", "version", "model",
    "episode", "season", "part", "act", "bill", "clause", "paragraph", "rule", "question",
    "table", "figure", "class", "division", "ward", "district", "zone", "block", "floor",
    "apartment", "suite", "box", "pier", "track", "aged", "age", "ages", "tier", "unit",
    "world", "war", "covid", "code", "sector", "camp", "base", "building", "precinct",
}
TIME_UNITS = {
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades", "night", "nights", "time", "times",
    "century", "centuries", "weekend", "weekends", "morning", "mornings", "evening", "afternoon",
}
RELATIVE_TIME = {"ago", "later", "earlier", "before", "after", "since", "previously", "prior"}

# Words that end a noun phrase: function words, auxiliaries, common verbs.
STOP = {
    "a", "an", "the", "this", "that", "these", "those", "its", "it", "it's", "their", "his",
    "her", "our", "your", "my", "whose", "which", "who", "whom", "what", "where", "when",
    "while", "whereas", "whether", "if", "as", "than", "then", "so", "and", "or", "but", "nor",
    "yet", "also", "too", "not", "no", "of", "in", "on", "at", "to", "for", "from", "by",
    "with", "without", "within", "into", "onto", "over", "under", "about", "after", "before",
    "during", "since", "until", "against", "among", "amid", "between", "through", "across",
    "behind", "near", "towards", "toward", "upon", "per", "via", "despite", "including", "like",
    "unlike", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
    "having", "do", "does", "did", "done", "will", "would", "shall", "should", "can", "could",
    "may", "might", "must", "ought", "said", "says", "say", "told", "tells", "according",
    "reported", "reportedly", "believed", "thought", "expected", "there", "here", "now",
    "still", "just", "only", "even", "already", "again", "ever", "never", "always", "perhaps",
    "often", "more", "most", "less", "least", "many", "much", "few", "several", "some", "any",
    "all", "both", "each", "every", "either", "neither", "other", "another", "such", "same",
    "own", "he", "she", "they", "we", "you", "i", "him", "them", "us", "me", "one's", "others",
    "remain", "remains", "remained",  # a verb after a count ("one person remains missing"), no plural noun of it
}
# Adjectives dropped from what is counted ("additional troops" = "troops").
VAGUE_ADJ = {
    "additional", "other", "more", "further", "new", "extra", "total", "estimated", "possible",
    "separate", "different", "many", "few", "small", "large", "big", "major", "key", "senior",
    "top", "former", "suspected", "alleged", "unidentified", "unknown", "local", "young", "old",
    "innocent", "professional", "ethnic", "fellow", "individual", "overall", "approximately",
    "roughly", "nearly", "only", "just", "least", "heavy", "light", "several", "various",
    "respective", "remaining", "own", "initial", "latest", "recent", "current",
}
VAGUE_NUMBERS = {"dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens",
                  "several", "numerous"}

# Groups of people: the same group, however an outlet words it.
GROUPS = {
    "attackers": ("gunman", "gunmen", "attacker", "attackers", "assailant", "assailants",
                  "militant", "militants", "insurgent", "insurgents", "shooter", "shooters",
                  "fighter", "fighters", "raider", "raiders"),
    "police": ("police", "policeman", "policemen", "policewoman", "policewomen", "officer",
               "officers", "cop", "cops", "constable", "constables", "policeofficer"),
    "soldiers": ("soldier", "soldiers", "troop", "troops", "serviceman", "servicemen",
                 "servicewoman", "servicewomen"),
    "people": ("people", "person", "persons", "individual", "individuals"),
}
GROUP_OF = {w: g for g, ws in GROUPS.items() for w in ws}
COMPOUNDS = {
    ("police", "officer"): "police", ("police", "officers"): "police",
    ("armed", "men"): "attackers", ("armed", "man"): "attackers",
    ("service", "members"): "soldiers", ("service", "member"): "soldiers",
    ("security", "officers"): "police", ("law", "enforcement"): "police",
}
# Nouns that head a count even in the singular or without a plural -s.
NOUNS = set(GROUP_OF) | {
    "men", "man", "women", "woman", "children", "child", "civilians", "civilian", "personnel",
    "staff", "crew", "workers", "residents", "cases", "deaths", "barrels", "gallons", "tonnes",
    "tons", "litres", "liters", "acres", "hectares", "miles", "kilometres", "kilometers", "km",
    "metres", "meters", "feet", "homes", "houses", "jobs", "vehicles", "aircraft", "sheep",
    "cattle", "fish", "police", "authorities", "officials",
} | TIME_UNITS

# Events.  Words after the counted thing ("three gunmen were killed") ...
EVENT_AFTER: list[tuple[tuple[str, ...], str]] = [
    (("shot", "dead"), "killed"), (("shot", "and", "killed"), "killed"),
    (("lost", "their", "lives"), "killed"), (("lost", "his", "life"), "killed"),
    (("lost", "her", "life"), "killed"), (("lost", "lives"), "killed"),
    (("taken", "into", "custody"), "arrested"), (("under", "arrest"), "arrested"),
    (("in", "custody"), "arrested"), (("taken", "prisoner"), "arrested"),
    (("unaccounted", "for"), "missing"), (("sustained", "injuries"), "injured"),
    (("suffered", "injuries"), "injured"), (("forced", "from", "their", "homes"), "displaced"),
    (("fled", "their", "homes"), "displaced"), (("left", "homeless"), "displaced"),
    (("tested", "positive"), "infected"), (("crossed", "into"), "displaced"), (("crossed", "the", "border"), "displaced"),
    (("suspected", "of", "having"), "infected"), (("suspected", "of", "carrying"), "infected"),  # (and so "suspected": grammar)
    (("to", "evacuate"), "evacuated"), (("in", "hospital"), "hospitalised"), (("in", "hospitals"), "hospitalised"),
    (("treated", "in", "hospital"), "hospitalised"), (("treated", "in", "hospitals"), "hospitalised"),
    (("fell", "ill"), "infected"), (("taken", "to", "hospital"), "hospitalised"),
    (("admitted", "to", "hospital"), "hospitalised"), (("under", "evacuation", "orders"), "evacuated"),
    (("under", "evacuation", "order"), "evacuated"), (("ordered", "to", "evacuate"), "evacuated"),
    # states a storm leaves people in: "142,000 customers remain without power", "9,500 people were still in shelters"
    (("without", "power"), "without power"), (("without", "electricity"), "without power"), (("no", "power"), "without power"),
    (("no", "electricity"), "without power"), (("without", "electric", "power"), "without power"),
    (("in", "shelters"), "sheltered"), (("in", "evacuation", "shelters"), "sheltered"), (("in", "emergency", "shelters"), "sheltered"),
    (("in", "temporary", "shelters"), "sheltered"), (("in", "evacuation", "centres"), "sheltered"),
    (("in", "evacuation", "centers"), "sheltered"), (("sleeping", "in", "shelters"), "sheltered"),
]
STATE_EVENTS = frozenset({"without power", "sheltered"})  # (told after "the number of": "the number of people in shelters")
EVENT_WORDS = {
    "killed": "killed", "dead": "killed", "died": "killed", "die": "killed", "dies": "killed",
    "perished": "killed", "slain": "killed", "murdered": "killed", "fatally": "killed",
    "drowned": "killed",
    "shot": "shot",
    "arrested": "arrested", "apprehended": "arrested", "detained": "arrested",
    "captured": "arrested", "jailed": "arrested",
    "injured": "injured", "wounded": "injured", "hurt": "injured", "hospitalised": "hospitalised",
    "hospitalized": "hospitalised", "fled": "displaced", "charged": "charged", "deployed": "deployed",
    "sickened": "infected", "stationed": "deployed", "sick": "infected", "ill": "infected", "fatal": "killed",
    "trapped": "trapped",
    "evacuated": "evacuated", "missing": "missing", "displaced": "displaced",
    "homeless": "displaced", "rescued": "rescued", "infected": "infected",
    "kidnapped": "kidnapped", "abducted": "kidnapped", "taken hostage": "kidnapped", "freed": "released", "released": "released",
    "caught": "collected", "collected": "collected", "siphoned": "collected",  # (of oil only: identity)
}
# Event nouns heading the count ("40 deaths", "12 arrests").
EVENT_NOUNS = {
    "deaths": "killed", "death": "killed", "fatalities": "killed", "fatality": "killed",
    "dead": "killed", "arrests": "arrested", "detentions": "arrested", "injuries": "injured",
    "casualties": "casualties", "evacuees": "evacuated", "infections": "infected",
}
DEATH_AS_MODIFIER = {"row", "penalty", "sentence", "sentences", "certificate", "certificates", "squad", "squads", "threat", "threats"}
# ... verbs right before the number ("killing three", "the police arrested five") ...
EVENT_VERBS = {
    "killed": "killed", "killing": "killed", "kills": "killed", "kill": "killed",
    "arrested": "arrested", "arresting": "arrested", "arrests": "arrested", "arrest": "arrested",
    "detained": "arrested", "detaining": "arrested", "apprehended": "arrested",
    "captured": "arrested", "capturing": "arrested",
    "injured": "injured", "injuring": "injured", "wounded": "injured", "wounding": "injured",
    "evacuated": "evacuated", "evacuating": "evacuated", "rescued": "rescued",
    "rescuing": "rescued", "displaced": "displaced", "displacing": "displaced",
    "infected": "infected", "infecting": "infected", "kidnapped": "kidnapped",
    "abducted": "kidnapped", "charged": "charged", "charging": "charged", "deployed": "deployed",
    "deploying": "deployed", "deploy": "deployed", "sent": "deployed", "sending": "deployed", "send": "deployed",
    "dispatched": "deployed", "dispatching": "deployed", "sickened": "infected", "sickening": "infected",
    "hospitalised": "hospitalised", "hospitalized": "hospitalised", "saved": "rescued", "evacuate": "evacuated",
    "freed": "released", "freeing": "released", "released": "released", "releasing": "released",
    "collected": "collected", "collecting": "collected", "siphoned": "collected", "siphoning": "collected",
    "funnelled": "collected", "funneled": "collected",
    "funnelling": "collected", "funneling": "collected", "funnel": "collected",
}
# "the number of dead rose to 187", "the number of arrests to six"
COUNTED = {**EVENT_NOUNS, "dead": "killed", "injured": "injured", "wounded": "injured", "missing": "missing",
           "cases": "infected", "evacuees": "evacuated", "refugees": "displaced", "displaced": "displaced"}
# a breach's nouns: whose data it exposed follows them ("the data of 3.4 million people")
_BREACH = {"data": "exposed", "information": "exposed", "records": "exposed", "details": "exposed"}
# nouns followed by "of" ("the deaths of three gunmen"), a breach's among them
_OF = {
    "death": "killed", "deaths": "killed", "killing": "killed", "killings": "killed",
    "lives": "killed", "murder": "killed", "murders": "killed", "arrest": "arrested",
    "arrests": "arrested", "detention": "arrested", "capture": "arrested",
    "evacuation": "evacuated", "rescue": "rescued", "injuring": "injured", "abduction": "kidnapped",
    "deployment": "deployed", "dispatch": "deployed",
    **_BREACH,
}
# ... and the nouns of a breach followed by "on" or "about" as by "of" ("stole data on 3.4 million patients"; "information
# about roughly 340,000 patients": with a bare number, "about" is read as its approximation)
EVENT_OF = {"of": _OF, "on": _BREACH, "about": _BREACH}
# whose data a breach exposes ("the data of 3.4 million people", "the personal information of 1.2 million patients")
PEOPLE_HEADS = {"people", "persons", "individuals", "patients", "customers", "clients", "users", "members", "employees",
                "staff", "students", "residents", "citizens", "voters", "subscribers", "policyholders", "taxpayers"}
# Words allowed between the counted thing and its event ("were later reportedly killed").
AUX = {"were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly",
        "also", "later", "all", "subsequently", "allegedly", "who", "that", "eventually",
        "then", "so", "far", "now", "since", "confirmed", "reported", "believed", "to", "thought",
        "initially", "both", "still", "feared", "presumed", "said", "remain", "remains", "remained"}
PARTITIVE_PRONOUNS = {"them", "whom", "those", "these", "us", "which"}
DETERMINERS = {"the", "these", "those", "its", "their", "his", "her", "our"}
# What a count after them is its owner's own ("its 14 hospitals", "which runs 14 hospitals"): a possessive determiner, and
# a verb of owning in the present, a standing state ("continues to operate eight robots" tells what is done, and "has 26
# cases" a story's count: neither is one)
POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my", "your"})
OWNING = frozenset({"runs", "operates", "owns", "employs", "manages"})


# --------------------------------------------------------------------------- tracked quantities

# What an event counts, as a tracked measure.
MEASURE_OF_EVENT = {
    "killed": "deaths", "injured": "injured", "arrested": "arrested", "missing": "missing",
    "displaced": "displaced", "evacuated": "evacuated", "rescued": "rescued", "infected": "cases",
    "kidnapped": "kidnapped", "shot": "shot", "casualties": "casualties", "charged": "charged",
    "deployed": "troops deployed", "hospitalised": "hospitalised", "trapped": "trapped", "exposed": "data exposed",
    "released": "released",  # of people held only (identity): "freed 212 detainees" are no arrests
    "without power": "without power", "sheltered": "in shelters",  # (states: of customers, households or homes; of people)
    "collected": "oil collected",  # of a spill's units only (identity): "10,000 barrels a day are being caught"
}
# Counts that are a story's figure without an event word ("1,626 cases", "5,000 protesters").
MEASURE_OF_HEAD = {
    "cases": "cases", "refugees": "refugees", "evacuees": "evacuated", "protesters": "protesters",
    "demonstrators": "protesters", "marchers": "protesters", "attackers": "attackers",
    "hostages": "hostages", "victims": "victims", "casualties": "casualties", "survivors": "survivors",
    "patients": "cases", "suspects": "suspects", "detainees": "arrested", "prisoners": "prisoners",
    "bodies": "deaths", "counts": "counts", "charges": "counts",  # a defendant's counts of a crime (identity: of a crime named)
}
# Units of oil and other spills; "a day" after them makes a flow rate.
SPILL_UNITS = {"barrels", "gallons", "tonnes", "tons", "litres", "liters"}
RATE_AFTER = (("a", "day"), ("per", "day"), ("each", "day"), ("every", "day"), ("daily",), ("a", "week"))
# ... or told on in the amount's clause, past a bracketed conversion or up to ten words of it ("spewing 5,000 barrels of oil into
# the sea each day", "$6m (£4m) a day"; not "a day after the blast", "for a day", "..., and a day later", "380,000 litres more a day")
RATE_LATER = re.compile(r"(?:\s*\([^()]{1,24}\))?(?:\s+(?!(?:and|or|but|while|as|when|after|before|which|that|who|until|since|than|then|"
                        r"because|if|more|less|fewer|extra)\b)[a-z][\w'’-]*){0,10}(?<!\bfor)\s+(?:a|per|each|every)\s+day\b"
                        r"(?!['’]s|\s+(?:after|before|later|earlier|ago|of|when|or)\b)")
# an amount told as a limit, past a bracketed conversion or in an apposition ("the $75m (£52m) liability limit", "losses beyond
# $42bn, a threshold that ..."): what passes it is the quantity, not the limit (group 1: the limit, as the amount's object; a limit
# named before the amount is phrases.money_word's)
A_LIMIT = re.compile(r"(?:\s*\([^()]{1,24}\))?(?:\s*,\s+(?:a|the|its)\s+|\s+)((?:[a-z-]+\s+)?(?:limit|cap|ceiling|threshold)s?)\b")
# an amount each one gets or pays ("$1,000 per household", "£250 a head", "$40 for each share"): no amount of the story's
# ("a" only before what ends the phrase: not "the $45 million a family sought")
PER_UNIT = re.compile(r"(?:\s*\([^()]{1,24}\))?\s+(?i:(per|each|for each|for every)|a)\s+((?i:household|famil(?:y|ie)|person|"
                      r"resident|head|worker|employee|victim|customer|account|child|adult|student|member|passenger|patient|"
                      r"claimant|home|house|share|barrel|tonne|ton|gallon|litre|liter)s?)\b(?(1)|(?!['’])(?=\s*(?:[,.;:)!?]|$)|"
                      r"\s+(?:to|for|in|and|or|if|of|who|as|on|at|from|under|with|after|when|until|plus|affected)\b))")


def own_amount(sentence: str, end: int) -> re.Match[str] | None:
    """What an amount ending at ``end`` is a limit of, or each one's amount of (its last group): no amount of the story's
    own."""
    return A_LIMIT.match(sentence, end) or PER_UNIT.match(sentence, end)


# Money is tracked when it is one of these (a "$20bn fund", "$1.2bn in damages").
MONEY_MEASURES = {
    "cost": "cost", "costs": "cost", "damage": "damages", "damages": "damages", "fund": "fund",
    "compensation": "compensation", "aid": "aid", "loan": "loan", "loans": "loan", "bailout": "bailout",
    "fine": "fine", "fines": "fine", "penalty": "fine", "settlement": "settlement", "claims": "claims",
    "losses": "losses", "reward": "reward", "ransom": "ransom", "bill": "cost", "package": "aid package",
    "relief": "aid", "assistance": "aid", "pledges": "pledges",
}
# Verbs before an amount of money that name what it is ("will cost $4bn", "pledged $100m").
MONEY_VERBS = {
    "cost": "cost", "costs": "cost", "costing": "cost", "pledged": "pledges", "pledges": "pledges",
    "fined": "fine", "donated": "aid", "paid": "payments", "pay": "payments", "owes": "claims",
}
# words that make an amount of money a limit, not a value of what it limits ("a cap of $75m on costs")
LIMIT_WORDS = frozenset({"cap", "caps", "capped", "ceiling", "limit", "limits", "limited", "maximum"})
SOLDIER_HEADS = {"soldiers", "troops", "marines", "peacekeepers", "personnel", "reservists",
                 "paratroopers", "forces"}
# Qualifiers that make a different quantity ("confirmed cases" are not "suspected cases").
QUALIFIERS = {
    "confirmed": "confirmed", "laboratory-confirmed": "confirmed", "lab-confirmed": "confirmed",
    "suspected": "suspected", "probable": "probable", "possible": "suspected", "official": "official",
    "officially": "official", "unconfirmed": "unconfirmed", "presumed": "presumed", "feared": "presumed",  # ("presumed dead")
    "convicted": "convicted", "acquitted": "acquitted",  # a verdict's counts are not those a defendant faces
    "convicts": "convicted", "guilty": "convicted", "acquits": "acquitted", "cleared": "acquitted",
}
# qualifiers of counts only ("convicted of killing two classmates" are deaths): a verdict's words, and what they mean
VERDICTS = {w for w, meaning in QUALIFIERS.items() if meaning in ("convicted", "acquitted")}
# A figure of another time: the number belongs to another event ("in 2005", "last year").
OTHER_TIME = re.compile(
    r"\b(?:last|previous|past) (?:year|decade|month)\b|\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few) "
    r"(?:years?|decades?) ago\b|\bin (?:19|20)\d\d\b"
    r"|\bsince (?:19|20)\d\d\b|\b(?:19|20)\d\d (?:attack|war|quake|earthquake|spill|outbreak|pandemic|flood|storm)"
    r"|\bthe worst since\b|\bcompared with\b|\bthan the\b|\b(?:19|20)\d\d\b|\bWorld War\b"
    r"|\b(?:every|each|a) year\b|\bannually\b|\bper year\b"
    r"|\bin an? (?:average|typical|normal|ordinary|usual) (?:year|season|winter|summer|month|week)\b", re.I)
# ... a year that opens its sentence sets all of it in that time, however far its numbers ("In 2009, Tarn Oil was fined $8m
# after a blast at its Kessary refinery [...] that killed 15 people"; "Back in March 2005, ...")
OPENS_IN_YEAR = re.compile(r"\W{0,3}(?:[Bb]ack |[Ee]arlier |[Ee]arly |[Ll]ate )?[Ii]n (?:(?:early|late|mid-?) ?)?(?:[A-Z][a-z]{2,8} )?"
                           r"(?:19|20)\d\d\b(?!\s*(?:%|percent\b))")

# what splits a count off from a bare one after it, of the same noun: "95,000 into Tarn and another 83,000 into Velano"
_SPLIT_OFF = re.compile(r"(?i:\band\s+another\s+$)")
_ANOTHER = re.compile(r"(?i:another\s+)")


def split_off(sentence: str, start: int, phrase: str) -> bool:
    """Whether the count whose ``phrase`` starts at ``start`` is split off from the one before it ("... and another 83,000"):
    the phrase may open on its own "another" (an increment's marker), which the window then reaches over."""
    own = _ANOTHER.match(phrase)
    return _SPLIT_OFF.search(sentence, max(0, start - 20), start + (own.end() if own else 0)) is not None

# a clause that supposes rather than reports, up to a number with no clause break between: "If a million people had died
# ...", "... unless 500 jobs go", "even if 20 ships were sent"; a projection too: "the model predicts 9,000 deaths", "projects
# 1.2 million admissions and 5,000 deaths" (the noun "projects" is none: a number must follow it), and a threshold, "The
# motion needs 111 votes to pass"; a number's own point or comma is no break (search up to the number's start)
_SUPPOSING = re.compile(r"\b(?:(?:[Ii]f|[Uu]nless|[Ss]upposing|predict(?:s|ed|ing)|projected|forecast(?:s|ed|ing)?"
                        r"|projects(?=\s+(?:up to |between |about |some |as many as )?\d))\b"
                        r"|(?:needs?|requires?|required)\s+(?:at\s+least\s+|an?\s+(?:absolute\s+|simple\s+|two-thirds\s+)?majority"
                        r"\s+of\s+)?$|(?:majority|threshold|quorum)\s+of\s+(?:at\s+least\s+)?$)")
_BREAK = re.compile(r"[,;:.!?\"“”]")


def supposed(sentence: str, end: int) -> bool:
    """Whether the clause the number at ``end`` stands in (from the last break before it; a number's own point or comma
    is none) supposes or projects (see above): one look at the clause, however many words of supposing the sentence
    holds (searching each such word on to the number was quadratic on a crafted sentence)."""
    start = 0
    for m in _BREAK.finditer(sentence, 0, end):
        k = m.start()
        if not (m.group() in ".," and 0 < k < len(sentence) - 1 and sentence[k - 1].isdigit() and sentence[k + 1].isdigit()):
            start = m.end()
    return _SUPPOSING.search(sentence, start, end) is not None
# where an event of a count's own stands (a part of a set with one is a count: "two of them were killed")
OWN_EVENT = ("after", "before", "carried-after", "carried-before")
# what a change leaves of a count, after the part it took away: "dismissed 4 fraud counts, leaving him facing 8 counts"
REMAINDER = re.compile(r"(?i:,\s+leaving\b[^,;:.]{0,40}$)")
# ... and the part itself, as a removal's object: "the judge dismissed 4 fraud counts", "prosecutors dropped two charges"
REMOVED = re.compile(r"(?i:\b(?:dismiss(?:ed|es|ing)?|drop(?:ped|s|ping)?|withdr(?:ew|aws?|awn|awing)|(?:struck|strikes?|striking|"
                     r"threw|throws?|thrown)\s+(?:out|down))\s+(?:all\s+|the\s+)?$)")
# the event a toll counts ("death toll", "arrest tally")
TOLLS = {"death": "killed", "casualty": "casualties", "injury": "injured", "arrest": "arrested", "case": "infected"}
# a count of the whole world, another quantity than one country's: "the worldwide death toll", "the global toll", "dead worldwide"
WORLDWIDE = {"worldwide", "global", "globally", "world"}
# Words between a toll and its value: "the death toll rose to 40", "could reach 50,000"
TOWARDS = {"rose", "risen", "climbed", "reached", "stood", "stands", "is", "was", "has", "had", "to", "at", "of",
            "now", "jumped", "hit", "increased", "soared", "grew", "reaching", "climbing", "rising", "officially",
            "could", "may", "might", "will", "would", "reach", "top", "exceed", "included", "include", "includes",
            "bringing", "brought", "put", "puts", "be", "been", "passed", "surpassed", "down"}
# "from" before a value that a change left behind: right after the change ("up from 6,800", "fell from", "down from the
# preliminary 67.2%"), or after the value it came to ("rose to 14,500 acres from 6,800"), and an earlier value named so
# ("from a previous estimate of nine", "an earlier toll of 12"), or a revision's ("revised the toll down to 874 from 901");
# not "evacuated from 12 towns", "raised from 30 donors"
_CHANGE = r"rose|risen|rising|climbed|climbing|jumped|grew|increased|soared|fell|fallen|falling|dropped|declined|decreased|" \
          r"revised|lowered"
CHANGE_VERBS = frozenset(_CHANGE.split("|"))  # (a change told by its amount and the value it came to: "rose by three to 78")
_TO_VALUE = r"\s+to\s+(?:[^,;:.()]|(?<=\d)[,.](?=\d))*?"  # (a value's own comma or point is no clause's end: "to 14,500 acres")
LEFT_BEHIND = re.compile(r"(?i:(?:\b(?:up|down|higher|lower|" + _CHANGE + r"|(?:" + _CHANGE + r"|cut|raised|reduced|eased)" + _TO_VALUE
                         + r"|down\s+to\s+(?:[\w-]+\s+){0,2}?\d[\d,.]*(?:\s+[\w-]+){0,2}?)\s+from\s+"
                         r"(?:(?:an?|the|its|their)\s+(?:[a-z-]+\s+){0,2}?)?"
                         r"|\b(?:previous|earlier|initial|original)\s+(?:[\w-]+\s+){0,2}?(?:of|at)\s+)(?:between\s+)?$)")
# a revision of a count to its value ("the ministry lowered its death toll to 17"): up to the value, the words before it
REVISED = re.compile(r"(?i:\b(?:lower(?:ed|s|ing)?|revis(?:ed|es|ing)|reduc(?:ed|es|ing)|cut(?:s|ting)?|downgrad(?:ed|es|ing)|"
                     r"correct(?:ed|s|ing)|adjust(?:ed|s|ing))\b(?:\s+(?:down(?:wards?)?|its|their|the|his|her|a|an|[\w-]+['’]s))*"
                     r"(?:\s+[\w-]+){0,3}?\s+(?:toll|tally|count|number|estimate|figure|demand|total|forecast|target)s?\b"
                     r"[^.;]{0,30}?\bto\b)")
# a stretch a count is told over, as a tally of its own ("Wildfires in the state have killed 10 people this season":
# the season's, not the story's toll): not "earlier this year", when the story's event happened
STRETCH = re.compile(r"(?i:(?<!earlier )(?<!later )(?<!early )(?<!late )(?<!of )(?<!for )(?<!in )\b(?:so far )?this (?:season|year)\b"
                     r"|\bso far in (?:19|20)\d\d\b)")
# what joins coordinated counts ("three gunmen and one policeman")
COORD = re.compile(r"^\s*(?:,|and|or|,\s*and|,\s*or)\s*$")
AND = re.compile(r"^\s*(?:and|or)\s*$")
CONVERTED = re.compile(r"\s*\(\s*")  # between a number and its bracketed conversion: "12,400 acres (5,018 hectares)", "$6m (£4m)"
MEASURED = SPILL_UNITS | {"acres", "hectares", "miles", "kilometres", "kilometers", "km", "metres", "meters", "feet", "kph", "mph"}
# what a value came from, right before it ("to $2.4 million from $3 million", "rose from 40 to 52")
FROM_BEFORE = re.compile(r"\bfrom\s+(?:\S+\s+){0,2}$")
