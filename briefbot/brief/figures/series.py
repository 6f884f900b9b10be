"""Series and disagreements (pure): each tracked quantity's dated values, its latest value and its change, and where sources
give it different values in the same short window.

A value that grows from one day to the next is an update ("deaths: 26 on 2009-04-27, 56 on 2009-05-03"), not a
disagreement.  Sources disagree when different articles give inconsistent values for the same quantity within
:data:`WINDOW_DAYS` (or, for an undated article, in the same round of articles): "three arrested" against "two were
apprehended" on the same day.  "At least 30" agrees with 45, "about 1,000" with 1,050, and "12,000 to 19,000" with 15,000.
A count of people of an earlier day far below the newest day's (:data:`FAR_APART`) is a part of it or another's, no rival.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date

from briefbot.brief import sources
from briefbot.brief.figures import identity
from briefbot.brief.figures import lexicon as L
from briefbot.brief.figures.behind import left_by, revised_away, says_left, stale
from briefbot.brief.figures.grammar import Mention, mentions
from briefbot.brief.figures.identity import CUMULATIVE, DRAINING, MEASURES, Quantity, focus_words, quantity, the_rest, toll_parts
from briefbot.brief.figures.once import once
from briefbot.brief.figures.own import in_a_row, own_name, own_place, told_by_place, told_by_ward
from briefbot.brief.figures.quoted import quoted_words
from briefbot.brief.figures.teller import other_tellers, teller, told_by
from briefbot.brief.figures.when import in_a_period, told_on
from briefbot.models import Disagreement, Figure, Reading
from briefbot.text.terms import nearly_same

__all__ = ["STATES", "WINDOW_DAYS", "Dated", "Report", "moved", "moves", "recounted", "track"]

WINDOW_DAYS = 2  # values this many days apart or closer are the same window
MAX_VALUES = 4  # a disagreement row shows at most this many values (the most widely reported)
MAX_SERIES = 30  # readings kept per figure (the latest ones)
CORROBORATED = 3  # articles giving a figure's value for it to be shown on a source of its own (see track)
NAMED_BY = 2  # articles giving a count only the topic's words make a figure (no event, no measure of its own: see track)
FAR_APART = 3.0  # values further apart than this factor count different things, not a disagreement
FAR_APART_SPECIFIC = 10.0
# what any value tells as it stands that day (a day's new cases are no value: identity._INCREMENT; a defendant's counts)
STATES = {"missing", "displaced", "evacuated", "hospitalised", "cases", "data exposed", "counts", "without power", "in shelters"}
_GROWS = CUMULATIVE - STATES - {"refugees"} | {"cases"}  # counts that only grow: an earlier, larger one is another count
_AT_LEAST = {"at least", "more than", "over", "in excess of", "upwards of", "just over"}
_AT_MOST = {"up to", "fewer than", "less than", "nearly", "almost", "as many as", "as much as", "just under", "close to"}


@dataclass(frozen=True)
class Report:
    """A sentence, the articles that carry it and, for a live page's sentence, its place in the order told."""

    text: str
    article_ids: tuple[int, ...]
    told: int | None = None  # (None: its place in the list; a live page's entries: :mod:`briefbot.text.entries`)
    lead: bool = True  # in the lead of an article that carries it (or a live page's entry): see track


@dataclass(frozen=True)
class Dated:
    """When an article counts as of: its date, the day briefbot first saw it, whether it is undated."""

    day: date | None
    first_seen: date | None = None
    undated: bool = False


@dataclass(frozen=True)
class _Obs:
    """One value of one quantity in one article."""

    q: Quantity
    m: Mention
    article: int
    sentence: str
    dated: Dated
    order: tuple[int, int]  # (its report's place in the list, the number's in the sentence): its prominence
    before: float | None = None  # the value its sentence says it left behind ("1,100 remain missing, down from 1,300")
    teller: str = ""  # the body whose count it is ("Health Ministry"; teller.py)
    told: int = 0  # its report's place in the order told (a live page's entries: Report.told; else its place in the list)
    lead: bool = True  # (its report's)

    @property
    def low(self) -> float:
        if self.m.marker in _AT_MOST:
            return 0.0
        return self.m.value * (0.9 if self.m.approximate and self.m.marker not in _AT_LEAST else 1.0)

    @property
    def high(self) -> float:
        top = self.m.high if self.m.high is not None else self.m.value
        if self.m.marker in _AT_LEAST:
            return float("inf")
        return top * (1.1 if self.m.approximate and self.m.marker not in _AT_MOST else 1.0)

    @property
    def ordinal(self) -> int:
        return self.dated.day.toordinal() if self.dated.day else 0


def _consistent(a: _Obs, b: _Obs) -> bool:  # (an amount in a unit, within 1%: rounded or converted, "795,000 litres" of 5,000 barrels)
    return a.low <= b.high * (1.01 if a.q.unit else 1) and b.low <= a.high * (1.01 if a.q.unit else 1)


def _comparable(a: _Obs, b: _Obs) -> bool:
    """Whether two values are close enough to be two reports of one figure: within :data:`FAR_APART` (``FAR_APART_SPECIFIC`` when
    subject or qualifier pin it down, or a recovery drains it): "5 killed" and "270 killed", no subject, are two incidents."""
    return _close(a.q, a.m.value, b.m.value)


def _close(q: Quantity | Figure, x: float, y: float) -> bool:
    low, high = max(min(x, y), 1.0), max(x, y)
    return high / low <= (FAR_APART_SPECIFIC if q.subject or q.qualifier or q.measure in DRAINING else FAR_APART)


def _clash(a: _Obs, b: _Obs) -> bool:
    """Whether two values disagree: of two articles, or of two named bodies' whole counts in one (a factbox's tolls)."""
    apart = a.article != b.article or (other_tellers(a.teller, b.teller) and not a.q.subject)
    return apart and not _consistent(a, b) and _same_window(a, b) and _comparable(a, b)


def _same_window(a: _Obs, b: _Obs) -> bool:
    """Whether two values belong to the same short window, so that differing is disagreeing."""
    if (a.dated.undated or b.dated.undated) and a.dated.first_seen is not None and a.dated.first_seen == b.dated.first_seen:
        return True  # an undated article: its round is all we know of its time
    if a.dated.day is None or b.dated.day is None:
        return False
    gap = b.ordinal - a.ordinal
    if gap == 0:
        return True
    if abs(gap) > WINDOW_DAYS or (a.q.measure in STATES and a.q.measure not in CUMULATIVE) or a.q.key[::2] in identity.PENDING:
        return False  # (a state is told as it stands that day: 117 missing the day after 140; a probable case count; cases only grow)
    earlier, later = (a, b) if gap > 0 else (b, a)
    if L.REVISED.search(later.sentence, max(0, later.m.start - 80), later.m.end):
        return False  # "the ministry lowered its death toll to 17": a revision of the value before, not a dispute
    return not (a.q.measure in CUMULATIVE and later.low > earlier.high)  # a toll that grew: an update


def track(
    reports: Sequence[Report], dating: Mapping[int, Dated], focus: str = "", limit: int = 8,
    listed: AbstractSet[int] | None = None, previous: Sequence[Figure] = (), new_articles: AbstractSet[int] = frozenset(),
) -> tuple[tuple[Figure, ...], tuple[Disagreement, ...]]:
    """The figures a brief shows (at most ``limit``: the most widely reported quantities, those the focus names first) and the
    quantities sources disagree on in their latest window.  Each value cites the articles carrying its sentence that the brief lists
    anyway (``listed``: the ones its points cite, then those of the figures before it), else one of them (see :func:`_reading`).
    In a brief (``listed`` given), of the ``limit`` best-ranked figures the first is always shown and each other one only when the
    brief lists an article giving it or :data:`CORROBORATED` articles give it: a figure on one or two unlisted articles' word would
    lengthen the sources for little, and its place stays empty.  What it adds counts its previous value's articles too; a story's
    measure (a toll) whose value before alone is not worth its sources is shown without it (an older count never hides today's).
    A figure whose value credibly moved since the brief before (``previous``; see :func:`_news`) is news, and shown whatever it adds
    ("what changed" tells the change); one it showed moved, at the value still latest, stays.  One article's count below its
    lead (:data:`briefbot.text.terms.LEAD`; a live page's entries are each a lead) is no figure until another article gives it."""
    in_brief = listed is not None
    listed = listed if listed is not None else frozenset()
    words = focus_words(focus)
    by_key: dict[tuple[str, str, str, str], list[_Obs]] = {}
    for s, report in enumerate(reports):
        if not (found := [m for m in mentions(report.text) if not in_a_period(report.text, m.start, m.end)]):  # (a day's addition)
            continue  # (else each carrying article's day, or the earlier one the sentence opens on: "On Saturday, ... at 41")
        dated = {a: d if (d := dating.get(a, Dated(None))).undated else replace(d, day=told_on(report.text, d.day))
                 for a in report.article_ids}
        year = next((d.day.year for d in dated.values() if d.day), None)  # (a toll's parts: "eight bodies ..., bringing the toll to 11")
        qs = [quantity(m, words, year) for m in found]
        parts = toll_parts(found, qs)  # (and the rest of a set, a later batch: no total)
        for n, m in enumerate(found):
            for a, d in dated.items():  # (each article's year: the quantity read above, unless another year's)
                q = qs[n] if (y := d.day.year if d.day else None) == year else quantity(m, words, y)
                if q is not None and n not in parts and (q.measure in STATES or not the_rest(report.text, m.start)):
                    by_key.setdefault(q.key, []).append(_Obs(q, m, a, report.text, d, (s, m.start), left_by(found, n),
                                                            teller(report.text), s if report.told is None else report.told, report.lead))
    told_by_place(by_key)  # ("Tarn said ... had killed 103 people": Tarn's deaths)
    told_by_ward(by_key)  # ("a doctor at Al Jala hospital says at least 30 people are dead": the hospital's)
    in_a_row(by_key)  # ("New Zealand: 4 confirmed, 12 probable cases": New Zealand's)
    own_place(by_key, focus)  # (the topic's own place or name is no part of the story)
    own_name(by_key, focus)
    ranked = sorted(by_key.values(), key=lambda obs: _rank(obs, words))
    figures: list[Figure] = []
    disagreements: list[Disagreement] = []
    disputed: list[tuple[str, str, str, str]] = []  # each disagreement's quantity (a figure's is its _identity)
    places = 0  # figures considered: one left out for want of sources keeps its place (no lesser one fills it)
    for obs in ranked:
        if ((few := len({o.article for o in obs})) < NAMED_BY and identity.named_only(obs[0].q, focus) and not any(
                identity.befallen(o.sentence, o.m) for o in obs)) or (few == 1 and not any(o.lead for o in obs)):
            places += 1  # a count only the topic's words make a figure ("three small farms" of organic farming) with nothing that
            continue  # befell them ("destroyed 40 homes"), or one an article alone tells below its lead ("160,000 computers" of a
            # firm's network), is one article's detail, no story's figure; its place stays empty, as one's wanting sources does
        label = _label(obs)
        rows = _disagreement(obs)
        if (len(disagreements) if rows else places) >= limit:
            continue
        # the articles the brief lists so far: its points' (``listed``), then those of the rows before
        shown = listed | sources.listed(sources.citations((), figures, disagreements))
        if rows:
            disagreements.append(Disagreement(what=label, figures=tuple(_figure(label, r, shown, named=True) for r in rows)))
            disputed.append(obs[0].q.key)
            if (update := _disputants_update(obs, disagreements[-1].figures, rows)) is not None and places < limit:
                latest = replace(_tracked(label, update, shown), previous=None)  # (beside the dispute, not an update of a side)
                if not in_brief or _worth_its_sources(latest, shown):
                    figures.append(latest)
                    places += 1
        else:
            figure = _tracked(label, obs, shown)
            places += 1
            if (not in_brief or places == 1 or _worth_its_sources(figure, shown)  # the lead figure is always shown
                    or _news(figure, previous, new_articles) or any(_identity(p) == _identity(figure) and p.value == figure.value
                                                                    and p.previous for p in previous)):  # (gone: dropped?)
                figures.append(figure)
            elif figure.previous and figure.measure in MEASURES and _worth_its_sources(bare := replace(figure, previous=None), shown):
                figures.append(bare)  # a toll's value before alone would list a source of its own ("up from 62 [9]")
    later, told = stale(list(by_key.values())), {*(_identity(f) for f in figures), *disputed}  # (a whole count left behind)
    for k, (j, last) in revised_away(list(by_key.values())).items():  # ("down to 874 from 901": 901 is its value before)
        later.setdefault(k, set()).add(j)
        figures = [replace(f, previous=_reading(last, listed)) if not f.previous and _identity(f) == j and k in told else f
                   for f in figures]
    return (once([f for f in figures if not later.get(_identity(f), set()) & told]),  # (one row for one count)
            tuple(d for d, k in zip(disagreements, disputed, strict=True) if not later.get(k, set()) & told))


def _disputants_update(obs: list[_Obs], disputed: Sequence[Figure], rows: list[list[_Obs]]) -> list[_Obs] | None:
    """The newest day's values of a count that only grows, when a body of the dispute of earlier days (``rows``) gives
    them, above every disputed value: the Red Crescent's "at least 71" on Thursday after its 45 against the ministry's 28
    on Tuesday.  Another body's, no one's, a smaller or a same-day count settles nothing the reader can tell (another
    incident's toll, a part, one side told again)."""
    newest = max(o.ordinal for o in obs)
    latest = [o for o in obs if o.ordinal == newest]
    tellers = {o.teller for r in rows for o in r if o.teller}
    if (obs[0].q.measure not in CUMULATIVE or any(f.date is None or f.date.toordinal() >= newest for f in disputed)
            or not all(o.teller and any(not other_tellers(o.teller, t) for t in tellers) for o in latest)
            or min(o.m.value for o in latest) <= max(f.value for f in disputed)):
        return None
    return latest


def _worth_its_sources(figure: Figure, shown: AbstractSet[int]) -> bool:
    """Whether a figure may be shown: one that articles the brief lists anyway (``shown``) give costs the reader nothing; one
    that only other articles give adds a source of its own, and is shown when widely reported (:data:`CORROBORATED`)."""
    return sources.listed(sources.citations((), (figure,))) <= shown or len({*figure.article_ids, *figure.also_reported}) >= CORROBORATED


def moves(current: Sequence[Figure], previous: Sequence[Figure], new_articles: AbstractSet[int]) -> tuple[list[Figure], list[Figure]]:
    """The figures whose latest value, reported by ``new_articles``, differs from the value the previous brief showed for the
    same quantity (or for which it showed a disagreement), in two lists, each figure looked up once.  Moved: a credible next
    value (see :func:`_news`), an update; one whose value before is not among the articles read now (its article is too old
    to be read again) has the previous brief's value as its value before: an update always says what it updates.  Recounted:
    a value that cannot follow the one shown ("at least 27 have died" in one day's report after "300" in all), news of its own."""
    moved_: list[Figure] = []
    recounted_: list[Figure] = []
    for f in current:
        old = _moved_from(f, previous, new_articles)
        if old is None:
            continue
        if _credible(f, old):
            moved_.append(f if f.previous is not None else replace(f, previous=old.reading))
        else:
            recounted_.append(f)
    return moved_, recounted_


def moved(current: Sequence[Figure], previous: Sequence[Figure], new_articles: AbstractSet[int]) -> list[Figure]:
    """The updates of :func:`moves`."""
    return moves(current, previous, new_articles)[0]


def recounted(current: Sequence[Figure], previous: Sequence[Figure], new_articles: AbstractSet[int]) -> list[Figure]:
    """The other counts of :func:`moves`."""
    return moves(current, previous, new_articles)[1]


def _moved_from(f: Figure, previous: Sequence[Figure], new_articles: AbstractSet[int]) -> Figure | None:
    """The previous brief's figure of ``f``'s quantity (or the one it says it left: 901 of "down to 874 from 901"), when ``f``'s
    value, reported by ``new_articles``, differs from it."""
    old = next((p for p in previous if _identity(p) == _identity(f)), None) or next(
        (p for p in previous if f.measure and (p.measure, p.unit) == (f.measure, f.unit) and says_left(f.sentence, p.value)), None)
    if old is None or not f.article_ids or not {*f.article_ids, *f.also_reported} & new_articles:
        return None
    return old if (old.value, old.high) != (f.value, f.high) else None


def _news(f: Figure, previous: Sequence[Figure], new_articles: AbstractSet[int]) -> bool:
    """Whether ``f``, which its sources alone would not show, moved since the previous brief to a credible next value: within
    :data:`FAR_APART` of the value shown (``FAR_APART_SPECIFIC`` with a subject or qualifier), and not smaller for a count that
    only grows (:data:`CUMULATIVE`).  On one or two articles' word, "30 wounded" after "85 injured" counts another clash's
    wounded, and "5,000 displaced" after "200,000" the people of one town."""
    old = _moved_from(f, previous, new_articles)
    return old is not None and _credible(f, old)


def _credible(f: Figure, old: Figure) -> bool:
    """Whether ``f`` can follow ``old``: close (:data:`FAR_APART`), not smaller if it only grows, told by one body, or said so."""
    said = says_left(f.sentence, old.value)  # ("down to 874 from 901", "up from more than 1,000": whoever told it; teller.py)
    return _close(f, old.value, f.value) and (not (f.measure in CUMULATIVE and f.value < old.value) or said) \
        and (said or not other_tellers(teller(f.sentence), teller(old.sentence)))


def _identity(f: Figure) -> tuple[str, ...]:
    return (f.measure, f.subject.lower(), f.qualifier, f.unit) if f.measure else (f.what.lower(),)


def _rank(obs: list[_Obs], focus: frozenset[str]) -> tuple[int, int, tuple[int, int]]:
    q = obs[0].q
    stems = {w[:6] for w in focus if len(w) > 3}
    named = any(w.lower()[:6] in stems for w in (*q.measure.split(), *q.subject.replace(",", " ").split()) if len(w) > 3)
    return (0 if named else 1), -len({o.article for o in obs}), min(o.order for o in obs)


def _label(obs: list[_Obs]) -> str:
    """The quantity's label, with the subject as most articles write it (names keep capitals)."""
    spellings: dict[str, int] = {}
    for o in obs:
        spellings[o.q.subject] = spellings.get(o.q.subject, 0) + 1
    subject = max(sorted(spellings), key=lambda s: (spellings[s], sum(c.isupper() for c in s)))
    return Quantity(obs[0].q.measure, subject, obs[0].q.qualifier, obs[0].q.unit).label


def _clusters(obs: list[_Obs]) -> list[list[_Obs]]:
    """Values that agree, grouped (each observation joins the first group it agrees with)."""
    groups: list[list[_Obs]] = []
    for o in sorted(obs, key=lambda o: (o.m.value, o.order)):
        for g in groups:
            if all(_consistent(o, x) for x in g):
                g.append(o)
                break
        else:
            groups.append([o])
    return groups


def _disagreement(obs: list[_Obs]) -> list[list[_Obs]]:
    """The clusters of values that disagree in the quantity's latest window, most reported first; empty when the latest agree."""
    if obs[0].q.measure not in MEASURES:
        return []  # a count the focus names is shown, never disputed
    latest = max(o.ordinal for o in obs)
    newest = [o for o in obs if o.ordinal == latest]
    recent = [o for o in obs if latest - o.ordinal <= WINDOW_DAYS or any(_same_window(o, x) for x in newest)]
    top = max(o.m.value for o in newest)  # (one clash's seven dead and a find of six bodies, days before a week's 233: no rivals)
    groups = _clusters([o for o in recent if o.q.measure not in CUMULATIVE or o.ordinal == latest or o.high * FAR_APART >= top])
    clashing = [g for g in groups if any(_clash(a, b) for h in groups if h is not g for a in g for b in h)]
    clashing.sort(key=lambda g: (-len({o.article for o in g}), min(o.order for o in g)))
    return clashing[:MAX_VALUES] if len(clashing) > 1 else []


def _reading(group: list[_Obs], listed: AbstractSet[int] = frozenset(), *, named: bool = False) -> Reading:
    """The group's value as one sentence states it (of equally plain ones, one that a ``listed`` article carries), citing the
    articles that carry that sentence (verbatim or nearly) that are listed, else the one it was read from: one quote is
    enough, and a brief lists fewer sources.  The other articles giving the same number are counted apart ("more than 1,000"
    reports no 1,870)."""
    rep = min(group, key=lambda o: (o.m.carried, o.m.approximate, o.m.high is not None, o.article not in listed, o.order))
    quoting = {s for s in {o.sentence for o in group} if s == rep.sentence or nearly_same(s, rep.sentence)}
    carrying = sorted({o.article for o in group if o.sentence in quoting})
    cited = sources.quoted(carrying, listed, rep.article)
    days = [o.dated.day for o in group if o.dated.day and o.article in cited]  # when the cited articles said it
    also = tuple(sorted({o.article for o in group if (o.m.value, o.m.high) == (rep.m.value, rep.m.high)} - set(cited)))
    words = quoted_words(rep.sentence, rep.m.start, rep.m.end) if rep.sentence[rep.m.start:rep.m.end] == rep.m.phrase else rep.m.phrase
    return Reading(value=rep.m.value, text=told_by(rep.sentence, rep.m.start, rep.m.end) if named else words, high=rep.m.high,
                   article_ids=tuple(cited), date=max(days, default=None), marker=rep.m.marker, sentence=rep.sentence, also_reported=also)


def _figure(label: str, group: list[_Obs], listed: AbstractSet[int] = frozenset(), series: tuple[Reading, ...] = (),
            previous: Reading | None = None, *, named: bool = False) -> Figure:
    r = _reading(group, listed, named=named)
    q = group[0].q
    return Figure(value=r.value, what=label, text=r.text, article_ids=r.article_ids, sentence=r.sentence,
                  also_reported=r.also_reported, high=r.high, marker=r.marker, date=r.date, measure=q.measure, subject=q.subject,
                  qualifier=q.qualifier, unit=q.unit, series=series, previous=previous)


def _tracked(label: str, obs: list[_Obs], listed: AbstractSet[int] = frozenset()) -> Figure:
    """The quantity's series (one reading per day and value), its latest value with every article that gave it since it last
    changed, and the value before that."""
    by_day: dict[int, list[_Obs]] = {}
    for o in obs:
        by_day.setdefault(o.ordinal, []).append(o)
    series: list[Reading] = []
    for day in sorted(by_day):
        series.extend(_reading(g, listed) for g in _clusters(by_day[day]))
    latest_day = max(by_day)
    latest = _clusters(by_day[latest_day])
    current = max(latest, key=lambda g: (len({o.article for o in g}), max((o.told, o.order[1]) for o in g)))  # the last told
    previous: Reading | None = None
    grows = current[0].q.measure in _GROWS
    for day in sorted(by_day, reverse=True):
        if day == latest_day:
            continue
        floor = min(c.m.value for c in current) if grows else float("-inf")  # (a toll grown since: "at least nine", then 17)
        left = {c.before for c in current}  # (what the latest says it left is its value before: "about 1,100, down from 1,300")
        agree = [o for o in by_day[day] if all(_consistent(o, c) for c in current) and o.m.value >= floor and o.m.value not in left]
        if agree and len(agree) == len(by_day[day]):
            current = current + agree
            continue
        differ = [o for o in by_day[day] if o not in agree]
        before = _reading(max(_clusters(differ), key=lambda g: len({o.article for o in g})), listed)
        if before.value not in left and any((m.value, m.what) == (before.value, c.m.what) and not m.left
                                            and not L.REVISED.search(c.sentence) for c in current for m in mentions(c.sentence)):
            break  # the latest telling gives the other value too ("$2.4 million by AP and $3 million by ..."): two accounts
        if (not grows or before.value <= floor or before.value in left) and _close(  # (a larger one of a toll: another count)
                current[0].q, before.value, current[0].m.value) and (before.value in left or not all(
                other_tellers(o.teller, c.teller) for o in differ for c in current)):  # (another body's count: no value before)
            previous = before  # a value far from the latest counted something else: no change to show
        break
    return _figure(label, current, listed, tuple(series[-MAX_SERIES:]), previous)
