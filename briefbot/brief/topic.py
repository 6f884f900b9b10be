"""Which articles are about the topic (pure): a feed carries all sorts.

The topic's title and focus decide, with optional ``include`` and ``exclude`` term lists from the
config.  An article is on topic when it names one of the title's words or an ``include`` term, or
at least two of the focus's content words, and names no ``exclude`` term; and, unless it names an
``include`` term or the topic has no focus, when the topic is more than a passing mention in it: named so in its headline or
its first ``LEAD_WORDS`` words, or its words are the topic's often enough (``MIN_DENSITY`` per
hundred, a title word counting twice, a focus word once) in enough of its paragraphs (``MIN_SPREAD``
of them name it).  A radio schedule of thousands of words that lists one programme on the topic, or
a football page quoting a chant that names it again and again in two of its 148 paragraphs, is not
about it.  Words are compared as stems, and a stem matches another it begins ("libya" matches
"libyan", "egypt" "egyptian").  A topic with neither title, focus nor terms keeps everything.  A page in another
language than English, whose words the topic's cannot be weighed against (:func:`briefbot.text.language.foreign`), is
about none of a topic's: a Vietnamese page that names "H1N1" and "WHO" is left out of an English topic's brief.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from briefbot.text.language import foreign
from briefbot.text.terms import terms

FOCUS_HITS = 2  # focus words an article must name when it names no title word or include term
MIN_PREFIX = 4  # a stem this long or longer matches the stems it begins
LEAD_WORDS = 100  # an article's first words, where its subject is named
MIN_DENSITY = 0.8  # topic words per hundred content words (a title word counting twice), named later than the lead
MIN_SPREAD = 0.05  # ... and the share of its paragraphs (lines) that name the topic
PARAGRAPH_WORDS = 4  # words of a line that counts as a paragraph


@dataclass(frozen=True)
class Topic:
    title: str = ""
    focus: str = ""
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @cached_property
    def _title(self) -> frozenset[str]:
        return frozenset(terms(self.title))

    @cached_property
    def _focus(self) -> frozenset[str]:
        return frozenset(terms(self.focus)) - self._title

    @cached_property
    def _include(self) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(terms(t)) for t in self.include if terms(t))

    @cached_property
    def _exclude(self) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(terms(t)) for t in self.exclude if terms(t))

    @property
    def keeps_everything(self) -> bool:
        return not (self._title or self._focus or self._include or self._exclude)

    def about(self, text: str, headline: str | None = None) -> bool:
        """Whether an article with this text (and headline) is about the topic."""
        if self.keeps_everything:
            return True
        if foreign(text):  # another language's page: its words are no English topic's, whatever a name in it matches
            return False
        words = terms(text)
        have = frozenset(words)
        if any(_phrase_in(p, words, have) for p in self._exclude):
            return False
        if not (self._title or self._focus or self._include):
            return True  # only exclude terms: everything else stays
        if any(_phrase_in(p, words, have) for p in self._include):
            return True
        if not self._names(have):
            return False
        if not self._focus:  # a title's few words alone are too few to weigh how much an article is about them
            return True
        return (self._names(frozenset(terms(lead(text, headline))))
                or (self._dense(words) and self._spread(text)))

    def names(self, text: str) -> bool:
        """Whether ``text`` (a part of an article) names the topic: an ``include`` term, one of the title's
        words or ``FOCUS_HITS`` of the focus's (see :mod:`briefbot.brief.items`)."""
        words = terms(text)
        return any(_phrase_in(p, words, frozenset(words)) for p in self._include) or self._names(frozenset(words))

    def _names(self, have: frozenset[str]) -> bool:
        """Whether words name the topic: one of the title's, or ``FOCUS_HITS`` of the focus's."""
        matches = _matcher(have)
        return any(matches(t) for t in self._title) or sum(1 for t in self._focus if matches(t)) >= FOCUS_HITS

    def _spread(self, text: str) -> bool:
        """Whether ``MIN_SPREAD`` of the text's paragraphs (its lines) or more name the topic (a line of
        fewer than ``PARAGRAPH_WORDS`` words, a live page's time stamp or a heading, is no paragraph).
        Asked only of a dense article whose lead does not name the topic: few."""
        paragraphs = [line for line in text.split("\n") if len(line.split()) >= PARAGRAPH_WORDS]
        return sum(1 for p in paragraphs if self._names(frozenset(terms(p)))) >= MIN_SPREAD * len(paragraphs)

    def _dense(self, words: Sequence[str]) -> bool:
        """Whether the topic's words are ``MIN_DENSITY`` per hundred of ``words`` or more."""
        weight = {w: 2 if _matches(w, self._title) else 1 if _matches(w, self._focus) else 0 for w in set(words)}
        return sum(weight[w] for w in words) * 100 >= MIN_DENSITY * len(words)


def lead(text: str, headline: str | None) -> str:
    """An article's headline and first ``LEAD_WORDS`` words (split off without splitting the whole text): where its subject is named."""
    return f"{headline or ''} {' '.join(text.split(maxsplit=LEAD_WORDS)[:LEAD_WORDS])}"


def _matches(term: str, have: Iterable[str]) -> bool:
    if len(term) < MIN_PREFIX:
        return term in have
    return any(w == term or (len(w) >= MIN_PREFIX and (w.startswith(term) or term.startswith(w))) for w in have)


def _matcher(have: frozenset[str]) -> Callable[[str], bool]:
    """:func:`_matches` against ``have``, asked of several terms: the words of ``have`` that begin a term are looked up
    (one per length), those that a term begins are found by one search of them all joined (not a loop over them; no
    word holds a line break)."""
    joined = ""

    def matches(term: str) -> bool:
        nonlocal joined
        if len(term) < MIN_PREFIX or term in have:
            return term in have
        if any(term[:k] in have for k in range(MIN_PREFIX, len(term))):
            return True
        joined = joined or "".join(f"\n{w}" for w in have)
        return f"\n{term}" in joined

    return matches


def _phrase_in(phrase: Sequence[str], words: Sequence[str], have: frozenset[str]) -> bool:
    """A one-word term anywhere; a longer one as consecutive words."""
    if len(phrase) == 1:
        return _matches(phrase[0], have)
    n = len(phrase)
    return any(tuple(words[i:i + n]) == tuple(phrase) for i in range(len(words) - n + 1))
