"""Sentences that make sense out of their article (pure): what a brief prefers to quote.

A point is read alone, so a sentence that leans on the one before it ("He said ...", "This
followed ...", "The two men ...", a time told from a moment it does not name: "Hours later, ...", "The
next day, ...", "The mayor repeated the announcement several hours later.", a figure compared with one it does not
give: "Rights groups say the real figure is much higher.") or quotes words without saying whose they are, speaks in its
writer's own first person ("I was part of ...", "we know that ...": a column's, a live blog's or a reader's voice, nobody's
once quoted alone) or addresses its reader ("... protecting your money.", "Remember, ...", "Watch ..."), promotes the outlet's video ("CNN's
Jo Lee reports on ..."), or runs past ``LONG_POINT`` words, is kept out of a brief whenever another sentence can take its place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefbot.text.caveats import only_a_caveat
from briefbot.text.dates import CALENDAR_WORDS, MONTH_WORD, WEEKDAY_NAMES
from briefbot.text.fragments import is_fragment
from briefbot.text.guarded import ends_on, guarded
from briefbot.text.openings import leans_back
from briefbot.text.papers import paper_back
from briefbot.text.seamwords import SPEECH_VERBS
from briefbot.text.told import Told
from briefbot.text.transcripts import speaker_label

LONG_POINT = 35  # words: longer sentences are hard to take in at a glance

# British single quotes: one opens where no word or quotation mark is before it (tested after the
# mark itself is found: fast) and closes where no letter follows (so "can’t" does not close it)
_CURLY_SINGLE = r"‘(?<![\w’']‘)[^‘]*?’(?!\w)"
# the same typed in ASCII ('do what we must', 'We can't go,' she said): one opens at the start or
# after a space (tested as for curly ones) before a letter, not an elision ('em, 'cause), and closes
# after a word or its punctuation where no letter follows (so "can't" does not close it), nor a plural's apostrophe
# before its noun ('The dockers' strike will not shut our ports,' the union said)
_ASCII_SINGLE = r"'(?<![^\s(]')(?!(?:em|cause|til|n|tis|twas|s)\b)(?=[^\W\d_])[^\"]*?(?<=\S)'(?!\w)(?!(?<=s')\s[a-z])"
# a demonstrative that stands for a noun of the sentence before, after a preposition and before no noun of its own ("equal
# to 1,000 of these each day", "nothing like this."; not "of these talks", "like this year"), and so do "either", "both"
# and "neither" ("without much of either.", "a bit of both.")
_THESE, _EITHER = ("these", "those", "this"), ("either", "both", "neither")  # (what every match holds: the guard's words)
_THESE_BACK = guarded(re.compile(rf"\b(?:of|to|with|for|than|like|from|about) (?:{'|'.join(_THESE)})"
                                 r"(?= *(?:[.,;:!?]|each\b|every\b|a day\b))"
                         rf"|^(?:(?!\b(?:and|or|nor)\b).)*\b(?:of|to|with|without|for|from|between) (?:{'|'.join(_EITHER)})"
                         r"(?= *[.,;:!?)\"”’])"  # "much of either." (not after the two named: "X and Y ... for both")
                         # and "these" after a word of the first clause, for what the sentences before told ("the majority of
                         # these attacks", "drilling through these natural hydrate deposits"); not after a clause that may
                         # have named them ("seized 40 rifles, and officials said these weapons ...", "... - most of these
                         # were freed"), before a list after a colon, a dash or a bracket ("named these five towns as the
                         # worst hit: ..."), "these days", "in these hard times", nor a title's "These"
                         r"|^(?:(?![;:(]|,(?!\d)|\s[-–—]\s|\b(?:and|but|while|where|which|who)\b).)*?(?<=[^\W\d_] )(?-i:these)\b"
                         r"(?! (?:days|times|past|hard|difficult|tough|uncertain|troubled)\b)(?![^.!?]*(?::\s|\s[-–—]\s|\())", re.I),
                      (*_THESE, *_EITHER))  # (a word every match holds, looked for first)
# a figure compared with one the sentence does not give: a comparative without "than" and no number in the sentence
# ("Activists say the real figure is much higher.", "The true toll could be far higher."; not "... 26,900 refugees,
# although activists say the real figure is much higher", "The toll is higher than in 2010")
_COMPARATIVES = ("higher", "lower", "greater", "larger", "smaller", "bigger")
_COMPARED_BACK = guarded(re.compile(
    r"\b(?:the|that|this|its|their)\s+(?:[a-z]+\s+){0,2}(?:figures?|numbers?|tolls?|totals?|tally|count|estimates?)\s+"
    r"(?:of\s+(?:the\s+)?(?:[a-z]+\s+){1,2})?(?:is|was|are|were|(?:could|may|might|will|would|must)\s+be|is\s+likely\s+to\s+be|(?:is|are)\s+probably)\s+"
    rf"(?:[a-z]+\s+){{0,2}}?(?:{'|'.join(_COMPARATIVES)})\b(?!\s+than)", re.I), _COMPARATIVES)
_A_NUMBER = re.compile(r"\d|\b(?:hundreds?|thousands?|millions?|billions?|dozens?)\b", re.I)
# a chronology's entry with its date label ("Sept. 7: The government seizes ...", "20 April: ...", "Nov. 26 -- ..."): a box's line
_DATE_LABEL = re.compile(rf"^(?:{MONTH_WORD}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTH_WORD})(?:,?\s+\d{{4}})?(?:\s*:|\s+(?:--|—|–|-)(?=\s+[A-Z]))\s")
# an outlet's promo for its video or programme: what its reporter shows, not what happened ("CNN's Jo Lee
# reports on ...", "The BBC's Jo Lee looks at ...", "Jo Lee reports from Velano."), or what the outlet itself does
# ("The BBC talks to people in Velano about ...", "The Kestrel Times examines how ..."); an institution's own
# present ("The agency looks at whether to ...", "The court examines the law ...", "Kestrel's mayor meets ...") is news
_PRESENTS = (r"(?:reports (?:on|from)|talks (?:to|with|about)|speaks (?:to|with)|looks (?:at|back at|into)|"
             r"takes a (?:closer )?look at|explains|discusses|hears from|goes inside)\b")
_PROMO = re.compile(rf"^(?:The\s+)?[A-Z]{{2,}}['’]s\s+(?:[A-Z][\w.'’-]*\s+){{1,3}}{_PRESENTS}"
                    r"|^The\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:(?:talks|speaks) to|examines (?:how|why|what)|goes inside)\b"
                    r"|^(?:[A-Z][\w'’-]+\s+){2}reports from [^.,;:]{1,40}\.$")
# a speaker and where they spoke, what they said in the next paragraph ("Jo Lee, a government spokesman, told reporters in
# Velano."): nothing told
_SPEAKER_ONLY = re.compile(r"^[A-Z][^,;:\"“”]{1,60}(?:, [^,;:\"“”]{1,80})?, (?:told|said|tells|says) (?:reporters|journalists|"
                           r"a news conference|a press conference)(?: (?:in|at|on|after|late|early)\b[^,;:\"“”]{0,50})?\.$"
                           # ... or a live page's note that someone speaks ("The minister has been speaking in Patras.")
                           r"|^(?!(?:No|Nobody|None|Neither|Not)\b)[A-Z][^,;:\"“”]{1,80}? (?:has been|is|was) speaking"
                           r"(?: (?:now|live|shortly|earlier))?(?: (?:in|at|outside)\b"
                           r"(?:(?! (?:as|when|while|after|before|because|about)\b)[^,;:\"“”]){0,50})?\.$")  # (not to whom, not to
                           # come, not a clause after it: those tell something)
# a quotation that needs its speaker: in double quotes or in British single ones (see _QUOTED)
_QUOTE = re.compile(rf"[“\"][^”\"]+[”\"]|{_CURLY_SINGLE}|{_ASCII_SINGLE}")
_SPEAKER = re.compile(
    r"\b(?:said|says|say|told|tells|according to|added|adds|asked|wrote|writes|announced|stated|insisted|warned|"
    r"declared|claimed|explained|argued|noted|urged|called|described|quoted)\b", re.I)
_PRONOUN_SPEAKER = re.compile(r"[,”\"’]\s*(?:he|she|they|it|we)\s+(?:said|says|added|told)\b", re.I)
# reported words whose speaker is only a pronoun at the sentence's end ("..., they said.", "..., he affirmed
# on Monday.", "..., it added." of a ministry or a report), or between commas inside it ("Ambulances were still being
# diverted, she said, and ...": unless a speaker is named before it, "Mayor Ann Vale said ... but, she said, ..."): whose
# words they are is in another sentence
_PRONOUN_REPORTED = re.compile(
    rf",[\"”’']*\s+(?:he|she|they|we|it)\s+(?:{SPEECH_VERBS}|affirmed|stressed|emphasi[sz]ed|acknowledged|conceded|"
    r"maintained|reported|announced|confirmed|predicted|believes|believed|thinks|thought)\b(?:[^,\"“”]{0,40}[.!][\"”’']*$|\s*,)")
# quoted words: in double quotes, in an agency's ASCII ones (``...'' and ''...''), or in single
# ones (‘...’, a British page's): not the writer's own
# (an ASCII mark opens at the start or after a space and closes after a word or its punctuation; a
# single one closes where no letter follows it, so the apostrophes inside, "can’t", "it’s", do not)
_QUOTED = re.compile(
    rf"(?:“|``|(?:^|(?<=[\s(]))(?:''|\"))[^”\"]*?(?:”|(?<=\S)(?:''|\"))|{_CURLY_SINGLE}|{_ASCII_SINGLE}")
# the writer's first person: "we", "our", "us", "my", "me" in lower case anywhere, capitalised where a sentence starts; "I"
# before a lower-case word or as "I'm", "I've"; and the writer's address to the reader, "you", "your" ("... laws protecting your
# money."), "Remember," or a call opening a sentence ("Check out our reporting ...", "Watch Jo Lee's take on ...", "Take a look
# at ..."); a capitalised word after "Our", "My", "We", "You" starts a name or a title ("Our Lady of ...", "My Lai", "Your Honor")
_TO_READER = (r"(?:Check out|Find out|Take a look|Tune in|Click|Browse|Listen to|Look at|Learn (?:more|about|how)|(?:Watch|Read|See|Visit|"
              r"Join|Explore|Send|Follow)(?=\s+(?:the|a|an|this|these|our|more|live|all|what|how|(?:[A-Z]\w*\s)?[A-Z][\w.]*['’]s)\b))(?![-\w])")
_FIRST_PERSON = re.compile(r"\b(?:we|our|ours|ourselves|us|my|me|myself)\b|(?:^|[.!?:;]\s+)(?:We|Our|My|You|Your)\b(?!\s+[A-Z])"
                           rf"|(?<![\w-])(?:you|your|yours|yourself)\b|(?:^|[.!?:;]\s+)(?:Remember,|{_TO_READER})")
_I = re.compile(r"(?<![\w’'-])I(?=\s+[a-z]|['’](?:m|ve|d|ll)\b)")
# any of their words, quoted or not: what the text must hold for either to find one outside quotation
# marks (taking out what is quoted leaves the other words and their word boundaries as they were),
# looked for first: most sentences hold none, and taking out what they quote costs 6 times more
_ANY_FIRST_PERSON = re.compile(r"\b(?:we|our|ours|ourselves|us|my|me|myself|We|Our|My|I|you|your|yours|yourself|You|Your|Remember)\b"
                               rf"|(?:^|[.!?:;]\s+){_TO_READER}")


def stands_alone(sentence: str) -> bool:
    """Whether ``sentence`` can be quoted alone: it opens on no word or fronted clause pointing back and does not go on
    from the sentence before ("... also said ...", "The order came as ..."), it is no chronology's dated entry,
    box's row or other fragment (:mod:`briefbot.text.fragments`) nor an outlet's promo, it is not in its writer's
    own first person outside quotation marks, and any quotation of four words or more comes with its named speaker
    (a title or a name in quotation marks is no quotation: :func:`_a_name`), the start of one that closes in a later
    sentence too; the end of one that opened in an earlier sentence does not stand alone at all (its words cut from
    their start, its closing mark closing nothing)."""
    known = told_alone.get(sentence)
    return known if known is not None else _stands_alone(sentence)


told_alone: Told[str, bool] = Told(65_536)  # a quotable sentence's answer kept from an earlier run


def in_own_voice(sentence: str) -> bool:
    """Whether ``sentence`` speaks in its writer's own first person ("I", "we") or to its reader ("you", "Remember, ...")
    outside quotation marks ("I'm not sure how many ...", "I arrived there on 9 June ..."): a column's, a live blog's, a
    reader's or a transcript's voice, nobody's once quoted alone (one of :func:`stands_alone`'s tests)."""
    text = sentence.strip()
    return bool(_ANY_FIRST_PERSON.search(text)) and _in_first_person(_unquoted(text))


# a speaker named by a capitalised name before its verb ("Mayor Ann Vale said ..."; not "Residents were told to leave")
_NAMED_SPEAKER = re.compile(r"\b[A-Z][\w.'’-]*\s+(?:said|says|told|tells|added|adds)\b")


def _pronoun_speaker(text: str) -> bool:
    """Whether reported words' only speaker is a pronoun (:data:`_PRONOUN_REPORTED`): at the end, or between commas with
    no speaker named before it."""
    found = _PRONOUN_REPORTED.search(text)
    return found is not None and (found.group(0).rstrip()[-1:] in ".!\"”’'" or not _NAMED_SPEAKER.search(text, 0, found.start()))


@lru_cache(maxsize=65_536)
def _stands_alone(sentence: str) -> bool:
    text = sentence.strip()
    if speaker_label(text):  # a transcript's line of talk ("BLITZER: ...")
        return False
    if leans_back(text):
        return False
    if (_pronoun_speaker(text) or _DATE_LABEL.match(text) or _PROMO.match(text)
            or _SPEAKER_ONLY.match(text) or only_a_caveat(text) or _from_unnamed_moment(text) or is_fragment(text)
            or _THESE_BACK.search(_unquoted(text)) or paper_back(_unquoted(text))
            or (_COMPARED_BACK.search(text) and not _A_NUMBER.search(text))):
        return False
    if in_own_voice(text):
        return False
    if any(len(q.group()[1:-1].split()) >= 4 and not _a_name(text, q) for q in _QUOTE.finditer(text)):  # (without its marks)
        outside = _QUOTE.sub(" ", text)
        if not _SPEAKER.search(outside) or _PRONOUN_SPEAKER.search(text):
            return False
    ends = _ends_a_quotation(text)  # the end of a quotation that opened in an earlier sentence: its words cut from their start
    if ends and len(text[:ends].split()) >= 4:
        return False
    if ends and _SHORT_TAIL.match(text):  # a short one's tail, a reply cut from its question ('I do," she told ...')
        return False
    opens = _opens_a_quotation(text)  # the start of one that closes in a later sentence
    if opens >= 0 and len(text[opens:].lstrip("“`'\"‘").split()) >= 4:
        before = text[:opens]
        if not (_SPEAKER.search(before) or _NAMED_BEFORE.search(before)) or _PRONOUN_BEFORE.search(before):
            return False
    return True


# a title's words: each capitalised but the small words inside it ("The Celebrated Jumping Frog of Calaveras County")
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SMALL_WORDS = frozenset(["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"])
# a name given to a thing ("what became known as “Don't ask, don't tell”", "a plan dubbed “Operation Clean Sweep”")
_NAMED_AS = re.compile(r"\b(?:known as|called|dubbed|named|nicknamed|titled|entitled|so-called|billed as|branded)\s*$", re.I)


def _a_name(text: str, quoted: re.Match[str]) -> bool:
    """Whether marks in ``text`` hold a name, not somebody's words: a title in title case ("“Freedom Challenge: African
    American Homeschoolers,”", "“Star Wars: Episode I — The Phantom Menace”") or what a thing is called ("known as “...”")."""
    words = _TITLE_WORD.findall(quoted.group())
    if words and all(w[0].isupper() for i, w in enumerate(words) if i == 0 or w.lower() not in _SMALL_WORDS):
        return True
    return bool(_NAMED_AS.search(text, 0, quoted.start()))


def _opens_a_quotation(text: str) -> int:
    """Where a quotation that closes in a later sentence opens in ``text`` (-1: none does), an
    opening mark with no closing one after it."""
    if not any(mark in text for mark in _OPENING_MARKS):  # most sentences: one cheap look
        return -1
    openings = list(_OPENING.finditer(text))
    last = openings[-1] if openings else None
    if last is None or _CLOSING.match(text, last.start()) or _CLOSING.search(text, last.end()):
        return -1  # (a tokenised mark may close a quotation: '... the answer is no, " said Jo Lee')
    return last.start()


def _ends_a_quotation(text: str) -> int:
    """Where a quotation that opened in an earlier sentence closes in ``text`` (0: none does), a
    closing mark with no opening one before it."""
    if not any(mark in text for mark in _CLOSING_MARKS):  # most sentences: one cheap look
        return 0
    close = _CLOSING.search(text)  # the first: a quotation that opens and closes here has its opening before it
    if close is None or _OPENING.search(text, 0, close.start()):
        return 0
    return close.end()


# a short quotation's tail: a few words, the punctuation a quotation ends on, a closing double mark (not a plural's
# apostrophe, "the miners’ groups", nor an inch mark, 'a 55" television')
_SHORT_TAIL = re.compile(r"^\s*\w[^\"“”]{0,30}?[,.!?](?:[\"”]|'')")
_CLOSING_MARKS = ("”", '"', "''", "’")  # what any closing mark (_CLOSING) holds
_OPENING_MARKS = ("“", "``", "''", '"', "‘")  # what any opening mark (_OPENING) holds
# a pronoun for the speaker ("he said"): before a quotation's opening mark
_PRONOUN_SAYS = r"(?:he|she|they|it|we|I)\s+(?:said|says|added|adds|told|tells|wrote|writes)\b"
_PRONOUN_BEFORE = re.compile(rf"\b{_PRONOUN_SAYS}", re.I)
_NAMED_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*:\s*$")  # Mayor Ann Vale: "We ...


# a person named by one word alone as the sentence's subject or speaker ("Smick views ...", "In Tokyo, Aso
# criticized ...", "..., Kholood says.", "Dr Fielden said: ..."): who they are is told elsewhere in the article
_TITLES = "Mr|Mrs|Ms|Dr|Miss|Prof|Gen|Col|Sen|Rep|Sgt|Capt|Lt"
_HONORIFIC = rf"(?:(?:{_TITLES})\.?\s+)?"
_ONE_NAME = r"([A-Z][a-z]+(?:['’-][A-Za-z]+)?)"
_ACTS = (rf"{SPEECH_VERBS}|views|believes|thinks|thought|criticized|criticised|admitted|admits|denied|denies|"
         r"described|describes|fears|feared|hopes|hoped|agrees|agreed|disagrees|disagreed|blamed|blames")
_BARE_NAME = re.compile(
    rf"^[\"“‘']*(?:[^,\"“”]{{1,60}},\s+)?(?:{_HONORIFIC}{_ONE_NAME}\s+(?:[a-z]+ly\s+)?(?:{_ACTS})\b"
    rf"|{_HONORIFIC.rstrip('?')}{_ONE_NAME}\s+(?:[a-z]+ly\s+)?(?:has|had|is|was|will|would|did|does)\b)"
    rf"|[,”\"’]\s*{_HONORIFIC}{_ONE_NAME}\s+(?:{SPEECH_VERBS})\s*[.:,]?\s*$"
    rf"|\b(?:said|says|added|adds|wrote|writes)\s+{_HONORIFIC}{_ONE_NAME}\s*[.,]")
_TITLE_BEFORE = re.compile(rf"(?:^|\W)(?:{_TITLES})\.?\s+$")
_NOT_NAMES = frozenset({*(d.capitalize() for d in CALENDAR_WORDS), "The", "This", "That", "These", "Those", "It", "He",
                        "She", "They", "We", "There", "Here", "But", "And", "Yet", "So", "Then", "Now", "Officials",
                        "Police", "Everyone", "Nobody", "Someone", "Anyone", "Many", "Most", "Some", "Others", "Each"})


@lru_cache(maxsize=65_536)
def one_word_name(sentence: str) -> tuple[str, bool] | None:
    """The one word that names the sentence's subject or speaker, a capitalised word alone ("Smick",
    "Kholood", "Dr Fielden"), and whether a title (Mr, Dr, ...) says it is a person's; or None.  Whether
    it is a person's and whether a reader knows them is the round's to say (see
    :func:`briefbot.brief.select.strangers`): "Obama said ..." in a brief about his government is clear,
    "Unicef said ..." is no person's."""
    known = told_names.get(sentence)
    if known is not None:
        return known if known[0] else None
    return _one_word_name(sentence)


told_names: Told[str, tuple[str, bool]] = Told(65_536)  # a quotable sentence's answer kept from an earlier run ("": None)


@lru_cache(maxsize=65_536)  # (asked of a new sentence by what changed's selection, the situation's and its kept analysis)
def _one_word_name(sentence: str) -> tuple[str, bool] | None:
    m = _BARE_NAME.search(sentence)
    if m is None:
        return None
    group = next(k for k, g in enumerate(m.groups(), 1) if g)  # (one alternative's name matched)
    name = m.group(group)
    if name in _NOT_NAMES:
        return None
    return name, bool(_TITLE_BEFORE.search(sentence, 0, m.start(group)))


# what a tokeniser left of quotation marks and apostrophes in a corpus's text: a backtick and a space ("the ` top
# kill ' repair"; ``this'' and `this' are an archive's way of writing quotation marks), an apostrophe between spaces
# after a plural ("the rebels ' stronghold"), a lone "s" after a name ("CNN s Wolf Blitzer"), a clitic split off its
# word ("CNN 's", "did n't"), a bracket's token ("-LRB-"); quoted, the sentence reads as garbled, however true
_TOKENISED = guarded(re.compile(r"(?<!`)`\s|(?<=\ws) ['’] (?=\w)|\b[A-Z][A-Za-z]* s (?=[A-Za-z])|(?<=\w) ['’](?:s|re|ve|ll|d|m)(?![\w-])|"
                                r"(?<=\w) n['’]t\b|-[LR][RCS]B-"), ("`", " '", " ’", " s ", " n'", " n’", "B-"))


# a time told from a moment the sentence does not name: "Hours later, ...", "A week later, the bank ...", "The next day, ...",
# "Shortly afterwards, ...", "In the days that followed, ...", "Earlier, ...", "Since then, ..."; opening the sentence, or
# ending a sentence of one clause with no date ("A magnitude 6.1 aftershock rocked the region about two hours later."),
# where a clause before it may name the moment ("The rig exploded on 20 April and sank two days later.")
_AMOUNT = (r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of|\d+|some|"
           r"about|nearly|just|only|around|roughly|barely|almost|more than|less than|under|over)\s+){0,4}")
_DAY_PARTS = ("day", "night", "morning", "afternoon", "evening", "week", "month")  # (_LATER's "that day", "the next morning")
_LATER = (rf"(?:{_AMOUNT}(?:seconds?|minutes?|hours?|days?|weeks?|months?)\s+(?:later|afterwards?)|(?:later|earlier) (?:that|the same) "
          rf"(?:{'|'.join(_DAY_PARTS)})|(?:moments|minutes|hours|days|weeks) later|"
          r"the (?:next|following|previous) (?:day|morning|night|evening|afternoon|week)|in the (?:days|hours|weeks) "
          r"(?:that followed|afterwards?))\b")
_FROM_UNNAMED = re.compile(rf"(?i)^[\"'“‘(]*(?:{_LATER}|(?:the (?:day|night) (?:before|after)|(?:shortly|soon|not long) "
                           r"(?:after|afterwards?)|moments after|earlier|later|afterwards?|(?:since|by|until|before) then),"
                           # (no comma, before its clause's subject, a pronoun, an article or "there": "Earlier it emerged that
                           # ...", "Earlier the agency said ..."; not before a name, which an adjective's "Earlier" takes as
                           # often, "Earlier Velan government figures put ...", "Earlier reports said ..."; nor with a day or a
                           # date in its clause: "Earlier the agency said Tuesday ..."; "the same day" is _LATER's)
                           rf"|(?:earlier|later) (?=(?:it|he|she|they|we|there|the|a|an|his|her|its|their)\b)"
                           r"(?!the (?:day|week|month|year)\b)"
                           rf"(?![^.;]{{0,80}}\b(?:today|yesterday|tonight|(?:(?:on|in|last|this) )?(?:{WEEKDAY_NAMES})|(?:on|in|last|"
                           rf"this) (?:{MONTH_WORD}|week|month|year)|(?:{MONTH_WORD})\.? \d{{1,2}})\b))"
                           r"(?!\s*(?:on|in|at|by)\s[^,]{1,30},)")
_TAIL = 120  # characters
_ENDS_FROM_UNNAMED = guarded(re.compile(rf"(?i)\b(?:{_LATER}|since then)\s*[.!]?[\"”’']*$"), ends_on(
    "later", "afterward", "afterwards", *_DAY_PARTS, "followed", "then",
    stops=".!", marks="\"”’'"))  # (the words _LATER and "since then" end on: most sentences end on none)
_NAMES_A_MOMENT = re.compile(rf"[,;]|\b(?:and|when|after|before|until|as|following)\b|\b(?:1[89]|20)\d\d\b|\b(?:{MONTH_WORD}|"
                             rf"{WEEKDAY_NAMES})\b")


def _from_unnamed_moment(text: str) -> bool:
    """Whether ``text`` tells its time from a moment it does not name (see ``_FROM_UNNAMED``)."""
    if _FROM_UNNAMED.match(text):
        return True
    tail = max(0, len(text) - _TAIL)  # (a time's words end the sentence: its last characters are enough to look at)
    end = _ENDS_FROM_UNNAMED.search(text, tail)
    return end is not None and not _NAMES_A_MOMENT.search(text, 0, end.start())


def fits_a_point(sentence: str) -> bool:
    """A sentence a brief prefers: it stands alone, is at most ``LONG_POINT`` words and does not read as
    a tokeniser's debris."""
    known = told_fits.get(sentence)
    return known if known is not None else _fits_a_point(sentence)


@lru_cache(maxsize=65_536)  # (as _one_word_name)
def _fits_a_point(sentence: str) -> bool:
    return len(sentence.split()) <= LONG_POINT and not _TOKENISED.search(sentence) and stands_alone(sentence)


told_fits: Told[str, bool] = Told(65_536)  # a quotable sentence's answer kept from an earlier run


def _in_first_person(text: str) -> bool:
    """Whether ``text`` speaks in its writer's first person; "I" after a capitalised word other than
    the first (but a weekday's or a month's: "On Monday I went ...") is a name's numeral ("World War
    I was ...", "King Charles I had ..."), and so it is after a word that numbers ("phase I trials",
    "type I diabetes")."""
    if _FIRST_PERSON.search(text):
        return True
    for m in _I.finditer(text):
        before = text[:m.start()].split()
        if not before:
            return True
        word = before[-1].strip("\"'“‘(").lower()
        if word in _NUMBERED:
            continue
        if (len(before) == 1 or not before[-1][:1].isupper() or before[-1][-1:] in ",;:"
                or word.rstrip(",;:") in CALENDAR_WORDS):
            return True
    return False


# words a Roman numeral follows: "phase I", "type I", "class I", "stage I", "World War I"
_NUMBERED = frozenset({"phase", "type", "class", "stage", "grade", "category", "level", "schedule", "part", "chapter",
                       "title", "article", "section", "act", "war", "division", "tier", "league", "vol", "volume"})


@lru_cache(maxsize=4_096)  # (read by three of the tests for one sentence: its own voice, demonstratives, papers)
def _unquoted(text: str) -> str:
    """``text`` without what it quotes: closed quotations, the start of a sentence up to a closing
    mark whose quotation opened in an earlier sentence, and the rest after an opening mark that
    does not close in it (a quotation of several sentences)."""
    outside = _QUOTED.sub(" ", text)
    closing = [m.end() for m in _CLOSING.finditer(outside)]
    if closing:
        outside = outside[closing[-1]:]
    opening = _OPENING.search(outside)
    return outside[:opening.start()] if opening else outside


# a mark ending a quotation: after a word or its punctuation; a single one (British) after its
# punctuation or before the attribution's ("… again,’ she said", "… again’, she said"), not a
# plural's apostrophe ("the farmers’ fields"); a double quote typed apart from the words around it,
# as tokenised copy has both ends ('... wait and see, " said Jo Lee', 'He said, " We will ...'),
# after the quotation's punctuation where the sentence ends or its attribution follows
_SAYS = r"(?:said|says|told|added|asked|wrote)"
_CLOSING = re.compile(r"”|(?<=\S)(?:''|\")|(?<=[.,!?…])’(?!\w)|’(?=[,.;:!?…])"
                      rf"|(?<=[.,!?…] )\"(?=\s*$|\s+(?:[A-Z][\w.'’-]*\s+){{0,4}}(?:{_SAYS}|according)\b"
                      rf"|\s+(?:he|she|they|it|we|I)\s+{_SAYS}\b)")
_OPENING = re.compile(r"“|``|(?:^|(?<=\s))(?:''|\")|‘(?<![\w’']‘)")  # one starting it: at the start or after a space
