"""Headlines and captions glued to the start of a line (pure).

Scraped pages often run the headline, a photo caption and the first sentence into one line with
no full stop between them ("Mexico City lifts swine flu curbs Businesses in Mexico City have been
hit hard ..."). Where the story starts is found from evidence, never from a list of outlets:

* the article's known title (a file's title line, a feed entry's title) that the line starts with;
* a common sentence opening ("The", "It", "Officials", ...) after a lower-case word;
* how the article itself writes the word that follows a lower-case word: a capitalised word that
  the article writes in lower case elsewhere, and never capitalised after a lower-case word, is a
  common word starting a sentence ("... speak to senators Oil executives have ...": the article
  writes "oil"), not a name ("told reporters Reuters had ..."); English function words ("Another",
  "Following", "During") and number words ("Fifty") count as written in lower case;
* a count's capitalised opening ("More than 2,000 people ...", "At least 20 ...", "Two more people
  ..."), or a day's ("On 20 April 2010 a well ...", "In March the ..."), which no sentence writes so inside itself,
  after any word that ends in a letter or digit, a name or a particle too ("... to allow refugees in More than 2,000
  people have ...", "... oil spill and BP On 20 April ..."), not a function word ("delivered to a In May ...");
* a pronoun and its verb in lower case after an acronym ("... disaster for the US This was ...");
* an agency's staff byline ("... By the CNN Wire Staff Rebels ...");
* a caption's photo credit ("... Photograph: Jo Lee/Reuters The chief executive ...",
  "(AP Photo/Jo Lee) (Jo Lee - AP) The government ..."): :mod:`briefbot.text.credits`.

A cut lies only near the start of a line (about the first 40 words), after a prefix of three or
more words with no sentence end, and leaves six or more words: the rules only ever trim the
start of a line, never change a word inside it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, cached_property

from briefbot.text.dates import CALENDAR_WORDS
from briefbot.text.seamwords import ACRONYM as _ACRONYM
from briefbot.text.seamwords import BARE_RELATIVE as _BARE_RELATIVE
from briefbot.text.seamwords import CLAUSE_ENDS as _CLAUSE_ENDS
from briefbot.text.seamwords import DATED_OPENING as _DATED_OPENING
from briefbot.text.seamwords import GOVERNING as _GOVERNING
from briefbot.text.seamwords import NUMBERS as _NUMBERS
from briefbot.text.seamwords import PRONOUN_CLAUSE as _PRONOUN_CLAUSE
from briefbot.text.seamwords import QUANTITY as _QUANTITY
from briefbot.text.seamwords import ROLES as _ROLES
from briefbot.text.seamwords import in_own_clause
from briefbot.text.segment import split_sentences

__all__ = [
    "GLUE_STOPS", "REPORTING", "SENTENCE_END", "Casing", "glued_start", "pull_quote", "restated_start", "staff_byline",
    "title_head",
]

SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s)")
# a common sentence opening after a lower-case word: "... counter the spill The success of ..."
_OPENING = re.compile(
    r"(?:The|A|An|There|It|He|She|They|We|In|On|At|As|After|If|Some|More|Many|Most|Officials|Police|But|However|"
    r"When|While|Thousands|Hundreds|Dozens|Several|Authorities|Rescuers|Scientists|Experts|Doctors|Mr|Ms|Mrs|Dr)"
)
# words after which a capitalised word is the sentence's own ("said Officials ...", "the Times")
GLUE_STOPS = frozenset({
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "as", "is",
    "are", "was", "were", "be", "been", "said", "says", "told", "say", "tell", "according", "than", "that", "this",
    "these", "those", "which", "who", "whom", "whose", "its", "their", "his", "her", "our", "your", "my",
})
_ENDS_GLUABLE = re.compile(r"[a-z0-9%'’\"”)]$")  # a headline's or caption's last character
_QUOTES = "\"'“”‘’`()[]"
_WINDOW = 300  # characters of a line's start where a glued headline or caption may end
_AFTER = 6  # words the story keeps after a cut
# what follows a known title when the story starts after it ("Fire destroys warehouse in Leeds ..." starts with
# the title's words but is the story's own sentence)
_STARTS_SENTENCE = re.compile(r"[A-Z0-9\"'“‘(]")


_OPEN = "[\"'“”‘’`(\\[]*"  # quotes and brackets in front of a word
_CLOSE = "[\"'“”‘’`)\\],.;:!?]*"  # and after it
_LOWER = re.compile(rf"(?<!\S){_OPEN}([a-z]+){_CLOSE}(?!\S)")
_AFTER_THE = re.compile(r"(?<!\S)the[ \t]+(?=(\S+))")
_NAMED = re.compile(rf"(?<!\S)[a-z](?:\S*[a-z0-9%'’\"”)])?[ \t]+(?={_OPEN}([A-Z][a-z]+){_CLOSE}(?!\S))")


@dataclass(frozen=True)
class Casing:
    """How an article (``text``, one paragraph a line) writes its words, read when first asked:
    in lower case (``lower``) and capitalised right after a lower-case word (``named``: names and
    titles), each counted, and after a lower-case "the" (``after_the``: "World" when it writes "the
    World")."""

    text: str = ""

    @cached_property
    def lower(self) -> Counter[str]:
        return Counter(_LOWER.findall(self.text))

    @cached_property
    def named(self) -> Counter[str]:
        return Counter(word.lower() for word in _NAMED.findall(self.text))

    @cached_property
    def after_the(self) -> frozenset[str]:
        return frozenset(_word(token) for token in _AFTER_THE.findall(self.text))


def _word(token: str) -> str:
    return token.strip(_QUOTES + ",.;:!?")


def _common_opening(word: str, after: str, then: str, prev: str, known: Casing, before: str) -> bool:
    """Whether ``word`` (followed by ``after``, then ``then``; ``before``: the line up to it) after
    the word ``prev`` starts a sentence.  A capitalised word that may be part of a name never is:
    - "The" before a capital ("told reporters The Times had ..."), unless the article writes "the
      Times" and none of the three words before it reports speech ("Papers assess the fallout The Daily Mail is ..."),
      or the line up to it is a headline in Title Case ("Historic Market Bailout Set in Motion The Bush administration");
    - a common noun after a capitalised word ("the Metropolitan Police, whose ...", "New Jersey
      State Police were ...");
    - a month or weekday ("since May and ...", "his warnings Wednesday that ...");
    - a singular word before a verb ("finance minister Brown said ...", "envoy Rice had ..."; "Tests
      have shown" is cut) or before "of" and a capital ("the state Board of Education ...");
    - a word after a function word ("a meeting between Head of State ..."), unless that word ends a
      clause, a participle or an adverb ("... just get the job done Outrage ...", "... again");
    - a pronoun between two capitalised words ("The novel All the Light We Cannot See won ...")."""
    bare = word.rstrip(",;:")  # "However, ..." opens a sentence; "the Metropolitan Police, who ..." is a name
    if _OPENING.fullmatch(bare):
        if bare in ("A", "An") and after[:1] in ("(", "["):  # a letter that names, not an article: "influenza A (H1N1)"
            return False
        if word == "The":  # ``before``: the line up to the cut
            return (not after[:1].isupper() or _title_case(before, known)
                    or (_word(after) in known.after_the and not REPORTING.search(" ".join(before.split()[-3:]))))
        if prev[:1].islower():
            return True
        # after a capitalised word, a function word opens a sentence ("... Damascus and Aleppo Most of
        # ..."), but a pronoun between two capitalised words is a title's ("All the Light We Cannot See")
        return _FUNCTION_OPENING.fullmatch(bare) is not None and not (bare in _PRONOUNS and after[:1].isupper())
    lower = word.lower()
    return (
        len(word) > 1 and word.isalpha() and word[1:].islower() and prev[:1].islower()
        and lower not in CALENDAR_WORDS and (prev.lower() not in _function_words() or prev.lower() in _CLAUSE_ENDS)
        and after[:1].islower() and (_VERB.fullmatch(_word(after)) is None or lower.endswith("s"))  # "Tests have shown", not "Brown said"
        and not (after == "of" and then[:1].isupper())
        and (known.lower[lower] >= 2 or lower in _function_words()) and known.named[lower] <= 1
    )


def _title_case(head: str, known: Casing) -> bool:
    """Whether ``head`` is a headline in Title Case (:func:`title_head` wants a headline's auxiliary or preposition
    capitalised too): three capitalised words or more, only a title's small words in lower case ("Historic Market
    Bailout Set in Motion"), and two of them words the article writes in lower case: not only names ("Velan Kestrel
    Port Alda The Times ...")."""
    words = [_word(w) for w in head.split()]
    capitalised = [w for w in words if w[:1].isupper()]
    return (len(capitalised) >= 3 and words[0][:1].isupper() and all(w[:1].isupper() or w in _HEADLINE_MINOR for w in words)
            and sum(1 for w in capitalised if known.lower[w.lower()]) >= 2)


# openings that are never part of a name, after a capitalised word too ("... hits Damascus and Aleppo Most of ...")
_FUNCTION_OPENING = re.compile(r"A|An|There|It|He|She|They|We|In|On|At|As|After|Some|More|Many|Most|But|However|"
                               r"When|While|Thousands|Hundreds|Dozens|Several")
REPORTING = re.compile(r"(?i:\b(?:said|says|say|told|tells|tell|reported|reports|announced|added|adds|warned|"
                        r"according|wrote|writes|asked|explained|insisted|claimed|confirmed)\b)")
_PRONOUNS = frozenset({"It", "He", "She", "They", "We"})
# a finite verb or auxiliary after a capitalised word: its subject, a name as often as not
_VERB = re.compile(r"(?i:said|says|say|told|tells|added|adds|announced|warned|urged|asked|argued|claimed|confirmed|"
                   r"denied|wrote|writes|met|meets|would|will|could|should|can|cannot|may|might|must|shall|had|has|"
                   r"have|is|are|was|were|did|does|do|called|named|stated|declared|insisted|replied|noted)")


@cache
def _function_words() -> frozenset[str]:
    """English function words (sumy's stop words: "another", "both", "several", ...), which a page
    writes in lower case inside a sentence: capitalised after a lower-case word, one starts a
    sentence.  Not those that are also names or months ("May", "Will", "Little", "Best")."""
    from briefbot.text.terms import stop_words  # terms imports clean, which imports this module

    return (frozenset(w for w in stop_words() if len(w) > 2 and w.isalpha()) - {"may", "will", "little", "best", "young"}) | _NUMBERS


def glued_start(head: str, known: Casing | None = None, title: str | None = None) -> tuple[int, int]:
    """Where the story of ``head`` starts when a headline or caption without a full stop is glued
    in front of it (see the module's rules), and where the first of several glued pieces ends (the
    headline in front of a caption; 0 when there is one piece or none): ``(0, 0)`` when nothing is
    glued.  ``known`` is the article's casing, ``title`` its known title."""
    known = known or Casing()
    tokens = list(re.finditer(r"\S+", head[:_WINDOW]))
    cuts: list[int] = []
    first = 0
    if title and len(title.split()) >= 2:
        m = re.match(r"\s*".join(re.escape(w) for w in title.split()) + r"\s+", head, re.I)
        if m and len(head[m.end():].split()) >= _AFTER and _STARTS_SENTENCE.match(head, m.end()):
            cuts.append(m.end())
            first = len(head[:m.end()].split())
    words = len(head.split())
    for k in range(max(first, 3), len(tokens)):
        if SENTENCE_END.search(head, 0, tokens[k].start()) or words - k < _AFTER:
            break
        prev_token, word = tokens[k - 1].group(), tokens[k].group()
        if ((_QUANTITY.match(head, tokens[k].start()) or (_DATED_OPENING.match(head, tokens[k].start()) and _word(
                prev_token).lower() not in GLUE_STOPS)) and prev_token[-1:].isalnum()) or (
                _ACRONYM.fullmatch(prev_token) and _PRONOUN_CLAUSE.match(head, tokens[k].start())):
            cuts.append(tokens[k].start())  # "... to allow refugees in More than 2,000 people have ...", "... for the US This was ..."
            continue
        if not word[:1].isupper() or not _ENDS_GLUABLE.search(prev_token):
            continue
        prev_word = next((t.group() for t in reversed(tokens[:k]) if any(c.isalnum() for c in t.group())), "")
        prev = _word(prev_word)
        if prev.lower() in GLUE_STOPS or prev_word.rstrip(_QUOTES)[-1:] in (",", ":", ";"):
            continue  # "... told the Times", a quotation's attribution ("... crisis," Officials say) or opening
        after = tokens[k + 1].group() if k + 1 < len(tokens) else ""
        then = tokens[k + 2].group() if k + 2 < len(tokens) else ""
        if _common_opening(word, after, then, prev, known, head[:tokens[k].start()]):
            cuts.append(tokens[k].start())
    if not cuts:
        return 0, 0
    return cuts[-1], (cuts[0] if len(cuts) > 1 else 0)


_RESTATED_WITHIN = 25  # words of a line's start where a caption or headline naming the story's subject may end
_RESTATED_PIECES = 3  # a headline and two captions at most
_RESTATED_KEEPS = 8  # words of the story's first sentence a cut keeps at least
# a subject's verb right after it: "... oil leak video BP has come under fire ..."
_SUBJECT_VERB = re.compile(r"has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|said|says|told|tells")


def restated_start(head: str) -> int:
    """Where the story of ``head`` starts after the headline and captions that open on its subject
    (:func:`_restated`, one piece after another: "<headline> <caption> BP is ..."), else 0."""
    start = 0
    for _ in range(_RESTATED_PIECES):
        cut = _restated(head[start:])
        if not cut:
            break
        start += cut
    return start


def _restated(head: str) -> int:
    """Where the story of ``head`` starts when a caption or headline that opens on the story's own
    subject runs into it with no full stop ("Dr Jo Lee's lawyer said he had helped police Dr Jo
    Lee's lawyer, Sam Roe, confirmed ...", "BP attacked over oil leak video BP has come under fire
    ..."), else 0: the line's opening name again, within its first ``_RESTATED_WITHIN`` words, after
    a lower-case word that governs no name (not "offload", "the oil firm", "today's", "northern"),
    two or more of its words or one and its verb, and a sentence of ``_RESTATED_KEEPS`` words or
    more from there.  A headline and the story under it name the same subject first; a sentence
    that names its subject again ("... a situation Bernanke called ...") does so without its verb.
    Openings of function words ("The", "He") are left alone: titles repeat them ("... the opera The
    Rape of Lucretia")."""
    window = head[:_WINDOW]
    opening = window.split(maxsplit=1)[0] if window.strip() else ""
    if f" {opening} " not in window or not opening[:1].isupper() or _word(opening).lower() in _function_words() or opening == "I":
        return 0  # (most lines: the opening is not named again)
    tokens = list(re.finditer(r"\S+", window))
    first_end = SENTENCE_END.search(head)
    for k in range(3, min(len(tokens) - 1, _RESTATED_WITHIN)):
        if first_end and first_end.start() < tokens[k].start():
            break
        prev = tokens[k - 1].group()
        acronym = _ACRONYM.fullmatch(prev) is not None  # "... visit to the US BP is to sell ...": with the verb only
        if tokens[k].group() != opening or not (acronym or _ENDS_GLUABLE.search(prev)):
            continue
        bare = _word(prev)
        lower = bare.lower()
        if not acronym and (not bare[:1].islower() or lower in GLUE_STOPS or lower in _function_words() or lower in _GOVERNING
                            or lower in _BARE_RELATIVE or lower in _ROLES or lower.endswith(("'s", "’s", "ern", "ing"))):
            continue  # (a participle takes the name: "rebels fighting Assad were ...")
        if in_own_clause([t.group() for t in tokens[max(0, k - 2):k]]):
            continue  # the name again in a clause of the story's: "... any country that attacks North Korea will ..."
        n = 1
        while n < k and k + n < len(tokens) and tokens[k + n].group() == tokens[n].group():
            n += 1
        after = tokens[k + n].group() if k + n < len(tokens) else ""
        # its verb next, or a name of three words, or of two set off by a comma ("Jo Lee, the ...")
        verb = any(_SUBJECT_VERB.fullmatch(w) for w in (tokens[k + 1].group(), after))  # "BP is ...", "Jo Lee said ..."
        named = verb or (not acronym and (
            n >= 3 or (n == 2 and (after.endswith(",") or tokens[k + 1].group().endswith(",")))))
        rest = SENTENCE_END.search(head, tokens[k].start(), tokens[k].start() + _WINDOW)  # (bounded: a line without stops)
        if named and len(head[tokens[k].start():rest.end() if rest else tokens[k].start() + _WINDOW].split()) >= _RESTATED_KEEPS:
            return tokens[k].start()
    return 0


# an agency's staff byline glued in front of the story: "By the CNN Wire Staff ...", "From Reuters staff ..."
_STAFF = re.compile(r"\b(?:By|From)\s+(?:the\s+)?(?:CNN|Reuters|AP|AFP|Associated Press|BBC|Bloomberg)(?:\s+[Ww]ire)?"
                    r"\s+[Ss]taff\s+(?=[A-Z“\"‘])")


# a subhead or graphic label run into its paragraph: "NEW CAP FOR LEAKING OIL WELL In June, BP placed ...", 'A
# PROTESTING MOTHER "You have to ..."'
_CAPITAL_HEAD = re.compile(r"(?:[A-Z][A-Z0-9'’&.-]*[ \t]+){3,}(?=[\"“‘]?[A-Z][a-z])")


def capital_head(head: str) -> int:
    """Where the story starts after a head in capitals run into it, or 0: three words or more in
    capitals, two of four letters or more (not a row of acronyms), no comma (a speaker's name and
    role, "DR JANE DOE, VIROLOGIST We have ...", is kept: without it the words are nobody's), and a
    story in lower case after it (a line in capitals throughout is not cut)."""
    m = _CAPITAL_HEAD.match(head)
    if m is None or m.group(0).rstrip()[-1] in ".!?:" or sum(sum(ch.isalpha() for ch in w) >= 4 for w in m.group(0).split()) < 2:
        return 0  # a head that ends its own sentence is one already
    story = head[m.end():].split()[:4]  # a story in lower case, not a shouted line's next words
    return m.end() if any(w[:1].islower() for w in story[1:]) else 0


def staff_byline(line: str) -> tuple[int, int]:
    """Where an agency's staff byline starts and ends in ``line`` when it comes first or after at
    most 20 words of headline with no sentence end, else ``(0, 0)``."""
    m = _STAFF.search(line, 0, 300)
    if m is None or m.end() >= len(line) or len(line[:m.start()].split()) > 20 or SENTENCE_END.search(line[:m.start()]):
        return 0, 0
    return m.start(), m.end()


# words a headline capitalises ("Faith in Free Market Is Shaken", "Bailout Could Deepen Crisis, CBO Chief Says")
# that a name or a sentence's own words never do: verbs' auxiliaries, pronouns, prepositions, conjunctions
_HEADLINE_WORDS = frozenset({
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "can", "should", "must",
    "that", "this", "these", "its", "their", "his", "her", "what", "how", "why", "says", "say", "as", "amid", "against",
    "for", "with", "into", "over", "from", "about", "after", "than", "not", "to", "of", "in", "on", "at", "by", "up",
})
# a headline's lower-case words ("Faith in Free Market", "Role in Financial Crisis")
_HEADLINE_MINOR = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "as",
                             "from", "but", "vs", "vs.", "nor", "up", "into", "over", "&", "-", "--"})
# "SHANGHAI -- ", "MENTON, France -- ", "RIO DE JANEIRO, Dec. 9 -- ": a newspaper's dateline in capitals
_CAPS_DATELINE = re.compile(r"[A-Z][A-Z.'’/-]{2,}(?: [A-Z][A-Z.'’/-]+){0,3}(?:, [A-Z][a-z.'’-]+(?: [A-Z][a-z.'’-]+){0,2})?"
                            r"(?:,? [A-Z][a-z]{2,4}\.? \d{1,2})? ?(?:--|—|–|_) ")
_HEAD_EVIDENCE = 2  # capitalised words of a headline's kind in the opening run
_HEAD_WORDS = 4  # words of the opening run at least


def title_head(head: str, known: Casing, found: int = 0) -> int:
    """Where the story of an article's first line ``head`` starts when a headline in Title Case is
    glued in front of it ("Fed Has Giant, and Opaque, Role in Financial Crisis Aid Wall Street
    analysts have ..."), else ``found``.

    The headline shows in the run of capitalised words the line opens on: after its first word,
    two or more words that only a headline capitalises (auxiliaries, pronouns, prepositions: "Is",
    "Has", "Could", "That", "With"; one at least), or that the article writes in lower case and
    capitalises after a lower-case word once at most (the headline's own "in Financial Crisis").
    The story starts at a common opening followed by a lower-case word inside that run ("A Quiet
    Windfall For U.S. Banks The financial world was ...") or at a dateline in capitals ("...
    Worldwide SHANGHAI -- Chinese ..."). Where nothing shows where (a name may open the story: "...
    Crisis Aid Wall Street analysts"), the whole first sentence is not the story's: the cut is after
    it, rather than a guess that would garble a point.  ``found``, a start found by
    :func:`glued_start`, is the answer when it lies past the run (or there is no headline), not
    when it lies inside it ("First Debate's Fate Unclear As Obama ...")."""
    spans = split_sentences(head)
    if not spans:
        return found
    end = spans[0][1]
    tokens = list(re.finditer(r"\S+", head[:end]))
    run: list[str] = []
    for token in tokens:
        word = _word(token.group())
        if word and not (word[:1].isupper() or word[:1].isdigit() or word in _HEADLINE_MINOR):
            break
        run.append(word)
    if len(run) < _HEAD_WORDS or found >= tokens[len(run) - 1].end():
        return found  # too short a run to tell, or the story starts after it
    capitalised = [word.lower() for word in run[1:] if word[:1].isupper() and word[1:].islower()]
    strong = sum(word in _HEADLINE_WORDS for word in capitalised)
    written = sum(w not in _HEADLINE_WORDS and known.lower[w] and known.named[w] <= 1 for w in capitalised)
    if not strong or strong + written < _HEAD_EVIDENCE or "|" in head[:end]:
        return found  # (a menu's items, "Read + | Watch + |", are no headline)
    for k in range(3, len(run)):
        if _CAPS_DATELINE.match(head, tokens[k].start()):
            return tokens[k].start()  # a newspaper's dateline ("... Worldwide SHANGHAI -- Chinese companies ...")
        if (_OPENING.fullmatch(run[k]) and k + 1 < len(tokens) and tokens[k + 1].group()[:1].islower()
                and tokens[k - 1].group()[-1:] not in ",:;"):  # "Jo Lee in Rome: "As long as ...": whose words
            return tokens[k].start()
    rest = end
    while rest < len(head) and head[rest].isspace():
        rest += 1
    return rest


# the end of a page's quotation box as scraped: the quoted words, their closing mark, "End Quote"
_PULL_QUOTE_END = re.compile(r"[\"”]\s*End Quote\s+(?=\S)")


def pull_quote(line: str, known: Casing) -> int:
    """Where the story of ``line`` starts when a page's quotation box is run into it (the quoted
    words again, "End Quote", the speaker's name and role, then the paragraph: '... a new leader
    " End Quote Jo Lee BBC business editor But the ...'), else 0.  After the box, the story starts
    where :func:`glued_start` finds it ("... Shell Oil He told ..."); where it finds no start (a
    name may open the paragraph: "... Florida BP said on Monday ..."), the box's first sentence,
    name and story run together, is cut off whole."""
    m = _PULL_QUOTE_END.search(line, 0, _WINDOW + 100)
    if m is None:
        return 0
    rest = line[m.end():]
    cut = glued_start(rest, known)[0]
    if not cut:
        spans = split_sentences(rest)
        cut = spans[1][0] if len(spans) > 1 else len(rest)
    return m.end() + cut
