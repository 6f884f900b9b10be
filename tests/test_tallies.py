"""A count of a vote that says it is partial leaves the situation once a later count of the same vote is known."""

from __future__ import annotations

from datetime import date

from builders import article

from briefbot.brief.compose import Settings, compose_brief
from briefbot.brief.figures import Dated, Report
from briefbot.brief.tallies import overtaken_counts

D1, D3, D9, D30 = (Dated(date(2025, 6, d)) for d in (1, 3, 9, 30))


def test_a_partial_count_is_overtaken_by_a_later_count_of_the_same_vote() -> None:
    early = Report("With 40% of precincts reporting, Oster leads with 51.2% against 45.0% for Brann.", (1,))
    prelim = Report("The board ordered a recount after preliminary results gave Oster 50.2% of the vote.", (2,))
    full = Report("With all precincts reporting, Oster had 50.2% and Brann 46.1%, the board said.", (2,))
    final = Report("The board certified final results on Monday, giving Oster 49.7% and Brann 46.6%.", (3,))
    dating = {1: D1, 2: D3, 3: D9}
    assert overtaken_counts([early, prelim, full], dating) == {early.text}
    assert overtaken_counts([early, prelim, full, final], dating) == {early.text, prelim.text, full.text}


def test_of_one_day_the_count_with_more_in_is_the_standing_one() -> None:
    less = Report("With 40% of precincts reporting, Oster had 51.2%.", (1,))
    more = Report("With 85% of precincts reporting, Oster had 49.8%.", (2,))
    assert overtaken_counts([less, more], {1: D1, 2: D1}) == {less.text}


def test_a_preliminary_measure_is_overtaken_by_its_certified_value_and_only_by_it() -> None:
    turnout = Report("Preliminary turnout was 61.4%, the board chairman told reporters.", (1,))
    certified = Report("Certified turnout was 60.9%, down from the preliminary 61.4%.", (2,))
    cost = Report("The final cost of the vote was put at 2% of the city's budget.", (2,))  # a final value of no partial measure
    dating = {1: D1, 2: D9}
    assert overtaken_counts([turnout, certified], dating) == {turnout.text}
    assert overtaken_counts([turnout, cost], dating) == frozenset()


def test_a_result_no_partial_count_another_vote_and_a_vote_a_month_on_stay() -> None:
    """The nearest ordinary sentences: a result that says nothing of its partialness, a partial count of a vote the later
    count does not name, a count a month on (a runoff's), and a schedule of the final count that gives no result."""
    won = Report("Oster won 52% of the vote in the first round.", (1,))
    measure = Report("With 60% reporting, the school funding measure had 54%.", (1,))
    early = Report("With 40% of precincts reporting, Oster leads with 51.2%.", (1,))
    final = Report("The board certified final results, giving Oster 49.7% and Brann 46.6%.", (3,))
    dating = {1: D1, 2: D9, 3: D30}
    assert overtaken_counts([won, measure, early, final], dating) == frozenset()
    sitting = Report("The board will meet on June 12 to sum up the official results of the Oster-Brann vote.", (2,))
    assert overtaken_counts([early, sitting], dating) == frozenset()


def test_the_situation_leaves_out_a_partial_count_a_later_article_overtakes() -> None:
    first = article("With 40% of precincts reporting, Oster leads with 51.2% against 45.0% for Ada Brann. "
                    "Turnout queues stretched around the Harlow town hall until late evening.", id=1,
                    published=date(2025, 6, 1), title="Oster ahead in early count")
    final = article("The Harlow board certified final results on Monday, giving Oster 49.7% and Ada Brann 46.6%. "
                    "Brann said she would ask for a recount in two wards.", id=2, published=date(2025, 6, 9),
                    title="Harlow result certified")
    settings = Settings(topic="h", title="Harlow mayoral election", words=250)
    early = "With 40% of precincts reporting"
    before = compose_brief(settings, date(2025, 6, 1), [first], [], None)
    assert any(p.text.startswith(early) for p in before.summary)
    after = compose_brief(settings, date(2025, 6, 9), [final], [first], None)
    assert not any(p.text.startswith(early) for p in after.summary)
    assert any(p.text.startswith("Turnout queues") for p in after.summary)  # the rest of its article stays


def test_a_provisional_body_or_a_preliminary_inquiry_is_no_partial_count_of_a_vote() -> None:
    from briefbot.brief.tallies import _level
    assert _level("The provisional government said 40% of Tripoli still has no water.") is None
    assert _level("A preliminary investigation found 12% of the ballots were spoiled.") is None
    assert _level("Preliminary turnout was 67.2%, the commission said.") == (True, None)


def test_a_count_opening_on_a_possessive_name_is_that_names_count() -> None:
    # "Oster's share ..." names Oster as the later count does (the figures' own reading of a sentence's names, not a copy)
    early = Report("Oster's share stood at 51.2% with 40% of precincts reporting.", (1,))
    final = Report("The board certified final results, giving Oster 49.7% and Brann 46.6%.", (2,))
    assert overtaken_counts([early, final], {1: D1, 2: D9}) == {early.text}


def test_a_share_of_the_count_told_with_the_ballots_it_is_of_is_partial() -> None:
    # "With ballots from 38.4% of the country's 11,214 polling stations counted": the share after "ballots from", and a
    # thousands comma in the count of stations before "counted"
    partial = Report("With ballots from 38.4% of the country's 11,214 polling stations counted, Oster had 51.2% of the vote.", (1,))
    final = Report("The certified results gave Oster 50.2% of the vote and Marn 48.1%.", (2,))
    assert overtaken_counts([partial, final], {1: D1, 2: D9}) == {partial.text}
