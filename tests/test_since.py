"""A situation point whose value a point of what changed updates is kept, marked "(since updated: 312 [1])": its
sentence may tell more than the old value (the quake itself), and bare it would read as the latest."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from builders import article
from test_render import hand_built

from briefbot.brief.compose import Settings, compose_brief
from briefbot.brief.since import marked_since
from briefbot.models import Brief, Figure, Point, Reading, Status
from briefbot.output import markdown as render
from briefbot.output import slack
from briefbot.output.serialize import brief_from_json, brief_to_json

QUAKE = ("A magnitude 6.4 earthquake struck the Kessa valley before dawn on Tuesday, killing at least 85 people and trapping "
         "dozens under collapsed homes, the civil defence agency said.")
INJURED = "The civil defence agency said 600 people had been injured and 40 homes had collapsed in Marn alone."
SETTINGS = Settings(topic="q", title="Kessa valley earthquake", words=250)


def _briefs() -> tuple[Brief, Brief]:
    day1 = article(f"{QUAKE}\n\n{INJURED}\n\nNeighbouring Tarnia offered to send rescue teams and field hospitals.",
                   id=1, published=date(2025, 9, 2), title="Quake kills at least 85 in Kessa valley")
    day3 = article("The death toll from Tuesday's earthquake in the Kessa valley rose to 214 on Thursday, the civil defence "
                   "agency said, as rescuers warned that hopes of finding survivors were fading.\n\n"
                   "More than 1,300 people were injured and about 9,000 left homeless, the agency said.\n\n"
                   "Prosecutors detained three builders in Marn over the collapsed homes.",
                   id=2, published=date(2025, 9, 4), title="Kessa quake toll passes 200")
    first = compose_brief(SETTINGS, date(2025, 9, 2), [day1], [], None)
    return first, compose_brief(SETTINGS, date(2025, 9, 4), [day3], [day1], first)


def test_a_situation_point_whose_value_what_changed_updates_is_kept_and_marked() -> None:
    _, update = _briefs()
    marked = {p.text: p for p in update.summary}
    assert marked[QUAKE].updated_by == (2,) and marked[QUAKE].updated_to is not None and marked[QUAKE].updated_to.value == 214
    assert marked[INJURED].updated_to is not None and (marked[INJURED].updated_to.value, marked[INJURED].updated_to.marker) == (
        1300, "more than")
    lines = render.markdown(update).splitlines()
    assert any(line.startswith("- A magnitude 6.4") and line.endswith("[2] (since updated: 214 [1])") for line in lines), lines
    assert any(line.endswith("(since updated: more than 1,300 [1])") for line in lines)
    assert any(line.endswith("(since updated: 214 [1])") for line in slack.situation_lines(update))


def test_a_first_brief_and_points_no_update_names_carry_no_mark() -> None:
    first, update = _briefs()
    assert not any(p.updated_by for p in first.summary)
    assert all(not p.updated_by for p in update.summary if p.text not in (QUAKE, INJURED))


def test_each_kind_of_update_marks_the_sentence_it_names() -> None:
    before = Reading(85, "killing at least 85 people", (1,), date(2025, 9, 2), marker="at least", sentence=QUAKE)
    by_figure = Point("The toll rose to 214.", (2,), Status.UPDATED,
                      figure=Figure(214, "Deaths", "toll rose to 214", (2,), date=date(2025, 9, 4), previous=before))
    by_point = Point("The agency said 1,300 people had been injured.", (3,), Status.UPDATED, previous=INJURED,
                     was=Reading(600, "600 people had been injured", (1,), sentence=INJURED))
    summary = [Point(QUAKE, (1,)), Point(INJURED, (1,)), Point("Tarnia offered to send rescue teams.", (1,))]
    changes, marked = marked_since([by_figure, by_point], summary)
    assert changes == [by_figure, by_point]
    assert [(p.updated_by, p.updated_to.value if p.updated_to else None) for p in marked] == [((2,), 214), ((3,), 1300), ((), None)]
    no_value = replace(by_point, text="The agency revised its count of the injured.")  # (its sentence gives no such value)
    assert [(p.updated_by, p.updated_to) for p in marked_since([no_value], summary[1:2])[1]] == [((3,), None)]
    brief = replace(hand_built(), summary=(replace(hand_built().summary[0], updated_by=(12,)),))
    assert render.markdown(brief).count("(since updated [2])") == 1  # no value: where it was updated


def test_the_mark_survives_the_store_and_older_briefs_read_without_it() -> None:
    _, update = _briefs()
    again = brief_from_json(brief_to_json(update))
    assert [(p.updated_by, p.updated_to) for p in again.summary] == [(p.updated_by, p.updated_to) for p in update.summary]
    old = brief_to_json(hand_built()).replace('"updated_by": [], ', "").replace('"updated_to": null, ', "")
    assert "updated_by" not in old and all(not p.updated_by for p in brief_from_json(old).summary)
