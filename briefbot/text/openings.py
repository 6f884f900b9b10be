"""A sentence that leans on the one before it (pure): one of :func:`briefbot.text.standalone.stands_alone`'s tests.

Quoted alone as a brief's point, such a sentence leaves its reader asking what it goes on from: it opens on a pronoun, a
demonstrative, a relative pronoun or a connective ("He said ...", "This followed ...", "Which is why ...", "The two men
...", "However, ...", "For its part, ...", "Then the police ..."), or on a fronted phrase whose pronoun points back ("If
they fail, ...", "On Friday, they ..."); its subject is a definite head that names nothing but what came before ("The
first is ...", "The doctor said ...", "The plan will take four days.") or a quantity standing for people or things named
before ("Another said ...", "Most were burned beyond recognition"); its subject "also" acts ("Obama also said ..."); or
it tells an act as another's done again ("The Senate did the same last month.", "Obama declined to follow suit, ...").
:func:`one_of_many` tells a definite subject that names one of many of its kind ("The company said ...", "The latest report
says ..."): read alone it says not which, however many of a round's articles use the word.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from briefbot.text.dates import MONTH_WORD, WEEKDAY_NAMES
from briefbot.text.terms import terms

__all__ = ["leans_back", "one_of_many"]

# the names of days and months: no owner a possessive after a fronted phrase may stand for ("On Tuesday, his partner ...";
# a name of two words may, "For Jo Lind, her acquittal ...", and a place for its own, "In Velano, its mayor ...")
_CALENDAR = rf"(?:{WEEKDAY_NAMES}|{MONTH_WORD})\b"
# spans of time a demonstrative names without pointing back ("in that year", "Much of this week's ...")
_PERIODS = "year|week|month|morning|afternoon|evening|weekend|time|season|century|decade"
# what opens a fronted phrase and no clause with its own subject: a preposition ("Under cross-examination, ...", "In a
# statement, ..."), a time's adverb ("Later, ...", "Yesterday, ..."), a participle of speaking ("Speaking to reporters, ...")
_FRONTED = (r"(?:in|on|at|under|during|with|without|from|for|by|despite|amid|through|throughout|following|upon|inside|"
            r"outside|later|earlier|yesterday|today|tonight|separately|speaking|asked|addressing|writing)\b")
_POINTS_BACK = re.compile(
    r"^[\"'“‘(]*(?:he|she|they|it|its|his|her|their|them|this|these|those|that|such|both|there(?:fore|by)|"
    r"the (?:two|three|four|latter|former|same|move|decision|comments?|remarks?|statement|report)|"
    r"the (?:five|six|seven|eight|nine|ten)(?=,|\s+(?:were|was|are|have|had|will|would|said|told|[a-z]+ed)\b)|"
    r"(?:he|she|they) (?:said|says|added)|also|meanwhile|however|but|and|so|yet|instead|still|"
    # a relative pronoun whose antecedent is the sentence before ("Which is why ...", "Which means ..."; not a question's
    # "Which countries ...")
    r"which(?= (?:in turn )?(?:is|was|are|were|means?|meant|makes?|made|explains?|explained|leaves?|left|has|had|led|leads?|"
    r"brings?|brought|prompt(?:s|ed)|raises?|raised|suggests?|suggested|shows?|showed|will|would|could|may|might)\b)|"
    r"(?:in (?:response|reply|return|turn|addition|contrast)|by contrast|as a result|nonetheless|nevertheless|moreover|likewise|"
    # a connective that sets the sentence beside the one before it ("Additionally, ...", "For its part, ...", "Then the
    # police ...", "In fact the plan ..."): with its comma when the word opens other sentences too ("Further north, ...",
    # "Again and again ...", "Equally important is ..."), before a word in lower case when it names ("Then Prime Minister
    # Tony Blair ...", "Indeed Hiring Lab ..."), not before a relative clause ("Rather, who anchored the news for 24 years")
    r"further|besides|otherwise|conversely|accordingly|again|as such|even (?:so|then)|then again|that said|all the same|"
    r"either way|in (?:any case|any event|short|sum|other words|the meantime)|(?:what[’']s|what is) more|on top of that|"
    r"not only that|at the same time|on the other hand|on the contrary|by the same token|to (?:that|this) end|after that|"
    r"equally|plus|worse still|having said that|(?:aside|apart) from (?:that|this)|whatever the reason)(?=,)|"
    r"rather(?=,(?!\s+(?:who|whose)\b))|"
    r"(?:additionally|furthermore|similarly|consequently|subsequently|thereafter|once again|"
    r"for (?:his|her|their|its|our|my|[a-z][\w.-]*['’]s) part)(?=[,\s])|"
    r"(?:then(?! (?:president|prime|chancellor|governor|secretary|senator|mayor|minister|premier|chairman|leader|chief|head|"
    r"candidate|ceo)\b)|thus(?! far)|hence|indeed)(?=,|(?-i: [a-z]))|in fact|since then|by then|in doing so|"
    # a fronted clause or phrase whose pronoun or demonstrative points back ("According to him, ...", "If they fail,
    # ...", "Even at that rate, ...", "Of the four books, ...")
    r"according to (?:him|her|them|it)|(?:if|when|as|after|although|though|because|while|since|before|until|unless) "
    r"(?:he|she|they|(?<!as )(?:it|we|this|that)(?= (?:did|does|do|had|has|have|was|were|is|are|could|would|will|can|should|might|may)"
    r"(?:n[’']t| not)?(?: so)?,))|(?:if|when|once|after|before|until|unless) (?:this|that) "
    rf"(?!(?:{_PERIODS}|spring|summer|autumn|fall|winter|{WEEKDAY_NAMES}|{MONTH_WORD})\b)[a-z]+(?=,)|"
    r"(?:even )?(?:at|in|by|on|for|with|without|through|after|despite|under|from|beyond|against|like|unlike) "
    rf"(?:(?:this|these|such)(?! (?:{_PERIODS}|spring|summer|autumn|winter|of)\b)|(?:that|those)(?! (?:{_PERIODS}|of|in|at|on|"
    r"from|with|who|which)\b))|"
    # a day fronted without its comma before a pronoun ("On Friday he will make his second visit ...")
    rf"on (?:{WEEKDAY_NAMES}|{MONTH_WORD} \d{{1,2}}|\d{{1,2}} {MONTH_WORD})(?:,? \d{{4}})?(?: (?:morning|afternoon|evening|night))? "
    r"(?-i:he|she|they|his|her|their|its)\b|"  # (not "it", a dummy one: "On Sunday it emerged that ...")
    r"of the (?:two|three|four|five|six)|all (?:two|three|four|five|six)|"
    # a thing set beside what the sentences before named ("Most other systems remain offline.", "Other airlines have ...",
    # "In other public places, ...", "Another safety agency, ..., says", "Another option is ...": "another" before a
    # speaker's verb, a state's or an apposition), not beside what the sentence names itself ("Other towns did the same
    # after Velano closed its schools", "other than"), nor one more of a series its sentence tells ("Another powerful
    # earthquake struck ..."), more of a count ("Another fifteen cases ...") or a wire's turn ("In other developments, ...")
    r"(?:(?:most|all|some|many|several|both|two|three|four|five|the(?: two| three)?) other(?= \w)|other(?= (?-i:[a-z]))|"
    r"(?:in|at|for|among|on|unlike) other(?= (?-i:[a-z]))(?! (?:developments|news|words|moves|matters|business|violence|"
    r"action|incidents|events|fronts|things|fighting|attacks|clashes|reports)\b)|"
    r"another(?= (?-i:[a-z])[\w-]*(?: (?-i:[a-z])[\w-]*){0,3}(?:,| (?:said|says|told|tells|is|was|are|were|added|adds|explained|"
    r"noted|argued|believes|thinks|thought)\b))(?! (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|million|billion|half|"
    r"dozen|few|several|estimated)\b))"
    r"(?! than\b)(?![^.;]*\b(?:besides|apart from|in addition to)\b|[^.;]*\b(?:the same|suit)\s+(?:after|following|as|when)\b)|"
    # a quantity standing for people or things the sentences before named, its verb next ("Another said ...", "Most were
    # burned beyond recognition", "Several were wounded", "One is Richard Elster, ...", "Others have tried to flee ...",
    # "One would create 15,000 vouchers", any verb after a modal),
    # "Another, who asked not to be named, said ..."); not inside a quotation ('"Many have lost everything," the mayor
    # said'), nor before a capital ("Most Were Strangers", a title)
    r"(?<![\"'“‘(])(?:(?:at least|about|around|nearly|almost|more than|up to|as many as) )?"
    r"(?:another|one|others|some|many|most|several|a (?:second|third|fourth|fifth|sixth|seventh|eighth)|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?!(?:1[89]|20)\d\d\b)\d+(?:,\d{3})*(?![\d,.]?\d))"
    r"(?=(?:,[^,\"“”]{1,60},)?(?-i:(?: (?:also|later|still|just|even|then|never|simply|already|had|have|has|was|were|"
    r"will|would|could|can|may|might|must|should|reportedly|allegedly)(?: not)?){0,2} (?:said|says|say|told|added|explained|"
    r"recalled|described|claimed|insisted|noted|argued|reported|believe[sd]?|fear(?:ed)?|wants?|wanted|is|was|are|were|"
    r"be|had|has|have|died|fled|remain(?:ed)?|suffered|escaped|survived|spoke|asked|wrote|went|came|called|tried|refused|"
    r"lost|took|stayed|left|return(?:ed)?|walked|ran)|(?: (?:also|still|even|then))? (?:will|would|could|can|may|might|must|"
    r"should)(?: not)? [a-z]{2,})\b)|"
    r"(?:most|much|many|some|all|none|part|half|one|each|any|few|more|both|either|neither) of (?:them|it|(?:that|this|these)"
    rf"(?! (?:{_PERIODS})\b)|those(?= *[,.;:]| (?:people|men|women)\b))|"
    # an answer to a question the reader does not see ("Yes, ...", "Well, ..."), a demonstrative after a fronted
    # phrase ("Of all the places in the world, this was ...", "In some districts, this is a problem ...")
    r"(?:yes|no|well|ok|okay|sure|oh)(?=,)|[^,\"“”]{3,60}, (?:this|these|those) (?:is|was|are|were|has|have|had|will|would|"
    r"could|can|may|might|must|should|seems?|seemed|means?|meant)|"
    # a pronoun subject after a fronted phrase that names no one ("Under cross-examination, she admitted ...", "On Tuesday,
    # they ...", "In a statement, it said ..."), as the same sentence without the phrase; a fronted clause may hold the
    # pronoun's own referent ("After Moss testified, she ...", "When the minister arrived, he ...") and so may a
    # possessive ("By the company's own account, it ..."): not read so; "it"
    # as the same as an opening "It" ("In 2010, it was reported ...", as "It was reported ..."); and so a demonstrative
    # ("Today, those objections seem quaint."; not a span of time, "On Monday, this week's ...", nor "those who ...")
    rf"(?!in (?!{_CALENDAR})(?-i:[A-Z])[^,;:]{{0,30}}, (?:its|their)\b){_FRONTED}(?![^,;:\"“”]{{0,60}}\b\w+['’]s\b)"
    rf"(?:(?![^,;:\"“”]{{0,60}}\b(?!{_CALENDAR})(?-i:[A-Z][\w'’-]+ [A-Z]))[^,;:\"“”]{{0,60}}, "
    rf"(?:his|her|their|its)\b|[^,;:\"“”]{{0,60}}, (?:he|she|they|it|"
    rf"(?:this|these|that)(?! (?:{_PERIODS}|spring|summer|autumn|winter)\b)"
    r"|those(?! (?:who|whom|whose|in|at|on|with|\w+ed|\w+ing)\b))))\b(?!-)",
    re.I,
)
# a definite head that names nothing but what the sentences before it told: one of a list ("The first is ...", "The
# other was ..."), a person by role alone ("The woman died ...", "The doctor said ...", "The refugees told ..."), or a
# thing, event or place the article has just described ("The plan will take four days.", "The procedure, which could
# last two days, ...", "The findings were contained in ...", "The question is whether ...", "The town was quiet.");
# followed at once by its verb or by a clause set off with a comma, not by what says which ("The plan to cap the
# well ...", "The doctor who treated him ...", "The mayor, Jo Lee, ...", "The suspect, identified as ...").  The
# topic's own nouns (the attack, the spill, the government, the company) are left alone: a brief's title says which
_LISTED = r"first|second|third|fourth|fifth|last|other|others|rest|remainder"
_BY_ROLE = (r"man|woman|men|women|boys?|girls?|child|baby|teenagers?|couple|pair|patients?|victims?|suspects?|gunman|"
            r"eyewitness|witness(?:es)?|sources?|spokes(?:man|woman)|officer|driver|pilot|soldiers?|student|mother|father|"
            r"wife|husband|son|daughter|family|doctor|nurse|refugees?|detainees?|prisoners?|hostages?|journalists|reporter|"
            r"activist|residents?|survivors?")
_DESCRIBED = (r"gathering|search|documents?|letter|memo|e-?mail|request|proposal|procedure|plan|operation|test|talks|"
              r"meeting|announcement|development|claims?|measure|speech|visit|deal|findings|results?|footage|video|picture|"
              r"photo|tape|recording|figures?|amount|total|number|increase|answer|question|reason|problem|idea|aim|goal|"
              r"hope|point|key|challenge|incident|episode|order|ruling|verdict|step|study|survey|poll|compound|building|"
              r"town|village|city|area|site|place|region")
_ITS_VERB = (r"is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|did|does|do|said|says|told|"
             r"tells|added|remains|remained|appears|appeared|seems|seemed|went|goes|began|begins|took|takes|lasted|lasts|"
             r"showed|shows|found|finds|included|includes|involved|involves|died|arrived|called|asked|wrote|failed|"
             r"succeeded|ended|happened|occurred")
# what a clause set off after the head may open on to say which: a name, a participle's clause ("The study, published
# in ...", "The ruling, handed down by the Supreme Court, ..."), whose work it is ("The findings, by Jo Lee, ..."),
# who they are ("The suspect, identified as ..."); not a relative clause ("The procedure, which ...")
_SAYS_WHICH = (r"identified|named|called|known|aged|by|including|women|children|men|[a-z]+ed|led|written|drawn up|made|"
               r"handed down|given|taken|brought|sent|held|set out|put forward|laid out|won|shown|seen|begun|done")
_DEFINITE_BACK = re.compile(  # (and any head set against what came before: "The city itself was quiet.")
    rf"^[\"'“‘(]*The (?:{_LISTED}|{_LISTED.upper()}|{_BY_ROLE}|{_DESCRIBED})(?: (?:{_ITS_VERB})\b|,(?!\s+(?:[A-Z]|(?:{_SAYS_WHICH})\b)))"
    rf"|^The (?:[a-z][\w'’-]* ){{1,2}}(?:itself|themselves|himself|herself)(?:,| (?:(?:also|almost|still|never|now|\w+ly) )?"
    rf"(?:{_ITS_VERB}|say)\b)")  # (its verb next: not "The gunman killed himself", "The rebels found themselves")
_THERE_IS = re.compile(r"^there (?:is|are|was|were|has|have|had|will|would|may|might|could|should)\b", re.I)
# a sentence that goes on from the one before it: its subject "also" acts ("Obama also said ...", "The company also
# hoped ...", "Jo Lee is also ..."; not in a relative clause: "People who also have asthma ..."), or "The <noun> came as
# ..." names what the sentence before told ("The order came as ...", "The admission comes as a surprise"; not "came as
# high as")
_GOES_ON = re.compile(r"^[\"'“‘(]*+(?:(?!(?:who|that|which|whose|whom)\b)[^\s,;:]++\s+){1,3}also\s+[a-z]"
                      r"|^[\"'“‘(]*+The \w+ (?:came|comes)\s+as\s+(?!(?:high|low|far|much|many|close|little|long|soon|quickly|"
                      r"fast|well|early|late|near|deep|big|large|strong)\b)")
# an act told as another's done again, in a clause that does not tell the other's act ("The Senate did the same last
# month.", "On Tuesday, the Bank of England followed suit.", "Obama declined to follow suit, saying ..."): not "Britain
# raised rates, and Norway followed suit", "If the House passes it, the Senate would do the same", "... led Samsung to
# follow suit", "Other airlines did the same after Delta scrapped its fees", nor "the same" with its own noun ("Women
# who do the same job as men ..."); and what happened again ("Much the same thing happened on Wall Street.")
_SAME_ACT = re.compile(r"\b(?:follow(?:ed|s|ing)?\s+suit|(?:did|do|does|doing|done)\s+(?:the\s+same(?:\s+thing)?|likewise)"
                       r"|the\s+same(?:\s+thing)?\s+(?:happened|happens|was\s+true|is\s+true|applies|applied|held|holds))"
                       r"(?=\s*(?:[.,;:!?\"”’)]|$)|\s+(?:on|in|at|last|this|next|again|too|later|earlier|soon|now|yesterday|"
                       r"today|tonight|within|by|for|over|during|shortly|months?|weeks?|days?|years?|\w+day|an?|two|three|"
                       r"four|five|six|several|some)\b)", re.I)
_OTHERS_ACT = re.compile(r"\b(?:if|when|while|as|after|before|because|since|although|though|unless|and|but|with|like|unlike|"
                         r"following|than|whether|led|leads|forced|forces|prompted|prompts|pushed|pushes|urged|urges|urging|"
                         r"pressure)\b", re.I)
_FRONTED_PHRASE = re.compile(r"^[^,;:]{1,40},\s+")  # "On Tuesday, ...", "In Kestrel, ..."
_CLAUSE_END = re.compile(r"[,;:]")


def _does_the_same(text: str) -> bool:
    """Whether ``text`` tells an act as another's done again, the other's act not in its clause (see _SAME_ACT)."""
    act = _SAME_ACT.search(text)
    if act is None:
        return False
    fronted = _FRONTED_PHRASE.match(text, 0, act.start())  # (a clause's marker in it counts: "If X closes, Y will do the same")
    end = _CLAUSE_END.search(text, act.end())
    tail = text[act.end():end.start() if end else len(text)]
    return (not _CLAUSE_END.search(text, fronted.end() if fronted else 0, act.start())
            and not _OTHERS_ACT.search(text, 0, act.start()) and not _OTHERS_ACT.search(tail))


def leans_back(text: str) -> bool:
    """Whether the sentence ``text`` (its ends stripped) leans on the one before it (see the module's note)."""
    if _POINTS_BACK.match(text) and not _THERE_IS.match(text.lstrip("\"'“‘(")):
        return True
    return bool(_DEFINITE_BACK.match(text) or _GOES_ON.match(text) or _does_the_same(text))


# a definite subject naming one of many of its kind in any story, however many of a round's articles use the word (each its
# own): a place below a country ("The town was shelled again", "The city's mayor ..."), a paper, a vote or a deal ("The report
# says ...", "The new poll shows ...", "The motion failed"), a firm by its kind ("The company said ...", "The oil giant will
# try ..."); lower-case words may narrow it ("The latest report"), a name or what follows it says which ("The UN report",
# "The town of Arvel", "The town council").  (A body by its kind, "the civil defence agency", is mostly its country's one.)
_ONE_OF_MANY = ("town|city|village|district|province|region|report|study|survey|poll|proposal|measure|motion|deal|"
                "agreement|treaty|company|firm|giant|carmaker|automaker|lender|insurer|retailer|bank")
_MANY_HEAD = re.compile(rf"^[\"“‘(]*The (?!(?:central|capital) )(?:(?![\w’'-]*['’]s )[a-z][\w’'-]* ){{0,2}}({_ONE_OF_MANY})(?:['’]s\b|\s+"
                        rf"(?:(?:[a-z]+ly|also|on (?:{WEEKDAY_NAMES}))\s+)?(?:{_ITS_VERB}|made|gave|came|held|left|met|sent|won|lost|"
                        r"plans|expects|lies|wants|hopes|faces|owns|employs|runs|operates|"
                        r"declines|denies|[a-z]+ed(?! (?:out |up |off |down |on \w+ )?(?:by|in|at|from|with|under|over|between)\b))\b)")


def one_of_many(text: str, named: Collection[str] = ()) -> str | None:
    """The head of ``text``'s definite subject when it names one of many of its kind and nothing narrows it to one ("The
    town was shelled again", "The latest report says ...": town, report); None otherwise ("The UN report says ..."), and
    when ``named`` (a topic's terms) holds its term: the topic says which ("The company said ..." of a brief on a company)."""
    found = _MANY_HEAD.match(text)
    return found.group(1) if found and not any(t in named for t in terms(found.group(1))) else None
