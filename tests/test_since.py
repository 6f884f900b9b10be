"""A situation point whose value a point of what changed updates is kept and says which of its words were updated, to
what and where, "(“killing at least 85 people” since updated to 214 [1])": its sentence may tell more than the old value
(the quake itself), and bare it would read as the latest."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from builders import article
from test_render import hand_built

from briefbot.brief.compose import Settings, compose_brief
from briefbot.brief.figures.series import Dated, Report, track
from briefbot.brief.since import marked_by_figures, marked_since
from briefbot.models import Brief, Figure, Point, Reading, Since, Status
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


def test_a_situation_point_whose_value_what_changed_updates_is_kept_and_says_which_words() -> None:
    _, update = _briefs()
    marked = {p.text: p.since for p in update.summary}
    assert [(m.was, m.article_ids, m.now.value if m.now else None) for m in marked[QUAKE]] == [
        ("killing at least 85 people", (2,), 214)]
    assert [(m.now.value, m.now.marker) for m in marked[INJURED] if m.now] == [(1300, "more than")]
    lines = render.markdown(update).splitlines()
    assert any(line.startswith("- A magnitude 6.4") and line.endswith("[2] (“killing at least 85 people” since updated to 214 [1])")
               for line in lines), lines
    assert any(line.endswith("since updated to more than 1,300 [1])") for line in lines)
    assert any(line.endswith("(“killing at least 85 people” since updated to 214 [1])") for line in slack.situation_lines(update))


def test_a_first_brief_and_points_no_update_names_carry_no_mark() -> None:
    first, update = _briefs()
    assert not any(p.since for p in first.summary)
    assert all(not p.since for p in update.summary if p.text not in (QUAKE, INJURED))


BOMB = "A bomb exploded at the Veltra bus station on Thursday, killing 14 people, police said."
HURT = "Hospital officials in Veltra said 60 people were injured in the bus station bomb."


def test_each_value_is_marked_with_its_own_update() -> None:
    """An update whose point names one sentence (the injured) and whose figure another (the toll) marks each with its
    own new value; two updates of one sentence give two notes."""
    toll_before = Reading(14, "killing 14 people", (1,), date(2025, 5, 1), sentence=BOMB)
    both = Point("Hospital officials in Veltra said 95 people were injured in the bus station bomb, and the death toll "
                 "rose to 22.", (2,), Status.UPDATED, previous=HURT, was=Reading(60, "60 people were injured", (1,), sentence=HURT),
                 figure=Figure(22, "Deaths", "the death toll rose to 22", (2,), date=date(2025, 5, 3), previous=toll_before))
    summary = [Point(BOMB, (1,)), Point(HURT, (1,)), Point("Police sealed off the station.", (1,))]
    changes, marked = marked_since([both], summary)
    assert changes == [both]
    assert [[(m.was, m.now.value if m.now else None) for m in p.since] for p in marked] == [
        [("killing 14 people", 22)], [("60 people were injured", 95)], []]
    wounded = Point("The number of wounded rose to 95, police said.", (3,), Status.UPDATED, previous=BOMB,
                    was=Reading(60, "wounding 60", (1,), sentence=BOMB))
    twice = marked_since([replace(both, previous=None, was=None), wounded], [Point(BOMB, (1,))])[1][0]
    assert [(m.was, m.now.value if m.now else None) for m in twice.since] == [("killing 14 people", 22), ("wounding 60", None)]
    marks = (Since("killing 14 people", (12,), Reading(22, "toll rose to 22", (12,))), Since("wounding 60", (13,)))
    brief = replace(hand_built(), summary=(replace(hand_built().summary[0], since=marks),))  # (sources 12 and 13: [2], [3])
    assert "(“killing 14 people” since updated to 22 [2]; “wounding 60” since updated [3])" in render.markdown(brief)


def test_the_mark_survives_the_store_and_older_briefs_read_without_it() -> None:
    _, update = _briefs()
    again = brief_from_json(brief_to_json(update))
    assert [p.since for p in again.summary] == [p.since for p in update.summary]
    old = brief_to_json(hand_built()).replace(', "since": []', "")
    assert '"since"' not in old and all(not p.since for p in brief_from_json(old).summary)
    assert Since("x", (1,)).now is None


def test_a_point_quoting_an_older_count_a_shown_figure_moved_is_marked_in_any_brief() -> None:
    """A first brief over a week of coverage: the situation may quote Tuesday's "at least 72 people" for what else it says,
    beside Deaths: 85 on Friday; unmarked, 72 read as a second toll of today."""
    older = ("At least 72 people have died of the fever in the Kessa valley since the outbreak began, the health "
             "ministry says.")
    tue = article(f"{older}\n\nDoctors in Marn said the clinic had run out of beds and was turning patients away.",
                  id=1, published=date(2025, 9, 2), title="Kessa fever kills 72")
    fri = article("The health ministry said on Friday that 1,034 cases of the fever had been reported in the Kessa valley, "
                  "including 85 deaths.\n\n"
                  "Neighbouring Tarnia sent two field hospitals and 40 nurses to Marn.",
                  id=2, published=date(2025, 9, 5), title="Kessa fever toll rises to 85")
    brief = compose_brief(Settings(topic="f", title="Kessa valley fever", words=250), date(2025, 9, 5), [tue, fri], [], None)
    assert ("Deaths", 85) in [(f.what, f.value) for f in brief.figures]
    marked = {p.text: p.since for p in brief.summary}
    assert [(m.was, m.article_ids, m.now.value if m.now else None) for m in marked[older]] == [("At least 72 people have died", (2,), 85)]
    assert any(line.endswith("(“At least 72 people have died” since updated to 85 [2])") for line in render.markdown(brief).splitlines())
    # ... not by a figure far above it: another count's, not its next value
    far = article("The health ministry said on Friday that 11,034 cases of the fever had been reported across the region, "
                  "including 400 deaths.",
                  id=2, published=date(2025, 9, 5), title="Fever toll in region 400")
    brief = compose_brief(Settings(topic="f", title="Kessa valley fever", words=250), date(2025, 9, 5), [tue, far], [], None)
    assert ("Deaths", 400) in [(f.what, f.value) for f in brief.figures] and older in [p.text for p in brief.summary]
    assert not any(p.since for p in brief.summary)
    # ... nor a count told as what may come ("could reach 100"), no value of the toll
    feared = "Doctors fear the death toll from the fever could reach 100 by the end of the month, the health ministry says."
    tue = article(f"{feared}\n\nThe clinic had run out of beds and was turning patients away, doctors said.",
                  id=1, published=date(2025, 9, 2), title="Kessa fever fears")
    later = article("The health ministry said on Friday that 1,034 cases of the fever had been reported in the Kessa valley, "
                    "including 150 deaths.", id=2, published=date(2025, 9, 5), title="Kessa fever toll rises to 150")
    brief = compose_brief(Settings(topic="f", title="Kessa valley fever", words=250), date(2025, 9, 5), [tue, later], [], None)
    assert feared in [p.text for p in brief.summary] and not any(p.since for p in brief.summary)


def test_no_mark_for_another_places_count_or_one_nights() -> None:
    """The review's wrong marks: a toll the point sets in a place the figure's sentence and the topic do not name, and one
    night's arrests read as the running count's value before."""
    settings = Settings(topic="f", title="Kessa valley fever", words=250)
    tarnia = ("At least 30 people have died of the fever in neighbouring Tarnia since the outbreak began, officials there "
              "say.")
    tue = article(f"{tarnia}\n\nDoctors in Marn said the clinic had run out of beds and was turning patients away.",
                  id=1, published=date(2025, 9, 2), title="Fever spreads to Tarnia")
    fri = article("The health ministry said on Friday that 1,034 cases of the fever had been reported in the Kessa valley, "
                  "including 72 deaths.", id=2, published=date(2025, 9, 5), title="Kessa fever toll rises to 72")
    brief = compose_brief(settings, date(2025, 9, 5), [tue, fri], [], None)
    assert ("Deaths", 72) in [(f.what, f.value) for f in brief.figures] and tarnia in [p.text for p in brief.summary]
    assert not any(p.since for p in brief.summary)
    # ... one night's arrests beside the running count (the marking alone: such a point rarely survives to the situation)
    night = Point("Police arrested 120 people after clashes outside the clinic on Saturday night, the ministry said.", (1,),
                  written=date(2025, 9, 7))
    so_far = Point("Police have arrested 150 people since the protests began, the ministry said.", (1,), written=date(2025, 9, 7))
    figs, _ = track([Report("Police have arrested 300 people since the protests over the fever began, the interior ministry "
                            "said on Wednesday.", (2,))], {2: Dated(date(2025, 9, 10))}, "Kessa valley fever")
    assert [(f.what, f.value) for f in figs] == [("Arrested", 300)]
    assert [p.since for p in marked_by_figures([night], figs)] == [()]
    assert [[m.now.value for m in p.since if m.now] for p in marked_by_figures([so_far], figs)] == [[300]]


def test_the_count_is_read_in_its_own_clause() -> None:
    """A perfect before the count ("has killed 72") is its clause's, and a place that opens the sentence ("In neighbouring
    Tarnia, ...") sets its count there too (the review's)."""
    figs, _ = track([Report("The health ministry said on Friday that 85 deaths from the fever had been recorded in the Kessa "
                            "valley.", (2,))], {2: Dated(date(2025, 9, 5))}, "Kessa valley fever")
    assert [(f.what, f.value) for f in figs] == [("Deaths", 85)]
    killed = Point("The fever has killed 72 people in the Kessa valley, the health ministry says.", (1,), written=date(2025, 9, 2))
    tarnia = Point("In neighbouring Tarnia, at least 30 people have died of the fever, its health ministry says.", (1,),
                   written=date(2025, 9, 2))
    marked = marked_by_figures([killed, tarnia], figs, "Kessa valley fever")
    assert [[m.now.value for m in p.since if m.now] for p in marked] == [[85], []]
