"""Who a point's bare name is (pure): the full name, and role, its article gave that person.

News names a person in full once ("Jim Hall, chairman of the National Transportation Safety Board, said ...") and by
the surname after ("Hall said the tests should include child dummies."); quoted alone, "Hall" says no one.  A point
that names a person by one word keeps its words, and the reader is told whom they mean from the article it quotes,
beside them as a date is ("Hall [Jim Hall, chairman of the National Transportation Safety Board] said ...").

A name is a person's when the sentence says so: a title before it ("Dr. Beck", "Rep. Kolbe"), a speaker's verb after it
("Hall said", "said Hall", "Welch, who is based in Vancouver, said"), or an age ("Suender, 58, testified").  Its full
name is a run of capitalised words that ends on it ("Jim Hall", "NTSB Chairman Jim Hall") or, in names written surname
first, begins on it ("Zhang Geng"), found in the article's sentences before the point's (else after it), its first word
no word the article also writes in small letters ("Town Hall" is no one's name); a short apposition after it that
opens in small letters is the role ("chairman of ..."; not a clause, "who ...", nor an attribution, "his lawyer said").
A possessive or an act after the name ("Soldierwolf's family", "Mulholland faxed"), or a name inside the sentence with no
mark of its own ("its support for Fong"), is a person's only where the full name carries a title or a role too, a role
that is no body's ("Log Cabin Republicans, a gay group"); an outlet after "told" at a clause's end is none.

None is told when the sentence names the person in full itself, or the article never does; when the article may mean
two people (two given names, a relative beside the name, two ages, a title of the point's own that the full name does
not carry, "Mrs Okafor" beside "Emeka Okafor"); nor for a body ("Ford, the carmaker, said it would ...", "Police
said"), a word the article writes in small letters, or a name the article also uses as a place ("in Jordan").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from briefbot.brief.turns import spoken
from briefbot.models import Article, Point
from briefbot.text.dates import CALENDAR_WORDS, MONTH_WORD
from briefbot.text.pastforms import past_form
from briefbot.text.seamwords import SPEECH_VERBS
from briefbot.text.terms import sentence_spans, stop_words, text_key

__all__ = ["attributed", "full_names", "named"]

_WORD = r"[A-Z](?:['’][A-Z])?[a-z]+(?:[-'’][A-Z]?[a-z]{2,})*"  # a capitalised word of a name ("Hall", "Bristol-Power", "O'Neill")
_TITLE = (r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Rep|Sen|Gov|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Rev|Judge|Justice|President|Premier|"
          r"Chairman|Chairwoman|Minister|Secretary|Ambassador|Mayor|Sheriff|Chief|Officer|Detective|Professor)\.?")
_SPEAKS = (rf"{SPEECH_VERBS}|testified|argues|acknowledged|admitted|denied|stressed|announced|predicted|contends|"
           r"contended|maintains|maintained|agreed|conceded|estimated|believes|believed|thinks|thought|declined|cautioned|"
           r"suggested|suggests|complained|confirmed|described|claimed|claims|responded")
# a name of one word (no capitalised word on either side), after its title if it has one
_BARE = re.compile(rf"(?<![\w.’'-])(?:(?P<title>{_TITLE})\s+)?(?P<name>{_WORD})(?P<s>['’]s\b)?(?![\w’'-]|\s+[A-Z])")
# ... a person's: a speaker's verb after it (past a short clause or apposition set off by commas: "Madras, a professor
# of biopsychology, said") or an age ...
_SPEAKER_AFTER = re.compile(rf"(?:,\s+(?:who\b|whose\b|(?:the |a |an )?[a-z])[^,;]{{1,80}},)?\s+(?:(?:has|have|had)\s+)?(?:{_SPEAKS})\b"
                            r"|,\s+\d{1,3},")
# ... or an attribution's verb before it, the name ending the clause ('..., said Dunlap.'; not "said Arctic sea ice ...")
_SPEAKER_BEFORE = re.compile(r"\b(?:said|says|added|adds|wrote|writes|explained|noted|insisted|warned|recalled|according to)\s+$")
_IT_SAID = re.compile(r"(?:said|says|added|announced|confirmed|denied|claimed|warned)\s+(?:its\b|it\s+(?!(?:was|is)\b))")  # a body's
# words that begin a place's name, no given name ("South Sudan", "Northern Ireland", "Saint-Germain")
_PLACE_WORDS = re.compile(r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|New|Upper|Lower|Greater|Saint|"
                          r"St|San|Santa|Port|Mount|Fort|Lake|Cape)(?:-\w+)?")
# a relative of one the article names: maybe another person of that name ("his wife", "her father", "no relation";
# not another's, "Cheney's daughter", nor a firm's "family" of buyers)
_KIN = re.compile(r"(?i:\b(?:(?:his|her|their)\s+(?:\w+\s+)?(?:wife|husband|sons?|daughters?|father|mother|brothers?|sisters?|"
                  r"widow|widower|parents?|uncle|aunt|cousin|nephew|niece|grandson|granddaughter|grandfather|grandmother)|"
                  r"no\s+relation)\b)")
_COURTESY = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?")
# ... or, where the article's full name says a person's too, a possessive or an act after it ("Hammerman's book",
# "Mulholland faxed the story")
_ACTS = re.compile(r"\s+([a-z]+)\b")  # (the word after the name, a past form: briefbot.text.pastforms)
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?]|$)")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|of|to|near|on|into|across|outside|inside)\s+$")  # (not "support for Fong")
_DOTTED = r"(?:[A-Z]\.){1,3}"  # ("U.S.", "G.")
_RUN = re.compile(rf"(?:(?:{_WORD}|[A-Z]{{2,6}}|{_TITLE}|{_DOTTED})\s+){{1,7}}$")  # the capitalised words just before a name
_AFTER_RUN = re.compile(rf"\s+((?:{_WORD})(?:\s+{_WORD})?)\b")  # ... and just after it (a surname written first)
_PLACES = frozenset({"street", "avenue", "road", "county", "university", "college", "school", "hospital", "park",
                     "center", "centre", "institute", "foundation", "committee", "party", "company", "group", "river",
                     "lake", "island", "square", "hall", "house", "church", "airport", "station", "board", "council",
                     "department", "ministry", "agency", "association", "society", "bank", "city", "state", "town",
                     "administration", "government", "campaign", "presidency", "doctrine", "era", "plan", "family", "library",
                     "act", "bill", "law", "trust", "prize", "award", "museum", "stadium", "hotel", "jr", "sr"})
# bodies and crowds a sentence may open on, no one person ("Police said ...")
_BODIES = frozenset({"police", "army", "navy", "military", "government", "officials", "authorities", "rescuers", "troops",
                     "witnesses", "residents", "protesters", "doctors", "investigators", "prosecutors", "firefighters"})
_ROLE_WORD = re.compile(rf"{_TITLE}|Director|Leader|Head|Spokesman|Spokeswoman|Commissioner|Chancellor|Governor|Senator"
                        r"|Representative|Envoy|Administrator|Counsel|Attorney|General|Deputy|Vice|Foreign|Prime")
_CALENDAR = re.compile(rf"{MONTH_WORD}")  # a month's name (and CALENDAR_WORDS, a weekday's): no person's (see _calendar)
# an apposition after a full name: its role, set off by commas or ending the sentence ("Omar Rashid, a shopkeeper."; not
# an attribution, "Carl Reed, his lawyer said.")
_APPOSITION = re.compile(r",\s+((?:the |a |an )?[a-z][^,;:()\"“”]{3,80}?)\.?(?:,|[\"”’]?\s*$)")
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|added|reported|announced|confirmed|stated|is|was|are|were|has|have|had|will|would|won)\b")
_NOT_A_ROLE = re.compile(r"(?:is|was|are|were|has|had|will|would|can|could|who|whose|which|that|where|when|however|though|"
                         r"also|too|meanwhile|speaking|according|on|in|at|"
                         r"for|from|to|by|with|after|before|during|since|until|does|do)\b|\w+(?:ing|ly)\b")
MAX_NAMES = 3  # notes in one point
SPEAKS, AGED, ACTS = 2, 1, 0  # how the sentence marks a person: a title or a speaker's verb, an age, a possessive or an act


def _persons(sentence: str) -> list[tuple[int, str, int, str]]:
    """(end offset, name, its mark: :data:`SPEAKS`, :data:`AGED` or :data:`ACTS`) of each name the sentence may give a
    person by one word (see the module), and the title before it ("Mrs", "President"; ""), in order."""
    found: dict[str, tuple[int, int, str]] = {}
    for m in _BARE.finditer(sentence):
        name, start = m.group("name"), m.start()
        before = re.search(r"([A-Z][\w.’'-]*)\s+$", sentence[max(0, start - 30):start])
        if (before and before.group(1).lower() not in stop_words()) or name.lower() in stop_words() or _calendar(name):
            continue  # (the last word of a longer name: "Jim Hall", "Kings County"; a function word; a day)
        if _PLACE_BEFORE.search(sentence, max(0, start - 12), start) or re.search(r"\b[Tt]he\s+$", sentence[max(0, start - 5):start]):
            continue  # ("experts meeting in Harare said": a place; "the Times said": a body)
        end = m.end("name")
        if re.search(r"\b(?:told|tells|to)\s+$", sentence[max(0, start - 8):start]) and _CLAUSE_END.match(sentence, end):
            continue  # (an outlet: "the senator told Bloomberg.", "said in an interview to Xinhua.")
        speaker = _SPEAKER_AFTER.match(sentence, end)
        if speaker and _IT_SAID.match(sentence, speaker.end() - len(speaker.group(0).split()[-1])):
            continue  # ("Ford, the carmaker, said it would cut ...": a body)
        mark = ACTS if m.group("s") else SPEAKS if m.group("title") is not None or (speaker and speaker.group(0)[-1] != ",") or (
            _SPEAKER_BEFORE.search(sentence, max(0, start - 20), start) and _CLAUSE_END.match(sentence, end)) else AGED if speaker else -1
        act = _ACTS.match(sentence, end)  # ("Mulholland faxed the story")
        inside = start > 0 and not sentence[:start].rstrip().endswith(('"', '“', ':'))  # ("its support for Fong")
        if (mark >= 0 or (act and past_form(act.group(1))) or inside) and name not in found:  # (where the full name says a person's)
            found[name] = (m.end(), max(mark, ACTS), (m.group("title") or "").rstrip("."))
    return sorted((end, name, mark, title) for name, (end, mark, title) in found.items())


def _fulls(name: str, text: str, article: str, mark: int = SPEAKS) -> Iterator[tuple[str, str]]:
    """The full names, and roles, ``text`` (a sentence of ``article``) gives the person ``name`` (see the module), each
    with the given name next to it ("" for a title alone); a surname written first only when the point's sentence
    ``mark``s a speaker; for a possessive's or an act's mark, only where ``text`` says a person's too (a title, a role)."""
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text):
        follows = re.match(r"\s+(?!(?:Jr|Sr)\b)[A-Z][a-z]", text[m.end():])  # (a name's suffix is no name: "Wagoner Jr.")
        if follows and mark < SPEAKS:
            continue  # (a given name there, not this surname: "Foreign Minister Israel Katz")
        run = _RUN.search(text, 0, m.start()) if not follows else None
        words = run.group(0).split() if run else []
        if run and len(words) > 1 and _PLACE_BEFORE.search(text, max(0, run.start() - 12), run.start()):
            words = words[1:]  # (a place's name ends the phrase before: "spokesman on Chechnya Sergei Yastrzhembsky")
        given_at = _given_at(words)
        if given_at and not _ROLE_WORD.fullmatch(words[given_at - 1].rstrip(".")) and not re.fullmatch(_DOTTED, words[given_at - 1]):
            words = words[given_at:]  # (what comes before is no title: "... on Chechnya Sergei Yastrzhembsky")
        while words and (words[0].lower() in stop_words() or words[0].lower().strip(".") in _PLACES or (
                words[0].endswith("ed") and len(words) > 1 and _ROLE_WORD.fullmatch(words[1]))):
            words.pop(0)  # ("The", "Town", "Embattled President": no part of a person's name; "Ahmed" is)
        given = [w for w in words[_given_at(words):] if re.fullmatch(_WORD, w)]  # (a title's words are not checked)
        if given and not any(_in_small_letters(w, article) or _calendar(w) or _PLACE_WORDS.fullmatch(w) for w in given) and (
                mark or any(_ROLE_WORD.fullmatch(w) for w in words) or _named_there(text, m.end())):
            whole, end, first = " ".join([*words, name]), m.end(), given[-1]  # (the given name next to it)
        elif mark and words and _ROLE_WORD.fullmatch(words[-1].rstrip(".")) and not given:
            whole, end, first = " ".join([*words, name]), m.end(), ""  # a title alone ("Chinese Foreign Minister Tang")
        elif mark == SPEAKS and (after := _AFTER_RUN.match(text, m.end())) and not words and all(
                w.lower() not in stop_words() | _PLACES and not _in_small_letters(w, article) and not _calendar(w)
                and not _PLACE_WORDS.fullmatch(w)
                and not w.endswith("s")  # (a given name, not a plural: "Damascus Officials")
                for w in after.group(1).split()) and _named_there(text, after.end()):
            whole, end, first = f"{name} {after.group(1)}", after.end(), after.group(1).split()[0]
        else:
            continue
        role = _APPOSITION.match(text, end)
        if role and not _NOT_A_ROLE.match(role.group(1)) and not past_form(role.group(1).split()[0]) and len(
                role.group(1).split()) >= 2 and not _ATTRIBUTION.search(role.group(1)):
            if re.split(r"\s+(?:of|at|for|in|with|that|who|which|on)\b", role.group(1))[0].split()[-1].lower() in _PLACES:
                continue  # a body's apposition, no person's ("Log Cabin Republicans, a gay group")
            whole = f"{whole}, {role.group(1)}"
        yield whole, first


def _given_at(words: list[str]) -> int:
    """Where the given names (and their initials: "George W.") begin among the capitalised words before a surname:
    after the last title or acronym ("NTSB Chairman Jim")."""
    at = len(words)
    while at and re.fullmatch(rf"{_WORD}|[A-Z]\.", words[at - 1]) and not _ROLE_WORD.fullmatch(words[at - 1]):
        at -= 1
    return at


def _given_names(name: str, article: str) -> set[str]:
    """The given names ``article`` writes just before ``name`` anywhere, a person's or not ("Michael", "Jesse")."""
    out = set()
    for m in re.finditer(rf"(?<![\w’'-])((?:{_WORD})\s+)(?:[A-Z]\.\s+)?{re.escape(name)}(?:['’]s\b|(?![\w’'-]))", article):
        word = m.group(1).strip()  # (a possessive's too: "Michael Jackson's family")
        if word.lower() not in stop_words() | _PLACES and not _ROLE_WORD.fullmatch(word) and not _calendar(word) \
                and not word.endswith("ed") and not _in_small_letters(word, article) and not _PLACE_WORDS.fullmatch(word):
            out.add(word)
    for m in re.finditer(rf"(?<![\w’'-]){re.escape(name)}\s+({_WORD})(?:\s+{_WORD})?\b", article):  # ... and after it, a
        if m.group(1).lower() not in stop_words() | _PLACES and not _calendar(m.group(1)):  # person's ("Kim Jong Un")
            out.add(m.group(1))
    return out


def _ambiguous(name: str, article: str, found: list[tuple[str, str]], own: str) -> bool:
    """Whether ``name`` may be another person's in ``article``: two ages (the point's ``own`` sentence's and another),
    two given names ("Michael Jackson", "Jesse Jackson"; "Kim Jong Un", "Kim Yo Jong"), a relative told beside it ("her
    father", "His wife said", "no relation"), or a title of its own that a full name's role found says it is not
    ("Interior Minister Rashid" beside "Omar Rashid, a shopkeeper")."""
    if (age := re.search(rf"\b{re.escape(name)},\s+(\d{{1,3}}),", own)) and any(
            a != age.group(1) for a in re.findall(rf"\b{re.escape(name)},\s+(\d{{1,3}}),", article)):
        return True  # two ages: two people ("Reed, 19," beside "Carl Reed, 54,")
    firsts = {first for _, first in found if first} | _given_names(name, article)
    if any(a != b and not a.startswith(b) and not b.startswith(a) for a in firsts for b in firsts):
        return True
    texts = [s.text for s in sentence_spans(article)]
    for k, text in enumerate(texts):  # a relative of one named, in a sentence naming the name or the one before or after it
        if name in text and (_KIN.search(text) or (k + 1 < len(texts) and _KIN.match(texts[k + 1].lstrip("\"“‘'"))
                                                   and not re.search(r"\b(?:he|she|him|her)\b", text[:20], re.I))):
            return True  # ("Ms Okafor said her father ...", "a family friend of no relation"; "His wife said ..." next)
    titles = {m.group(1) for m in re.finditer(rf"\b({_ROLE_WORD.pattern})(?<!\.)\s+{re.escape(name)}(?![\w’'-])", article)
              if not _COURTESY.fullmatch(m.group(1))}
    roles = [who.split(",", 1)[1].lower() for who, first in found if first and "," in who]  # (the roles its full names have)
    return any(t.lower() not in role for t in titles for role in roles)  # ("Omar Rashid, a shopkeeper" is no minister)


def _named_there(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is a person's where the article writes it in full: a speaker's verb or an
    apposition after it ("Zhang Geng, deputy minister of justice, ..."; not a headline's "Bush Confident ...")."""
    return _SPEAKER_AFTER.match(text, end) is not None or re.match(r",\s+(?:the |a |an )?[a-z]", text[end:]) is not None


def _in_small_letters(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` in small letters, a whole word: a word, not a name."""
    return word.lower() in _words(text)


@lru_cache(maxsize=64)
def _words(text: str) -> frozenset[str]:
    """The words of ``text`` as written (runs of letters, digits and hyphens), read once per article."""
    return frozenset(re.split(r"[^\w-]+", text))


def _calendar(word: str) -> bool:
    """Whether ``word`` is a month's or a weekday's name ("Aug.", "Monday"), no person's."""
    return word.lower() in CALENDAR_WORDS or _CALENDAR.fullmatch(word) is not None


@lru_cache(maxsize=1024)  # (a sentence both a point and a timeline line is read once; as many as terms keeps spans of)
def full_names(sentence: str, article: str) -> tuple[tuple[int, str], ...]:
    """(offset after the name, who) for each name of ``sentence`` (a sentence of ``article``) that gives a person by one
    word, with the full name and role ``article`` gives them: its sentences before this one first (see the module)."""
    persons = _persons(sentence)
    if not persons:
        return ()
    spans = [s.text for s in sentence_spans(article)]
    key = text_key(sentence)
    at = next((k for k, s in enumerate(spans) if text_key(s) == key), len(spans))
    ordered = [*spans[:at][::-1], *spans[at + 1:]]
    out: list[tuple[int, str]] = []
    for end, name, mark, title in persons[:MAX_NAMES]:
        if name.lower() in _BODIES or _in_small_letters(name, article) or re.search(
                rf"\b(?:in|at|into|across|near|outside)\s+{re.escape(name)}\b(?!['’])", article):
            continue  # a word, or a place as well ("Police said ...", "Israel told ..." where the article is "in Israel")
        found = [w for s in ordered if name in s for w in _fulls(name, s, article, mark)]
        if title and title not in ("Mr", "Dr", "Prof", "Professor"):  # ("Mrs Okafor", "President Lee": that title's full name)
            found = [(who, first) for who, first in found if re.search(rf"\b{re.escape(title)}\b", who.split(",")[0])]
        if not found or _ambiguous(name, article, found, sentence):
            continue  # ("Jackson" says not which)
        told = [who for who, first in sorted(found, key=lambda f: not f[1]) if who.split(",")[0] not in sentence]
        if told:  # (a given name first: "Dr Conrad Murray", not a title alone, "Dr Murray")
            out.append((end, told[0]))
    return tuple(out)


def named(points: Iterable[Point], articles: Mapping[int, Article]) -> list[Point]:
    """``points``, each with who its bare names are in the article it cites first (:func:`full_names`)."""
    out = []
    for p in points:
        quoted = articles.get(p.article_ids[0]) if p.article_ids else None
        found = full_names(p.text, quoted.text) if quoted is not None else ()
        out.append(replace(p, names=found) if found else p)
    return out


def attributed(points: Sequence[Point], articles: Mapping[int, Article]) -> list[Point]:
    """``points`` with whose turn of a transcript each quotes (:func:`briefbot.brief.turns.spoken`) and who its bare names
    are (:func:`named`)."""
    return named(spoken(points, articles), articles)
