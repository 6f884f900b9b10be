"""A brief from articles (pure): the situation, what changed, key figures, sources.

The steps, each measured by ``benchmarks/quality.py`` (see the README's quality section):

1. Sentences of every article, boilerplate and fragments left out; the same sentence from several outlets becomes one
   candidate (a point of it cites one article that carries it and counts the others: :mod:`briefbot.brief.sources`).
2. Centrality from the chosen sumy algorithm, plus a lead-position prior, closeness to the topic's
   title and focus, and cross-source support (how many articles carry a similar sentence).
3. *What changed* ranks only the sentences of articles new since the previous brief, within that
   new set, prefers those close to the new articles' headlines (what the outlets themselves call the
   news), and penalises what the reader already saw (the previous brief and older articles).
4. *What changed* (:mod:`briefbot.brief.select`): greedy selection under a word budget with
   redundancy control: a sentence close to one already chosen, or carrying the same figure, adds
   its sources to that point instead of repeating it; a sentence whose phrases (word pairs) are
   largely there already is left out.
5. *The situation*: the set of sentences that covers the most concepts (word pairs weighted by the
   articles that carry them, more on the topic's words) within the budget, each sentence's score of
   step 2 its prior (:mod:`briefbot.rank.coverage`): redundancy is in the objective.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np

from briefbot.brief import changes as diff
from briefbot.brief import corrections, figures, forecasts, live, schedules, states, tallies, whois
from briefbot.brief.candidates import (
    KNOWN,
    Candidate,
    candidates,
    figure_changes,
    looks_back,
    max_similarity,
    overtaken,
    specific_counts,
    support,
    support_counts,
)
from briefbot.brief.items import factboxes, on_topic, past_entry
from briefbot.brief.retold import figures_restated, retold
from briefbot.brief.select import select
from briefbot.brief.since import dated_reports, marked_by_figures, marked_since
from briefbot.brief.sources import UNTITLED, article_source, citations, kept_title, listed, number_sources, shared_citations
from briefbot.brief.timeline import TimelineSettings, build_timeline
from briefbot.brief.topic import Topic
from briefbot.brief.turns import quiet
from briefbot.models import Article, Brief, Figure, Point, SourceHealth, Status
from briefbot.rank import coverage
from briefbot.rank.scipy_sparse import sparse
from briefbot.rank.sumy_adapter import rate
from briefbot.rank.vectors import Counted, Vectors, log_scaled, percentile, row_max, vectorize
from briefbot.text.standalone import fits_a_point
from briefbot.text.terms import LEAD, is_brief_material, sentence_spans, terms, text_key, word_pairs

CHANGES_SHARE = 0.8  # of an update brief's words, what changed may take this share; the situation, a fifth at least, the rest


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
    specific: float = 0.0  # sentences naming people, places or numbers few articles name (percentile)
    # selection for coverage (briefbot.rank.coverage) instead of best-first with thresholds, in the
    # situation summary and in what changed (measured worse there: off); 0 = off
    coverage: float = 1.0
    change_coverage: float = 0.0
    sharpness: float = 0.25  # the sentence prior is exp(sharpness * score); 0 = concepts alone
    focus_bonus: float = 1.0  # a concept holding a word of the title or focus counts 1 + this
    length_exponent: float = 0.7  # coverage gain per word ** this (1: per word; 0: per sentence)
    lead_bonus: float = 0.0  # a concept in an article's first three sentences counts 1 + this
    known_discount: float = 0.5  # what changed, with change_coverage: a concept the reader saw counts 1 - this
    numbers: float = 1.0  # coverage: a number a sentence states is a concept too (how many), counting this times
    headline: float = 1.0  # changes: closeness to the new articles' headlines (percentile of the best cosine)


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

    @property
    def focus_terms(self) -> list[str]:
        """The terms of the topic's title and focus (what the focus prior and bonus compare with)."""
        return terms(f"{self.title} {self.focus}")


def compose_brief(settings: Settings, as_of: date, new: Sequence[Article], old: Sequence[Article], previous: Brief | None,
                  health: SourceHealth | None = None) -> Brief:
    """The brief of ``settings.topic`` as of ``as_of`` from its new and older articles; articles not
    about the topic (see :mod:`briefbot.brief.topic`) are left out, the new ones listed as such."""
    topic = Topic(settings.title, settings.focus, settings.include, settings.exclude)
    kept, gone = on_topic(topic, [*new, *old])  # (a stray among them all: the old tell what the story is too)
    fresh, strays = {a.id for a in new}, {a.id for a in gone}
    new, old, off = [a for a in kept if a.id in fresh], [a for a in kept if a.id not in fresh], [a for a in gone if a.id in fresh]
    brief = _compose(settings, as_of, new, old, previous, health)
    # a point the last brief took from an article now left out (a stray among fewer) is no news gone either
    brief = replace(brief, changes=tuple(p for p in brief.changes if p.status is not Status.DROPPED or not set(p.article_ids) <= strays))
    left_out = tuple(article_source(0, a.id or 0, a) for a in off)
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
    new_ids, (boxes, history) = {a.id for a in new}, factboxes(articles.values())  # (never news; a history's: nor figures)
    replaced = [s.text for a in earlier for s in sentence_spans(a.text) if is_brief_material(s.text)]
    corrected = corrections.corrected(list(articles.values()))  # what a correction retracts is no line of the brief
    hush = quiet(articles.values())  # a transcript's questions and greetings: no points (briefbot.brief.turns)
    cands = [c for c in candidates([*old, *new], new_ids, known={text_key(t) for t in replaced})
             if not corrected or text_key(c.text) not in corrected.hidden]
    previous_points = _previous_points(previous)
    # a state a later article ended ("The order remains in force" once it was lifted), a day it gave up ("The ballot is on Friday")
    given_up = schedules.moved(cands)
    ended = states.ended_states(cands) | given_up

    if not cands:
        if previous and not new:
            return _nothing_new(settings, as_of, previous, health)
        return _empty(settings, as_of, previous, health, new_articles=len(new))

    vectors = vectorize([c.terms for c in cands])
    focus = f"{settings.title} {settings.focus}"
    title = settings.title or kept_title(previous.title if previous else None, articles.values())  # (none set: made)
    places = f"{title} {settings.focus}"
    focus_terms = settings.focus_terms
    focus_vec = vectors.encode([focus_terms]) if focus_terms else None

    changes: list[Point] = []
    chosen: list[int] = []
    carried: np.ndarray | None = None
    previous_vec: sparse.csr_matrix | None = None  # the previous brief's points, as what changed encoded them
    if previous is not None:
        if not new:
            return _nothing_new(settings, as_of, previous, health)
        told = diff.Told(previous_points, previous.as_of, as_of, {i: a.date for i, a in articles.items()}, boxes,
                         diff.counts_told(c.text for c in cands if not c.new and c.day <= previous.as_of.toordinal()))
        headlines = [h for h in (terms(a.title or _lead_in(a.text)) for a in new) if h]  # what the outlets say is news
        changes, chosen, carried, previous_vec = _what_changed(cands, vectors, focus_vec, settings, told, replaced,
                                                               vectors.encode(headlines) if headlines else None, corrected,
                                                               hush | {text_key(t) for t in ended})  # (no news either)
    summary_budget = settings.words - _words([p for p in changes if p.status is not Status.DROPPED])

    all_idx = list(range(len(cands)))
    scores = _scores(cands, all_idx, vectors, focus_vec, settings, novelty=None, first=previous is None)
    taken = np.isin(np.arange(len(cands)), chosen)  # (the points of what changed: no situation's)
    in_time = live.told_order(cands, {i for i, a in articles.items() if a.newest_first})  # a live page's entries, newest first
    entries = [set(c.article_ids) <= history and past_entry(c.position, c.text) for c in cands]  # (a history's: other events')
    reports = [figures.Report(c.text, tuple(c.article_ids), t, t is not None or c.position < LEAD) for c, t, e in zip(
        cands, in_time, entries, strict=True) if not e]  # (lead: a live page's entries are each its news)
    dating = {i: figures.Dated(a.date, a.first_seen, a.undated) for i, a in articles.items()}
    stale = figures.superseded(reports, dating, places) | forecasts.overtaken_forecasts(cands, as_of)  # a toll given anew, a forecast met
    stale |= tallies.overtaken_counts(reports, dating) | ended  # a partial count overtaken, a day given up
    update = previous is not None  # (and a day past, or what recent coverage no longer carries in a brief after another)
    taken[[i for i, c in enumerate(cands) if c.text in stale or overtaken(c, as_of, update, new_ids) or text_key(c.text) in hush
           or entries[i]]] = True  # (nor a history factbox's entries: no figures, no situation)
    picked = select(cands, all_idx, scores, vectors, summary_budget, exclude=taken, already=chosen,
                     weights=settings.weights, focus=set(focus_terms), fitting_only=update)
    summary = [_point(cands, i, vectors, Status.CONTINUING, None, float(scores[i])) for i in picked]
    in_summary = {p.text for p in summary}  # (a point the brief still gives is recent coverage's: it is carried)
    changes, summary = shared_citations(changes, summary)

    # figures and the timeline quote, of the articles carrying a sentence, those the points cite
    # (or one): the sources are the articles the brief's lines need; a figure that moved is news
    fresh = {i for i in new_ids if i is not None}
    key, disagree = figures.track(reports, dating, focus=places, listed=listed(citations([*changes, *summary])),
                                  previous=previous.figures if previous is not None else (), new_articles=fresh)
    if previous is not None:
        shown = [f for f in previous.figures if text_key(f.sentence) not in corrected.hidden]  # (a retracted value moved nowhere)
        changes = _figure_updates(changes, cands, *figures.moves(key, shown, fresh), told_until=previous.as_of)
        news = {p.text for p in changes if p.status is not Status.DROPPED}  # a point that updates a figure is news:
        summary = [p for p in summary if p.text not in news]  # ... it leaves the situation
        changes, summary = marked_since(*shared_citations(changes, summary))  # ("“killing 120 people” since updated to 312 [1]")
    summary = dated_reports(marked_by_figures(summary, key, places), articles)  # ("“At least 72 people” since updated ...")
    cited = citations([*changes, *summary], key, disagree)  # numbered in this order, the timeline's last
    timeline = build_timeline(list(articles.values()), as_of, settings.timeline, focus=focus, listed=listed(cited),
                              counted=Counted.of(vectors, [c.terms for c in cands]), corrected=corrected,
                              hush=hush | {text_key(t) for t in given_up})
    if carried is not None and previous_vec is not None:  # (what the reader saw that recent coverage no longer carries)
        told_on_day = {text_key(e.text) for day in timeline for e in day.events}  # (dropped points cite nothing)
        changes.extend(diff.dropped(previous_points, carried, shown=in_summary, in_timeline=told_on_day))
    sources = number_sources(articles, [*cited, *citations((), timeline=timeline)])
    return Brief(
        topic=settings.topic, title=title, as_of=as_of,
        previous_as_of=previous.as_of if previous else None, summary=tuple(whois.attributed(summary, articles)),
        changes=tuple(whois.attributed(changes, articles)),
        figures=key, disagreements=disagree, sources=sources, nothing_new=False, new_articles=len(new),
        health=health, algorithm=settings.algorithm, timeline=timeline,
    )


def _what_changed(
    cands: list[Candidate], vectors: Vectors, focus_vec: sparse.csr_matrix | None, settings: Settings,
    told: diff.Told, replaced: Sequence[str] = (), headlines: sparse.csr_matrix | None = None,
    corrected: corrections.Corrected | None = None, hush: AbstractSet[str] = frozenset(),
) -> tuple[list[Point], list[int], np.ndarray | None, sparse.csr_matrix | None]:
    """The points of the new articles worth telling a reader of the previous brief, labelled new or updated; the
    candidates used; how well recent coverage still carries each previous point (its best cosine with a recent
    sentence; None when there is nothing to compare); and the previous points' term vectors (None without them)."""
    previous_points = told.points
    fixed = corrected or corrections.Corrected()  # what correction notes retract and the statements that correct it
    new_idx = [i for i, c in enumerate(cands) if c.new]  # empty when new articles only repeat old ones
    old_idx = [i for i, c in enumerate(cands) if not c.new]
    # what the reader knows: the points of the previous brief (its first rows), and what edited articles said before
    known = [p.text for p in previous_points] + list(replaced)
    known_vec = vectors.encode([terms(t) for t in known]) if known else None
    previous_vec = known_vec[:len(previous_points)] if known_vec is not None and previous_points else None
    changes: list[Point] = []
    picked: list[int] = []
    if new_idx:
        novelty = max_similarity(vectors, new_idx, old_idx, known_vec)
        # a sentence that repeats a known one with another figure is an update, not old news
        repeated = np.nonzero(novelty >= KNOWN)[0]
        changed = figure_changes([new_idx[r] for r in repeated], cands, vectors, old_idx, known, known_vec)
        novelty[[r for r, c in zip(repeated, changed, strict=True) if c]] = 0.0
        # ... and so is a correction's corrected statement ("Bail for Lind was set at $40,000.")
        novelty[[k for k, i in enumerate(new_idx) if text_key(cands[i].text) in fixed.correcting]] = 0.0
        novelty[[k for k, i in enumerate(new_idx) if text_key(cands[i].text) in hush]] = 1.0  # (a transcript's greeting)
        # ... and one that gives only figures the reader saw, at their values, in other words, is not news
        restated = figures_restated(new_idx, cands, vectors, known, known_vec)
        novelty[[k for k, r in enumerate(restated) if r]] = 1.0
        # ... nor is one that tells again, in other words, an event the reader saw or older articles told, on its day
        novelty[[k for k, r in enumerate(retold(new_idx, cands, vectors, previous_points, previous_vec, old_idx)) if r]] = 1.0
        novelty[[k for k, i in enumerate(new_idx) if told.not_news(cands[i].text, cands[i].day, cands[i].article_ids)]] = 1.0
        scores = _scores(cands, new_idx, vectors, focus_vec, settings, novelty=novelty, headlines=headlines)
        weights = replace(settings.weights, coverage=settings.weights.change_coverage)
        # the phrases the reader saw matter only to selection for coverage (off by default): else not worth finding
        known_pairs: set[coverage.Concept] = (
            set().union(*(word_pairs(t) for t in known), *(word_pairs(cands[i].text) for i in old_idx))
            if weights.coverage else set())
        picked = select(cands, new_idx, scores, vectors, round(settings.words * CHANGES_SHARE), exclude=novelty >= KNOWN,
                         overlap=settings.weights.phrase_overlap, weights=weights, known=known_pairs,
                         focus=set(settings.focus_terms), reported=True)
        sims_prev = (vectors.matrix[picked] @ previous_vec.T).toarray() if previous_vec is not None and picked else None
        position_of = {i: k for k, i in enumerate(new_idx)}
        for k, i in enumerate(picked):
            match = diff.classify(cands[i].text, sims_prev[k] if sims_prev is not None else np.zeros(0), previous_points,
                                  told.dates, told.counts)
            j = match.index  # a value a correction retracted is none another sentence updates (the same one re-issued: its fix)
            if j is not None and text_key(previous_points[j].text) in fixed.hidden and sims_prev is not None and sims_prev[k][j] < KNOWN:
                match = diff.Match(Status.NEW, None)
            status = match.status if match.status is not Status.CONTINUING else Status.NEW
            before = match.previous
            gone = [j for j, p in enumerate(previous_points) if text_key(p.text) in fixed.hidden]
            if gone and status is Status.NEW and sims_prev is not None and text_key(cands[i].text) in fixed.correcting:
                # a corrected statement updates the retracted point the reader saw ("previously: ...")
                status, before = Status.UPDATED, previous_points[max(gone, key=lambda j: sims_prev[k][j])].text
            point = _point(cands, i, vectors, status, before, float(scores[position_of[i]]))
            changes.append(replace(point, was=diff.was(match, previous_points, told.dates)))
    recent = [i for i, c in enumerate(cands) if diff.recent(c.day, c.new, told.as_of)]
    carried = None
    if previous_vec is not None and recent:  # for the points the reader saw that recent coverage no longer carries
        carried = row_max(previous_vec @ vectors.matrix[recent].T)
    return changes, picked, carried, previous_vec


def _lead_in(text: str) -> str:
    """An untitled article's first line when it is no sentence to quote, or its words before its first
    quotable sentence: a headline, or one and a caption run into the story without a full stop ("Port
    reopens after storm Dock workers clear debris in Tarn The port ..."): what the outlet calls the news."""
    pieces: list[str] = []
    for span in sentence_spans(text):
        if span.paragraph or is_brief_material(span.text):
            break
        pieces.append(span.text)
    return " ".join(pieces)


def _figure_updates(changes: list[Point], cands: list[Candidate], moved: Sequence[Figure],
                    recounted: Sequence[Figure] = (), told_until: date | None = None) -> list[Point]:
    """What changed, with an "updated" point for each tracked figure whose value moved since the
    previous brief: the new sentence stating it (only when new articles alone carry it, and it reads
    as a point: short and alone), placed after the other new and updated points; a point that is
    already that sentence, or that states the figure's new value of the same count, gains the
    figure, and updates the figure's value before when the reader was told that last, by
    ``told_until`` (:func:`briefbot.brief.changes.told_last`).  A figure whose new value cannot follow the one shown
    (``recounted``: one day's toll after the whole uprising's) is news of its own: its sentence is a
    new point, updating nothing."""
    by_text = {c.text: c for c in cands}
    out = list(changes)
    for f, status in [*((f, Status.UPDATED) for f in moved), *((f, Status.NEW) for f in recounted)]:
        c = by_text.get(f.sentence)
        if c is None or not c.new:
            continue
        same = next((k for k, p in enumerate(out) if p.text == f.sentence), None)
        if same is None:  # a point that tells the same move in other words ("had burned 41,000 acres") is its point
            same = next((k for k, p in enumerate(out) if p.status is not Status.DROPPED and diff.tells_value(p.text, f)), None)
        if same is not None:
            if status is Status.UPDATED:
                was = out[same].was if told_until is None else diff.told_last(out[same], f, told_until)
                out[same] = replace(out[same], status=Status.UPDATED, figure=f, was=was)
            continue
        if not fits_a_point(f.sentence):
            continue  # too long or not readable alone: the figures section tells the move
        at = next((k for k, p in enumerate(out) if p.status is Status.DROPPED), len(out))
        figure = f if status is Status.UPDATED else None
        out.insert(at, Point(f.sentence, tuple(c.article_ids), status, None, 0.0, figure, written=c.written))
    return out


def _scores(
    cands: list[Candidate], idx: list[int], vectors: Vectors, focus_vec: sparse.csr_matrix | None,
    settings: Settings, *, novelty: np.ndarray | None, first: bool = False, headlines: sparse.csr_matrix | None = None,
) -> np.ndarray:
    """Scores of the candidates ``idx``: for *what changed* when ``novelty`` is given (ranked within
    the new sentences alone, ``headlines`` the term vectors of the new articles' headlines), else for
    the situation summary."""
    w = settings.weights
    sub = [cands[i] for i in idx]
    central = rate(settings.algorithm, [c.text for c in sub], [c.terms for c in sub],
                   focus_terms=settings.focus_terms, counts=vectors.counts_of(idx))
    position = np.exp(-np.array([c.position for c in sub], dtype=float) / w.position_decay)
    score = (w.central if novelty is not None else w.summary_central) * central + w.position * position
    if focus_vec is not None:
        focus = np.asarray((vectors.matrix[idx] @ focus_vec.T).todense()).ravel()
        score += w.focus * percentile(focus)
    score += w.support * log_scaled(support_counts(cands, idx, vectors) - 1)
    if w.specific:
        score += w.specific * percentile(specific_counts(cands, idx))
    if novelty is not None:
        days = np.array([c.day for c in sub], dtype=float)
        span = days.max() - days.min()
        score -= w.newest * ((days.max() - days) / span if span else np.zeros(len(sub)))
        score -= w.novelty * novelty
        if headlines is not None and w.headline:
            score += w.headline * percentile(row_max(vectors.matrix[idx] @ headlines.T))
        if w.background:
            score -= w.background * np.array([1.0 if looks_back(c.text, c.day) else 0.0 for c in sub])
    elif not first:
        score += w.recency * np.array([1.0 if c.new else 0.0 for c in sub])
    return score


def _point(cands: list[Candidate], i: int, vectors: Vectors, status: Status, previous: str | None,
           score: float) -> Point:
    cited, also = support(cands, i, vectors)
    return Point(cands[i].text, cited, status, previous, score, also_reported=also, written=cands[i].written)


def _words(points: Sequence[Point]) -> int:
    return sum(len(p.text.split()) for p in points)


def _previous_points(previous: Brief | None) -> list[Point]:
    if previous is None:
        return []
    return [p for p in (*previous.changes, *previous.summary) if p.status is not Status.DROPPED]


def _nothing_new(settings: Settings, as_of: date, previous: Brief, health: SourceHealth | None) -> Brief:
    """Nothing arrived: the brief says so, and carries the previous points for the next comparison."""
    return Brief(
        topic=settings.topic, title=settings.title or previous.title, as_of=as_of, previous_as_of=previous.as_of,
        summary=tuple(_previous_points(previous)), changes=(), figures=previous.figures, disagreements=previous.disagreements,
        sources=previous.sources, nothing_new=True, new_articles=0, health=health, algorithm=settings.algorithm,
        timeline=previous.timeline,
    )


def _empty(settings: Settings, as_of: date, previous: Brief | None, health: SourceHealth | None, *, new_articles: int) -> Brief:
    """No usable sentence (no article dated up to ``as_of``, or only boilerplate): an empty brief."""
    return Brief(
        topic=settings.topic, title=settings.title or (previous.title if previous else UNTITLED), as_of=as_of,
        previous_as_of=previous.as_of if previous else None, summary=(), changes=(), figures=(), disagreements=(),
        sources=(), nothing_new=False, new_articles=new_articles, health=health, algorithm=settings.algorithm,
    )
