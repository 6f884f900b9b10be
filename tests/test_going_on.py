"""The situation of a brief that follows another is what recent coverage tells (a new article, or one of the last
week): what only older articles carry, going on then ("Drug police are searching the doctor's home" of 28 July), to
come then ("In the coming days BP will attempt a 'junk shot'") or done then, is no longer the situation in a brief of
28 August, as it is no longer reported; a first brief sums up all the coverage."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest
from builders import article

from briefbot.brief.candidates import Candidate, candidates, overtaken
from briefbot.brief.compose import Settings, compose_brief
from briefbot.brief.select import select
from briefbot.models import Status
from briefbot.rank.vectors import vectorize

WRITTEN = date(2024, 7, 8)


def _candidate(text: str, *, new: bool = False) -> Candidate:
    (c,) = candidates([article(text, id=1, published=WRITTEN, title=None)], {1} if new else set())
    return c


@pytest.mark.parametrize("text", [
    "Customs officers are searching the Velano home of the ship's owner, his lawyer says.",  # going on
    "In the coming days the salvage firm will attempt to pump the fuel out of the tanker's hull.",  # to come
    "Customs officers searched the Velano home of the ship's owner, his lawyer says.",  # done
    "The salvage firm is a subsidiary of the port authority, his lawyer says.",  # a state
])
def test_what_only_articles_more_than_a_week_old_carry_is_no_update_s_situation(text: str) -> None:
    c = _candidate(text)
    assert not overtaken(c, WRITTEN + timedelta(days=6), update=True)  # within the week: still recent coverage
    assert overtaken(c, WRITTEN + timedelta(days=7), update=True)  # no longer: as a point the reader saw is no longer reported
    assert not overtaken(c, WRITTEN + timedelta(days=7))  # a first brief sums up all the coverage
    assert not overtaken(_candidate(text, new=True), WRITTEN + timedelta(days=30), update=True)  # a new article's is news
    shared = candidates([article(text, id=1, published=WRITTEN, title=None),
                         article(text, id=2, published=WRITTEN + timedelta(days=1), title=None)], {2})[0]
    assert not shared.new  # (an older article carries it too) ... a new one does: it is recent coverage
    assert not overtaken(shared, WRITTEN + timedelta(days=30), update=True, fresh={2})


def test_the_situation_leaves_out_what_only_month_old_articles_carry() -> None:
    search = article("Customs officers are searching the Velano home of the tanker's owner, Oren Paske, his lawyer says. "
                     "Customs officers seized the tanker's logbooks in Velano on Monday.", id=1, published=WRITTEN,
                     title="Tanker owner's home searched")
    spill = article("The Kessary tanker ran aground off Tarn on 1 July and spilled fuel along the Mirel coast. "
                    "The Meridian Press reported that fishing was banned along 40 km of the coast.", id=2, published=WRITTEN,
                    title="Kessary tanker spill")
    settings = Settings(topic="k", title="Kessary tanker spill", words=250)
    searching, seized = "Customs officers are searching the Velano home", "Customs officers seized the tanker's logbooks"
    soon = compose_brief(settings, WRITTEN + timedelta(days=3), [search, spill], [], None)
    assert any(p.text.startswith(searching) for p in soon.summary)
    news = article("Divers began pumping the last fuel out of the Kessary tanker's hull off Tarn on Tuesday. "
                   "The Meridian Press said the fishing ban along the Mirel coast would stay until September. "
                   "The tanker ran aground off Tarn on 1 July and spilled fuel along the Mirel coast, the coastguard said.",
                   id=3, published=WRITTEN + timedelta(days=30), title="Divers pump fuel from tanker")
    later = compose_brief(settings, WRITTEN + timedelta(days=30), [news], [search, spill], soon)
    assert not any(p.text.startswith((searching, seized)) for p in later.summary)  # only the month-old article carries them
    gone = [p.text for p in later.changes if p.status is Status.DROPPED]  # ... and so the search is no longer reported;
    told = [e.text for day in later.timeline for e in day.events]  # the seizure, done on its day, is the timeline's history
    assert any(t.startswith(searching) for t in gone) and any(t.startswith(searching) for t in told)  # (a state: both)
    assert any(t.startswith(seized) for t in told) and not any(t.startswith(seized) for t in gone)
    assert any(p.text.startswith("The tanker ran aground off Tarn on 1 July") for p in later.summary)  # what recent coverage tells


def test_an_updates_situation_is_shorter_rather_than_made_of_sentences_that_do_not_read_alone() -> None:
    """When no candidate reads alone (a feature's "She says ...", "Her brother ..."), selection falls back on them so
    that a first brief says something; an update's situation (``fitting_only``) gives none of them instead."""
    feature = article("She says the water came at night. They had no warning, she says. Her brother is still missing.",
                      id=3, published=WRITTEN, title="A farmer's story")
    cands = candidates([feature], {3})
    idx = list(range(len(cands)))
    vectors = vectorize([c.terms for c in cands])
    none = np.zeros(len(cands), dtype=bool)
    assert select(cands, idx, np.ones(len(cands)), vectors, 100, exclude=none)  # a first brief is never empty
    assert select(cands, idx, np.ones(len(cands)), vectors, 100, exclude=none, fitting_only=True) == []


def test_a_sentence_that_tells_a_figure_s_new_value_is_news_and_leaves_the_situation() -> None:
    """What changed gains the sentence that gives a tracked figure's new value after selection; the situation, which
    had it too, gives it no second time."""
    first = article("Floods in the Kestrel valley have killed 12 people, officials said on Monday. The river burst its "
                    "banks at Tarn after three days of rain.", id=1, published=WRITTEN, title="Floods in Kestrel valley")
    news = article("Rescue teams reached the cut-off village of Lenn by boat on Wednesday and began moving families to the "
                   "school at Tarn. Officials say the floods in the Kestrel valley have now killed 40 people. The river "
                   "burst its banks at Tarn after three days of rain, flooding the lower town.", id=2,
                   published=WRITTEN + timedelta(days=2), title="Rescuers reach Lenn")
    settings = Settings(topic="k", title="Kestrel valley floods", words=30)
    before = compose_brief(settings, WRITTEN, [first], [], None)
    later = compose_brief(settings, WRITTEN + timedelta(days=2), [news], [first], before)
    toll = "Officials say the floods in the Kestrel valley have now killed 40 people."
    assert any(p.text == toll for p in later.changes)
    assert all(p.text != toll for p in later.summary)

