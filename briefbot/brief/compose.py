"""A brief from articles (pure): the situation, what changed, key figures, sources.

The steps, each measured by ``benchmarks/quality.py`` (see the README's quality section):

1. Sentences of every article, boilerplate and fragments left out; the same sentence from several
   outlets becomes one candidate that cites all of them.
2. Centrality from the chosen sumy algorithm, plus a lead-position prior, closeness to the topic's
   title and focus, and cross-source support (how many articles carry a similar sentence).
3. *What changed* ranks only the sentences of articles new since the previous brief, within that
   new set, and penalises what the reader already saw (the previous brief and older articles).
4. Greedy selection under a word budget with redundancy control: a sentence close to one already
   chosen, or carrying the same figure, adds its sources to that point instead of repeating it; in
   *what changed*, a sentence whose phrases (word pairs) are largely there already is left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np
from scipy import sparse

from briefbot.brief import changes as diff
from briefbot.brief import figures
from briefbot.brief.sources import article_title, auto_title, number_sources, title_made
from briefbot.brief.timeline import TimelineSettings, build_timeline
from briefbot.brief.topic import Topic
from briefbot.models import Article, Brief, Disagreement, Figure, Point, Source, SourceHealth, Status, TimelineEntry
from briefbot.rank.sumy_adapter import rate
from briefbot.rank.vectors import Vectors, log_scaled, percentile, vectorize
from briefbot.text.standalone import fits_a_point
from briefbot.text.terms import is_brief_material, nearly_same, sentence_spans, terms, word_pairs

PRESELECT = 400  # candidates that get the full (quadratic) treatment
REDUNDANT = 0.7  # cosine above which a sentence repeats a chosen one
SUPPORT = 0.4  # cosine above which another outlet's sentence carries the same point
SUPPORT_WITH_FIGURE = 0.12  # ... or above this when both state the same (non-trivial) number
KNOWN = 0.75  # a new sentence this close to something the reader saw is not news
MIN_SHARED_PAIRS = 3  # the phrase rule needs this many shared word pairs ("the United Nations" is 2)
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w.])")


@dataclass(frozen=True)
class Weights:
    """How the ranking features combine (chosen on the development set: see the README's quality
    section and ``benchmarks/quality.py --ablate``, which switches each one off in turn)."""

    central: float = 1.0  # the sumy algorithm's rating (percentile), for what changed
    summary_central: float = 3.0  # the same, for the situation summary
    position: float = 1.0  # lead sentences: exp(-index / position_decay)
    focus: float = 0.5  # closeness to the topic's title and focus (percentile)
    support: float = 0.5  # how many articles carry a similar sentence (log-scaled)
    newest: float = 0.5  # changes: penalty for the older of the new articles (0 newest .. 1 oldest)
    novelty: float = 0.3  # changes: penalty for closeness to what the reader saw
    background: float = 0.5  # changes: penalty for sentences that look back (past years, "last year")
    recency: float = 0.3  # summary: bonus for sentences of new articles
    position_decay: float = 4.0
    # changes, selection rather than ranking: leave out a sentence when this share of its word pairs
    # is already in what changed (repeated headlines, captions, stock phrases); 0 switches it off
    phrase_overlap: float = 1 / 6


@dataclass(frozen=True)
class Settings:
    topic: str
    title: str = ""
    focus: str = ""
    words: int = 250
    algorithm: str = "lexrank"
    weights: Weights = field(default_factory=Weights)
    timeline: TimelineSettings = field(default_factory=TimelineSettings)
    include: tuple[str, ...] = ()  # terms that make an article on topic (see briefbot.brief.topic)
    exclude: tuple[str, ...] = ()  # terms that make it off topic


@dataclass
class _Candidate:
    text: str
    article_ids: list[int]
    position: int  # sentence number in its (first) article
    new: bool
    terms: list[str]
    day: int  # ordinal of the (newest) carrying article's date


def compose_brief(
    settings: Settings,
    as_of: date,
    new: Sequence[Article],
    old: Sequence[Article],
    previous: Brief | None,
    health: SourceHealth | None = None,
) -> Brief:
    """The brief of ``settings.topic`` as of ``as_of`` from its new and older articles; articles not
    about the topic (see :mod:`briefbot.brief.topic`) are left out, the new ones listed as such."""
    topic = Topic(settings.title, settings.focus, settings.include, settings.exclude)
    if topic.keeps_everything:
        return _compose(settings, as_of, new, old, previous, health)
    off = [a for a in new if not topic.about(a.text)]
    new = [a for a in new if a not in off]
    old = [a for a in old if topic.about(a.text)]
    brief = _compose(settings, as_of, new, old, previous, health)
    left_out = tuple(Source(number=0, article_id=a.id or 0, title=article_title(a), origin=a.origin, date=a.date,
                            undated=a.undated, url=a.url, title_made=title_made(a)) for a in off)
    return replace(brief, off_topic=left_out) if left_out else brief


def _compose(
    settings: Settings,
    as_of: date,
    new: Sequence[Article],
    old: Sequence[Article],
    previous: Brief | None,
    health: SourceHealth | None = None,
) -> Brief:
    edited = {a.key for a in new}
    earlier = [a for a in old if a.key in edited]  # versions an edit replaced: known, no longer cited
    old = [a for a in old if a.key not in edited]
    articles = {a.id: a for a in (*old, *new) if a.id is not None}
    new_ids = {a.id for a in new}
    replaced = [s.text for a in earlier for s in sentence_spans(a.text) if is_brief_material(s.text)]
    cands = _candidates([*old, *new], new_ids, known={_text_key(t) for t in replaced})
    seen_points = _seen(previous)

    if not cands:
        if previous and not new:
            return _nothing_new(settings, as_of, previous, health)
        return _empty(settings, as_of, previous, health, new_articles=len(new))

    vectors = vectorize([c.terms for c in cands])
    focus_terms = terms(f"{settings.title} {settings.focus}")
    focus_vec = vectors.encode([focus_terms]) if focus_terms else None

    changes: list[Point] = []
    chosen: list[int] = []
    if previous is not None:
        if not new:
            return _nothing_new(settings, as_of, previous, health)
        changes, chosen = _what_changed(cands, vectors, focus_vec, settings, seen_points, replaced)
    summary_budget = settings.words - _words([p for p in changes if p.status is not Status.DROPPED])

    all_idx = list(range(len(cands)))
    scores = _scores(cands, all_idx, vectors, focus_vec, settings, novelty=None, first=previous is None)
    taken = np.zeros(len(cands), dtype=bool)
    taken[chosen] = True
    picked = _select(cands, all_idx, scores, vectors, summary_budget, exclude=taken, already=chosen)
    summary = [_point(cands, i, vectors, Status.CONTINUING, None, float(scores[i])) for i in picked]

    key, disagree = figures.track(
        [figures.Report(c.text, tuple(c.article_ids)) for c in cands],
        {i: figures.Dated(a.date, a.first_seen, a.undated) for i, a in articles.items()},
        focus=f"{settings.title} {settings.focus}")
    if previous is not None:
        changes = _figure_updates(changes, cands, figures.moved(key, previous.figures, {i for i in new_ids if i is not None}))
    timeline = build_timeline(list(articles.values()), as_of, settings.timeline)
    sources = _number_sources(articles, [*changes, *summary], key, disagree, timeline)
    return Brief(
        topic=settings.topic, title=settings.title or auto_title(articles.values()), as_of=as_of,
        previous_as_of=previous.as_of if previous else None, summary=tuple(summary), changes=tuple(changes),
        figures=key, disagreements=disagree, sources=sources, nothing_new=False, new_articles=len(new),
        health=health, algorithm=settings.algorithm, timeline=timeline,
    )


def _what_changed(
    cands: list[_Candidate], vectors: Vectors, focus_vec: sparse.csr_matrix | None, settings: Settings,
    seen_points: Sequence[Point], replaced: Sequence[str] = (),
) -> tuple[list[Point], list[int]]:
    """The points of the new articles worth telling a reader of the previous brief, labelled new or
    updated, then the previous points no current sentence carries; and the candidates used."""
    new_idx = [i for i, c in enumerate(cands) if c.new]  # empty when new articles only repeat old ones
    old_idx = [i for i, c in enumerate(cands) if not c.new]
    # what the reader knows: the points of the previous brief (its first rows), and what edited
    # articles said before
    known = [p.text for p in seen_points] + list(replaced)
    known_vec = vectors.encode([terms(t) for t in known]) if known else None
    seen_vec = known_vec[:len(seen_points)] if known_vec is not None and seen_points else None
    changes: list[Point] = []
    picked: list[int] = []
    if new_idx:
        novelty = _max_similarity(vectors, new_idx, old_idx, known_vec)
        # a sentence that repeats a known one with another figure is an update, not old news
        for repeated in np.nonzero(novelty >= KNOWN)[0]:
            if _changes_a_figure(new_idx[repeated], cands, vectors, old_idx, known, known_vec):
                novelty[repeated] = 0.0
        scores = _scores(cands, new_idx, vectors, focus_vec, settings, novelty=novelty)
        picked = _select(cands, new_idx, scores, vectors, settings.words // 2, exclude=novelty >= KNOWN,
                         overlap=settings.weights.phrase_overlap)
        sims_prev = (vectors.matrix[picked] @ seen_vec.T).toarray() if seen_vec is not None and picked else None
        position_of = {i: k for k, i in enumerate(new_idx)}
        for k, i in enumerate(picked):
            match = diff.classify(cands[i].text, sims_prev[k] if sims_prev is not None else np.zeros(0), seen_points)
            status = match.status if match.status is not Status.CONTINUING else Status.NEW
            changes.append(_point(cands, i, vectors, status, match.previous, float(scores[position_of[i]])))
    if seen_vec is not None:  # points the reader saw that nothing current carries any more
        best = np.asarray((seen_vec @ vectors.matrix.T).max(axis=1).todense()).ravel()
        changes.extend(diff.dropped(seen_points, best))
    return changes, picked


def _figure_updates(changes: list[Point], cands: list[_Candidate], moved: Sequence[Figure]) -> list[Point]:
    """What changed, with an "updated" point for each tracked figure whose value moved since the
    previous brief: the new sentence stating it (only when new articles alone carry it), placed
    after the other new and updated points; a point that is already that sentence gains the figure."""
    by_text = {c.text: c for c in cands}
    out = list(changes)
    for f in moved:
        c = by_text.get(f.sentence)
        if c is None or not c.new:
            continue
        same = next((k for k, p in enumerate(out) if p.text == f.sentence), None)
        if same is not None:
            out[same] = replace(out[same], status=Status.UPDATED, figure=f)
            continue
        at = next((k for k, p in enumerate(out) if p.status is Status.DROPPED), len(out))
        out.insert(at, Point(f.sentence, tuple(c.article_ids), Status.UPDATED, None, 0.0, f))
    return out


def _text_key(sentence: str) -> str:
    return " ".join(re.findall(r"\w+", sentence.lower()))


def _candidates(articles: Sequence[Article], new_ids: set[int | None], known: AbstractSet[str] = frozenset()) -> list[_Candidate]:
    """One candidate per distinct sentence; it is new if only new articles carry it and it is not a
    sentence of ``known`` (those of earlier versions of edited articles)."""
    by_text: dict[str, _Candidate] = {}
    for a in articles:
        if a.id is None:
            raise ValueError("articles must be stored before a brief is made")
        day = a.date.toordinal() if a.date else 0
        for span in sentence_spans(a.text):
            if not is_brief_material(span.text):
                continue
            key = _text_key(span.text)
            c = by_text.get(key)
            if c is None:
                by_text[key] = _Candidate(span.text, [a.id], span.index, a.id in new_ids and key not in known,
                                          terms(span.text), day)
            elif a.id not in c.article_ids:
                c.article_ids.append(a.id)
                c.position = min(c.position, span.index)
                c.new = c.new and a.id in new_ids
                c.day = max(c.day, day)
    return [c for c in by_text.values() if c.terms]


def _scores(
    cands: list[_Candidate], idx: list[int], vectors: Vectors, focus_vec: sparse.csr_matrix | None,
    settings: Settings, *, novelty: np.ndarray | None, first: bool = False,
) -> np.ndarray:
    """Scores of the candidates ``idx``: for *what changed* when ``novelty`` is given (ranked within
    the new sentences alone), else for the situation summary."""
    w = settings.weights
    sub = [cands[i] for i in idx]
    central = rate(settings.algorithm, [c.text for c in sub], [c.terms for c in sub],
                             focus_terms=terms(f"{settings.title} {settings.focus}"))
    position = np.exp(-np.array([c.position for c in sub], dtype=float) / w.position_decay)
    score = (w.central if novelty is not None else w.summary_central) * central + w.position * position
    if focus_vec is not None:
        focus = np.asarray((vectors.matrix[idx] @ focus_vec.T).todense()).ravel()
        score += w.focus * percentile(focus)
    score += w.support * log_scaled(_support_counts(cands, idx, vectors) - 1)
    if novelty is not None:
        days = np.array([c.day for c in sub], dtype=float)
        span = days.max() - days.min()
        score -= w.newest * ((days.max() - days) / span if span else np.zeros(len(sub)))
        score -= w.novelty * novelty
        if w.background:
            score -= w.background * np.array([1.0 if _looks_back(c.text, c.day) else 0.0 for c in sub])
    elif not first:
        score += w.recency * np.array([1.0 if c.new else 0.0 for c in sub])
    return score


_LOOKING_BACK = re.compile(
    r"\b(?:last|previous|past) (?:year|decade|month|summer|winter|spring|autumn)\b|\b\d+ (?:years|decades) ago\b"
    r"|\bearlier this year\b|\bhistor(?:y|ic|ical)\b|\bsince (?:19|20)\d\d\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:in|since|of|from|until) ((?:19|20)\d\d)\b")


def _looks_back(text: str, day: int) -> bool:
    """Background rather than news: a past year, or "last year", "years ago" and the like."""
    if _LOOKING_BACK.search(text):
        return True
    year = date.fromordinal(day).year if day > 0 else None
    return year is not None and any(int(y) < year for y in _YEAR.findall(text))


def _support_counts(cands: list[_Candidate], idx: list[int], vectors: Vectors) -> np.ndarray:
    """For each candidate, the number of articles that carry it or a sentence close to it."""
    article_col: dict[int, int] = {}
    rows, cols = [], []
    for r, i in enumerate(idx):
        for a in cands[i].article_ids:
            rows.append(r)
            cols.append(article_col.setdefault(a, len(article_col)))
    carries = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(idx), len(article_col)))
    m = vectors.matrix[idx].astype(np.float32)
    counts = np.zeros(len(idx))
    for start in range(0, len(idx), 1024):
        near = (m[start:start + 1024] @ m.T).tocsr()
        near.data = (near.data > SUPPORT).astype(np.float32)
        near.eliminate_zeros()
        reach = near @ carries  # rows: candidates; columns: articles reached through close sentences
        counts[start:start + 1024] = np.diff(reach.indptr)
    return np.maximum(counts, 1.0)


def _max_similarity(vectors: Vectors, rows: list[int], others: list[int], extra: sparse.csr_matrix | None) -> np.ndarray:
    out = np.zeros(len(rows))
    left = vectors.matrix[rows]
    if others:
        for start in range(0, len(others), 2048):
            block = vectors.matrix[others[start:start + 2048]]
            out = np.maximum(out, np.asarray((left @ block.T).max(axis=1).todense()).ravel())
    if extra is not None:
        out = np.maximum(out, np.asarray((left @ extra.T).max(axis=1).todense()).ravel())
    return out


def _numbers(text: str) -> set[str]:
    return {n for n in _NUMBER.findall(text) if float(n.replace(",", "")) >= 10 and not re.fullmatch(r"(19|20)\d\d", n)}


def _select(
    cands: list[_Candidate], idx: list[int], scores: np.ndarray, vectors: Vectors, budget: int,
    *, exclude: np.ndarray, already: Sequence[int] = (), overlap: float = 0.0,
) -> list[int]:
    """Best-first under a word budget, skipping what repeats a chosen sentence (see ``_repeats``) or
    whose word pairs are, for a share of at least ``overlap`` (and ``MIN_SHARED_PAIRS``), in the
    brief already.  The first pick may exceed a tiny budget: a brief is never empty for want of words."""
    if budget <= 0 or not idx:
        return []
    fits = np.array([fits_a_point(cands[i].text) for i in idx], dtype=bool)
    if (fits & ~exclude).any():  # sentences that stand alone and are short enough, while there are any
        exclude = exclude | ~fits
    order = np.argsort(-scores, kind="stable")[:PRESELECT * 4]
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
        if _repeats(cands, i, [*already, *chosen], vectors):
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


def _repeats(cands: list[_Candidate], i: int, chosen: Sequence[int], vectors: Vectors) -> bool:
    if not chosen:
        return False
    sims = (vectors.matrix[[i]] @ vectors.matrix[list(chosen)].T).toarray().ravel()
    if sims.max() > REDUNDANT:
        return True
    mine = _numbers(cands[i].text)
    return bool(mine) and any(mine & _numbers(cands[j].text) and s > SUPPORT_WITH_FIGURE for j, s in zip(chosen, sims, strict=True))


def _point(cands: list[_Candidate], i: int, vectors: Vectors, status: Status, previous: str | None,
           score: float) -> Point:
    cited, also = _support(cands, i, vectors)
    return Point(cands[i].text, cited, status, previous, score, also_reported=also)


def _support(cands: list[_Candidate], i: int, vectors: Vectors) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The articles that carry candidate ``i``'s sentence, verbatim or nearly (the quoted one first),
    and the other articles that report the same point in other words (a similar sentence)."""
    cited = list(cands[i].article_ids)
    also: list[int] = []
    sims = np.asarray((vectors.matrix[[i]] @ vectors.matrix.T).todense()).ravel()
    mine = _numbers(cands[i].text)
    for j in np.nonzero(sims > SUPPORT_WITH_FIGURE)[0]:
        if j == i or diff.figures_conflict(cands[i].text, cands[j].text):
            continue
        if sims[j] > SUPPORT or (mine and mine & _numbers(cands[j].text)):
            (cited if nearly_same(cands[i].text, cands[j].text) else also).extend(cands[j].article_ids)
    cited = list(dict.fromkeys(cited))
    return tuple(cited), tuple(a for a in dict.fromkeys(also) if a not in cited)


def _changes_a_figure(
    i: int, cands: list[_Candidate], vectors: Vectors, old_idx: list[int],
    known: Sequence[str], known_vec: sparse.csr_matrix | None,
) -> bool:
    """Whether candidate ``i`` states another number for something that the known sentences it
    repeats (older sentences, points the reader saw, what an edited article said before; at
    cosine >= KNOWN) count."""
    row = vectors.matrix[[i]]
    close: list[str] = []
    if old_idx:
        sims = (row @ vectors.matrix[old_idx].T).toarray().ravel()
        close += [cands[old_idx[j]].text for j in np.nonzero(sims >= KNOWN)[0]]
    if known_vec is not None:
        sims = (row @ known_vec.T).toarray().ravel()
        close += [known[int(j)] for j in np.nonzero(sims >= KNOWN)[0]]
    return any(diff.figures_conflict(cands[i].text, other) for other in close)


def _words(points: Sequence[Point]) -> int:
    return sum(len(p.text.split()) for p in points)


def _seen(previous: Brief | None) -> list[Point]:
    if previous is None:
        return []
    return [p for p in (*previous.changes, *previous.summary) if p.status is not Status.DROPPED]


def _number_sources(
    articles: dict[int, Article], points: Sequence[Point], key: Sequence[Figure], disagree: Sequence[Disagreement],
    timeline: Sequence[TimelineEntry] = (),
) -> tuple[Source, ...]:
    cited = [p.article_ids for p in points if p.status is not Status.DROPPED]
    cited += [f.article_ids for f in key] + [f.article_ids for d in disagree for f in d.figures]
    cited += [p.article_ids for e in timeline for p in e.events]
    return number_sources(articles, cited)


def _nothing_new(settings: Settings, as_of: date, previous: Brief, health: SourceHealth | None) -> Brief:
    """Nothing arrived: the brief says so, and carries the previous points for the next comparison."""
    return Brief(
        topic=settings.topic, title=settings.title or previous.title, as_of=as_of, previous_as_of=previous.as_of,
        summary=tuple(_seen(previous)), changes=(), figures=previous.figures, disagreements=previous.disagreements,
        sources=previous.sources, nothing_new=True, new_articles=0, health=health, algorithm=settings.algorithm,
        timeline=previous.timeline,
    )


def _empty(settings: Settings, as_of: date, previous: Brief | None, health: SourceHealth | None, *, new_articles: int) -> Brief:
    """No usable sentence (no article dated up to ``as_of``, or only boilerplate): an empty brief."""
    return Brief(
        topic=settings.topic, title=settings.title or (previous.title if previous else "Situation brief"), as_of=as_of,
        previous_as_of=previous.as_of if previous else None, summary=(), changes=(), figures=(), disagreements=(),
        sources=(), nothing_new=False, new_articles=new_articles, health=health, algorithm=settings.algorithm,
    )
