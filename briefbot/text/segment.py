"""Fast, offline English sentence segmentation.

The segmenter is a single compiled-regex scan for *candidate* boundaries followed by a small
decision function.  No model, no downloaded data, no I/O.

How text is cut
---------------
1. **Lines.**  Every line break (``\\n``, ``\\r``, ``\\u2028`` ... -- the characters :meth:`str.splitlines` breaks on) is a
   hard boundary: our articles hold one paragraph a line.
2. **Lists.**  A line that starts with a list marker (``1.``, ``1)``, ``1.)``, ``a.``, a bullet such as ``•``, or a
   bullet plus a number) is also cut before each *following* marker of the same list (the next number or letter, or the
   same bullet), even when no punctuation ends the item.  A marker at the start of a sentence never ends that sentence.
3. **Candidates.**  A run of ``.``, ``!``, ``?`` or ``…`` that is followed by optional closing
   quotes/brackets and then whitespace (or the end of the line) is a candidate.  Spaced
   ellipses (``. . .``) are merged into one candidate.  Dots inside a token (``$100.00``,
   ``example.com``, ``Jane.Doe@x.org``, ``Jr.'s``, ``U.S.-based``) are never candidates.
4. **Missing full stops** (:mod:`briefbot.text.stops`).  Pages run a photo caption, a headline or
   a source label into the story without a full stop.  Three or more words into a sentence, right
   after a word, a number or a closing bracket with nothing but spaces between them, a new
   sentence starts at

   * a capitalised ``The`` before a lower-case word (``... posed for a group photo in Baghdad The
     summit was held ...``, ``... when he died The detective said ...``): English writes ``The``
     inside a sentence only in a name or a title, whose next word is capitalised (``in The Hague``);
   * a capitalised ``The`` opening a name that is a clause's subject, its verb (``has``, ``was``,
     ``said`` ...) within six words and no punctuation between (``... peace plan for Syria The United
     States has warned ...``), and a pronoun or ``There`` with its verb (``... residents say There
     are fears ...``, ``... a 40ft iron box It will be placed ...``: a reported clause opens in
     lower case); a name, unless the word before takes it as its object or names it: a
     preposition, a conjunction, an article, a verb of saying, telling, naming or reading, a word in
     -ing, a possessive, a role (``in The Hague``, ``officials say The Hague has ...``, ``the single
     The Final Countdown``);
   * a capitalised preposition or conjunction before a lower-case word or a number, after a word
     in lower case that names nothing (``... in Geneva For 16 months, troops ...``; not ``the
     group For the Sake of the Salmon``, nor after a capitalised word: ``This Just In``); so too
     a quantity or the people a report cites (``... the rupture Experts warn ...``, ``... the
     slick spreads Several countries ...``), unless the word before takes it (``the Army and
     Police which ...``);
   * a capitalised word whose verb follows within eight words, after a clause that has its verb
     and ends on its date and an age (``... died in June 2009 aged 50 Executors of his estate have
     asked ...``; not after a word opening the clause the date is fronted in: ``noting that in
     1949 Ostravia was ...``).

   Never inside a quotation that closes after the start (the speaker's own missing stop), nor after a speaker's
   verb, and lower-case words after it, that opens a quotation without marks (``Jo Lee said The army is lying``).
5. **Decision.**  A candidate ends a sentence only if the next word starts with an upper-case letter, a digit or
   a caseless letter -- a lower-case next word (``U.S. has``, ``co. at``, ``'Done.' she said``) always continues
   the sentence.  Then, by the kind of candidate:

   * ``?`` / ``!`` and four or more dots (period plus ellipsis) are *strong*: they split, except that a closing
     quote followed by a speech attribution (``“Who?” Kurti asked.``) continues, and so does a cry inside a
     quotation the sentence opened that closes a few words on, run on in lower case (``“Chavez! Chavez!” and``).
   * A three-dot ellipsis glued to its word (``He paused... Then``) splits before any
     capitalised word.  A spaced ellipsis (``word ... Next``, ``. . .``) marks an omission and
     splits only before a common sentence-starting word (``The``, ``He``, ``But`` ...), never
     before ``I`` (always capitalised, so no evidence).  An ellipsis never splits at the start
     of a sentence, inside brackets (``[...]``) or before a closing-quote attribution.
     ``word. . . . Next`` is a period then an ellipsis that opens the next sentence.
   * A single period after an ordinary word splits.  After an abbreviation it depends:

     - titles and Latin abbreviations (``Mr.``, ``Dr.``, ``Gen.``, ``Sen.``, ``e.g.``,
       ``vs.``, a case's lower-case ``v.``: ``State v. Lee``) never split;
     - number prefixes, months and single letters (``No. 5``, ``p. 55``, ``Jan. 5``,
       ``b. 1821``) do not split before a digit;
     - *ambiguous* abbreviations -- company suffixes (``Inc.``, ``Corp.``, ``Co.``), ``Jr.``,
       ``St.``, months, U.S. state abbreviations, dotted acronyms (``U.S.``, ``a.m.``,
       ``D.C.``) and capital-letter initials (``Jeffrey M. Hovenier``) -- split only before a
       common sentence-starting word (``the U.S. How ...`` splits, ``the U.S. Ambassador``
       does not).  ``I.`` after a lower-case word is the pronoun and splits like a word;
       ``a.m.``/``p.m.`` closing a fronted time phrase (``By 6 a.m. Ms. Rossi had ...``) do not,
       and after a time they also split before a capitalised word and a lower-case one (``at 1:30
       p.m. New warnings were issued``) unless it is a day, month or zone (``3 p.m. Monday``, ``9
       a.m. Moscow time``) or the time qualifies it (``the 7 p.m. Concorde``).

Offsets are character offsets into the original text; each sentence is trimmed of the
whitespace around it (whitespace as defined by :meth:`str.isspace`).
"""

from __future__ import annotations

import itertools
import re

from briefbot.text.seamwords import CLAUSE_AFTER_TIME as _CLAUSE_AFTER_TIME
from briefbot.text.seamwords import FRONTED_TIME as _FRONTED_TIME
from briefbot.text.seamwords import SPEECH_VERBS
from briefbot.text.seamwords import TIME_AS_MODIFIER as _TIME_AS_MODIFIER
from briefbot.text.stops import missing_stops

__all__ = ["sentences", "split_sentences"]

_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_CLOSERS = "\"'”’»)]"
_QUOTES = "\"'”’»"
_OPENERS = "\"'“‘«([—–-"
_BULLETS = "•⁃▪◦‣"

_LINE = re.compile(f"[^{_LINE_BREAKS}]+")

# A run of terminal punctuation that is not preceded by more of it, with closing quotes or
# brackets, followed by whitespace or the end of the line.  Possessive quantifiers and the
# look-behind keep the scan linear: a failed run is never re-tried from inside itself.
_CANDIDATE = re.compile(r"(?<![.!?…])[.!?…]++[\"'”’»)\]]*+(?=\s|\Z)")

# More dots of a spaced ellipsis (" . . ." / " . . . .") right after a candidate.
_SPACED_DOTS = re.compile(r"(?:[ \t]++[.…]++(?=[\s\"'”’»)\]]|\Z))++(?:[\"'”’»)\]]++(?=\s|\Z))?+")

# A list marker at the start of a line: optional bullet, then a number or letter and its
# punctuation, or a bare bullet.
_LIST_START = re.compile(
    rf"[ \t]*+(?:(?P<bullet>[{_BULLETS}])(?P<sep>[ \t]*+))?"
    r"(?:(?P<num>\d{1,3})|(?P<letter>[a-z]))(?P<punct>\.\)|\)|\.)(?=[ \t])"
    rf"|[ \t]*+(?P<lone>[{_BULLETS}])(?=[ \t])"
)
# The text of a sentence so far is nothing but a list marker ("1.", "• 9.", "a.", "1.)").
_MARKER_ONLY = re.compile(rf"(?:[{_BULLETS}][ \t]*+)?(?:\d{{1,3}}|[a-zA-Z])\.\)?")

_DOTTED = re.compile(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}")  # U.S, a.m, D.C, Ph.D, W.Va
# "Kurti asked", "Prime Minister Albin Kurti asked", "He asked" after a closing quote.
_ATTRIBUTION = re.compile(rf"(?:[A-Z][\w’'.-]*+\s++){{1,4}}(?:{SPEECH_VERBS})\b")
_CRIED = re.compile(r"(?:(?:(?!'')[^.!?\"“”`]){1,40}[!?]+){1,4}(?:[\"”’]|'')[\s,]+[a-z]")  # a quoted cry's rest: "... Chavez!” and ..."
_OPEN_QUOTE = re.compile(r"(?:“|``|(?<!\S)\")(?:(?!”|\"|'').)*$")  # a quotation the sentence opened and did not close
_WORD = re.compile(r"[^\W\d_]+")

# fmt: off
# Abbreviations that never end a sentence (compared lower-cased, without the final period).
_NEVER_FINAL = frozenset({
    "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr",
    "adm", "sgt", "cpl", "pvt", "pfc", "spc", "ens", "brig", "sen", "sens", "rep", "reps", "gov",
    "govs", "pres", "supt", "atty", "det", "insp", "rev", "msgr", "fr", "hon", "amb", "mt", "ft", "e.g",
    "i.e", "vs", "cf", "viz"
})
# Abbreviations that do not end a sentence before a number.
_BEFORE_NUMBER = frozenset({
    "no", "nos", "nr", "n°", "p", "pp", "vol", "vols", "fig", "figs", "art", "arts", "sec", "secs",
    "ch", "chap", "para", "op", "tel", "ext", "ca", "approx", "est", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec"
})
# Abbreviations that end a sentence only before a common sentence-starting word.
_AMBIGUOUS = frozenset({
    "inc", "corp", "co", "cos", "ltd", "llc", "plc", "bros", "jr", "sr", "st", "ave", "blvd", "rd",
    "dept", "univ", "assn", "etc", "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec"
})
# U.S. state abbreviations (AP style), matched case-sensitively ("Ill." is not "ill.").
_STATES = frozenset({
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
    "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
    "Tex", "Vt", "Va", "Wash", "Wis", "Wyo"
})
# Words that commonly start a sentence (lower-cased); evidence for a boundary after an
# ambiguous abbreviation or an ellipsis.  "i" is deliberately absent.
_STARTERS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "we",
    "they", "you", "his", "her", "their", "our", "my", "your", "but", "and", "or", "so", "yet", "nor",
    "however", "meanwhile", "still", "also", "in", "on", "at", "after", "before", "during", "since",
    "as", "while", "when", "where", "what", "who", "whom", "whose", "which", "why", "how", "if",
    "although", "though", "because", "for", "from", "with", "without", "to", "of", "by", "under",
    "over", "despite", "amid", "among", "according", "last", "earlier", "later", "now", "then", "today",
    "yesterday", "tomorrow", "tonight", "some", "many", "most", "all", "both", "each", "every",
    "several", "few", "other", "others", "another", "such", "no", "not", "none", "one", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "is", "are", "was", "were", "do", "does",
    "did", "can", "could", "will", "would", "should", "may", "might", "must", "has", "have", "had",
    "even", "only", "instead", "indeed", "thus", "therefore", "moreover", "furthermore", "nevertheless",
    "nonetheless", "overall", "finally", "first", "second", "third", "next", "again", "once", "just",
    "until", "unless", "whether", "mr", "mrs", "ms", "let", "please"
})
# fmt: on


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence in `text`, in order.

    ``text[start:end]`` is the sentence with surrounding whitespace trimmed.  Line breaks are
    hard boundaries.  Never returns an empty sentence.
    """
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start, end = line.span()
        for piece_start, piece_end in _list_pieces(text, start, end):
            _split_piece(text, piece_start, piece_end, spans)
    return spans


def sentences(text: str) -> list[str]:
    """The sentences of `text`, trimmed: ``[text[s:e] for s, e in split_sentences(text)]``."""
    return [text[s:e] for s, e in split_sentences(text)]


def _list_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut one line before each following marker of a list the line starts with."""
    m = _LIST_START.match(text, start, end)
    if m is None:
        return [(start, end)]
    cuts = [start]
    pos = m.end()
    if m["lone"]:  # a bare bullet: cut before each further bullet
        marker = " " + m["lone"]
        num = letter = None
        prefix = ""
    else:
        num, letter = m["num"], m["letter"]
        prefix = f"{m['bullet']}{m['sep']}" if m["bullet"] else ""
    while True:
        if num is not None:
            num = str(int(num) + 1)
            marker = f" {prefix}{num}{m['punct']}"
        elif letter is not None:
            if letter == "z":
                break
            letter = chr(ord(letter) + 1)
            marker = f" {prefix}{letter}{m['punct']}"
        found = _find_marker(text, marker, pos, end)
        if found < 0:
            break
        cuts.append(found + 1)
        pos = found + len(marker)
    cuts.append(end)
    return list(itertools.pairwise(cuts))


def _find_marker(text: str, marker: str, pos: int, end: int) -> int:
    """Index of `marker` in text[pos:end] that is followed by whitespace, or -1."""
    while True:
        found = text.find(marker, pos, end)
        if found < 0:
            return -1
        after = found + len(marker)
        if after < end and text[after].isspace():
            return found
        pos = found + 1


def _split_piece(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append the trimmed sentences of text[start:end] (no line breaks inside) to `spans`."""
    sent_start = _skip_space(text, start, end)
    skip_until = start
    for m in _CANDIDATE.finditer(text, start, end):
        cstart, cend = m.span()
        if cstart < skip_until:
            continue  # part of a spaced ellipsis already handled
        spaced = _SPACED_DOTS.match(text, cend, end)
        cluster_end = spaced.end() if spaced else cend
        skip_until = cluster_end
        cut = _decide(text, sent_start, m, spaced, end)
        if cut is not None:
            _append_trimmed(text, sent_start, cut[0], spans)
            sent_start = _skip_space(text, cut[1], end)
    _append_trimmed(text, sent_start, end, spans)


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return
    for seam in missing_stops(text, start, end):
        stop = seam
        while text[stop - 1].isspace():  # (the spaces before a seam, one or a page's several: a piece ends before them)
            stop -= 1
        spans.append((start, stop))
        start = seam
    spans.append((start, end))


def _decide(text: str, sent_start: int, m: re.Match[str], spaced: re.Match[str] | None, end: int) -> tuple[int, int] | None:
    """Where the sentence ends and the next begins at candidate `m`, or None to go on."""
    cstart, cend = m.span()
    cluster_end = spaced.end() if spaced else cend
    nxt = cluster_end
    while nxt < end and text[nxt].isspace():
        nxt += 1
    if nxt >= end:
        return None  # the line ends here anyway
    word = _next_word(text, nxt, end)
    if not word or word[0].islower():
        return None
    run = m.group()
    punct = run.rstrip(_CLOSERS)
    closers = run[len(punct) :]
    attached = cstart > sent_start and not text[cstart - 1].isspace()

    if spaced is not None:
        extra = spaced.group()
        extra_dots = extra.count(".") + 3 * extra.count("…")
        if attached and punct == "." and not closers and extra_dots >= 3:
            return cend, cend  # "word. . . . Next": the period ends it, the ellipsis opens
        dots = punct.count(".") + 3 * punct.count("…") + extra_dots
        closers = extra[len(extra.rstrip(_CLOSERS)) :]
    else:
        dots = punct.count(".") + 3 * punct.count("…")

    strong = "?" in punct or "!" in punct
    quoted = closers != "" and closers[0] in _QUOTES
    if (strong or dots == 3) and quoted and _ATTRIBUTION.match(text, nxt, end):
        return None  # “Who ordered this?” Kurti asked.
    if strong and not closers and _CRIED.match(text, nxt, end) and _OPEN_QUOTE.search(text[sent_start:cstart]):
        return None  # roaring, “Chavez! Chavez!” and ...
    if strong or dots >= 4:
        return cluster_end, cluster_end
    if dots == 3:
        if cstart <= sent_start or text[cstart - 1] == "[":
            return None
        # "word... Next" (informal) ends before any capitalised word; a spaced ellipsis
        # ("word ... Next", ". . .") marks an omission and ends only before a starter word.
        ends = _WORD.match(word) if attached and spaced is None else _is_starter(word)
        return (cluster_end, cluster_end) if ends else None
    if _period_ends_sentence(text, sent_start, cstart, cend, closers, word):
        return cluster_end, cluster_end
    return None


def _next_word(text: str, nxt: int, end: int) -> str:
    """The next word's text from its first letter or digit ('' if it has none)."""
    stop = min(end, nxt + 40)
    i = nxt
    while i < stop and not text[i].isspace():
        if text[i].isalnum():
            j = i
            while j < stop and not text[j].isspace():
                j += 1
            return text[i:j]
        i += 1
    return ""


def _is_starter(word: str) -> bool:
    """Is `word` a capitalised common sentence opener (never "I")?"""
    m = _WORD.match(word)
    if m is None:
        return False
    w = m.group()
    return w != "I" and w[0].isupper() and w.lower() in _STARTERS


def _period_ends_sentence(text: str, sent_start: int, cstart: int, cend: int, closers: str, word: str) -> bool:
    """Decide a single period followed by `word` (which is not lower-case)."""
    if cend - sent_start <= 12 and _MARKER_ONLY.fullmatch(text, sent_start, cend):
        return False  # "1. The first item", "• 9. ...", "a. ..."
    if closers:
        return True  # the period closed a quotation or a parenthesis
    token = _token_before(text, sent_start, cstart)
    if not token:
        return True
    lower = token.lower()
    if lower in _NEVER_FINAL or token == "v":  # (a case's "v.", lower-case: "Henry V. The king ..." ends one)
        return False
    if word[0].isdigit() or (token in ("No", "Nos") and any(ch.isdigit() for ch in word)):
        if lower in _BEFORE_NUMBER or (len(token) == 1 and token.isalpha()):
            return False  # "No. 5", "Jan. 5", "p. 55", "b. 1821", a case's "No. KU-41/2026"
        return not _is_abbreviation(token, lower)
    if token == "I" and _word_before(text, sent_start, cstart)[:1].islower():
        return True  # "you and I. Did ..." -- the pronoun
    if not _is_abbreviation(token, lower):
        return True
    if lower in ("a.m", "p.m"):
        if _FRONTED_TIME.fullmatch(text, sent_start, cstart - len(token)):
            return False  # "By 6 a.m. Ms. Rossi had gone"
        if (_CLAUSE_AFTER_TIME.match(text, _skip_space(text, cend, len(text)))
                and not _TIME_AS_MODIFIER.search(text, max(sent_start, cstart - len(token) - 24), cstart - len(token))):
            return True  # "at 1:30 p.m. New warnings were issued"
    return _is_starter(word)


def _is_abbreviation(token: str, lower: str) -> bool:
    if lower in _AMBIGUOUS or token in _STATES:
        return True
    if len(token) == 1:
        return token.isupper()  # an initial
    return _DOTTED.fullmatch(token) is not None


def _token_before(text: str, sent_start: int, cstart: int) -> str:
    """The token ending at `cstart`, without opening quotes/brackets ('' if too long)."""
    lo = max(sent_start, cstart - 40)
    chunk = text[lo:cstart]
    if not chunk or chunk[-1].isspace():
        return ""
    parts = chunk.rsplit(None, 1)
    token = parts[-1]
    if len(parts) == 1 and lo > sent_start:
        return ""  # longer than any abbreviation
    token = token.lstrip(_OPENERS)
    for dash in "-—–/":
        token = token.rpartition(dash)[2]  # "then-U.S." -> "U.S."
    return token


def _word_before(text: str, sent_start: int, pos: int) -> str:
    """The whitespace-separated word before the token ending at `pos`."""
    parts = text[max(sent_start, pos - 60) : pos].split()
    return parts[-2].lstrip(_OPENERS) if len(parts) >= 2 else ""


def _skip_space(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start
