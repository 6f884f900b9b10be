"""A state a later article tells has ended leaves the situation and is no news; a state still true stays."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from builders import article

from briefbot.brief.compose import Settings, compose_brief
from briefbot.brief.states import ended_states, state_of

MON, THU, SAT = date(2027, 3, 1), date(2027, 3, 4), date(2027, 3, 6)


@dataclass(frozen=True)
class _Told:
    text: str
    day: int  # the last day it was told
    written: date | None  # the first


def told(text: str, day: date) -> _Told:
    return _Told(text, day.toordinal(), day)


def ended(state: str, end: str, state_day: date = MON, end_day: date = THU) -> bool:
    return bool(ended_states([told(state, state_day), told(end, end_day)]))


@pytest.mark.parametrize(("state", "end"), [
    ("The evacuation order remains in force for about 18,000 people, the county said.",
     "The evacuation order was lifted on Wednesday, the county said."),
    ("The state of emergency remains in effect.", "Parliament lifted the state of emergency on Wednesday."),
    ("The road to the Harlow mine remains closed.", "Crews reopened the road to the Harlow mine after clearing debris."),
    ("Flights at Tarn airport remain suspended.", "Flights at Tarn airport resumed on Wednesday morning."),
    ("The gunman is still at large, police said.", "Police arrested the gunman on Wednesday in a flat in Lenmark."),
    ("Talks are being held in Lusk, chaired by the foreign minister.",
     "The two sides signed the accord in Lusk, ending nine days of talks."),
    ("The mine manager has not been charged.", "Prosecutors charged the mine manager with gross negligence."),
    ("The NRSC expects to release a preliminary report within 30 days.", "The NRSC released its preliminary report."),
    ("The road to Kell remains closed.", "The road to Kell was reopened to traffic on Wednesday after crews cleared the debris."),
    ("The miners remain trapped, officials said.", "Rescuers freed the remaining miners on Wednesday."),
    ("The talks are continuing, mediators said.", "The talks ended on Wednesday without a deal, mediators said."),
    ("Talks are continuing in Lusk.", "The two sides signed a ceasefire accord in Lusk on Wednesday, ending nine days of talks."),
    # a state told in the past of its day, a place of two names joined by "and", an end's time of day
    ("Mobile internet in Kell remained cut for a third day.", "Mobile internet in Kell was restored on Wednesday."),
    ("The road to Kell remains closed: crews are still clearing the slide.", "Crews reopened the road to Kell."),
    ("The curfew remains in place.", "The army lifted the curfew at 6 a.m. on Wednesday."),
    ("The miners remain trapped.", "Rescuers freed the remaining 12 miners on Wednesday."),
    ("The night-time curfew in Kell and Lusk stayed in force.",
     "The night-time curfew in Kell and Lusk was lifted at 5 a.m. on Wednesday."),
    # a road its number names, closed between two places (a reader's wildfire: the highway shown closed four days on)
    ("Highway 14 remained closed between Callen and Dunmore.", "Westmoor reopened Highway 14 on Wednesday."),
    ("Highway 14 remains closed between Callen and Dunmore.", "Highway 14 between Callen and Dunmore reopened on Wednesday."),
])
def test_a_state_a_later_article_ends_is_stale(state: str, end: str) -> None:
    assert state_of(state) is not None
    assert ended(state, end)


@pytest.mark.parametrize(("state", "end"), [
    # another thing of the same name: another place, another kind
    ("The evacuation order for Kell remains in force.", "Officials lifted the evacuation order for Dunmore."),
    ("The evacuation order remains in force.", "Officials lifted the evacuation order for Dunmore."),
    ("The state of siege remains in force.", "Parliament lifted the state of emergency on Wednesday."),
    ("The road to the mine remains closed.", "The mine reopened on Wednesday."),
    # a part of it
    ("Schools remain closed.", "Two schools reopened on Wednesday."),
    ("Flights remain suspended at Tarn airport.", "Cargo flights resumed on Wednesday, but passenger services remain grounded."),
    ("The curfew remains in place.", "The curfew was partly lifted on Wednesday."),
    ("The suspects are still at large.", "Police arrested two of the suspects on Wednesday."),
    # an end not done: planned, asked for, denied, a condition
    ("The curfew remains in place.", "The curfew will be lifted on Monday."),
    ("The curfew remains in place.", "The government has not lifted the curfew."),
    ("The curfew remains in place.", "Residents asked that the curfew be lifted."),
    ("The curfew remains in place.", "Traders will stay shut until the curfew is lifted."),
    # a report's maker not named again; the same verb of another thing
    ("BP is due to release its results for the second quarter.", "The results are published in the journal Science."),
    ("The mine manager has not been charged.", "Prosecutors charged the shift foreman with negligence."),
    # an end limited, doubted, undone, asked about, told as history or a habit, or in an aside
    ("Schools remain closed in Kell.", "Schools reopened across the province on Wednesday, except in Kell."),
    ("The road to Kell remains closed.", "The road to Kell was reopened on Wednesday, though only to emergency vehicles."),
    ("The cordon around the embassy remains in place.", "Police lifted the cordon around the embassy, only to reinstate it hours later."),
    ("The truce remains in force.", "The truce expired at midnight on Wednesday and was immediately extended by 60 days."),
    ("The gunman is still at large.", "Police said they had arrested the gunman, but later said the man in custody was a witness."),
    ("The hostages remain held captive.", "A militant group claimed it had released the hostages, a claim that could not be verified."),
    ("Talks in Lusk are continuing.", "Talks in Lusk have collapsed before, most recently over the fate of prisoners."),
    ("The road to Kell remains closed.", "Every spring, the road to Kell is reopened after the snow melts."),
    ("The road to Kell remains closed.", "Engineers who reopened the road to Kell after a landslide in 2019 warned of delays."),
    ("Talks are continuing in Lusk.", "Had the talks in Lusk collapsed, the fighting would have resumed, a mediator said."),
    ("The search for the missing climbers continues.", "Rescuers called off the search for the missing climbers for the night."),
    # another sense of the verb, or a thing told apart by a word a brief reads as a time's or a stop word's
    ("The gunman is still at large.", "A doorbell camera captured the gunman as he fled down Elm Street."),
    ("The miners remain trapped.", "Rescuers located the miners on Wednesday and lowered food and water through a borehole."),
    ("The mine manager has not been charged.", "The mine manager was charged with overseeing the rescue operation."),
    ("The gunman has not been identified.", "Witnesses identified the gunman as a man in his 30s wearing a black jacket."),
    ("The evening curfew remains in force.", "Authorities lifted the morning curfew on Wednesday."),
    ("The second evacuation order remains in force.", "Officials lifted the first evacuation order on Wednesday."),
    ("The ban on night flights remains in force.", "Authorities lifted the ban on weekend flights on Wednesday."),
    ("The gunman in the Kell shooting remains at large.",
     "Police arrested the gunman in the Dunmore shooting, a day after the Kell shooting."),
    ("Schools in Kell and Lenmark remain closed.", "Schools in Lenmark reopened on Wednesday."),
    ("Home broadband and mobile internet remained cut for a third day.", "Home broadband was restored on Wednesday."),
    # a denial told by a contraction or a negative subject (the code review's cases)
    ("The curfew remains in place.", "Police haven't lifted the curfew."),
    ("Talks are continuing in Lusk.", "Neither side has ended the talks in Lusk."),
    ("The gunman is still at large.", "Nobody has arrested the gunman."),
    # "between A and B": one phrase, whose "and" opens no clause
    ("Talks between Ostra and Velan are continuing.", "Fighting between Ostra and Velan ended on Wednesday."),
    ("Flights between Lusk and Kell remain suspended.", "Trains between Lusk and Kell resumed on Wednesday."),
    # another number, another road; a stretch between other places
    ("Highway 14 remains closed.", "Crews reopened Highway 41 on Wednesday."),
    ("Highway 14 remains closed between Callen and Dunmore.", "Highway 14 reopened between Lakin and Orr on Wednesday."),
])
def test_another_thing_a_part_or_an_end_not_done_leaves_the_state(state: str, end: str) -> None:
    assert not ended(state, end)


def test_a_numbered_name_is_one_thing_and_a_hedged_count_none() -> None:
    assert state_of("Highway 14 remains closed.") is not None  # (so another number's reopening, above, is another road's)
    assert state_of("Road 12 remains closed.") is not None
    assert state_of("Another 12 remain trapped.") is None and state_of("About 40 remain missing.") is None  # (counts: the review's)


def test_the_end_must_be_told_on_a_later_day_than_the_state_and_of_a_later_day() -> None:
    state, end = "The curfew remains in place.", "The army lifted the curfew."
    assert ended(state, end)
    assert not ended(state, end, state_day=THU, end_day=THU)  # the same day: which came first is not known
    assert not ended(state, end, state_day=SAT)  # told again after the end: imposed again, or still so
    assert not ended(state, "The army lifted the curfew on 27 February.")  # the end's own day is before the state's
    assert not ended(state, "The army lifted the curfew in 2019.")


@pytest.mark.parametrize("text", [
    "Once the casing is in place, engineers could begin the last drilling.",  # a condition
    "He is still missing his family.",  # no state: a verb
    "There are ongoing efforts to send ferries to Benghazi.",  # an adjective before its noun
    "What is in effect the world's parliament met on Monday.",  # "in effect": in fact
    "It remains in force.",  # a pronoun: no thing named
    "Another 5,000 are stranded at border crossings.",  # a count: the figures'
])
def test_no_state_is_read_where_none_is_told(text: str) -> None:
    assert state_of(text) is None


def _brief_story() -> tuple[list[str], list[str], list[str], list[str]]:
    first = article("The evacuation order for Harlow remains in force for about 18,000 people, the county said. "
                    "Firefighters contained 40 percent of the Ridge fire by Monday evening.", id=1, published=MON,
                    title="Ridge fire 40 percent contained")
    later = article("The county lifted the evacuation order for Harlow on Wednesday, and residents began returning home. "
                    "Investigators said a power line sparked the Ridge fire.", id=2, published=THU,
                    title="Harlow residents return as Ridge fire order lifted")
    settings = Settings(topic="r", title="Ridge fire", words=250)
    before = compose_brief(settings, MON, [first], [], None)
    after = compose_brief(settings, THU, [later], [first], before)
    alone = compose_brief(settings, THU, [first, later], [], None)  # a first brief of both
    told = [e.text for day in alone.timeline for e in day.events]
    return [p.text for p in before.summary], [p.text for p in (*after.summary, *after.changes)], \
        [p.text for p in alone.summary] + told, told


def test_the_situation_leaves_out_a_lifted_order_and_the_timeline_keeps_it() -> None:
    before, after, alone, timeline = _brief_story()
    state = "The evacuation order for Harlow remains in force for about 18,000 people, the county said."
    assert state in before
    assert state not in after
    assert any(t.startswith("The county lifted the evacuation order") for t in after)
    assert any(t.startswith("Firefighters contained") for t in alone)  # the rest of its article stays
    assert alone.count(state) <= 1  # the timeline may tell it, as told on its day; no situation point does
    assert state in timeline  # ... and it does: on its day, it was so


def test_a_stale_state_of_a_new_article_is_no_news() -> None:
    settings = Settings(topic="r", title="Ridge fire", words=250)
    seen = article("Firefighters contained 40 percent of the Ridge fire by Monday evening.", id=1, published=MON,
                   title="Ridge fire 40 percent contained")
    qa = article("The evacuation order for Harlow remains in force. Crews have cut a firebreak along the Ridge road.",
                 id=2, published=date(2027, 3, 2), title="Q&A: What we know about the Ridge fire")
    lifted = article("The county lifted the evacuation order for Harlow on Wednesday as the Ridge fire died down. "
                     "Residents began returning home.",
                     id=3, published=THU, title="Harlow evacuation order lifted")
    before = compose_brief(settings, MON, [seen], [], None)
    after = compose_brief(settings, THU, [qa, lifted], [seen], before)
    texts = [p.text for p in (*after.changes, *after.summary)]
    assert "The evacuation order for Harlow remains in force." not in texts
    assert any(t.startswith("The county lifted") for t in texts)


def test_a_state_ended_and_the_state_begun_or_going_on_are_no_reports_of_each_other() -> None:
    from briefbot.brief.states import opposed

    lifted = "The government lifted the state of emergency in the Varna district on Monday."
    assert opposed(lifted, "The government declared a state of emergency in the Varna district on Tuesday.")
    assert opposed("The state of emergency in the Varna district remains in force, officials said.", lifted)
    assert not opposed(lifted, "The government said the state of emergency had helped rescuers reach the Varna shaft.")
    settings = Settings(topic="v", title="Varna mine", words=250)
    declared = article("The government declared a state of emergency in the Varna district on Tuesday after the mine "
                       "collapse. Rescuers at the Varna mine worked through the night.", id=1, published=MON,
                       title="Emergency declared after Varna mine collapse")
    still = article("The state of emergency in the Varna district remains in force, officials said. Crews at the Varna "
                    "mine sealed the collapsed section.", id=2, published=THU, title="Varna mine section sealed")
    ended_ = article("The government lifted the state of emergency in the Varna district on Monday after the Varna mine "
                     "was made safe. Families held a vigil at the Varna mine.", id=3, published=date(2027, 3, 9),
                     title="Varna emergency lifted")
    brief = compose_brief(settings, date(2027, 3, 9), [declared, still, ended_], [], None)
    (point,) = [p for p in (*brief.summary, *brief.changes) if p.text.startswith("The government lifted")]
    assert point.article_ids == (3,) and not {1, 2} & set(point.also_reported)
    assert "The state of emergency in the Varna district remains in force, officials said." not in [p.text for p in brief.summary]


def test_an_end_and_its_denial_are_no_reports_of_each_other() -> None:
    from briefbot.brief.states import opposed

    assert opposed("He has not been charged.", "Mine manager Ivo Rask, who was charged on Sunday, remains in custody.")
    assert opposed("Police charged the suspect with arson on Monday.", "Police said the suspect has not yet been charged.")
    assert not opposed("The suspect was charged with arson.", "Police charged the suspect with arson on Monday.")
    assert not opposed("The two sides have not signed the deal.", "Neither side has signed the deal.")  # (both deny it)


def test_a_sentence_that_tells_an_end_and_its_start_is_no_opposite_of_itself() -> None:
    from briefbot.brief.states import opposed

    told = "Crews reopened the road to Kell, which was closed by a landslide on Monday."
    assert not opposed(told, told)
    # a start's agent is no thing started: "The operation halted the gush" opposes no resumed operation
    resumed = "BP has resumed its top kill operation to stem the leak."
    assert not opposed(resumed, "The top kill operation appears to have halted the gush of oil from the well.")
    assert opposed(resumed, "BP has suspended the top kill operation for the time being.")
    assert opposed("The army lifted the curfew on Monday.", "A curfew was imposed on Friday.")  # (a passive's subject)
    assert not opposed("The airline said it is cutting flights at Tarn airport.", "Flights at Tarn airport resumed.")
