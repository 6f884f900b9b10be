"""What an article told as going on is the situation of its day: a brief more than a week on no longer gives it as the
situation ("Drug police are searching the doctor's home" of 28 July, in a brief of 28 August), nor what it told as to come
with no day ("In the coming days BP will attempt a 'junk shot'")."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from builders import article

from briefbot.brief.candidates import Candidate, candidates, overtaken
from briefbot.brief.compose import Settings, compose_brief
from briefbot.text.aspect import in_progress

WRITTEN = date(2024, 7, 8)


@pytest.mark.parametrize(("text", "going_on"), [
    ("Customs officers are searching the Velano home of the ship's owner, his lawyer says.", True),
    ("The Mirel port authority says its new attempt to refloat the tanker is going according to plan.", True),
    ("The fuel is being pumped into barges moored beside the wreck.", True),
    ("Hundreds of volunteers continue to clear oil from the beaches of Tarn.", True),
    ("Some 900 barrels of fuel a day have been leaking from the Kessary since it ran aground.", True),
    ("Some 900 barrels of fuel a day are thought to be spilling from the Kessary, the coastguard says.", True),
    # near shapes that tell no action going on: a past progressive, a state's adjective, a plan to come, a noun
    ("Customs officers were searching the Velano home of the ship's owner on Monday.", False),
    ("Four crew members are still missing after the tanker ran aground off Tarn.", False),
    ("Four crew members are thought to be missing after the tanker ran aground off Tarn.", False),
    ("The owners are going to pay for the clean-up, the minister said.", False),
    ("There is nothing the port authority can do before the tide turns.", False),
])
def test_an_action_told_as_going_on_is_read(text: str, going_on: bool) -> None:
    assert in_progress(text) is going_on


def _candidate(text: str) -> Candidate:
    (c,) = candidates([article(text, id=1, published=WRITTEN, title=None)], {1})
    return c


def test_what_was_going_on_more_than_a_week_before_is_overtaken() -> None:
    c = _candidate("Customs officers are searching the Velano home of the ship's owner, his lawyer says.")
    assert not overtaken(c, WRITTEN + timedelta(days=7), update=True)  # a week on: still the latest word
    assert overtaken(c, WRITTEN + timedelta(days=8), update=True)
    assert not overtaken(c, WRITTEN + timedelta(days=8))  # a first brief sums up all the coverage
    done = _candidate("Customs officers searched the Velano home of the ship's owner, his lawyer says.")
    assert not overtaken(done, WRITTEN + timedelta(days=30), update=True)  # told as done: it stays what happened


def test_what_was_to_come_with_no_day_more_than_a_week_before_is_overtaken() -> None:
    c = _candidate("In the coming days the salvage firm will attempt to pump the fuel out of the tanker's hull.")
    assert not overtaken(c, WRITTEN + timedelta(days=7), update=True)  # a week on: still the latest word
    assert overtaken(c, WRITTEN + timedelta(days=8), update=True)  # it has come, or not, since
    assert not overtaken(c, WRITTEN + timedelta(days=8))  # a first brief sums up all the coverage
    dated = _candidate("The trial of the tanker's owner will open on 3 December 2024, the court said.")
    assert not overtaken(dated, WRITTEN + timedelta(days=30), update=True)  # its day is still to come: it stays
    told = _candidate("The water board said on Monday the repairs could take until the spring.")
    assert overtaken(told, WRITTEN + timedelta(days=30), update=True)  # the day is the telling's, not the plan's
    now = _candidate("The salvage firm is a subsidiary of the port authority, his lawyer says.")
    assert not overtaken(now, WRITTEN + timedelta(days=30), update=True)  # a present state, neither going on nor to come


def test_the_situation_leaves_out_a_month_old_search_told_as_going_on() -> None:
    search = article("Customs officers are searching the Velano home of the tanker's owner, Oren Paske, his lawyer says. "
                     "Customs officers seized the tanker's logbooks in Velano on Monday.", id=1, published=WRITTEN,
                     title="Tanker owner's home searched")
    spill = article("The Kessary tanker ran aground off Tarn on 1 July and spilled fuel along the Mirel coast. "
                    "The Meridian Press reported that fishing was banned along 40 km of the coast.", id=2, published=WRITTEN,
                    title="Kessary tanker spill")
    settings = Settings(topic="k", title="Kessary tanker spill", words=250)
    searching = "Customs officers are searching the Velano home"
    soon = compose_brief(settings, WRITTEN + timedelta(days=3), [search, spill], [], None)
    assert any(p.text.startswith(searching) for p in soon.summary)
    news = article("Divers began pumping the last fuel out of the Kessary tanker's hull off Tarn on Tuesday. "
                   "The Meridian Press said the fishing ban along the Mirel coast would stay until September.", id=3,
                   published=WRITTEN + timedelta(days=30), title="Divers pump fuel from tanker")
    later = compose_brief(settings, WRITTEN + timedelta(days=30), [news], [search, spill], soon)
    assert not any(p.text.startswith(searching) for p in later.summary)
    assert any(p.text.startswith("Customs officers seized the tanker's logbooks") for p in later.summary)  # what was done stays
