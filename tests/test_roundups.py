"""A newsletter's or a roundup's items: the items that are not about the topic are no points."""

from __future__ import annotations

from datetime import date

import pytest
from builders import article

from briefbot.brief.compose import Settings, compose_brief
from briefbot.brief.items import on_topic_text
from briefbot.brief.topic import Topic

DAM = Topic("Velan dam collapse", "The collapse of the Velan river dam at Kestrel: the dead and missing, the flooded villages, "
            "the inquiry into the builder Orlen Works, arrests, compensation and rebuilding.")
_DAM_ITEM = "Rescuers at Kestrel found two more bodies near the Velan dam, raising the toll to 14."
_FINE = "The port authority fined the shipping firm Marlow Lines 2 million krona for late filings. Marlow said it would appeal."
_SCORE = "Tessel United beat Harrow 2-0 on Saturday, their fifth straight win."


def _points(text: str, title: str, topic: Topic = DAM) -> list[str]:
    brief = compose_brief(Settings(topic="dam", title=topic.title, focus=topic.focus, words=400), date(2024, 3, 1),
                          [article(text, title=title, id=1)], [], None)
    return [p.text for p in [*brief.changes, *brief.summary]] + [p.text for e in brief.timeline for p in e.events]


def test_a_newsletters_items_under_capitals_headings_that_do_not_name_the_topic_are_left_out() -> None:
    text = f"DAM UPDATE\n{_DAM_ITEM} The builder said it would help the inquiry.\n\nPORT FINE\n{_FINE}\n\nFOOTBALL\n{_SCORE}"
    assert on_topic_text(DAM, text, "The Morning Wire: dam toll, a port fine and football") == (
        f"DAM UPDATE\n{_DAM_ITEM} The builder said it would help the inquiry.")
    points = _points(text, "The Morning Wire: dam toll, a port fine and football")
    assert _DAM_ITEM in points and not any("Marlow" in p or "Tessel" in p for p in points)


def test_a_roundups_paragraphs_under_a_headline_listing_other_subjects_are_left_out() -> None:
    text = (f"The council approved a budget of 3 million krona for road repairs on Tuesday.\n\n"
            f"Two primary schools will close for a week for heating works.\n\n{_DAM_ITEM}\n\n{_SCORE}")
    title = "The Tessel Week: council budget, school closures and the dam toll"
    assert on_topic_text(DAM, text, title) == _DAM_ITEM
    assert _points(text, title) == [_DAM_ITEM, _DAM_ITEM]  # a point and its timeline line


def test_an_item_sharing_a_name_with_an_item_on_topic_stays() -> None:
    text = f"DAM UPDATE\n{_DAM_ITEM}\n\nBUILDER'S SHARES\nShares in Orlen Works fell 9% on Monday.\n\nFOOTBALL\n{_SCORE}"
    assert on_topic_text(DAM, text, None) == f"DAM UPDATE\n{_DAM_ITEM}\n\nBUILDER'S SHARES\nShares in Orlen Works fell 9% on Monday."


@pytest.mark.parametrize(("text", "title"), [
    # an ordinary story: its later paragraphs name no topic word, and its headline lists no other subjects
    (f"{_DAM_ITEM}\n\nThe mayor said the town would hold a day of mourning on Friday.\n\nSchools will stay shut all week.",
     "Dam toll rises to 14"),
    # a headline with commas whose paragraphs all tell the one story
    (f"{_DAM_ITEM}\n\nThe mayor said the town would hold a day of mourning on Friday.",
     "Velan dam: toll, mourning and anger"),
    # a feature's sections under capitals subheads: a later one names no topic word but tells the same story
    (f"THE RESCUE\n{_DAM_ITEM}\n\nTHE TOWN\nThe mayor said rescuers would search the river bodies' route again.",
     "Inside the rescue"),
    # a roundup none of whose items names the topic is about it as a whole (or not), never cut
    (f"PORT FINE\n{_FINE}\n\nFOOTBALL\n{_SCORE}", "The Morning Wire: a port fine, football and weather"),
])
def test_an_ordinary_articles_paragraphs_that_do_not_name_the_topic_stay(text: str, title: str) -> None:
    assert on_topic_text(DAM, text, title) == text


def test_a_topic_with_no_focus_or_terms_keeps_every_item() -> None:
    text = f"DAM UPDATE\n{_DAM_ITEM}\n\nPORT FINE\n{_FINE}"
    brief = compose_brief(Settings(topic="all", words=400), date(2024, 3, 1), [article(text, title="Wire", id=1)], [], None)
    assert any("Marlow" in p.text for p in brief.summary)
