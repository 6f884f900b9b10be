"""'What changed' means what it says (issue 9 item 6), on invented wire-style copy: an updated point
shows what it updates and when that was reported; 'no longer reported' is judged against recent
coverage; background that new articles restate, and factbox sentences, are not news."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from builders import article

from briefbot.brief.candidates import candidates
from briefbot.brief.compose import Settings, Weights, _figure_updates, compose_brief
from briefbot.brief.timeline import TimelineSettings
from briefbot.ingest.files import cleaned
from briefbot.models import Article, Brief, Figure, Point, Reading, Status
from briefbot.output.markdown import markdown
from briefbot.output.serialize import brief_from_json, brief_to_json

SPILL = Settings(topic="spill", title="Gulf oil spill", words=120)
NO_TIMELINE = TimelineSettings(dates=0)


def changed(brief: Brief, status: Status | None = None) -> list[str]:
    return [p.text for p in brief.changes if status is None or p.status is status]


def a_week_on(new: list[Article]) -> Brief:
    """The brief of 10 May 2010 on ``new``, after a brief of 3 May on one article about the marshes."""
    first = article("Oil from the damaged well reached the Louisiana marshes, officials said on Monday. "
                    "Volunteers gathered at the harbour to clean birds caught in the slick.",
                    id=1, published=date(2010, 5, 3), title="Oil reaches marshes")
    before = compose_brief(SPILL, date(2010, 5, 3), [first], [], None)
    return compose_brief(SPILL, date(2010, 5, 10), new, [first], before)


def test_an_updated_point_shows_what_it_updates_and_when_that_was_reported() -> None:
    raid = article("Police arrested three suspects after the raid on the border post, officials said. "
                   "The border crossing at Jarinje stayed closed to trucks for a second day.",
                   id=1, published=date(2023, 11, 8), title="Three held after border raid")
    later = article("Police have arrested five suspects after the raid on the border post, officials said. "
                    "European Union envoys are due in Pristina for talks on Wednesday.",
                    id=2, published=date(2023, 11, 13), title="Five held after border raid")
    settings = Settings(topic="kosovo", title="Kosovo border raid", words=120)
    before = compose_brief(settings, date(2023, 11, 8), [raid], [], None)
    after = compose_brief(settings, date(2023, 11, 13), [later], [raid], before)
    (updated,) = [p for p in after.changes if p.status is Status.UPDATED]
    assert updated.text.startswith("Police have arrested five suspects")
    assert updated.was is not None and (updated.was.value, updated.was.article_ids) == (3, (1,))
    assert updated.was.date == date(2023, 11, 8) and updated.was.text in raid.text
    numbers = {s.article_id: s.number for s in after.sources}
    assert 1 in numbers  # what it updates is cited, so its source is listed
    (line,) = [x for x in markdown(after).splitlines() if x.startswith("- **Updated:**")]
    assert line.endswith(f" — “{updated.was.text}” on 2023-11-08 [{numbers[1]}]"), line
    data = json.loads(brief_to_json(after))
    (was,) = [p["was"] for p in data["changes"] if p["status"] == "updated"]
    assert (was["article_ids"], was["date"], was["value"]) == ([1], "2023-11-08", 3)
    assert brief_from_json(brief_to_json(after)).changes == after.changes


def lane_closed() -> Article:
    """The article of 1 May 2010 that the first brief of the spill quotes."""
    return article("The coastguard closed the shipping lane near the Delta oil terminal to all tankers. "
                   "Fishing boats were told to stay at least ten miles from the oil slick in the Gulf.",
                   id=1, published=date(2010, 5, 1), title="Shipping lane closed")


def test_no_longer_reported_is_judged_against_recent_coverage() -> None:
    closure = lane_closed()
    week3 = article("BP engineers began drilling a relief well to stop the leak at its source. "
                    "The company said the relief well could take three months to complete. "
                    "Shares in BP fell for a fifth day in London as investors weighed the cost of the spill.",
                    id=2, published=date(2010, 5, 20), title="Relief well started")
    # best-first selection (not coverage) keeps the old point out of the situation, and no timeline tells it (a point
    # the timeline tells is history, not one no longer reported: the next test): this test is about the rule
    settings = Settings(topic="spill", title="Gulf oil spill", words=30, weights=Weights(coverage=0.0), timeline=NO_TIMELINE)
    before = compose_brief(settings, date(2010, 5, 1), [closure], [], None)
    after = compose_brief(settings, date(2010, 5, 20), [week3], [closure], before)
    dropped = changed(after, Status.DROPPED)
    shown = {p.text for p in after.summary}
    assert dropped and set(dropped) <= {p.text for p in before.summary}  # the old article still carries them ...
    assert not set(dropped) & shown  # ... but no recent one does, and the situation does not give them
    line = next(x for x in markdown(after).splitlines() if x.startswith("- **No longer reported:**"))
    assert line.endswith("(in the brief of 2010-05-01)")
    # a week on, the same point is still reported: its article is recent coverage
    recent = compose_brief(settings, date(2010, 5, 3), [week3_of(date(2010, 5, 3))], [closure], before)
    assert changed(recent, Status.DROPPED) == []


@pytest.mark.parametrize(("published", "still_told"), [(date(2010, 5, 16), True), (date(2010, 5, 2), False)])
def test_a_point_recent_coverage_restates_in_other_words_is_not_no_longer_reported(published: date, still_told: bool) -> None:
    """Restated by an article of the last week, the point is still told (in that article's words); restated only by
    one of 18 days before, it is no longer reported, and the situation, recent coverage's, does not give it."""
    closure = lane_closed()
    restated = article("The coastguard has closed the shipping lane near the Delta oil terminal to all tankers, "
                       "a spokesman said on Sunday. Tug crews waited at the harbour for the lane to reopen.",
                       id=2, published=published, title="Lane stays shut")
    week3 = article("BP engineers began drilling a relief well to stop the oil spill in the Gulf at its source. "
                    "The company said the relief well could take three months to complete.",
                    id=3, published=date(2010, 5, 20), title="Relief well started")
    settings = Settings(topic="spill", title="Gulf oil spill", words=120, weights=Weights(coverage=0.0), timeline=NO_TIMELINE)
    before = compose_brief(settings, date(2010, 5, 1), [closure], [], None)
    # (the first article is no longer among those read: the brief can give the point only in the other's words)
    after = compose_brief(settings, date(2010, 5, 20), [week3], [restated], before)
    shown = [p.text for p in (*after.summary, *after.changes) if p.status is not Status.DROPPED]
    assert any(t.startswith("The coastguard has closed the shipping lane") for t in shown) is still_told, shown
    dropped = changed(after, Status.DROPPED)
    assert any("shipping lane" in t for t in dropped) is not still_told, dropped


@pytest.mark.parametrize("timeline", [TimelineSettings(), NO_TIMELINE])
def test_a_point_the_timeline_tells_is_history_not_no_longer_reported(timeline: TimelineSettings) -> None:
    """The lane's closure on its day, told by the brief's timeline, is not also listed as no longer reported (which
    reads as withdrawn); without a timeline that tells it, it is."""
    closure = article("The coastguard closed the shipping lane near the Delta oil terminal to all tankers on Friday. "
                      "Fishing boats were told to stay at least ten miles from the oil slick in the Gulf.",
                      id=1, published=date(2010, 5, 1), title="Shipping lane closed")
    settings = Settings(topic="spill", title="Gulf oil spill", words=60, weights=Weights(coverage=0.0), timeline=timeline)
    before = compose_brief(settings, date(2010, 5, 1), [closure], [], None)
    week3 = article("BP engineers began drilling a relief well to stop the oil spill in the Gulf at its source. "
                    "The company said the relief well could take three months to complete.",
                    id=2, published=date(2010, 5, 20), title="Relief well started")
    after = compose_brief(settings, date(2010, 5, 20), [week3], [closure], before)
    told = [e.text for day in after.timeline for e in day.events]
    dropped = changed(after, Status.DROPPED)
    assert any(t.startswith("The coastguard closed the shipping lane") for t in before_points(before))
    assert any(t.startswith("The coastguard closed") for t in told) is (timeline.dates > 0), told
    assert any(t.startswith("The coastguard closed") for t in dropped) is (timeline.dates == 0), dropped


def before_points(brief: Brief) -> list[str]:
    return [p.text for p in (*brief.changes, *brief.summary)]


def week3_of(day: date) -> Article:
    return article("BP engineers began drilling a relief well to stop the leak at its source.", id=3, published=day,
                   title="Relief well started")


def test_background_that_new_articles_restate_is_not_news() -> None:
    restating = article("A drilling rig explosion on April 20 left 11 workers missing and presumed dead. "
                        "Engineers lowered a steel containment dome over the leaking well on Saturday, the company said. "
                        "The dome is designed to funnel the oil to a ship waiting on the surface.",
                        id=2, published=date(2010, 5, 10), title="Dome lowered over leak")
    after = a_week_on([restating])
    news = changed(after, Status.NEW)
    assert any(t.startswith("Engineers lowered a steel containment dome") for t in news), news
    assert not any("April 20" in t for t in changed(after)), changed(after)


def test_factbox_sentences_are_not_news() -> None:
    factbox = cleaned(article("FACTBOX-Key facts about the Gulf of Mexico oil spill\n"
                              "The Deepwater Horizon rig was leased by BP from the drilling company Transocean.\n"
                              "The well lies about 5,000 feet below the surface of the Gulf of Mexico.",
                              id=2, published=date(2010, 5, 10), title=None))
    news = article("Engineers lowered a steel containment dome over the leaking well, the company said. "
                   "The dome is designed to funnel the oil to a ship waiting on the surface.",
                   id=3, published=date(2010, 5, 10), title="Dome lowered over leak")
    assert factbox.title == "FACTBOX-Key facts about the Gulf of Mexico oil spill"  # its heading is its title
    after = a_week_on([factbox, news])
    told = [p for p in after.changes if p.status is not Status.DROPPED]
    assert told and all(2 not in p.article_ids for p in told), changed(after)


def test_what_changed_prefers_what_the_new_headlines_call_the_news() -> None:
    """Of two new sentences, the one that tells the new articles' headline leads what changed, though
    the other opens its article; without headlines, or with the prior off, the lead sentence does."""
    settings = Settings(topic="floods", title="Velan valley floods", words=40)
    old = article("Heavy rain fell on the Velan valley for a third day, forecasters said.",
                  id=1, published=date(2011, 3, 20), title="Rain falls on Velan valley")
    before = compose_brief(settings, date(2011, 3, 20), [old], [], None)
    body = ("Volunteers handed out blankets at the sports hall in Marno on Sunday evening. "
            "The dam above Velano burst before dawn, sending water through three villages.")

    def first_change(title: str | None, headline: float = Weights().headline) -> str:
        new = article(body, id=2, published=date(2011, 3, 27), title=title)
        brief = compose_brief(replace(settings, weights=Weights(headline=headline)), date(2011, 3, 27), [new], [old], before)
        return brief.changes[0].text

    dam = "The dam above Velano burst before dawn, sending water through three villages."
    assert first_change("Velano dam bursts, villages flooded") == dam
    assert first_change(None) != dam
    assert first_change("Velano dam bursts, villages flooded", headline=0.0) != dam


def test_a_figure_the_reader_has_told_again_in_other_words_is_not_news() -> None:
    settings = Settings(topic="c", title="Cholera in Caldria", words=250)
    first = article("The death toll from a cholera outbreak in Caldria rose to 14 on Sunday, the health ministry said. "
                    "Doctors in the eastern province asked for more clean water.", id=1, published=date(2011, 10, 2),
                    title="Cholera toll rises")
    before = compose_brief(settings, date(2011, 10, 2), [first], [], None)
    again = article("The cholera death toll in Caldria stood at 14, the health ministry said. "
                    "Two cases of cholera have been confirmed in Dorun, the capital of Caldria, officials said on Monday.",
                    id=2, published=date(2011, 10, 3), title="Cholera reaches the capital")
    brief = compose_brief(settings, date(2011, 10, 3), [again], [first], before)
    shown = [p.text for p in brief.changes]
    assert not any("stood at 14" in t for t in shown) and any("Dorun" in t for t in shown)


def test_an_update_names_the_value_the_previous_brief_gave_not_an_older_one() -> None:
    settings = Settings(topic="f", title="Flooding on the Orra river", words=150)
    monday = article("Floodwater from the Orra had covered about 300 farms by Monday evening, the water board said. "
                     "Some 800 villagers left their homes near Kesta.", id=1, published=date(2024, 3, 4), title="Orra floods farms")
    tuesday = article("Floodwater from the Orra had spread to 1,100 farms by Tuesday morning. "
                      "Families slept in the school gym at Kesta.", id=2, published=date(2024, 3, 5), title="Orra flood spreads")
    wednesday = article("The Orra flood has covered 2,600 farms, the water board said on Wednesday. "
                        "The water reached the outskirts of Domle.", id=3, published=date(2024, 3, 6), title="Flood reaches Domle")
    first = compose_brief(settings, date(2024, 3, 4), [monday], [], None)
    second = compose_brief(settings, date(2024, 3, 5), [tuesday], [monday], first)
    third = compose_brief(settings, date(2024, 3, 6), [wednesday], [monday, tuesday], second)
    assert any("1,100 farms" in t for t in changed(second)) and any("about 300 farms" in p.text for p in second.summary)
    (updated,) = [p for p in third.changes if p.status is Status.UPDATED]
    assert updated.text.startswith("The Orra flood has covered 2,600 farms")
    assert updated.was is not None and (updated.was.value, updated.was.date) == (1100, date(2024, 3, 5))


def told_after(settings: Settings, first: Article, later_text: str, day: date, title: str) -> Brief:
    """The brief of ``day`` on one article (``later_text``), after a brief of ``first``'s day on ``first``."""
    assert first.date is not None
    before = compose_brief(settings, first.date, [first], [], None)
    later = article(later_text, id=2, published=day, title=title)
    return compose_brief(settings, day, [later], [first], before)


def shutoff_then(column: str) -> Brief:
    """The brief of Tuesday 12 March 2024 on ``column``, after a brief of Wednesday 6 March on the shutoff."""
    shutoff = article("The Lusk utility cut power to about 9,200 customers in Oren county on Wednesday to keep its lines "
                      "from sparking new fires, the company said. Flames reached the village of Tarrow.",
                      id=1, published=date(2024, 3, 6), title="Fire reaches Tarrow")
    return told_after(Settings(topic="fire", title="Fire near Tarrow", words=150), shutoff, column, date(2024, 3, 12),
                      "Column: Lusk owes Oren answers")


def test_an_event_told_again_in_other_words_on_its_day_with_its_figures_is_not_news() -> None:
    brief = shutoff_then("Lusk shut off power to 9,200 customers on Wednesday, two days after the fire began, "
                         "which was two days too late for Tarrow. The utility should bury its lines along the ridge.")
    assert not any("shut off power" in t for t in changed(brief)) and any("bury its lines" in t for t in changed(brief))


def test_the_same_figure_on_another_day_or_with_another_figure_is_news() -> None:
    restored = shutoff_then("Lusk restored power to the 9,200 customers on Friday, the company said. "
                            "The utility should bury its lines along the ridge above Tarrow.")
    assert any("restored power" in t for t in changed(restored))
    poles = shutoff_then("Lusk shut off power to 9,200 customers on Wednesday, and 40 of its poles burned. "
                         "The utility should bury its lines along the ridge above Tarrow.")
    assert any("40 of its poles" in t for t in changed(poles))


def test_a_moved_figure_told_by_a_point_in_other_words_adds_no_second_point() -> None:
    told = "As of Friday morning, the Ridge Fire had burned 19,000 acres, making it the largest fire in the state this year."
    quoted = "The fire has burned 19,000 acres (7,689 hectares) and was 12% contained Friday, officials said."
    arts = [article(f"{told} Evacuation orders were lifted in Callow.", id=2, published=date(2024, 8, 2), title="Ridge Fire grows"),
            article(f"{quoted} Two firefighters were treated for heat.", id=3, published=date(2024, 8, 2), title="Ridge Fire")]
    cands = candidates(arts, {2, 3})
    point = Point(told, (2,), Status.NEW, written=date(2024, 8, 2))
    moved = Figure(19000, "Acres", "19,000 acres", (3,), quoted, date=date(2024, 8, 2),
                   previous=Reading(6200, "6,200 acres", (1,), date(2024, 8, 1)))
    (out,) = _figure_updates([point], cands, [moved])
    assert (out.text, out.status, out.figure) == (told, Status.UPDATED, moved)  # the point tells it: no second one
    other = Point("Evacuation orders were lifted in Callow.", (2,), Status.NEW, written=date(2024, 8, 2))
    assert [p.text for p in _figure_updates([other], cands, [moved])] == [other.text, quoted]  # none tells it: its own


def toll_then(later_text: str) -> Brief:
    """The brief of Thursday 7 March 2024 on ``later_text``, after a brief of Monday 4 March that told a toll of 6."""
    toll = article("A hiker hurt in the Orra footbridge collapse died on Sunday, raising the death toll to 6. "
                   "Rangers closed two other bridges on the Kessel trail.", id=1, published=date(2024, 3, 4), title="Toll rises to 6")
    return told_after(Settings(topic="bridge", title="Orra footbridge collapse", words=150), toll, later_text, date(2024, 3, 7),
                      "Orra footbridge inquiry")


def test_a_small_toll_told_again_on_its_day_is_not_news() -> None:
    brief = toll_then("Sunday's death brought the toll to six. An inquiry into the footbridge's cables will open in May.")
    assert not any("brought the toll to six" in t for t in changed(brief)) and any("inquiry" in t for t in changed(brief))
    moved = toll_then("A second hiker died on Wednesday, bringing the toll to 7. An inquiry into the footbridge's cables will open in May.")
    assert any("bringing the toll to 7" in t for t in changed(moved))  # another day, another value: news


def breach_then(explainer: str) -> Brief:
    """The brief of Wednesday 21 May 2025 on ``explainer``, after a brief of Monday 19 May on the breach."""
    breach = article("Hackers who broke into Corvin Bank took the records of about 2.6 million customers and staff, the bank "
                     "said on Monday, twice its first estimate. The Velk group posted some of the files online.",
                     id=1, published=date(2025, 5, 19), title="Corvin breach hit 2.6 mln people")
    return told_after(Settings(topic="breach", title="Corvin Bank breach", words=150), breach, explainer, date(2025, 5, 21),
                      "Q&A: What the Corvin breach means")


def test_a_figure_told_again_in_the_words_of_its_point_is_not_news() -> None:
    brief = breach_then("Corvin says the records of about 2.6 million current and former customers were taken. "
                        "Corvin is offering two years of free fraud cover to every customer.")
    assert not any("were taken" in t for t in changed(brief)) and any("fraud cover" in t for t in changed(brief))


def test_the_same_figure_with_more_said_of_it_is_news() -> None:
    brief = breach_then("Corvin, which lost the records of 2.6 million customers, said its chief executive would resign. "
                        "Corvin is offering two years of free fraud cover to every customer.")
    assert any("chief executive would resign" in t for t in changed(brief))


def test_an_event_the_reader_saw_told_again_in_other_words_on_its_day_is_not_news() -> None:
    """A point of the last brief, told again days later in other words and dated to the same day ("reopened to ambulances
    on Friday" in a Monday article, after Friday's "reopened ... this morning"), is no news; a new event that day is."""
    settings = Settings(topic="h", title="Kelby hospital cyberattack", words=250)
    friday = article("Kelby General reopened its emergency department to ambulances this morning, four days after the "
                     "cyberattack. Surgeons postponed more operations.", id=1, published=date(2026, 9, 18), title="A&E reopens")
    first = compose_brief(settings, date(2026, 9, 18), [friday], [], None)
    assert any("reopened its emergency department" in p.text for p in first.summary)
    monday = article("The emergency department at Kelby General reopened to ambulances on Friday. "
                     "The trust restored its pharmacy systems on Sunday, the last step of the recovery.",
                     id=2, published=date(2026, 9, 21), title="Hospital trust stands down major incident")
    brief = compose_brief(settings, date(2026, 9, 21), [monday], [friday], first)
    shown = changed(brief)
    assert not any("reopened to ambulances on Friday" in t for t in shown) and any("pharmacy" in t for t in shown)
    # the nearest ordinary cases: told of another day, or another event of that day in words alike, it is news
    again = replace(monday, text="The emergency department at Kelby General reopened to ambulances on Sunday after a "
                                 "second outage.")
    assert any("on Sunday" in t for t in changed(compose_brief(settings, date(2026, 9, 21), [again], [friday], first)))
    for other in ("The emergency department at Kelby General closed to ambulances again on Friday evening after a second attack.",
                  "A patient died in the emergency department at Kelby General on Friday after ambulances were diverted."):
        assert other in changed(compose_brief(settings, date(2026, 9, 21), [replace(monday, text=other)], [friday], first))
