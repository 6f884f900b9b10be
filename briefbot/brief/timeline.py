"""A dated timeline of the situation (pure): the days that matter and what happened on each.

1. Every story sentence of every article about the topic (:mod:`briefbot.brief.topic`) dated up to ``as_of`` gets the
   date of its event (:func:`briefbot.text.dates.event_date`): the date it names ("on Sunday", "24 September",
   "yesterday"), else its article's date. Sentences dated only to a week, month or year, and dates far before the first
   article, are left out; so is every sentence of an undated article (dated by when briefbot first saw it) that does not
   name a calendar date.
2. A day matters as much as the number of articles that speak of it, by publication (a sentence with no date of its own)
   or by naming it, each sentence counted on its own date (and a day it names only in a back-reference, "up from 1,400
   on Monday", "since the attack began Sunday", counted as spoken of, no event of it filed there): the busiest days of
   reporting and the days later reports look back to. (Kessler et al. 2012, Tran et al. 2013; Martschat and Markert
   2018, Ghalandari and Ifrim 2020.)
3. Near-duplicates (the same sentence in several outlets, or the same report repeated on later days) become one event:
   one that names no day of its own moves to the earliest day one of them names, so a later re-telling of the attack
   stays with "Sunday's attack killed ..."; one that names its day keeps it ("was 80% contained on Wednesday" is
   Wednesday's state, not the Saturday a near-copy names); with none naming a day, none moves.
4. Per chosen day, the sentences that best say what happened: closest to what that day's sentences have in common,
   naming the day, early in their article, carried (in close words) by more articles, and close to the topic's title and
   focus; less so the closer they are to what the timeline already says (MMR). On a day one article alone tells (or the
   same articles carry every sentence of it word for word: a reprint adds no outlet agreeing on what matters), closeness
   to the day's sentences measures what that article repeats, not what several reporters agree on: after the first line
   a sentence's centrality counts only in the share of it that reaches sentences the day's lines do not cover yet
   (facility-location coverage). The lines read alone where the day has such a sentence (the rule of a brief's points:
   "And if the package fails, ...", "I'm not sure how many ..." are no lines); on a day several articles tell, only
   among its best :data:`ALONE_WITHIN`, else none in its writer's own voice. A transcript's turn under its speaker's
   label ("THE WITNESS: No, I was told ...") is no line, as it is no point.

Each event is a verbatim sentence citing the articles that carry it word for word. One still to come as its articles told it
(every article carrying it is dated before the day it names, and the grammar reads that day ahead: "Opening statements are
scheduled for Monday" in an article of Friday) keeps that day (the rule for what is to come) and is marked with the day it was
told (:attr:`briefbot.models.Point.to_come`), so that no reader takes it for a report that it happened; where one of the day's
sentences reports it done ("Prosecutors opened their case on Monday"), that report is the day's line in its place; one set for a
day a later article gives up ("The ballot, set for Friday, has been postponed to Monday") is none. One no copy or near-copy of
which names a day stands on its earliest article's day, marked so (``dated_by_publication``), if it tells one (text.aspect)
in an article's lead (:data:`briefbot.text.terms.LEAD`): deeper, it tells background, an explanation or a quote more
often than the day's news."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from itertools import islice

import numpy as np

from briefbot.brief import corrections, whois
from briefbot.brief.candidates import SUPPORT  # cosine above which another article's sentence carries the same point
from briefbot.brief.corrections import Corrected
from briefbot.brief.items import on_topic
from briefbot.brief.sayings import says_alike
from briefbot.brief.schedules import moved
from briefbot.brief.sources import article_source, auto_title, number_sources, quoted
from briefbot.brief.topic import Topic
from briefbot.brief.turns import quiet
from briefbot.models import Article, Point, Timeline, TimelineEntry
from briefbot.rank import close
from briefbot.rank.scipy_sparse import sparse
from briefbot.rank.vectors import Counted, Vectors, log_scaled, percentile, vectorize
from briefbot.text.aspect import set_for, tells_an_event, told_as
from briefbot.text.dates import EventDate, Precision, event_date
from briefbot.text.openings import one_of_many
from briefbot.text.standalone import in_own_voice, stands_alone
from briefbot.text.tense import Tense, tense
from briefbot.text.terms import LEAD, Span, is_brief_material, sentence_spans, terms, text_key
from briefbot.text.transcripts import speaker_label

DUPLICATE = 0.7  # cosine at or above which two sentences report the same event
REDUNDANT = 0.5  # cosine above which a sentence repeats one already in the timeline
LOOK_BACK_DAYS = 31  # events this long before the first article still count (what it recalls)
NEWEST_FROM = 3  # days of a timeline from which its last is the newest day of reporting
ALONE_WITHIN = 3  # a line that reads alone is taken among a day's best this many (a day several articles tell)


@dataclass(frozen=True)
class TimelineSettings:
    dates: int = 5  # the days to show
    sentences: int = 2  # events per day (at most)
    named_day: float = 0.5  # bonus for a sentence that names its day ("on Sunday")
    position: float = 0.5  # lead sentences: exp(-index / position_decay)
    support: float = 0.5  # articles carrying the event or a sentence close to it (log-scaled)
    position_decay: float = 4.0
    redundancy: float = 1.0  # penalty per unit of cosine to a sentence already chosen (MMR)
    focus: float = 0.5  # closeness to the topic's title and focus (percentile; the brief's weight)
    listed: float = 0.5  # in a brief: bonus for a sentence an article the brief cites anyway carries


@dataclass
class _Event:
    text: str
    day: date
    named: bool  # the sentence names its day (not only its article's date)
    position: int
    article_ids: list[int] = field(default_factory=list)  # that carry the sentence word for word
    reach: int = 0  # how many articles carry it or a near-duplicate (counted by _collapse)
    told_ahead: date | None = None  # the latest day an article told it as to come on ``day`` (see _ahead)
    reported: bool = False  # an article tells it on ``day`` not as to come (on that day or after it, or as done)
    by_publication: bool = False  # ``day`` is its earliest carrying article's date: no copy or near-copy names a day
    lead: bool = False  # in an article's lead (its first LEAD quotable sentences) or a live page's entry (each its news)
    written: date | None = None  # the date of the earliest article that carries it (what its "on Friday" is told from)

    @property
    def to_come(self) -> date | None:
        """The day its articles told it, when every one of them told it as still to come on its day."""
        return None if self.reported else self.told_ahead

    def told(self, ahead: bool, published: date) -> None:
        """One more article tells it on its day: as to come (``ahead``), or not."""
        if ahead:
            self.told_ahead = max(self.told_ahead or published, published)
        else:
            self.reported = True


@dataclass
class _Days:
    """Per day, the articles that speak of it, each sentence by its own date (before any near-duplicate is moved), those of
    them published after it that name it, and how many sentences speak of it."""

    speakers: dict[date, set[int]] = field(default_factory=dict)
    later: dict[date, set[int]] = field(default_factory=dict)
    sentences: dict[date, int] = field(default_factory=dict)

    def ranked(self) -> list[date]:
        """The days that matter most first: the most articles speaking of them; on a tie, the more articles looking back to
        them from later days; then the more sentences reporting them (how much the sources say of the day); then the earlier."""
        return sorted(self.speakers, key=lambda d: (-len(self.speakers[d]), -len(self.later.get(d, ())), -self.sentences.get(d, 0), d))


def _events(articles: Sequence[Article], as_of: date, corrected: Corrected | None = None) -> tuple[list[_Event], _Days]:
    days = _Days()
    dated = sorted((a.date, a.id, a) for a in articles if a.id is not None and a.date is not None and a.date <= as_of)
    if not dated:
        return [], days
    earliest = dated[0][0] - timedelta(days=LOOK_BACK_DAYS)
    by_text: dict[str, _Event] = {}

    def add(span: Span, when: EventDate, article_id: int, published: date, by_publication: bool, lead: bool) -> None:
        if when.precision is not Precision.DAY or not earliest <= when.day <= as_of:
            return
        days.speakers.setdefault(when.day, set()).add(article_id)
        days.sentences[when.day] = days.sentences.get(when.day, 0) + 1
        if when.day < published:
            days.later.setdefault(when.day, set()).add(article_id)
        for recalled in when.recalled:  # a day a back-reference names is spoken of, though no event of the sentence is on it
            if earliest <= recalled <= as_of:
                days.speakers.setdefault(recalled, set()).add(article_id)
                if recalled < published:
                    days.later.setdefault(recalled, set()).add(article_id)
        key = text_key(span.text)
        e = by_text.get(key)
        if e is None:
            e = by_text[key] = _Event(span.text, when.day, when.explicit, span.index, by_publication=by_publication,
                                      written=published)
        elif when.day < e.day:
            e.day, e.named, e.told_ahead, e.reported, e.by_publication = when.day, when.explicit, None, False, by_publication
        elif when.day == e.day:
            e.named, e.by_publication = e.named or when.explicit, e.by_publication and by_publication
        if when.day == e.day:
            e.told(_ahead(span.text, when, published), published)
        if article_id not in e.article_ids:
            e.article_ids.append(article_id)
        e.position, e.lead = min(e.position, span.index), e.lead or lead

    for day, article_id, a in dated:
        for place, span in enumerate(s for s in sentence_spans(a.text) if is_brief_material(s.text)):
            if corrected and text_key(span.text) in corrected.hidden:
                continue
            told = corrected.redated.get(text_key(span.text)) if corrected else None
            when = event_date(span.text, day) if told is None else EventDate(told, Precision.DAY)
            if a.undated and (when.mention is None or when.mention.relative):
                continue  # an undated article's "on Sunday" or present tense says nothing of when
            add(span, when, article_id, day, told is None and not when.explicit, a.newest_first or place < LEAD)
    return list(by_text.values()), days


def _ahead(text: str, when: EventDate, published: date) -> bool:
    """Whether the sentence ``text`` of an article of ``published`` tells its event, dated ``when``, as still to come: the
    day it names is after the article's, and the grammar reads it ahead (:func:`briefbot.text.tense.tense`: "is scheduled
    for Monday", "will resume on Wednesday", "threatened to publish on Monday") or as a day set for it ("has set ... for")."""
    return when.mention is not None and when.day > published and (
        tense(text, when.mention.start) is not Tense.PAST or set_for(text, when.mention.start))


def _collapse(events: list[_Event], vectors: Vectors) -> list[int]:
    """Near-duplicates that name no day of their own onto the earliest day one of them names (each
    keeps its own words and citations; one that names its day keeps it); every
    event learns the articles that report it or something close (its reach).  Returns each
    event's group: the index of its first member.

    All in sparse matrices (no Python loop over sentence pairs): the close pairs are found by
    halves of the all-pairs product (:mod:`briefbot.rank.close`), the reach is the closeness
    matrix times the event-article incidence, the groups are the connected components of the
    duplicate pairs."""
    n = len(events)
    ids = sorted({a for e in events for a in e.article_ids})
    column = {a: j for j, a in enumerate(ids)}
    rows = [i for i, e in enumerate(events) for _ in e.article_ids]
    cols = [column[a] for e in events for a in e.article_ids]
    carries = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(n, len(ids)))
    dup_rows: list[np.ndarray] = []
    dup_cols: list[np.ndarray] = []

    def duplicates(i: np.ndarray, j: np.ndarray, cosines: np.ndarray) -> None:
        dup_rows.append(i[cosines >= DUPLICATE])
        dup_cols.append(j[cosines >= DUPLICATE])

    reached = close.reach(vectors.matrix, carries, lambda cosines: cosines >= SUPPORT, found=duplicates) + carries
    for i, count in enumerate(np.diff(reached.indptr).tolist()):  # (with its own articles)
        events[i].reach = count
    groups = _first_members(n, np.concatenate(dup_rows).tolist(), np.concatenate(dup_cols).tolist())
    first: dict[int, date] = {}  # per group, the earliest day one of its sentences names
    for i, g in enumerate(groups):
        if events[i].named:
            first[g] = min(first.get(g, events[i].day), events[i].day)
    for i, g in enumerate(groups):  # (a sentence that names its own day keeps it)
        if not events[i].named and g in first and first[g] <= events[i].day:  # (named the same day: dated by its copy)
            events[i].day, events[i].by_publication = first[g], False
    return groups


def _first_members(n: int, rows: list[int], cols: list[int]) -> list[int]:
    """Each node's group in the graph of edges (rows[k], cols[k]): the smallest node of its connected
    component.  A union-find over the edges, which are few (near-duplicates): scipy's csgraph would
    cost every brief about 0.1 s of importing scipy.linalg."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in zip(rows, cols, strict=True):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)  # a root is always its component's smallest node
    return [root(i) for i in range(n)]


def build_timeline(articles: Sequence[Article], as_of: date, settings: TimelineSettings = TimelineSettings(),
                   focus: str = "", listed: AbstractSet[int] | None = None,
                   counted: Counted | None = None, corrected: Corrected | None = None,
                   hush: AbstractSet[str] | None = None) -> tuple[TimelineEntry, ...]:
    """The ``settings.dates`` days that matter most up to ``as_of``, oldest first, each with up to
    ``settings.sentences`` verbatim sentences that say what happened that day (the closer to
    ``focus``, the topic's title and focus, the better), each citing the articles that carry it.
    In a brief, ``listed`` holds the articles its other lines cite: of near-equal sentences, one
    that a listed article carries is preferred, and an event cites only its carrying articles that
    are listed (or cited by an event before it), else one, and counts the others (:func:`_cite`);
    a day's first line may bring an article of its own, a further line only one the brief lists.
    ``counted``: the brief's sentences counted already (the same vectors, counted once); ``corrected``, what correction
    notes retract and redate, and ``hush``, a transcript's questions and greetings and what was set for a day given up
    (:func:`briefbot.brief.schedules.moved`), as the brief read them (read again when not given)."""
    events, speaking = _events(articles, as_of, corrected if corrected is not None else corrections.corrected(articles))
    if not events or settings.dates < 1 or settings.sentences < 1:
        return ()
    vectors = (counted.vectorize if counted is not None else vectorize)([terms(e.text) for e in events])
    focus_terms = terms(focus)
    focus_vec = vectors.encode([focus_terms]) if focus_terms else None
    groups = _collapse(events, vectors)
    on_day: dict[date, list[int]] = {}
    for i, e in enumerate(events):  # (a line dated by its article only if it tells an event: read for the days looked at)
        on_day.setdefault(e.day, []).append(i)
    tells = cache(lambda d: [i for i in on_day.get(d, ()) if not events[i].by_publication or tells_an_event(events[i].text)])
    lead = [not e.by_publication or e.lead for e in events]  # (a line; the others count in what the day says)
    days = list(islice((d for d in speaking.ranked() if any(lead[i] for i in tells(d))), settings.dates))  # (all moved: none)
    # the newest day of reporting is where a developing story stands: a timeline of NEWEST_FROM days or more ends there
    newest = next((d for d in sorted({a.date for a in articles if a.date is not None and not a.undated and a.date <= as_of},
                                     reverse=True) if any(lead[i] for i in tells(d))), None)
    if newest is not None and newest not in days and len(days) == settings.dates >= NEWEST_FROM:
        days[-1] = newest
    days.sort()

    chosen: list[int] = []
    entries, hush = list[TimelineEntry](), {*quiet(articles), *map(text_key, moved(events))} if hush is None else hush
    shown = set(listed) if listed is not None else None
    for day in days:
        idx = tells(day)
        central, scores = _scores(events, idx, vectors, focus_vec, settings)
        if listed:
            scores = scores + settings.listed * np.array([float(_cites_listed(events[i], listed)) for i in idx])
        seen_groups: set[int] = set()
        sims = np.zeros(len(idx))  # closeness to what the timeline already says (MMR)
        if chosen:
            sims = (vectors.matrix[idx] @ vectors.matrix[chosen].T).max(axis=1).toarray().ravel()
        # a day one article (or its word-for-word reprints) alone tells: coverage after the first line (step 4 of the docstring)
        one_source = settings.sentences > 1 and len({tuple(sorted(events[i].article_ids)) for i in idx}) == 1
        day_sims = _day_similarities(vectors.matrix[idx]) if one_source else None
        covered = np.zeros(len(idx))  # each sentence's best cosine with a line of the day (1 for a line)
        alone = [stands_alone(e) and not one_of_many(e, focus_terms) for e in (events[i].text for i in idx)]
        fallback = [True] * len(idx) if one_source else [not in_own_voice(events[i].text) for i in idx]  # (when none reads alone)
        alone, within = (alone if any(alone) else fallback), (None if one_source else ALONE_WITHIN)
        talk = [speaker_label(events[i].text) or text_key(events[i].text) in hush for i in idx]  # a turn: no line, as no point
        done_reports = _done_reports(events, idx, vectors)  # still to come as told: the day's report of it, if any
        points: list[Point] = []
        for _ in range(settings.sentences):
            now = scores if day_sims is None or not points else scores - central * (1.0 - _untold_share(day_sims, covered))
            order = np.argsort(-(now - settings.redundancy * sims), kind="stable")
            fresh = [k for k in order if lead[idx[k]] and groups[idx[k]] not in seen_groups and sims[k] <= REDUNDANT and not talk[k]
                     and not any(idx[j] in chosen for j in done_reports[k])  # (told done already: what was to come is no line)
                     and (not points or _cites_listed(events[idx[k]], shown))]
            # a sentence that reads alone if the day has one left (on a day several tell, among its best); else a first line
            k = next((k for k in fresh[:within] if alone[k]), None)  # (a further line only so: else the day has its lines)
            k = next((k for k in fresh if fallback[k]), fresh[0] if fresh else None) if k is None and not points else k
            if k is None:
                break
            k = next((j for j in done_reports[k] if j in fresh), k)  # the report of what was to come, when one may be shown
            chosen.append(i := idx[k])
            seen_groups.add(groups[i])
            sims = np.maximum(sims, (vectors.matrix[idx] @ vectors.matrix[[i]].T).toarray().ravel())
            if day_sims is not None:
                covered = np.maximum(covered, day_sims[:, k])
                covered[k] = 1.0  # a line covers itself
            points.append(_cite(events[i], shown))
            if shown is not None:  # a later event may cite what this one does
                shown.update(points[-1].article_ids)
        if points:
            entries.append(TimelineEntry(day, tuple(whois.attributed(points, {a.id: a for a in articles if a.id is not None}))))
    return tuple(entries)


def _done_reports(events: list[_Event], idx: list[int], vectors: Vectors) -> list[list[int]]:
    """For each of a day's events (by its place in ``idx``) still to come as its articles told it
    (:attr:`_Event.to_come`), the day's other events that report it done (:func:`briefbot.text.tense.told_as`), saying
    much the same (cosine above ``SUPPORT``, :func:`briefbot.brief.sayings.says_alike`), the closest first: the day's
    line in its place ("The gang began publishing the data on Monday" for "The gang has said it will publish the data on
    Monday")."""
    ahead = [k for k, i in enumerate(idx) if events[i].to_come is not None]
    out: list[list[int]] = [[] for _ in idx]
    others = [k for k, i in enumerate(idx) if events[i].to_come is None] if ahead else []
    if not others:  # (on most days nothing is to come; a tense is read only of a close sentence, below)
        return out
    cosines = (vectors.matrix[[idx[k] for k in ahead]] @ vectors.matrix[[idx[k] for k in others]].T).toarray()
    for row, k in enumerate(ahead):
        close = [(-c, others[j]) for j, c in enumerate(cosines[row].tolist()) if c > SUPPORT
                 and says_alike(events[idx[k]].text, events[idx[others[j]]].text) and told_as(events[idx[others[j]]].text) is Tense.PAST]
        out[k] = [j for _, j in sorted(close)]
    return out


def _cites_listed(event: _Event, shown: AbstractSet[int] | None) -> bool:
    """Whether a day's further line may be shown: in a brief (``shown``: the articles it lists so far), only when an article
    it lists carries the sentence; a day's first line may bring its own."""
    return shown is None or any(a in shown for a in event.article_ids)


def _cite(event: _Event, shown: AbstractSet[int] | None) -> Point:
    """The event citing the articles carrying it word for word; in a brief (``shown``: the articles it lists so far), those
    of them it lists, else the first (earliest), and the other carrying articles counted (:func:`briefbot.brief.sources.quoted`)."""
    cited = tuple(event.article_ids) if shown is None else quoted(event.article_ids, shown, event.article_ids[0])
    cited = (event.article_ids[0], *cited) if event.by_publication and event.article_ids[0] not in cited else cited  # its day's
    return Point(event.text, cited, also_reported=tuple(a for a in event.article_ids if a not in cited), to_come=event.to_come,
                 dated_by_publication=event.by_publication)


def compose_timeline(topic: str, about: Topic, as_of: date, articles: Sequence[Article],
                     settings: TimelineSettings = TimelineSettings()) -> Timeline:
    """The timeline of ``topic`` as of ``as_of`` from those of ``articles`` that are ``about`` it (its title, focus and
    terms), with its numbered sources (its title, or one made from the names the articles share) and those left out."""
    kept, off = on_topic(about, articles)
    entries = build_timeline(kept, as_of, settings, focus=f"{about.title} {about.focus}")
    sources = number_sources({a.id: a for a in kept if a.id is not None}, (p.article_ids for e in entries for p in e.events))
    return Timeline(topic, about.title or auto_title(kept), as_of, entries, sources, tuple(article_source(0, a.id or 0, a) for a in off))


def _scores(events: list[_Event], idx: list[int], vectors: Vectors, focus_vec: sparse.csr_matrix | None,
            settings: TimelineSettings) -> tuple[np.ndarray, np.ndarray]:
    """How well each of a day's sentences says what happened that day: (its centrality, a percentile, and its whole score)."""
    rows = vectors.matrix[idx]
    centroid = np.asarray(rows.mean(axis=0)).ravel()
    norm = np.linalg.norm(centroid)
    closeness = rows @ (centroid / norm) if norm else np.zeros(len(idx))
    central = percentile(np.asarray(closeness).ravel())
    score = central.copy()
    score += settings.named_day * np.array([1.0 if events[i].named else 0.0 for i in idx])
    score += settings.position * np.exp(-np.array([events[i].position for i in idx], dtype=float) / settings.position_decay)
    score += settings.support * log_scaled(np.array([events[i].reach - 1 for i in idx], dtype=float))
    if focus_vec is not None:
        score += settings.focus * percentile(np.asarray((rows @ focus_vec.T).toarray()).ravel())
    return central, score


def _day_similarities(rows: sparse.csr_matrix) -> np.ndarray:
    """The cosines between a day's sentences, each with itself left out (dense: a day of one article has tens of sentences)."""
    sims: np.ndarray = (rows @ rows.T).toarray()
    np.fill_diagonal(sims, 0.0)
    return sims


def _untold_share(day_sims: np.ndarray, covered: np.ndarray) -> np.ndarray:
    """Per sentence, the share of its closeness to the day's other sentences that falls where the day's lines so far do not
    reach (``covered``: each sentence's best cosine with a line, 1 for a line): the marginal gain of facility-location
    coverage (Lin and Bilmes 2011) over the sentence's centrality alone.  One close to nothing else has nothing told: 1."""
    gain = np.maximum(day_sims - covered[:, None], 0.0).sum(axis=0)
    total = day_sims.sum(axis=0)
    share: np.ndarray = np.divide(gain, total, out=np.ones_like(gain), where=total > 0)
    return share
