"""Tests of briefbot.text.described through event_date: a day that describes what a sentence talks about ("The fire, which
broke out on Sunday, ...") does not date what the sentence reports."""

from __future__ import annotations

from datetime import date

import pytest

from briefbot.text.dates import event_date, mentions
from briefbot.text.described import describes, reported_now

SAT, FRI, THU = date(2026, 3, 7), date(2026, 3, 6), date(2026, 8, 13)
MON, SUN = date(2026, 3, 2), date(2026, 8, 9)


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # a participle's day, and the main clause's own: the statement's day
    ("A hospital group in northern England hit by ransomware on Monday said on Saturday that 4,020 outpatient "
     "appointments had been postponed.", SAT, SAT),
    ("The trust, struck by a cyberattack on Monday, announced on Saturday that its A&E had reopened.", SAT, SAT),
    # a relative clause's day, the main clause in the present or its perfect: the article's day (a toll as it stands)
    ("The fire, which broke out on Sunday, has killed four people and injured 19.", THU, THU),
    ("The fire that broke out on 9 August in the hills above Patras continues to burn on its eastern flank.", THU, THU),
    ("The fire that broke out on 9 August near Ano Vrysi continues to burn on its eastern flank, towards Rodia.", THU, THU),
    ("The blaze, which started on Sunday evening near the village of Kerasia, is still burning.", THU, THU),
    ("The blaze, which started on Sunday evening near the village of Kerasia, continues to burn.", THU, THU),
    # a fronted clause of time: the main clause's day, or the state it tells (the wildfire reader's contained fire)
    ("Six days after it broke out on a windy Sunday evening, the fire was declared contained on Thursday.", THU, THU),
    ("Since the fire broke out on Sunday, it has destroyed 40 homes.", THU, THU),
    ("The fire, which broke out on Sunday, has killed one firefighter.", THU, THU),  # (the review's: one is a count)
    # a report told in the present before a clause that describes its object: what it reports is the article's day's
    ("The coastguard says no oil appears to be leaking from a rig that sank off Velano on Sunday.", THU, THU),
    ("The coastguard says no oil appears to be leaking from a rig that sank off Velano on Sunday, officials said.", THU, THU),
    ("Police say the man, who was arrested on Sunday, will appear in court in Kestrel.", THU, THU),
    ("Doctors say the boy, who was pulled from the rubble on Sunday, is in a stable condition.", THU, THU),
    ("Engineers warn that the bridge, which was damaged by the floods on Sunday, could collapse.", THU, THU),
    ("No oil appears to be leaking from a rig that sank off Velano on Sunday, the coastguard says.", THU, THU),
    ("No oil appears to be leaking from a rig that sank off Velano on Sunday, according to the coastguard.", THU, THU),
    # a statement right after a relative clause: its saying is not the day the clause describes, which is the subject's
    ("The health agency, which raised its alert to five on Sunday, said it had no plans for a further rise.", THU, THU),
    ("The health agency - which raised its alert to five on Sunday - said it had no plans for a further rise.", THU, THU),
    ("Marko Velan, who returned from exile on Sunday, told supporters he would stand in the election.", THU, THU),
    ("The minister, who was questioned by the committee on Sunday, denied any wrongdoing.", THU, THU),
    ("The woman, who gave birth in the camp on Sunday, said she had not seen a doctor for a week.", THU, THU),
    ("The journalist, who was held in a police cell on Sunday, said guards had beaten him.", THU, THU),
    # ... and a relative clause of place ("where ...") describes as one of "which" does
    ("Slogans on the walls of the mosque, where police and marchers clashed on Sunday, said \"Game over\".", THU, THU),
    ("The hospital, where the boy died on Sunday, remains closed to visitors.", THU, THU),
])
def test_a_day_that_describes_the_subject_does_not_date_the_report(sentence: str, published: date, expected: date) -> None:
    assert event_date(sentence, published).day == expected


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # the main clause in the past with no day of its own, or one that describes the thing or tells an event's result: the
    # day the thing is described by is its event's (the review's cases)
    ("The quake, which struck on Sunday, killed 300 people.", THU, SUN),
    ("The United Nations mission, which arrived on Sunday, is to stay a year.", THU, SUN),
    ("The strike, which began on Sunday, is the first in a decade.", THU, SUN),
    ("The hostages, who were freed on Sunday, are back home.", THU, SUN),
    ("Voters who went to the polls on Sunday have elected a new president.", THU, SUN),
    ("The ferry, which sank on Sunday, was carrying 300 people.", THU, SUN),
    # a clause of time after its main clause dates it ("were killed when the rig exploded on Sunday"), as a fronted one does
    # when nothing else does ("When police arrived on Sunday, they found the building empty")
    ("Eleven workers were killed when the rig exploded on Sunday and the oil has caused one of the worst spills.", THU, SUN),
    ("When police arrived on Sunday, they found the building empty.", THU, SUN),
    # no describing clause: a complement ("said that the fire broke out"), a passive main clause, "as released by"
    ("Officials said that the fire broke out on Sunday.", THU, SUN),
    ("The hospital was hit by ransomware on Monday.", date(2026, 3, 4), MON),
    ("Full results, as released by the board on Sunday, gave the ruling party 41%.", THU, SUN),
    # a relative clause that ends before the day: another verb between ("who was seized in May and released on Sunday")
    ("Police arrested the man who attacked the officer and fled on Sunday.", THU, SUN),
    # ... and a report in the past before a describing clause may date both alike; "says" in a complement is no report's
    ("The coastguard said no oil was leaking from a rig that sank off Velano on Sunday.", THU, SUN),
    ("Officials say that the fire broke out on Sunday.", THU, SUN),
    # ... and a report told in the present whose own clause goes on past the describing one tells that clause's day (the
    # review's): the quake's toll, the gunman's victims; and "says" that is no report's (a relative clause's, a noun's, an
    # infinitive's)
    ("Officials say the quake, which struck on Sunday, killed 300 people.", THU, SUN),
    ("Police say the gunman who opened fire at the market on Sunday killed six people.", THU, SUN),
    ("Ana Marn says she was woken by the quake that struck Velano at 3 a.m. on Sunday.", THU, SUN),
    ("Ana Marn, who says she has lived in Velano for 40 years, lost her home in the fire that broke out on Sunday.", THU, SUN),
    ("Voters had their say in a referendum that was held on Sunday.", THU, SUN),
    ("Rescuers pulled two survivors from the ferry that sank off Velano on Sunday, the coastguard says.", THU, SUN),
    ("The quake that struck Velano on Sunday killed 300 people, according to officials.", THU, SUN),
    # ... the report's own past verb read up to the describing clause, not to an earlier "who" (the second review's)
    ("Two men who were fishing off Velano drowned in floods caused by the storm on Sunday, police say.", THU, SUN),
    ("A boy who was swept out to sea was rescued by fishermen alerted by his mother on Sunday, police say.", THU, SUN),
    ("The freighter didn’t sink in the storm that hit the coast on Sunday, the coastguard says.", THU, SUN),
    ("Officials refused to say how many people died in the blast that hit the depot on Sunday.", THU, SUN),
    # a statement after a relative clause with a day of its own, one closing the sentence after its subject, and a paper
    # described by a participle, whose saying is its release
    ("The agency, which raised its alert on Sunday, said on Monday it had no plans for a further rise.", THU, date(2026, 8, 10)),
    ("The quake, which struck on Sunday, killed 300 people, officials said.", THU, SUN),
    ("Snow fell on the capital, which expected ten centimetres on Sunday evening, he said.", THU, SUN),
    ("The statement, released by the ministry on Sunday, said the talks would resume.", THU, SUN),
    # ... nor a statement whose relative clause tells its occasion: speaking, publishing, a ruling (the reviewer's)
    ("Marko Velan, who spoke to reporters in Tarsk on Sunday, said the talks had failed.", THU, SUN),
    ("The report, which was published on Sunday, said the river was polluted.", THU, SUN),
    ("The bank, which reported quarterly results on Sunday, said profits rose 4%.", THU, SUN),
    ("The court, which issued its ruling on Sunday, said the law was void.", THU, SUN),
    ("The minister, who spoke at a news conference on Sunday, told reporters the border would stay shut.", THU, SUN),
    ("The archbishop, who toured the camp on Sunday, said the conditions were a disgrace.", THU, SUN),
    ("Protesters marched to the square, where police fired tear gas on Sunday.", THU, SUN),
])
def test_other_days_still_date_the_report(sentence: str, published: date, expected: date) -> None:
    assert event_date(sentence, published).day == expected


def test_describes_and_reported_now_read_the_clause_around_the_day() -> None:
    text = "The fire, which broke out on Sunday, has killed four people."
    day = text.index("Sunday")
    assert describes(text, day) and reported_now(text, day + len("Sunday"))
    past = "The fire, which broke out on Sunday, destroyed 40 homes."
    assert describes(past, past.index("Sunday")) and not reported_now(past, past.index("Sunday") + len("Sunday"))
    far = "The union, which " + "has long said that the port and its many other workers " * 2 + "on Sunday"
    assert not describes(far, far.index("Sunday"))  # (more than a clause's words before it: no describing clause)


@pytest.mark.parametrize(("sentence", "expected"), [
    # a possessive weekday after a past participle and "in": the day it happened, not the next one
    ("The trust said on Friday that the data of up to 410,000 patients may have been taken in Monday's ransomware attack.", MON),
    ("Two officers were hurt in Monday's clashes.", MON),
    ("Records stolen in Monday's attack were posted online.", MON),
    # ... and what is to come stays ahead, after a participle that tells no event of the day (the review's cases)
    ("Measures to be announced in Monday's budget include a fuel duty freeze.", date(2026, 3, 9)),
    ("Unions involved in Monday's strike are demanding a 10% pay rise.", date(2026, 3, 9)),
    ("Teams entered in Monday's race include three from Kell.", date(2026, 3, 9)),
    ("Officials hope a ceasefire can be agreed at Monday's talks in Dorvan.", date(2026, 3, 9)),
])
def test_a_possessive_day_after_a_past_participle_is_the_one_before(sentence: str, expected: date) -> None:
    found = [m for m in mentions(sentence, FRI) if m.phrase.startswith("Monday")]
    assert [m.day for m in found] == [expected]


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    # a day a court or a body sets a thing for is to come (the election reader's "setting a hearing for Friday morning
    # [8 May]", written on Thursday 14 May)
    ("The Supreme Court agreed on Thursday to hear the challenge, setting a hearing for Friday morning.", date(2026, 5, 14),
     date(2026, 5, 15)),
    ("The court set a hearing for Friday.", date(2026, 5, 14), date(2026, 5, 15)),
    # ... not a thing set for someone, before its day ("a trap for the gang on Monday": the day the trap was set)
    ("Police set a trap for the gang on Monday.", date(2026, 5, 14), date(2026, 5, 11)),
])
def test_a_day_a_thing_is_set_for_is_to_come(sentence: str, published: date, expected: date) -> None:
    assert [m.day for m in mentions(sentence, published) if m.precision.value == "day" and "Thursday" not in m.phrase] == [expected]
