"""Pure text handling: paragraphs, boilerplate, sentences and the word tokens sumy ranks.

Boilerplate is removed paragraph by paragraph before sentences are split, then sentence by
sentence: FAQ blocks (``Q:``/``A:`` lines and what follows a ``FAQ`` heading) and the wire
furniture of :mod:`briefbot.text.clean` (bylines, credits, datelines, share and copyright lines).
Ingest cleans every article once as it is read; the same rules here keep articles stored before
that cleaning existed from bringing furniture into a brief.
"""

from __future__ import annotations

import pkgutil
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import chain, pairwise
from typing import Any

from briefbot.text.clean import clean_line, is_furniture_line
from briefbot.text.elliptic import says_too_little
from briefbot.text.promos import own_coverage
from briefbot.text.repair import repair
from briefbot.text.seamwords import SPEECH_VERBS
from briefbot.text.segment import split_sentences
from briefbot.text.shouting import shouts
from briefbot.text.told import Told

MIN_WORDS = 6  # shorter sentences are fragments, headings or captions, never brief material
MAX_WORDS = 80  # longer "sentences" are run-on lists or failed splits

_FAQ_HEADING = re.compile(r"^\s*(?:#+\s*)?(?:faqs?|frequently asked questions)\s*:?\s*$", re.I)
_QA_LINE = re.compile(r"^\s*(?:Q|A|Question|Answer)\s*[:.)]\s", re.I)
# (possessive: what follows a word or a part of one may match nothing, so giving characters back
# never made another match; not trying is 15 % faster, on every sentence of a brief)
_WORD = re.compile(r"\w++(?:[.'’&-]\w++|(?<=\d),\d{3}\b)*+\.?", re.UNICODE)
_HAS_LETTER = re.compile(r"[^\W\d_]")
# how a sentence ends: a full stop, "!", "?" or an ellipsis (with closing quotes or brackets), or
# a closing quotation mark; a line that ends otherwise is a caption, a headline, a list's item or
# a source label a page ran into its story without a full stop ("... in Baghdad", "... contributed to
# this report", "Follow the latest news on Twitter"). Most of the dev lines that end otherwise are such;
# about a third of a sample of the statement-like ones (a finite verb, mostly lower case) are real
# statements whose page dropped the stop (a key-points box's lines, a wire's typo): left out with them
_CLOSING = "\"'”’»)] "  # what may follow a sentence's last mark (a wire's spaced quotes: "... learned.' ''")


def _ended(sentence: str) -> bool:
    """Whether ``sentence`` ends as a sentence ends (see above; a wire's two apostrophes close a quotation as
    ``"`` does: "... evidence of that''", a single quotation mark does not: it is a British headline's, "Port plan
    ‘a betrayal’", or an apostrophe, "the dockers’"); linear, where a search from each mark was quadratic."""
    body = sentence.rstrip(_CLOSING)
    tail = sentence[len(body):]
    ended = body[-1:] in (".", "!", "?", "…") or any(q in tail for q in "\"”»") or "''" in tail
    return ended or (sentence[:1] in "\"“‘" and _ATTRIBUTED_END.search(sentence) is not None)


# a quotation that opens the sentence closed on a comma, then its speaker, the page's full stop dropped ('"... much,"
# said Jo Lee, the envoy'): a sentence; a headline ('Port plan "a betrayal," says union') or a source is not
_ATTRIBUTED_END = re.compile(rf"[,!?][\"”’]\s++(?=[^\"“”]{{1,100}}$)[^\"“”]*?\b(?:{SPEECH_VERBS})\b")


# an e-mail address, also as some wires wrote it: "jdoe(at)example.com"
_ADDRESS = re.compile(r"[\w.+-]+(?:@|\((?i:at)\))[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")


@dataclass(frozen=True)
class Span:
    """One sentence as found in a text: its words and where it is."""

    text: str
    index: int  # (its place among the text's story sentences)
    paragraph: int
    start: int
    end: int


SPACELESS_CHARS_PER_WORD = 2  # Chinese and Japanese words average about two characters
LEAD = 6  # an article's first quotable sentences (brief material), its lead: what it alone tells below is background or detail


@lru_cache(maxsize=1)
def _spaceless() -> re.Pattern[str]:
    """(Compiled when first asked, by feeds and pages: 2.5 ms of every process's imports otherwise.)"""
    return re.compile(r"[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]")


def count_words(text: str) -> int:
    """Words in ``text``, also in scripts without spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese): see SPACELESS_CHARS_PER_WORD."""
    spaceless = len(_spaceless().findall(text))
    return len(_spaceless().sub(" ", text).split()) + -(-spaceless // SPACELESS_CHARS_PER_WORD)


def normalize(text: str) -> str:
    """NFC, unified newlines, no control characters, no trailing spaces, damage in transport repaired (:mod:`.repair`)."""
    text = unicodedata.normalize("NFC", repair(text)).replace("\r\n", "\n").replace("\r", "\n")
    controls = {ord(ch): None for ch in set(text) if ch not in "\n\t" and unicodedata.category(ch)[0] == "C"}
    text = text.translate(controls) if controls else text  # per distinct character: linear on megabytes
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(offset, paragraph) for each non-empty line of ``text``."""
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            yield offset, line
        offset += len(line) + 1


def is_boilerplate_paragraph(line: str) -> bool:
    return bool(_QA_LINE.match(line) or is_furniture_line(line))


def content_paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """The paragraphs of an article body that carry its story (boilerplate left out)."""
    in_faq = False
    for offset, line in paragraphs(text):
        if _FAQ_HEADING.match(line):
            in_faq = True
            continue
        if in_faq and (_QA_LINE.match(line) or len(line.split()) < 40):
            continue
        in_faq = False
        if is_boilerplate_paragraph(line):
            continue
        start, end, _, _ = clean_line(line)
        if start < end:
            yield offset + start, line[start:end]


def sentence_spans(text: str) -> list[Span]:
    """The story sentences of an article body, in order, with paragraph numbers and offsets."""
    known = told_spans.get(text)
    return list(known if known is not None else _sentence_spans(text))


told_spans: Told[str, tuple[Span, ...]] = Told(1024)  # an article's spans kept from an earlier run


@lru_cache(maxsize=1024)
def _sentence_spans(text: str) -> tuple[Span, ...]:
    """One brief reads each article's sentences three or four times (limits, candidates, titles,
    timeline): cleaning and splitting are done once per text (the larger part of a daily brief's work).
    1,024 texts hold one brief's articles (at most 400 new and 150 older) with room to spare; a
    long-running ``serve`` keeps no more than that."""
    spans: list[Span] = []
    for number, (offset, para) in enumerate(content_paragraphs(text)):
        for start, end in split_sentences(para):
            sentence = para[start:end]
            below = _GOES_ON_BELOW.match(text, offset + end) if _EXCLAIMS.search(sentence) else None
            if is_furniture_line(sentence) or (below and below.group(1) in stop_words()):
                continue  # (a line broken inside a sentence: 'They chanted "Go!"' / 'and carried signs ...')
            spans.append(Span(sentence, len(spans), number, offset + start, offset + end))
    return tuple(spans)


_EXCLAIMS = re.compile(r"!['\"’”)]*$")  # a sentence that ends on an exclamation (a quoted one, often)
_GOES_ON_BELOW = re.compile(r"[ \t]*\n[ \t]*([a-z]+)\b")  # the next line goes on on a function word ("and", "upon")


def is_brief_material(sentence: str) -> bool:
    """A sentence fit to quote in a brief: long enough, ends as a sentence ends, not a list or a question, has words, gives
    no contact details, does not shout (asked by limits, the candidates, the timeline and the kept analysis: answered once)."""
    known = told_material.get(sentence)
    return known if known is not None else _is_brief_material(sentence)


told_material: Told[str, bool] = Told(65_536)  # a sentence's answer kept from an earlier run (its article's spans)


@lru_cache(maxsize=65_536)
def _is_brief_material(sentence: str) -> bool:
    words = sentence.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS:
        return False
    if sentence.rstrip("”\"’') ").endswith("?") or not _ended(sentence) or not (sentence[:1].isupper() or sentence[:1] in "“\"‘'("):
        return False
    if ("@" in sentence or "(at)" in sentence or "(AT)" in sentence) and _is_contact(sentence):
        return False  # contact details (the writer's, the outlet's, a readers' service), never a point
    if _A_DIGIT.search(sentence) and _telephone(sentence):
        return False  # a number to call ("Members of the public can call 0800 151 3513 for ..."): a service, no point
    if says_too_little(sentence) or shouts(sentence) or own_coverage(sentence):
        return False  # a count of nothing named, a slogan (text/elliptic); shouting (text/shouting); a page's note (promos)
    return bool(_HAS_LETTER.search(sentence))


_A_DIGIT = re.compile(r"\d")
# a telephone number after a word that asks to call it: nine digits or more, in groups (a date's "16 2008 21" has 8)
_CALL_NUMBER = re.compile(r"(?i:\b(?:call|calls|calling|phone|ring|dial|text|contact|helpline|hotline)\b)[^.;]{0,40}?"
                          r"(?<![\d,.])(?P<number>\+?\d[\d -]{7,}\d)(?![\d,])")


def _telephone(sentence: str) -> bool:
    """Whether ``sentence`` asks to call a telephone number (nine digits or more: "0800 151 3513")."""
    return any(sum(ch.isdigit() for ch in m.group("number")) >= 9 for m in _CALL_NUMBER.finditer(sentence))


def _is_contact(sentence: str) -> bool:
    """Whether ``sentence`` gives contact details: an e-mail address in brackets, or one with the
    words of a contact line ("can be reached at", "send your pictures to", "e-mail address is",
    "tips"); an address the story is about ("used a private address, jdoe@example.com, for ...")
    is not."""
    address = _ADDRESS.search(sentence)
    if address is None:
        return False
    in_brackets = sentence.rfind("(", 0, address.start()) > sentence.rfind(")", 0, address.start())
    before = sentence[:address.start()].split()
    return (in_brackets or (bool(before) and _LEADS_TO_ADDRESS.fullmatch(before[-1].lower()) is not None)
            or _CONTACT_WORDS.search(sentence) is not None or _PHONE.search(sentence) is not None)


# the words of a contact line, a telephone number, and the word right before an address given to write to
_CONTACT_WORDS = re.compile(
    r"(?i:\b(?:reached|contact(?:ed)?|send|sending|write to|in touch|tweet|e-?mail (?:us|me|him|her|them)|"
    r"(?:e-?mail )?address is|tips?|call|calling|phone|telephone|text (?:us|them|me)|follow (?:us|me|him|her)|"
    r"comments?)\b)")
_PHONE = re.compile(r"\b\d{3}[-. ]\d{3}[-. ]\d{4}\b")
_LEADS_TO_ADDRESS = re.compile(r"e-?mail[^\w\s]*|mail:?|to|at|or|@|:")


def words(sentence: str) -> list[str]:
    """Word tokens as they appear ("U.S.", "Kosovo's", "120,000" stay whole)."""
    return [_word(t) for t in _WORD.findall(sentence)]


def _word(token: str) -> str:
    """A token as a word: without a sentence's full stop ("Tuesday." -> "Tuesday"; "U.S." stays)."""
    return token.rstrip(".") if token.count(".") == 1 else token


@lru_cache(maxsize=1)
def _english_stemmer() -> Any:
    import Stemmer  # PyStemmer: Snowball's English stemmer in C; importing nltk for it costs about 1 s

    # without PyStemmer's own cache of stems (maxCacheSize 0): stem() and the tokens keep their
    # answers, and that cache made each new word's stem 2.5 times slower (0.015 against 0.006 s
    # for a brief's 13,000 words)
    return Stemmer.Stemmer("english", 0)


def _english_stem() -> Callable[[str], str]:
    stem_word: Callable[[str], str] = _english_stemmer().stemWord
    return stem_word


def _english_stems() -> Callable[[list[str]], list[str]]:
    stem_words: Callable[[list[str]], list[str]] = _english_stemmer().stemWords
    return stem_words


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """sumy's English stop words, read from its data file (``sumy.utils`` would import requests)."""
    data = pkgutil.get_data("sumy", "data/stopwords/english.txt") or b""
    return frozenset(w.rstrip() for w in data.decode("utf-8").splitlines() if w)


# typographic apostrophes, as most edited copy writes them ("Kosovo’s"): the stemmer knows only "'"
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})


def _plain(word: str) -> str:
    """A word lower-cased with plain apostrophes: as the stop words and the stemmer spell it."""
    return word.lower().translate(_APOSTROPHES)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball English stem of a word, lower-cased, accents folded ("Vučić" and "Vucic" are one word),
    apostrophes made plain ("Kosovo’s" and "Kosovo's" are one word)."""
    if word.isascii():  # nothing to fold
        return _english_stem()(word.lower())
    folded = unicodedata.normalize("NFKD", _plain(word))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return _english_stem()(unicodedata.normalize("NFC", plain))


def terms(sentence: str) -> list[str]:
    """Stemmed content words: what similarity and ranking compare."""
    known = told_terms.get(sentence)
    return list(known if known is not None else _terms(sentence))


told_terms: Told[str, tuple[str, ...]] = Told(65_536)  # a sentence's terms kept from an earlier run


@lru_cache(maxsize=65_536)
def _terms(sentence: str) -> tuple[str, ...]:
    """A brief compares each sentence in several passes (limits, candidates, timeline): its terms are found once."""
    known = _tokens
    return tuple(t for w in _WORD.findall(sentence) for t in (known[w] if w in known else _token(w))[2])


def word_pairs(sentence: str) -> frozenset[tuple[str, str]]:
    """The phrases a sentence states: its consecutive word pairs, stemmed, leaving out pairs of two
    stop words ("of the").  Two sentences sharing many of them say the same thing in the same words."""
    known = _tokens
    ws = [known[t] if t in known else _token(t) for t in _WORD.findall(sentence)]
    return frozenset((a, b) for (a, stop_a, _), (b, stop_b, _) in pairwise(ws) if not (stop_a and stop_b))


def sentence_tokens(sentences: Iterable[str]) -> tuple[list[int], list[int], list[tuple[str, str, bool]]]:
    """How many tokens each sentence has, all its tokens by number, in order, and each numbered
    token as a word (of :func:`words`), its stem and whether it is a stop word: what
    :func:`word_pairs` reads, for many sentences at once (tokens numbered in order of appearance)."""
    found = [_WORD.findall(s) for s in sentences]
    number: dict[str, int] = {}
    flat = [number.setdefault(t, len(number)) for t in chain.from_iterable(found)]
    known = _tokens
    read = {t: known.get(t) for t in number}  # (read before learning the others: that may forget them)
    unknown = [t for t, entry in read.items() if entry is None]
    read.update(zip(unknown, _learn(unknown), strict=True))
    distinct = [(_word(t), entry[0], entry[1]) for t, entry in read.items() if entry is not None]
    return [len(f) for f in found], flat, distinct


# a token as found (a word of :func:`words`): its stem, whether it is a stop word, and what it adds to a
# sentence's terms (its stem, or nothing for a stop word or one without letters)
_tokens: dict[str, tuple[str, bool, tuple[str, ...]]] = {}
TOKENS = 200_000  # tokens remembered (then forgotten all at once): a brief uses a few tens of thousands


def _token(token: str) -> tuple[str, bool, tuple[str, ...]]:
    """A token as :func:`terms` and :func:`word_pairs` read it, remembered: a brief meets the same
    words in thousands of sentences."""
    if len(_tokens) >= TOKENS:
        _tokens.clear()
    plain = _plain(_word(token))
    found = _tokens[token] = _read(plain, stem(plain), plain in stop_words())
    return found


def _learn(tokens: Sequence[str]) -> list[tuple[str, bool, tuple[str, ...]]]:
    """:func:`_token` of each of ``tokens``, their ASCII words stemmed in one call (a brief's first
    :func:`sentence_tokens` meets some 10,000 new tokens: twice as fast)."""
    if len(_tokens) + len(tokens) > TOKENS:
        _tokens.clear()
    plain = [_plain(_word(t)) for t in tokens]
    stems = iter(_english_stems()([p for p in plain if p.isascii()]))  # (plain is lower-cased: stem()'s stems)
    stop = stop_words()
    found = [_read(p, next(stems) if p.isascii() else stem(p), p in stop) for p in plain]
    _tokens.update(zip(tokens, found, strict=True))
    return found


def _read(plain: str, stemmed: str, stop: bool) -> tuple[str, bool, tuple[str, ...]]:
    return stemmed, stop, (stemmed,) if not stop and _HAS_LETTER.search(plain) else ()


@lru_cache(maxsize=65_536)
def text_key(sentence: str) -> str:
    """A sentence's words, lower-cased: one key for the same sentence however it is punctuated (made
    once per sentence: the candidates and the timeline both group sentences by it)."""
    lower = sentence.lower()
    if lower.isascii():  # (most copy) the same words, split by str methods: a third faster
        return " ".join(lower.translate(_ASCII_NON_WORD).split())
    return " ".join(_WORD_CHARS.findall(lower))


_WORD_CHARS = re.compile(r"\w+")
_ASCII_NON_WORD = str.maketrans({chr(c): " " for c in range(128) if not re.fullmatch(r"\w", chr(c))})  # to spaces


NEARLY_SAME = 0.9  # share of each sentence's word 4-grams the other must have (and word-sequence similarity)


def nearly_same(a: str, b: str) -> bool:
    """Whether two sentences are the same words bar punctuation, case and a small edit: nine in ten
    of each one's runs of four words are in the other (an edit near an end of a long sentence, a
    word more or less at its start), and their words match as sequences as closely.  What lets
    several articles be cited for one quoted sentence: a reader of any of them finds its words."""
    wa, wb = text_key(a).split(), text_key(b).split()
    if wa == wb:
        return True
    if not wa or not wb or min(len(wa), len(wb)) < NEARLY_SAME * max(len(wa), len(wb)):
        return False
    ga, gb = _four_grams(wa), _four_grams(wb)
    shared = len(ga & gb)
    if shared < NEARLY_SAME * len(ga) or shared < NEARLY_SAME * len(gb):
        return False
    return SequenceMatcher(None, wa, wb, autojunk=False).ratio() >= NEARLY_SAME


def _four_grams(ws: list[str]) -> set[tuple[str, ...]]:
    return {tuple(ws[k:k + 4]) for k in range(max(1, len(ws) - 3))}


class SumyTokenizer:
    """The tokenizer sumy's parsers and summarizers ask for, without nltk's punkt data."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[s:e] for s, e in split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(words(sentence))
