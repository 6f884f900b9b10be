"""What changed since the previous brief: NEW, UPDATED (with what it replaces), CONTINUING, dropped()."""

from __future__ import annotations

import numpy as np

from briefbot.brief import changes as diff
from briefbot.models import Point, Status
from briefbot.rank.vectors import vectorize
from briefbot.text.terms import terms

ARRESTED_3 = "Police arrested three suspects after the raid on Monday."
ARRESTED_5 = "Police arrested five suspects after the raid on Monday."
BRIDGE = "The bridge over the Ibar river reopened to traffic on Tuesday."
TALKS = "Negotiators from Belgrade and Pristina met in Brussels for a new round of talks."


def cosines(text: str, previous: list[str]) -> np.ndarray:
    """Cosines the way compose computes them: tf-idf over the sentences involved."""
    vectors = vectorize([terms(t) for t in [text, *previous]])
    return (vectors.matrix[[0]] @ vectors.matrix.T).toarray()[0, 1:]


def points(*texts: str) -> list[Point]:
    return [Point(t, (n,)) for n, t in enumerate(texts, 1)]


def test_nothing_before_means_new() -> None:
    match = diff.classify(ARRESTED_5, np.zeros(0), [])
    assert match == diff.Match(Status.NEW, None)


def test_unrelated_sentence_is_new() -> None:
    previous = points(BRIDGE, TALKS)
    sims = cosines(ARRESTED_5, [BRIDGE, TALKS])
    assert sims.max() < diff.SAME_THING
    assert diff.classify(ARRESTED_5, sims, previous) == diff.Match(Status.NEW, None)


def test_a_changed_figure_is_an_update_with_the_previous_text() -> None:
    previous = points(BRIDGE, ARRESTED_3, TALKS)
    sims = cosines(ARRESTED_5, [BRIDGE, ARRESTED_3, TALKS])
    match = diff.classify(ARRESTED_5, sims, previous)
    assert match.status is Status.UPDATED
    assert match.previous == ARRESTED_3


def test_an_update_in_other_words_is_still_an_update() -> None:
    reworded = "Five suspects were arrested by police after Monday's raid in the village."
    previous = points(BRIDGE, ARRESTED_3)
    match = diff.classify(reworded, cosines(reworded, [BRIDGE, ARRESTED_3]), previous)
    assert match == diff.Match(Status.UPDATED, ARRESTED_3)


def test_the_same_point_again_continues() -> None:
    previous = points(BRIDGE, ARRESTED_3)
    again = "Police arrested three suspects after the raid on Monday, officials said."
    match = diff.classify(again, cosines(again, [BRIDGE, ARRESTED_3]), previous)
    assert match == diff.Match(Status.CONTINUING, ARRESTED_3)


def test_same_figure_different_thing_is_not_an_update() -> None:
    previous = points("Three suspects were arrested in Mitrovica on Monday.")
    text = "Three soldiers were injured near the border crossing on Monday."
    match = diff.classify(text, cosines(text, [previous[0].text]), previous)
    assert match.status is not Status.UPDATED


def test_update_needs_some_similarity() -> None:
    previous = points(ARRESTED_3)
    # the same thing counted, but (by construction) nothing else in common
    match = diff.classify(ARRESTED_5, np.array([diff.SAME_THING - 0.01]), previous)
    assert match.status is Status.NEW
    match = diff.classify(ARRESTED_5, np.array([diff.SAME_THING]), previous)
    assert match == diff.Match(Status.UPDATED, ARRESTED_3)


def test_thresholds_on_given_similarities() -> None:
    previous = points(BRIDGE, TALKS)
    assert diff.classify(BRIDGE, np.array([diff.MATCH, 0.0]), previous) == diff.Match(Status.CONTINUING, BRIDGE)
    assert diff.classify(BRIDGE, np.array([0.0, 0.9]), previous) == diff.Match(Status.CONTINUING, TALKS)
    assert diff.classify(BRIDGE, np.array([diff.MATCH - 0.01, 0.0]), previous).status is Status.NEW


def test_the_closest_changed_figure_wins() -> None:
    previous = points("Police arrested two suspects after the raid.", ARRESTED_3)
    match = diff.classify(ARRESTED_5, np.array([0.4, 0.9]), previous)
    assert match == diff.Match(Status.UPDATED, ARRESTED_3)


def test_dropped_points_are_those_nothing_carries() -> None:
    previous = points(BRIDGE, ARRESTED_3, TALKS)
    best = np.array([0.9, diff.STILL_REPORTED - 0.01, 0.1])
    dropped = diff.dropped(previous, best)
    assert [p.text for p in dropped] == [ARRESTED_3, TALKS]
    assert all(p.status is Status.DROPPED for p in dropped)
    assert [p.article_ids for p in dropped] == [(2,), (3,)]
    assert diff.dropped(previous, np.array([diff.STILL_REPORTED] * 3)) == []


def test_dropped_is_limited() -> None:
    previous = points(*(f"Sentence number {n} about something else entirely." for n in range(10)))
    assert len(diff.dropped(previous, np.zeros(10))) == 3
    assert len(diff.dropped(previous, np.zeros(10), limit=5)) == 5
    assert diff.dropped([], np.zeros(0)) == []


def test_figures_of() -> None:
    assert diff.figures_of(ARRESTED_3) != diff.figures_of(ARRESTED_5)
    assert set(diff.figures_of(ARRESTED_3)) == set(diff.figures_of(ARRESTED_5))
    assert diff.figures_of("The sky was grey over the hills.") == {}
