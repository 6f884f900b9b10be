"""A photo caption on a line of its own at the top of a page (pure).

Pages of some outlets open with the picture's caption, one sentence on its own line, and the
story on the next ("Protesters wave flags outside the parliament in Velan on Friday." / "The
government of Ostravia resigned ..."). A caption describes the picture in the present simple
while naming the day it was taken, which lies in the past ("protesters wave ... on Friday", "a
woman holds a banner ... earlier this week", "the frigate Kestrel fires a missile ... on
March 4, 2011"); news prose tells a past day in the past tense ("protesters waved", "the
frigate fired"), and its present tense names a day to come ("the talks open on Friday").

:func:`picture_caption` reads that from the sentence alone, with no tagger, and only when
every sign agrees:

* it opens on its subject (a capitalised word, not a preposition or a subordinating word:
  "On a busy Friday night, Jo Lee serves ..." is a feature's lead), and a verb in the present
  simple agrees with it before the day: "-s" after a singular head ("a woman holds", "the
  frigate fires", "Jo Lee, second from left, waves"), the bare form after a plural one
  ("protesters wave", "police officers march", "members of the union shout"); the head of a
  subject with a preposition is the word before it ("members" in "members of the union");
* it names a day after the verb (a weekday, not a possessive, "Friday's vote", nor "next
  Friday"; a month and day; "earlier this week") that :mod:`briefbot.text.tense` does not read as one to come;
* it has no verb in the past (a word in "-ed", an irregular past form from the closed list
  below; "left" of "second from left" is a place in the picture), no helping verb or modal
  ("is", "have", "will": "officials are rejecting ... on Friday", "leaders will gather on
  Saturday"), reports no speech or wish ("says", "according to", "wants": "the number of
  incidents continues to rise, according to the commission on Wednesday"), and none of the verbs
  whose present tells a timetable ("opens", "ends", "expires", "meets", "takes place": "the
  offer expires on 30 June"; grammar books' closed set, not after "to": "tries to end");
* it is one sentence, ends with a full stop and carries no quotation, no colon (a speaker's
  line, a timeline's entry: "Sept. 7: ...") and no dash between words (a brief's topic);
* it says where the picture was taken, after the verb ("... outside the parliament in Velano",
  "... toward a target on Velan's coast"), or who stands where in it ("second from left,"), and
  has no second verb in "-s" after "and": a preview names no such place ("Voters in Velano
  elect a new parliament on Sunday.", "The president visits flood-hit areas on Wednesday."), and
  a feature's present runs on ("Jo Lee walks into the clinic in Velano on Tuesday and sits down
  ..."). A caption without a place ("A protester holds bread during a demonstration earlier this
  week.") stays: the first line is the story's lead as often.

Only the page's first line, with more lines below it, is read so (:func:`briefbot.text.clean.clean_article`):
further down, the same shape is a gallery's caption as often as a timetable's or a listing's line. On the page's very
first line (``first_line``; not the next one after a caption cut) the place after the verb is enough without the day
when the verb is one of what a camera shows people or things doing (:data:`_PICTURED`: "A young protester holds a sign
during a rally in the port of Velano." / "Traders work on the floor of the Kestrel exchange." over the story): a lead
told in the present simple tells a state or a move ("Fighting rages in the streets of Velano.", "Rebels control the
port of Velano.", "Thousands remain without power in Kestrel."), and one after an outlet's dateline ("(CNN) -- A
desperate call for help sounds from Velano every day.") is the story's (the caller's check). Of the 3,183 distinct
first lines of the dev articles, the 9 that read so are 8 captions and a headline run into its standfirst.
Without the day (``dated=False``), the present simple alone tells a picture only where other
evidence tells a caption: on the page's first line, when the line below is a caption's last
sentence, its credit opening the line after it; on its own, a lead in the present ("Historians
identify eras by decades.") would be cut.

Telling a present-simple verb from an irregular past ("took", "hung", "felt") cannot be done
from its shape: :func:`briefbot.text.pastforms.past_form` lists the irregular past forms of English, a
closed class. A word that is both ("put", "cut", "set") counts as past: the rule stays silent.
"""

from __future__ import annotations

import re

from briefbot.text.clauses import HELPING
from briefbot.text.dates import MONTH_WORD, WEEKDAY_NAMES
from briefbot.text.pastforms import past_form
from briefbot.text.segment import split_sentences
from briefbot.text.tense import is_future

__all__ = ["picture_caption"]

# helping verbs and modals, and words of reported speech
_HELPING = HELPING | {"am", "having", "do", "does", "did", "shall", "'s", "’s", "'re", "’re", "won't", "can't", "isn't",
                      "aren't"}
_REPORTS = frozenset({"say", "says", "tell", "tells", "according", "report", "reports", "add", "adds", "write",
                      "writes", "claim", "claims", "warn", "warns", "announce", "announces", "insist", "insists",
                      "explain", "explains", "confirm", "confirms", "deny", "denies", "demand", "demands",
                      "want", "wants", "need", "needs", "seek", "seeks", "expect", "expects"})  # (and a wish, ahead)
# the verbs whose present simple tells a timetable, a day to come ("the talks open on Friday", "the offer expires
# on 30 June", "the court meets on Monday", "the show takes place on 8 October"): grammar books' closed set
_TIMETABLE = frozenset({"open", "opens", "start", "starts", "begin", "begins", "end", "ends", "close", "closes", "finish",
                        "finishes", "resume", "resumes", "meet", "meets", "expire", "expires", "leave", "leaves",
                        "arrive", "arrives", "return", "returns", "depart", "departs", "convene", "convenes", "place",
                        "kick", "kicks", "run", "runs", "continue", "continues", "enter", "enters", "follow", "follows"})
# words that open no subject: prepositions, conjunctions, determiners that need a noun first
_FUNCTION = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "of", "in",
    "on", "at", "by", "for", "with", "from", "to", "into", "onto", "near", "outside", "inside", "during", "after",
    "before", "over", "under", "behind", "beside", "between", "among", "amid", "across", "along", "around", "against",
    "through", "toward", "towards", "past", "off", "up", "down", "out", "about", "above", "below", "beyond", "via",
    "and", "or", "but", "as", "while", "when", "where", "who", "which", "whom", "whose", "if", "because", "since",
    "until", "though", "although", "than", "not", "no", "so", "also", "only", "just", "even", "still", "all", "both",
    "each", "every", "some", "any", "many", "more", "most", "several", "few", "other", "another", "such", "there",
    "here", "it", "he", "she", "they", "we", "i", "you", "them", "him", "us", "me", "what", "how", "why", "then",
    "now", "again", "once", "very", "too",
})
_PREPOSITIONS = frozenset({"of", "in", "at", "from", "near", "outside", "inside", "on", "with", "during", "by",
                           "behind", "beside", "along", "across", "around", "under", "over"})
# a subject of plural meaning with no "-s" ("police officers", "people", "the crowd")
_PLURAL_HEADS = frozenset({"police", "people", "children", "women", "men", "troops", "staff", "crowd", "crowds"})
_WEEKDAY = f"(?:{WEEKDAY_NAMES})"
_DAY = re.compile(rf"(?<!next )(?<!this )\b{_WEEKDAY}\b(?!['’])|\b{MONTH_WORD} \d{{1,2}}\b|\b\d{{1,2}} {MONTH_WORD}"
                  r"|\bearlier this (?:week|month)\b")
_PUNCT = "\"'“”‘’()[],.;:!?"
_MAX_WORDS = 40


def _bare(token: str) -> str:
    return token.strip(_PUNCT)


def _plural(head: str) -> bool:
    lower = head.lower()
    return lower in _PLURAL_HEADS or (lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(lower) > 3)


def _verb(tokens: list[str]) -> int:
    """The index of the present-simple verb that agrees with the subject ``tokens`` open on, or -1."""
    head = ""  # the subject's head when a preposition follows it ("members" of "members of the union")
    for k in range(1, min(len(tokens), 16)):
        word, prev = _bare(tokens[k]), tokens[k - 1]
        lower = word.lower()
        if lower in _PREPOSITIONS and not head:
            head = _bare(prev)
        if prev.endswith(","):  # an apposition: "Jo Lee, second from left, waves ..."
            close = next((j for j in range(k, min(k + 6, len(tokens) - 1)) if tokens[j].endswith(",")), 0)
            if not close:
                return -1
            head = head or _bare(tokens[k - 1])
            return _verb_at(tokens, close + 1, head)
        if not word.isalpha() or not word.islower() or lower in _FUNCTION or word.endswith(("ing", "ly")):
            continue
        if _bare(prev).lower() in _FUNCTION and _bare(prev).lower() not in _PLURAL_HEADS:
            continue  # a noun after a determiner or a preposition ("the world", "in Cairo")
        if past_form(word):
            return -1
        found = _verb_at(tokens, k, head or _bare(prev))
        if found >= 0:
            return found
    return -1


def _verb_at(tokens: list[str], k: int, head: str) -> int:
    """``k`` when the word there is a present-simple verb agreeing with ``head``, else -1."""
    if k >= len(tokens):
        return -1
    word = _bare(tokens[k])
    if not word.isalpha() or not word.islower() or word in _FUNCTION or past_form(word):
        return -1
    third = word.endswith("s") and not word.endswith(("ss", "us", "is"))
    return k if third != _plural(head) else -1


def _third_person(verb: str) -> str:
    """The present simple's third person of a verb's base form ("carry" "carries", "watch" "watches", "hold" "holds")."""
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s")


def picture_caption(line: str, *, dated: bool = True, first_line: bool = False) -> bool:
    """Whether ``line``, a page's first line with the story below it, is a photo caption (see the
    module); ``dated=False`` when other evidence tells a caption (the line below ends one) and
    the present simple is enough; ``first_line`` when it is the page's first line, where the place the picture was
    taken stands for its day (the story's lead does not open in the present simple on a scene)."""
    text = line.strip()
    spans = [m.span() for m in re.finditer(r"\S+", text)]
    tokens = [text[a:b] for a, b in spans]
    if not 5 <= len(tokens) <= _MAX_WORDS or not text.endswith(".") or any(q in text for q in "\"“”:"):
        return False  # (a colon: a speaker's line or a timeline's entry, "Sept. 7: ...")
    if " -- " in text or " - " in text or len(split_sentences(text)) != 1:
        return False  # (a brief's topic: "Jo Lee trial -- ...")
    first = _bare(tokens[0]).lower()
    if not tokens[0][:1].isupper() or (first in _FUNCTION and first not in ("a", "an", "the")):
        return False
    words = [_bare(token).lower() for token in tokens]
    if any(_silencing(words, k) for k in range(len(words))):
        return False
    verb = _verb(tokens)
    if verb < 0:
        return False
    if not dated:
        return True
    day = _DAY.search(text, spans[verb][1])
    if day is None and not (first_line and ((_bare(tokens[verb]) in _PICTURED and not _HELD.search(text)) or _POSITION.search(text))):
        return False  # (no day: on the first line, a scene a camera shows, not a lead's state: "Fighting rages in ...")
    if (day is not None and is_future(text, day.start())) or _and_verb(tokens, verb):
        return False  # (a second verb: a feature's present, "Jo Lee walks into the clinic ... and sits down")
    return _PLACE.search(text, spans[verb][1]) is not None or _POSITION.search(text) is not None


# what a camera shows people or things doing, in the present simple: a caption's verbs with no day to tell a picture
# ("Protesters wave flags outside ...", "A worker uses a hose to ...", "Traders work on the floor of ..."); not a lead's
# states and moves ("Fighting rages in ...", "Thousands remain without power in ...", "The army takes control of ...",
# "The pound falls against ...", "Jo Lee wakes before dawn in ...", "The body lies in the street outside ...")
_PICTURED_VERBS = """
hold wave carry march gather stand sit walk demonstrate chant shout pray mourn weep look watch work clean ride wait queue
rest play pose smile cheer celebrate hug embrace kneel climb unfurl hoist use push pull wade dig sweep shovel sift
gesture dance sing greet comfort wear stack paint light
"""
# ... not a "hold" of news: talks, a vote, a town ("Rebels hold the port of ...", "Both sides hold talks in Cairo.")
_HELD = re.compile(r"\bholds? (?:talks|(?:a |an )?(?:meeting|summit|vote|referendum|election|hearing|news conference|press "
                   r"conference|rally)s?|elections|power|control|office|the (?:\w+ ){0,2}(?:town|city|port|airport|capital|bridge)(?!['’])|"
                   r"(?:its|their|his|her) (?:ground|position|fire|nerve))\b", re.I)
_PICTURED = frozenset(w for base in _PICTURED_VERBS.split() for w in (base, _third_person(base)))

# where the picture was taken, after the verb ("... outside the parliament in Velano", "... on Libya's coast"), or who
# stands where in it ("second from left"): a preview or a feature's lead names no such place ("Voters in Velano elect a
# new parliament on Sunday.", "The president visits flood-hit areas on Wednesday.")
_PLACE = re.compile(rf"\b(?:in|at|of|outside|inside|near|off|on|across|along|around|from|toward|towards|into)\s+(?:the\s+)?"
                    rf"(?!{_WEEKDAY}\b|{MONTH_WORD}(?:\s|$))[A-Z][a-z]")
_POSITION = re.compile(r"\b(?:(?:second|third|fourth|far) from (?:left|right)|left|right|centre|center|pictured)\b,")


def _and_verb(tokens: list[str], verb: int) -> bool:
    """Whether a second verb in "-s" joined by "and" follows a first in "-s" ("Jo Lee walks into the
    clinic ... and sits down": a feature's present, not a picture's moment)."""
    if not _bare(tokens[verb]).endswith("s"):
        return False
    singular = "it"  # a head that the verb in -s agrees with
    return any(tokens[k] == "and" and _verb_at(tokens, k + 1, singular) == k + 1 for k in range(verb + 1, len(tokens) - 1))


def _silencing(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` tells news prose, not a picture: a helping verb or a modal, speech
    reported, a timetable's verb (not after "to": "tries to end"), a pronoun's "'s" ("it's"), a
    verb in the past (not "left" of "second from left")."""
    word = words[k]
    if word in _HELPING or word in _REPORTS or (word in _TIMETABLE and words[k - 1:k] != ["to"]):
        return True
    if word.endswith(("'s", "’s")) and word[:-2] in _FUNCTION | {"let"}:
        return True
    return past_form(word) and not (word == "left" and words[k - 1:k] in (["from"], ["far"]))
