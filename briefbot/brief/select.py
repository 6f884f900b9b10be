"""Choosing a brief's sentences from scored candidates (pure): best-first under a word budget with
redundancy control (what changed), or for coverage (the situation; see :mod:`briefbot.rank.coverage`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from briefbot.brief.candidates import SUPPORT_WITH_FIGURE, Candidate, stated_days, telling_numbers
from briefbot.brief.figures.grammar import mentions
from briefbot.brief.figures.identity import quantity
from briefbot.rank import coverage
from briefbot.rank.vectors import Vectors
from briefbot.text.dates import CALENDAR_WORDS
from briefbot.text.openings import one_of_many
from briefbot.text.standalone import fits_a_point, one_word_name
from briefbot.text.terms import stop_words, terms, word_pairs

if TYPE_CHECKING:
    from briefbot.brief.compose import Weights

CONSIDERED = 1600  # selection looks at the best-scored candidates only, this many at most
REDUNDANT = 0.7  # cosine above which a sentence repeats a chosen one
MIN_SHARED_PAIRS = 3  # the phrase rule needs this many shared word pairs ("the United Nations" is 2)
STRANGER_SHARE = 0.05  # a one-word name fewer than this share of the round's other articles use is a stranger's


def select(
    cands: list[Candidate], idx: list[int], scores: np.ndarray, vectors: Vectors, budget: int,
    *, exclude: np.ndarray, already: Sequence[int] = (), overlap: float = 0.0, weights: Weights | None = None,
    known: AbstractSet[coverage.Concept] = frozenset(), focus: AbstractSet[str] = frozenset(), fitting_only: bool = False,
    reported: bool = False,
) -> list[int]:
    """Best-first under a word budget, skipping what repeats a chosen sentence (see :func:`repeats`) or
    whose word pairs are, for a share of at least ``overlap`` (and ``MIN_SHARED_PAIRS``), in the
    brief already.  The first pick may exceed a tiny budget: a brief is never empty for want of words.  Only sentences
    that stand alone, are short enough and some report carries (not only an opinion piece, an editorial, a letter or a
    review: a point reads as a fact; nor, when ``reported``, only an outlet's analysis: what changed is what a report tells,
    not an analysis's background or reading of it) are taken when there are any; the others only when none is, and never
    when ``fitting_only`` (an update's situation: shorter rather than a quotation's tail or a 50-word caption)."""
    if budget <= 0 or not idx:
        return []
    fits = np.array([fits_a_point(cands[i].text) and not cands[i].view and not (reported and cands[i].analysis) for i in idx],
                    dtype=bool)  # (a view: told as a fact)
    fits &= ~strangers(cands, idx) & ~named_before(cands, idx, focus)
    if fitting_only or (fits & ~exclude).any():  # sentences that stand alone and are short enough, while there are any
        exclude = exclude | ~fits
    if weights is not None and weights.coverage:
        return select_covering(cands, idx, scores, vectors, budget, exclude=exclude, already=already, w=weights, known=known,
                                focus=focus)
    order = np.argsort(-scores, kind="stable")[:CONSIDERED]
    chosen: list[int] = []
    covered: set[tuple[str, str]] = set().union(*(word_pairs(cands[j].text) for j in already)) if overlap else set()
    used = 0
    for k in order:
        i = idx[k]
        if exclude[k]:
            continue
        n = len(cands[i].text.split())
        if chosen and used + n > budget:
            if used >= budget * 0.8:
                break
            continue
        if repeats(cands, i, [*already, *chosen], vectors):
            continue
        if overlap:
            pairs = word_pairs(cands[i].text)
            shared = len(pairs & covered)
            if shared >= MIN_SHARED_PAIRS and shared >= overlap * len(pairs) - 1e-9:
                continue
            covered |= pairs
        chosen.append(i)
        used += n
    return chosen


def strangers(cands: Sequence[Candidate], idx: Sequence[int]) -> np.ndarray:
    """Whether each candidate of ``idx`` names its subject or speaker by one word (see
    :func:`briefbot.text.standalone.one_word_name`) that is a person's the round does not make known.
    A person's: a title says so ("Dr Fielden said ..."), or an article that carries the sentence names
    them in full ("Taro Aso", then "Aso criticized ..."; a feature's "Halima Osei", then "Halima says
    ..."); a word that some sentence writes in lower case is none ("Investigators had concluded ..."),
    nor is a place's or a body's ("Unicef said ...").  Unknown: fewer than ``STRANGER_SHARE`` of the
    round's articles use the name besides those that carry the sentence ("Smick views ..." in a book
    review)."""
    out = np.zeros(len(idx), dtype=bool)
    named = [(k, i, found) for k, i in enumerate(idx) if (found := one_word_name(cands[i].text)) is not None]
    if not named:
        return out
    by_article = _by_article(cands)
    people: list[tuple[int, int, str]] = []  # (place in idx, candidate, name) of the names a person's
    in_full: dict[tuple[str, int], bool] = {}  # whether an article names a person in full
    for k, i, (name, titled) in named:
        if not titled:
            for a in cands[i].article_ids:
                if (name, a) not in in_full:
                    in_full[name, a] = _named_in_full(name, by_article.get(a, ()))
        if (titled or any(in_full[name, a] for a in cands[i].article_ids)) and terms(name):
            people.append((k, i, name))  # (a name that is a stop word, "Will", is too common a word to tell)
    if not people:
        return out
    total = len(by_article)
    # the sentences that use each name, found by its stem among their terms (one pass for every name)
    stems = {name: terms(name)[0] for _, _, name in people}
    wanted = set(stems.values())
    using_stem: dict[str, list[Candidate]] = {s: [] for s in wanted}
    for c in cands:
        for s in wanted.intersection(c.terms):
            using_stem[s].append(c)
    users: dict[str, set[int] | None] = {}  # the articles that use each name (None: a word, not a name)
    for name, stem in stems.items():
        carrying = [c for c in using_stem[stem] if name.lower() in c.text.lower()]
        if any(_in_other_case(name, c.text) for c in carrying):
            users[name] = None  # written in lower case (or in capitals) too: a word, not a name
        else:
            users[name] = {a for c in carrying if name in c.text for a in c.article_ids}
    for k, i, name in people:
        using = users[name]
        if using is not None:
            out[k] = len(using - set(cands[i].article_ids)) < STRANGER_SHARE * total
    return out


# a definite head opening the sentence, its verb or a possessive after it: "The mission welcomes ...", "The mission's ..."
_HEAD = r"^[\"“‘(]*The ([a-z]{3,})"
_AUXILIARY = r"is|was|are|were|has|had|have|will|would|could|can|may|must|should|did|does|said|told"
_DEFINITE_HEAD = re.compile(rf"{_HEAD}(?:['’]s\b|\s+(?:{_AUXILIARY}|[a-z]+(?:s|ed))\b)")
# ... its verb told past or with an auxiliary, not a plural's "s" that may be a noun's ("The new rules ..."): a head its
# article described in other words before ("The gang", "The bill would ...", "The board adopted ...")
_DESCRIBED_HEAD = re.compile(rf"{_HEAD}\s+(?:{_AUXILIARY}|found|made|took|gave|came|went|began|held|left|met|sent|won|lost|"
                             r"[a-z]+ed(?! (?:by|on|in|at|for|from|to|with)\b))\b")  # (not a participle's "released by")
_ONE_OF_A_KIND = frozenset({"public", "pope", "economy", "weather", "president", "government", "police"})  # say which alone


def named_before(cands: Sequence[Candidate], idx: Sequence[int], focus: AbstractSet[str]) -> np.ndarray:
    """Whether each candidate of ``idx`` opens on a definite head that stands for a name its article gives in full before
    it (a name in capitals ending in the word: "The Kestrel Observer Mission takes note ..." / "The mission welcomes ..."),
    or for what its article described before in other words, its verb next ("... a bill to fund five centers" / "The bill
    would set up ...", "Cheung's gang ..." / "The gang was ..."),
    when the topic's title and focus (``focus``, their terms) do not name it and fewer than ``STRANGER_SHARE`` of the
    round's other articles use the word: read alone, "the mission" says not which.  The topic's own nouns, and those the
    round's articles share ("The army shelled ..." of a brief on the war), say which, but for a head that names one of many
    of its kind (:func:`briefbot.text.openings.one_of_many`: "The company said ...", "The town was shelled again"): each
    article that uses the word may mean its own."""
    out = np.array([one_of_many(cands[i].text, focus) is not None for i in idx], dtype=bool)  # (whoever uses its word)
    heads = [(k, i, m.group(1)) for k, i in enumerate(idx) if not out[k] and (m := _DEFINITE_HEAD.match(cands[i].text)) is not None]
    heads = [(k, i, noun) for k, i, noun in heads if terms(noun) and not set(terms(noun)) & focus]  # (not a stop word)
    if not heads:
        return out
    by_article = _by_article(cands)
    holders: dict[str, set[int]] = {}  # the articles using a head's word (found once a word, when a head needs it)
    used: dict[int, set[str]] = {}  # each article's terms (made once, when a head first needs them)
    for k, i, noun in heads:
        word, stem, at = noun.capitalize(), terms(noun)[0], cands[i].position
        earlier = [c for a in cands[i].article_ids for c in by_article.get(a, ()) if c.position < at and word in c.text]
        described = noun not in _ONE_OF_A_KIND and _DESCRIBED_HEAD.match(cands[i].text) is not None and any(
            stem in c.terms for a in cands[i].article_ids for c in by_article.get(a, ()) if c.position < at)
        if described or (earlier and any(_full_body(word).search(c.text) for c in earlier)):  # (the word's pattern only where it is)
            if stem not in holders:
                if not used:
                    used.update((a, set().union(*(c.terms for c in said))) for a, said in by_article.items())
                holders[stem] = {a for a, words in used.items() if stem in words}
            out[k] = len(holders[stem] - set(cands[i].article_ids)) < STRANGER_SHARE * len(by_article)
    return out


def _by_article(cands: Sequence[Candidate]) -> dict[int, list[Candidate]]:
    """The candidates each article carries, in their order."""
    out: dict[int, list[Candidate]] = {}
    for c in cands:
        for a in c.article_ids:
            out.setdefault(a, []).append(c)
    return out


@lru_cache(maxsize=4096)
def _full_body(word: str) -> re.Pattern[str]:
    """A name in capitals that ends in ``word`` ("Kestrel Observer Mission", "Security Council"), not "The Mission"."""
    return re.compile(rf"\b(?!(?:The|A|An)\b)[A-Z][\w'’-]+\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?(?:[A-Z][\w'’-]+\s+){{0,5}}{word}\b")


def _named_in_full(name: str, sentences: Sequence[Candidate]) -> bool:
    """Whether one of ``sentences`` gives ``name`` a first name before it ("Taro Aso") or a surname after
    it ("Halima Osei"): the name is a person's."""
    having = [c.text for c in sentences if name in c.text]
    return bool(having) and any((other := (m.group(1) or m.group(2)).lower()) not in stop_words() and other not in
                                CALENDAR_WORDS for text in having for m in _full_name(name).finditer(text))


def _in_other_case(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` in lower case or in capitals, a whole word (``\\b`` on both sides, as a
    pattern reads it): a word, not a name.  Found with ``str.find``, not a pattern compiled for each name (a
    round's dozens of names took some 10 ms to compile)."""
    for word in (name.lower(), name.upper()):
        at = text.find(word)
        while at >= 0:
            if _boundary(text, at) and _boundary(text, at + len(word)):
                return True
            at = text.find(word, at + 1)
    return False


def _boundary(text: str, at: int) -> bool:
    """Whether a pattern's ``\\b`` holds at ``at``: a word character on one side only."""
    return (at > 0 and _is_word(text[at - 1])) != (at < len(text) and _is_word(text[at]))


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # (a pattern's \w)


@lru_cache(maxsize=4096)
def _full_name(name: str) -> re.Pattern[str]:
    """A first name before ``name`` or a surname after it."""
    return re.compile(rf"\b([A-Z][a-z]+)\.?\s+(?:[A-Z]\.\s+)?{re.escape(name)}\b|\b{re.escape(name)}\s+(?:[A-Z]\.\s+)?([A-Z][a-z]+)\b")


def select_covering(
    cands: list[Candidate], idx: list[int], scores: np.ndarray, vectors: Vectors, budget: int, *, exclude: np.ndarray,
    already: Sequence[int], w: Weights, known: AbstractSet[coverage.Concept], focus: AbstractSet[str],
) -> list[int]:
    """The candidates of ``idx`` that together cover the most concept weight (see
    :mod:`briefbot.rank.coverage`), each sentence's prior its score."""
    concepts = coverage.sentence_concepts([cands[i].text for i in idx], numbers=bool(w.numbers))
    concept_w = coverage.concept_weights(concepts, [cands[i].article_ids for i in idx], [cands[i].position for i in idx],
                                         lead_bonus=w.lead_bonus, known=known, known_discount=w.known_discount,
                                         focus=focus, focus_bonus=w.focus_bonus, numbers=w.numbers)
    prior = np.exp(w.sharpness * (scores - scores.max()))
    where = {i: k for k, i in enumerate(idx)}
    told = [(c, float(prior[where[j]])) for j in already if j in where for c in concepts.rows.row(where[j])]
    picked = coverage.cover(concepts.rows, [len(cands[i].text.split()) for i in idx], prior, concept_w, budget,
                            allowed=np.nonzero(~exclude)[0].tolist(), covered=told, length_exponent=w.length_exponent,
                            same_point=lambda k, chosen: repeats(cands, idx[k], [*already, *(idx[j] for j in chosen)], vectors))
    return [idx[k] for k in picked]


def repeats(cands: list[Candidate], i: int, chosen: Sequence[int], vectors: Vectors) -> bool:
    """Whether candidate ``i`` tells a point of ``chosen`` again: a close sentence, or the same
    telling number, the same day named by its date (see :func:`stated_days`) or the same count of the same
    thing (see :func:`counts`) in a similar one."""
    if not chosen:
        return False
    sims = (vectors.matrix[[i]] @ vectors.matrix[list(chosen)].T).toarray().ravel()
    if sims.max() > REDUNDANT:
        return True
    if not (sims > SUPPORT_WITH_FIGURE).any():
        return False
    mine = telling_numbers(cands[i].text)
    days = stated_days(cands[i])
    counted = counts(cands[i].text)
    return any(s > SUPPORT_WITH_FIGURE and (mine & telling_numbers(cands[j].text) or days & stated_days(cands[j])
                                            or counted & counts(cands[j].text))
               for j, s in zip(chosen, sims, strict=True))


@lru_cache(maxsize=16_384)
def counts(text: str) -> frozenset[tuple[tuple[str, str, str, str], float, float | None]]:
    """The figures ``text`` states as a value of a quantity (:func:`briefbot.brief.figures.identity.quantity`): what is
    counted, of whom or where, and the value, in words or in digits, small as it may be ("three people have died" and
    "killed at least three people": deaths, 3).  A small number alone tells no point from another ("3 ministers", "2
    goals"); the same toll of the same thing in two similar sentences is one point, told twice (a place tells two apart:
    "three died in Kelby" is not "three died in Velano")."""
    return frozenset((q.key, m.value, m.high) for m in mentions(text) if (q := quantity(m)) is not None)
