"""A count that one article alone tells below its lead (briefbot.text.terms.LEAD) is that article's detail, no figure of
the story: "160,000 computers" of one firm's network in the eighth paragraph of a feature on a virus, the price of one
fan's costume, an earlier fire's injured in a profile of a fire station. Another article giving it, a value before it,
or its place in the lead make it a figure as before."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from builders import article

from briefbot.brief.compose import Settings, compose_brief
from briefbot.brief.figures import Dated, Report, track

DAY1, DAY2 = Dated(date(2026, 4, 1)), Dated(date(2026, 4, 2))
DEEP = "Fourteen people were injured in a warehouse fire in the harbour district."


def _shown(*reports: Report) -> list[tuple[str, float]]:
    figs, _ = track(list(reports), {1: DAY1, 2: DAY2}, "harbour fires")
    return [(f.what, f.value) for f in figs]


def test_one_articles_count_below_its_lead_is_no_figure() -> None:
    assert _shown(Report(DEEP, (1,), lead=False)) == []
    assert _shown(Report(DEEP, (1,), lead=True)) == [("Injured", 14)]


def test_a_count_below_the_lead_that_another_article_gives_or_that_moved_is_a_figure() -> None:
    assert _shown(Report(DEEP, (1, 2), lead=False)) == [("Injured", 14)]  # (two articles carry it)
    other = Report("The warehouse fire in the harbour district injured 14 people, officials said.", (2,), lead=False)
    assert _shown(Report(DEEP, (1,), lead=False), other) == [("Injured", 14)]
    before = Report("Nine people were injured in a warehouse fire in the harbour district.", (1,), lead=True)
    figs, _ = track([before, Report(DEEP, (2,), lead=False)], {1: DAY1, 2: DAY2}, "harbour fires")
    assert [(f.what, f.value, f.previous.value if f.previous else None) for f in figs] == [("Injured", 14, 9)]


_FEATURE = ("The crew of the harbour fire station has answered more calls this spring than in any year before. "
            "Its captain, Marta Orvel, has asked the city for a second engine. "
            "The station's oldest truck was built before most of its crew were born. "
            "Firefighters train on the quay every Thursday evening. "
            "The city council will debate the station's budget next month. "
            "Dock workers bring the crew coffee after long nights. "
            "Orvel said the district's old warehouses burn fast. ")


def test_in_a_brief_a_features_count_below_its_lead_is_no_figure_and_one_in_its_lead_is() -> None:
    deep = article(_FEATURE + DEEP, published=date(2026, 4, 1), id=1)
    brief = compose_brief(Settings(topic="harbour fires"), date(2026, 4, 1), [deep], [], None)
    assert [f.what for f in brief.figures] == []
    lead = article(DEEP + " " + _FEATURE, published=date(2026, 4, 1), id=1)
    brief = compose_brief(Settings(topic="harbour fires"), date(2026, 4, 1), [lead], [], None)
    assert [(f.what, f.value) for f in brief.figures] == [("Injured", 14)]


def test_a_live_pages_entry_below_its_top_is_a_figure() -> None:
    # a live page told newest first: each entry is that moment's news, wherever it stands on the page
    page = replace(article(_FEATURE + DEEP, published=date(2026, 4, 1), id=1), newest_first=True)
    brief = compose_brief(Settings(topic="harbour fires"), date(2026, 4, 1), [page], [], None)
    assert [(f.what, f.value) for f in brief.figures] == [("Injured", 14)]
