"""Headlines and captions in sentence case glued to an article's first sentence (pure).

Pages of some outlets run the headline, a photo caption and the story's first sentence into one
line, in sentence case and with no punctuation between them ("The blowout preventer is being
slowly raised to the surface BP has replaced a damaged blowout preventer that failed ...").
:mod:`briefbot.text.glue` finds many such starts from the article's title and casing; this module
finds more, each by evidence, never by a guess:

* the story restates the words before it: a seam (a lower-case word, then a capitalised one) after
  which, within 15 words, two words in a row of the piece before it come again ("Louisiana
  Governor Bobby Jindal warned ... way of life Louisiana Governor Bobby Jindal has warned ..."), or
  the story opens on a name the piece before it carries and a comma after it, when that piece has
  none ("... hit Halliburton profits Halliburton, services provider ..."); a clause must follow
  the seam (a finite verb before its first comma, or right after an apposition), and the word
  before it must not govern the capitalised word (a preposition, a number, a word in -ing, a
  reporting verb, a verb after "to", a possessive: "... the leaking Gulf of Mexico oil well");
  the earliest such seam, then again in what follows it (headline, caption, story);
* two clauses run together: a caption or headline that is a clause of its own (its subject, then a
  finite verb) ending on a noun after a determiner, an article or a closed quotation, then a
  capitalised word opening the story's clause, its subject followed by its verb ("Greenpeace
  campaigners unfurled a banner at BP's headquarters BP has said ..."); not after a role before a
  name ("the oil firm BP"; a subject with a common noun may follow one: "... against the virus
  Health officials in Japan have ..."), a modifier ("the stricken Kursk"), a noun a clause may follow without "that" ("the
  first time Jo Lee has ..."), a telling verb's object ("told the jury Jo Lee had ...") or a
  reported clause's subject ("say the dam's keeper Jo Lee has ..."), nor at or after a word that
  opens another clause ("when", "and", "that") unless that clause has its verb before the seam
  ("... is shut after pupils tested positive The World Health Organization says ..."), nor before a relative clause with "that" left out
  (its verb has no object after it: "the bill Congress passed last year"); the story's subject may
  carry a participle's phrase when its verb's object follows ("... in the crackdown Velan troops
  trying to quash the protests are committing ...", not "... had loaded with ..."); a seam whose name
  follows a role, a modifier or such a noun, or that opens no clause, ends the search, while a
  seam after a word wanting its object is passed over for the next;
* a speaker's quoted words as a caption: 'President Jo Lee: "We will rebuild" The president has ...';
  a line that ends on such a caption after a headline has no story and goes (a line of the quotation
  alone stays: taking the one T17 line out cost update-round R-2 0.0003);
* a page's player link or stamp in front of the story: "Help The United States ...", "16 December
  2010 Last updated at 06:54 GMT Help ...", "17 January 12 16:55 GMT Syria's government ...",
  "12:13 UK time, Thursday, 10 June 2010 ..."; a caption's credit after a cut;
* the story's subject names again whom the piece before it names ("Ada Vell toured the valley in
  June Governor Ada Vell has ordered ...", "Kestrel Power shares fall Kestrel Power has said ...";
  see :func:`_named` for the seams it passes over: a verb's object, a name after its role or in a list).

Where a line plainly opens on a headline (a "Topic: headline" kicker, "Syria crisis: Fierce
fighting erupts ...", with a first sentence of more than 20 words) but no seam shows, the whole
first sentence is not the story's: the cut is after it, rather than a guessed cut that would
garble a point (a line of that one sentence stays: taking the seven such T17 lines of a point's
length out cost first-round R-2 0.0039 by changing what the ranking saw).  Cuts only ever trim the start of
a line (the verbatim promise).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from briefbot.text.clauses import AUXILIARY as _AUXILIARY
from briefbot.text.clauses import BEFORE_WHEN as _BEFORE_WHEN
from briefbot.text.clauses import FINITE as _FINITE
from briefbot.text.clauses import HELPING as _HELPING
from briefbot.text.clauses import PUNCT as _PUNCT
from briefbot.text.clauses import by as _by
from briefbot.text.clauses import closed as _closed
from briefbot.text.clauses import norm as _norm
from briefbot.text.clauses import object_missing as _object_missing
from briefbot.text.clauses import wants_object as _wants_object
from briefbot.text.credits import credit_start
from briefbot.text.dates import CALENDAR_WORDS
from briefbot.text.glue import GLUE_STOPS, SENTENCE_END
from briefbot.text.seamwords import BARE_RELATIVE as _BARE_RELATIVE
from briefbot.text.seamwords import GOVERNING as _GOVERNING
from briefbot.text.seamwords import ROLES as _ROLES
from briefbot.text.seamwords import SAYS as _SAYS
from briefbot.text.seamwords import TELLS as _TELLS
from briefbot.text.seamwords import in_own_clause
from briefbot.text.segment import split_sentences

__all__ = ["story_start"]

# words that are no evidence of a restated phrase ("of the", "has said")
_WEAK = GLUE_STOPS | {"has", "have", "had", "will", "would", "not", "it", "he", "she", "they", "we", "i", "up", "into",
                      "over", "after", "before", "about", "new", "more", "also", "says", "us"}
_WINDOW = 300  # characters of the line's start where a seam may lie
_READ = 15  # words after a seam where the story restates the piece before it
_STORY = 8  # words the story keeps after a cut at least
_ENDS_LOWER = re.compile(r"[a-z0-9%'’\"”)]$")
# 'President Jo Lee: "We will rebuild" ': a caption quoting its speaker, then the story
_QUOTED = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,6}?[A-Z][\w.'’-]*\s*:\s*[\"“][^\"“”]{3,200}[\"”]\s+(?=[A-Z])")
# the same caption ending the line: the line is a headline and a caption, no story
_QUOTED_LINE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,6}?[A-Z][\w.'’-]*\s*:\s*[\"“][^\"“”]{3,200}[\"”]\s*$")
# the media player's link and a stamp in front of the story
_HELP = re.compile(r"Help\s+(?=[A-Z\"“])")
_UPDATED = re.compile(r"\d{1,2} [A-Z][a-z]+ \d{4} Last updated at \d{1,2}:\d{2} (?:GMT|BST)\s+(?:Help\s+)?(?=[A-Z\"“])")
_STAMP = re.compile(r"(?:\d{1,2} [A-Z][a-z]+ \d{2} \d{1,2}:\d{2} (?:GMT|BST)|(?:\d{1,2}:\d{2} )?UK time, [A-Z][a-z]+day, "
                    r"\d{1,2} [A-Z][a-z]+ \d{4})\s+(?=[A-Z\"“`'‘])")
# "Syria crisis: ", "Gulf oil spill: ": a headline's topic
_KICKER = re.compile(r"[A-Z][a-z][\w'’-]*(?: [\w'’-]+){0,3}: (?=[A-Z`'\"‘“])")
# a kicker is a topic's name, not a clause ("It's a shocking statistic: ...")
_CLAUSE_WORDS = GLUE_STOPS | {"it", "that", "here", "there", "what", "i", "we", "you", "he", "she", "they"}
_KICKED = 20  # words of a first sentence under a kicker: more are a headline and a story run together


def _pairs(words: list[str]) -> set[tuple[str, str]]:
    return {(a, b) for a, b in itertools.pairwise(words)
            if a not in _WEAK and b not in _WEAK and a and b and max(len(a), len(b)) >= 4}


def _clause(tokens: list[re.Match[str]]) -> bool:
    """Whether a finite verb follows the start of ``tokens`` (a seam's story) before its first comma,
    or right after an apposition between two commas ("Fitch Ratings, one of the big three agencies,
    has downgraded ..."): "Gulf of Mexico oil well, company officials say." is the rest of a
    sentence, not one."""
    words = [token.group() for token in tokens]
    for k in range(len(words)):
        if k and _FINITE.fullmatch(words[k].rstrip(",;:")):
            return True
        if words[k].endswith(","):  # an apposition: its closing comma, then the verb
            close = next((j for j in range(k + 1, min(k + 10, len(words) - 1)) if words[j].endswith(",")), 0)
            return bool(close) and _FINITE.fullmatch(words[close + 1].rstrip(",;:")) is not None
        if words[k].endswith((";", ":", "-")) or words[k] in ("-", "--", "—") or words[k][:1] in "\"“'‘`":
            return False
    return False




def _tokens(head: str) -> tuple[list[re.Match[str]], list[str]]:
    """The words of ``head`` as written (with their offsets) and normalised."""
    tokens = list(re.finditer(r"\S+", head))
    return tokens, [_norm(t.group()) for t in tokens]


def _positions(head: str, tokens: list[re.Match[str]], first: int = 3) -> Iterator[int]:
    """The words where a story may start after a seam: from the ``first``-th, inside the window, with no
    sentence end before them and ``_STORY`` words after them at least."""
    for k in range(first, len(tokens) - _STORY + 1):
        if tokens[k].start() > _WINDOW or SENTENCE_END.search(head, 0, tokens[k].start()):
            return
        yield k


def _restated(head: str) -> int:
    """Where the story of ``head`` starts after the earliest seam it restates the words before, or 0."""
    tokens, words = _tokens(head)
    for k in _positions(head, tokens):
        start, prev, word = tokens[k].start(), tokens[k - 1].group(), tokens[k].group()
        bare = prev.strip(_PUNCT)
        if (not word[:1].isupper() or not bare[:1].islower() or not _ENDS_LOWER.search(prev)
                or bare.lower() in GLUE_STOPS or prev[-1:] in ",:;" or words[k] in CALENDAR_WORDS):
            continue
        if _wants_object([t.group() for t in tokens[max(0, k - 3):k]]) or not _clause(tokens[k:k + 2 * _READ]):
            continue
        if in_own_clause([t.group() for t in tokens[max(0, k - 2):k]]):
            continue  # the words again in a clause of the story's: "... that any country that attacks Velania will ..."
        if _pairs(words[:k]) & _pairs(words[k:k + _READ]):
            return start
        name = word.strip(_PUNCT)
        if (len(name) >= 4 and name[1:].islower() and word.endswith(",") and "," not in head[:start]
                and any(t.group().strip(_PUNCT).removesuffix("'s") == name for t in tokens[:k])):
            return start
    return 0


_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "these", "those", "our", "my", "your"})
# after a clause's finite verb, a word that opens another clause: the noun after it is that clause's subject
_SUBORDINATE = frozenset({"when", "if", "because", "after", "as", "while", "since", "until", "before", "where", "whether",
                          "how", "why", "once", "though", "although", "unless", "so", "and", "or", "but", "than", "that"})
# a word of these endings before a name is more often its modifier ("the stricken Kursk", "its ruptured Gulf of
# Mexico well", "the southern Chinese city") than a noun ending a clause
_MODIFIER_ENDS = ("ed", "en", "ern", "ese", "ian")


_ARTICLES = frozenset({"the", "a", "an"})
_PRESENT = re.compile(r"[a-z]{2,}[^siu]s")  # "accuses", "reports", not "across", "analysis", "virus"
_OF = frozenset({"of", "at", "in", "from"})
_CLAUSE_STOPS = frozenset({"who", "which", "where", "when", "that", "to", "whose", "whom"})


def _subject_verb(tokens: list[re.Match[str]], present: bool = False) -> int:
    """Where the finite verb of a clause that opens ``tokens`` stands (at most seven words in, after
    a subject of names, nouns and prepositional phrases, or after an apposition between commas:
    "The Arab-backed initiative, which ..., is ..."), or -1. A verb in -ed or of _FINITE's words
    counts only after a subject with no function word ("Greenpeace campaigners unfurled ...", not
    "An analysis of striking scalloped ..."); with ``present``, a word in -s right after a name
    counts too ("The US accuses ...", "Jo Lee reports ...": the clause before a seam)."""
    plain = True
    for i, token in enumerate(tokens[:8]):
        word = _norm(token.group())
        if i and _AUXILIARY.fullmatch(word):
            return i
        if i and plain and ((_FINITE.fullmatch(word) and not _by(tokens, i)) or (present and _PRESENT.fullmatch(token.group())
                                                         and tokens[i - 1].group()[:1].isupper()
                                                         and _norm(tokens[i - 1].group()) not in _ARTICLES
                                                         and _object_follows(tokens, i))):
            return i
        after_of = i > 1 and _norm(tokens[i - 1].group()) in _OF
        if (word in _CLAUSE_STOPS or token.group()[-1:] in ";:\"”"
                or (i and word in GLUE_STOPS - _OF - {"and"} and not (after_of and word in _ARTICLES))):
            return -1  # "Jabba the Hutt ...", "Europa that ..." ("and" and "of the" may stand in a subject)
        if token.group().endswith(","):  # an apposition: its closing comma, then the verb
            close = next((j for j in range(i + 1, min(i + 12, len(tokens) - 1)) if tokens[j].group().endswith(",")), 0)
            return close + 1 if close and _FINITE.fullmatch(_norm(tokens[close + 1].group())) else -1
        if (i or word not in _ARTICLES) and (word in GLUE_STOPS or word in _GOVERNING or word in _DETERMINERS):
            plain = False
    return -1


def _ended(head: str) -> int:
    """Where the story of ``head`` starts after a caption or headline that is a clause of its own
    ending on a determined noun ("Greenpeace campaigners unfurled a banner at BP's headquarters BP
    has said ..."), at the earliest such seam, or 0: a clause before the seam (see
    :func:`_subject_verb`) with no word opening another clause after its verb, a determiner (or a
    possessive) at most four words before the seam, the noun at the seam no role's ("the oil firm
    BP") and none a clause may follow without "that" ("the first time Jo Lee has ..."), the verb no
    telling one ("told the jury Jo Lee had ..."), and a clause after the seam whose subject is
    followed by its verb ("BP has said", not "Europa that ...")."""
    tokens, words = _tokens(head)
    verb = _subject_verb(tokens, present=True)
    if verb < 0 or _TELLS.fullmatch(words[verb]):
        return 0
    for k in _positions(head, tokens, max(4, verb + 3)):
        start, prev, word = tokens[k].start(), tokens[k - 1].group(), tokens[k].group()
        bare = prev.strip(_PUNCT)
        quoted = (prev[-1:] == '"' and head.count('"', 0, start) == 2) or (prev[-1:] == "”" and head.count("“", 0, start) == 1)
        if (not word[:1].isupper() or not bare[:1].islower() or not _ENDS_LOWER.search(prev)
                or (prev[-1:] in ",:;\"'’”" and not quoted)
                or bare.lower() in GLUE_STOPS or words[k] in CALENDAR_WORDS):
            continue
        if (words[k - 1] in _BARE_RELATIVE or words[k - 1].endswith(_MODIFIER_ENDS)
                or (words[k - 1] in _ROLES and not _common_subject(tokens[k:]))):
            return 0  # a name after its role or modifier; a clause after "the first time": no seam, nor one further on
        if any(_TELLS.fullmatch(w) or (w in _SUBORDINATE and not _closed(words[j + 1:k - 1]))
               for j, w in enumerate(words[verb + 1:k - 1], verb + 1)) or _COMMA.search(head, 0, start):
            return 0
        if _wants_object([t.group() for t in tokens[max(0, k - 3):k]]):
            continue
        det = next((j for j in range(k - 2, max(verb, k - 6), -1)
                    if words[j] in _DETERMINERS or tokens[j].group().endswith(("'s", "’s"))), None)
        if det is not None and any(_SAYS.fullmatch(w) for w in words[max(0, det - 2):det]):
            return 0  # the noun phrase opens a reported clause: a name after its noun is its subject's
        opened = words[k] in _ARTICLES or quoted  # an article opens a noun phrase, a quotation has closed one
        after = _subject_verb(tokens[k:])
        if after < 1 and _participle(tokens[k:]):  # "Velan troops trying to reach the villages have evacuated ..."
            after = _verb_at(tokens[k:])  # (not "the convoy Velan volunteers driving to Kestrel had loaded with ...")
            after = after if after > 0 and _object_next(words, k + after) else -1
        if quoted and after > 0 and _SAYS.fullmatch(words[k + after]):
            return 0  # the quotation's speaker after it ('... "safe for now" Governor Ada Vell said ...')
        if (after < 1 or (det is None and not opened) or _object_missing(tokens, words, k + after)
                or (det is not None and any(w in GLUE_STOPS - {"of"} or w in _SUBORDINATE for w in words[det + 1:k - 1]))):
            return 0  # the first seam that is no clause's start: one further on is less likely one
        return start
    return 0


_COMMA = re.compile(r",(?!\d)")  # a comma, not a number's ("1,100")
_ING_PREPOSITIONS = frozenset({"during", "according", "following", "regarding", "concerning", "considering", "pending",
                               "excluding", "notwithstanding", "barring"})


def _participle(tokens: list[re.Match[str]]) -> bool:
    """Whether a subject opening ``tokens`` carries a participle's phrase (its second to fourth word
    in -ing after plain words: "Velan troops trying to quash the protests are ...")."""
    for i, token in enumerate(tokens[1:4], 1):
        word = _norm(token.group())
        if word.endswith("ing") and len(word) > 5 and word not in _GOVERNING and word not in _ING_PREPOSITIONS:
            return all(_norm(t.group()) not in GLUE_STOPS and t.group()[-1:].isalnum() for t in tokens[:i])
    return False


def _object_next(words: list[str], verb: int) -> bool:
    """Whether the verb group at ``verb`` has its object right after it, no preposition."""
    while verb + 1 < len(words) and words[verb] in _HELPING:
        verb += 1
    after = words[verb + 1] if verb + 1 < len(words) else ""
    return bool(after) and after not in GLUE_STOPS - _DETERMINERS and after not in _GOVERNING and after not in _BEFORE_WHEN


def _common_subject(tokens: list[re.Match[str]]) -> bool:
    """Whether the clause opening ``tokens`` has a subject with a common noun in lower case before
    its verb ("Health officials in Velan have ..."): no name that a role before it would name."""
    verb = _subject_verb(tokens)
    return verb > 0 and any(t.group()[:1].islower() and _norm(t.group()) not in GLUE_STOPS for t in tokens[:verb])


def _object_follows(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether a word in -s at ``i`` reads as a verb with its object after it ("The US accuses Syria
    ...", "Jo Lee reports the ...", "Mexico shuts down ...") rather than a plural noun ("Egyptian
    protesters in the square")."""
    if i + 1 >= len(tokens) or tokens[i].group()[-1:] in ",;:":
        return False
    after = tokens[i + 1].group()
    return after[:1].isupper() or _norm(after) in _DETERMINERS or _norm(after) in ("that", "down", "up", "out", "off", "back")


_MONTHS = CALENDAR_WORDS - {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "may"}
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they"})
_SUBJECT = 10  # words of a story's subject at most ("Los Angeles police investigating the death of Jo Lee say")
_PERFECT = _HELPING - {"be", "been", "being", "is", "are", "was", "were"}  # "has fired Jo Lee's ...": its object


def _names(tokens: list[re.Match[str]]) -> set[str]:
    """The names' words in ``tokens``: capitalised, four letters or more (not an acronym: "the US",
    "BP shares"), each part of a hyphenated one ("al-Assad" is "Assad" too), without a possessive's "'s"."""
    out: set[str] = set()
    for token in tokens:
        for part in re.split(r"-", token.group().strip(_PUNCT).removesuffix("'s").removesuffix("’s")):
            if len(part) >= 4 and part[:1].isupper() and part[1:].islower():
                out.add(part)
    return out


def _verb_at(tokens: list[re.Match[str]]) -> int:
    """Where the finite verb of a clause opening ``tokens`` stands, at most ``_SUBJECT`` words in
    (its subject may carry a phrase of its own: "Los Angeles police investigating the death of Jo
    Lee say ..."), or -1: a helping verb or a verb of _FINITE's (three words in at most, and not a
    participle before its agent: "... its ally Velan sparked by ..."), not one asking ("had he
    run ..."); before it, no relative pronoun, punctuation, quotation or a sentence's capitalised
    article ("Ada Vell in her own words The minister has ...")."""
    for i, token in enumerate(tokens[:_SUBJECT + 1]):
        word, after = _norm(token.group()), _norm(tokens[i + 1].group()) if i + 1 < len(tokens) else ""
        if i and (_AUXILIARY.fullmatch(word) or (i < 4 and _FINITE.fullmatch(word) and not _by(tokens, i))):
            return -1 if word in _HELPING and after in _PRONOUNS else i
        if (word in _CLAUSE_STOPS - {"to"} or token.group()[-1:] in ",;:\"”" or token.group()[:1] in "\"“'‘`("
                or (i and token.group() in ("The", "A", "An"))):
            return -1
    return -1


def _named(head: str) -> int:
    """Where the story of ``head`` starts after a headline or caption whose name the story's
    subject names again ("Ada Vell visited the flooded valley in June Governor Ada Vell has ...",
    "Kestrel Power shares fall as the floods rise Kestrel Power has said ..."), at the earliest such
    seam, or 0: a seam as for restated words (a lower-case word, or a month after one, then a
    capitalised word), the word before it no subordinating, reporting or telling one, nor a verb
    after a pronoun or a perfect's helper ("... they suspect Velan rebels will ...", "... have
    fired Jo Lee's ..."), nor in a list of names ("... and Kestrel veteran Jo Lee are ..."), nor a
    role before a bare name ("his sister Ada Vell has ..."); then a clause (see :func:`_verb_at`)
    whose verb has its object."""
    tokens, words = _tokens(head)
    for k in _positions(head, tokens):
        start, prev, word = tokens[k].start(), tokens[k - 1].group(), tokens[k].group()
        bare = prev.strip(_PUNCT)
        month = words[k - 1] in _MONTHS and tokens[k - 2].group()[:1].islower()  # "... in June Jo Lee's ..."
        if (not word[:1].isupper() or not (bare[:1].islower() or month) or not _ENDS_LOWER.search(prev.lower())
                or bare.lower() in GLUE_STOPS or prev[-1:] in ",:;" or words[k] in CALENDAR_WORDS
                or words[k - 1] in _SUBORDINATE or _SAYS.fullmatch(words[k - 1]) or _TELLS.fullmatch(words[k - 1])
                or words[k - 2] in _PRONOUNS or words[k - 2] in _PERFECT
                or any(w in ("and", "or") and tokens[j + 1].group()[:1].isupper() for j, w in enumerate(words[k - 3:k - 1], k - 3))
                or _wants_object([t.group() for t in tokens[max(0, k - 3):k]])
                or in_own_clause([t.group() for t in tokens[max(0, k - 2):k]])):  # "... that attacks Velania will ..."
            continue
        verb = _verb_at(tokens[k:])
        if verb < 1 or _object_missing(tokens, words, k + verb):
            continue
        if words[k - 1] in _ROLES and not any(t.group()[:1].islower() and _norm(t.group()) not in GLUE_STOPS for t in tokens[k:k + verb]):
            continue  # a name after its role ("his sister Ada Vell has ..."), not "the firm Velan government officials have ..."
        if _names(tokens[k:k + verb]) & _names(tokens[:k]):
            return start
    return 0


def story_start(line: str) -> int:
    """Where the story of an article's first ``line`` starts after a headline, caption or page
    furniture glued in front of it (see the module's rules), else 0."""
    caption = _QUOTED_LINE.search(line, 0)
    if caption and 0 < caption.start() < _WINDOW and not SENTENCE_END.search(line, 0, line.index(":", caption.start())):
        return len(line)  # 'Velan floods: Dam holds Governor Jo Lee: "We were lucky."': no story on the line
    start = 0
    for _ in range(4):  # a stamp, a headline, a caption, ...
        head = line[start:]
        m = _HELP.match(head) or _UPDATED.search(head, 0, _WINDOW) or _STAMP.match(head) or _QUOTED.search(head, 0, _WINDOW)
        if m and not SENTENCE_END.search(head, 0, m.start()) and len(head[m.end():].split()) >= _STORY:
            start += m.end()
            continue
        # restated words, two clauses run together, a caption's credit after the headline ("... Photograph: Jo Lee/AP ...")
        cut = _restated(head) or _ended(head) or _named(head) or credit_start(head)
        if not cut:
            break
        start += cut
    kicker = _KICKER.match(line)
    if not start and kicker and not any(_norm(w) in _CLAUSE_WORDS for w in kicker.group().split()):
        spans = split_sentences(line)
        if len(spans) > 1 and len(line[:spans[0][1]].split()) > _KICKED:  # a headline runs into the story with
            return spans[1][0]  # no seam to show where: the sentence goes (a line of that one sentence stays)
    return start
