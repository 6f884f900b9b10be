"""Briefs survive JSON unchanged, every field of every record."""

from __future__ import annotations

import json
from dataclasses import fields, replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from briefbot.models import Brief, Disagreement, Figure, Point, Source, SourceHealth, Status, TimelineEntry
from briefbot.output.serialize import brief_from_json, brief_to_dict, brief_to_json


def full_brief() -> Brief:
    """A brief with every field set to something other than its default."""
    f1 = Figure(3.0, "gunmen killed", "three gunmen were killed", (1, 2), "Three gunmen were killed, police said.")
    f2 = Figure(4.5, "gunmen killed", "four gunmen died", (3,), "Four gunmen died in the shootout.")
    return Brief(
        topic="kosovo",
        title="Kosovo — Serbia “tensions”",
        as_of=date(2023, 11, 13),
        previous_as_of=date(2023, 11, 8),
        summary=(Point("NATO sends 600 British soldiers.", (1, 3), Status.CONTINUING, None, 0.75, also_reported=(2,)),),
        changes=(
            Point("Police found 120,000 rounds.", (2,), Status.NEW, None, 1.5),
            Point("Three gunmen were killed.", (1, 2), Status.UPDATED, "Two gunmen were killed.", 0.25),
            Point("The border is closed.", (3,), Status.DROPPED, None, 0.0),
        ),
        figures=(f1,),
        disagreements=(Disagreement("gunmen killed", (f1, f2)),),
        sources=(
            Source(1, 1, "Kurti blames Belgrade", "seeds/000.txt", date(2023, 11, 8), False, "https://example.org/a"),
            Source(2, 2, "Untitled", "seeds/003.txt", None, True, None, title_made=True),
            Source(3, 3, "NATO statement", "https://nato.example/feed", date(2023, 9, 30), False, "https://nato.example/1"),
        ),
        nothing_new=True,
        new_articles=7,
        health=SourceHealth(2, 3, (("https://example.org/feed.xml", "HTTP 404"),)),
        algorithm="textrank",
        id=42,
        timeline=(TimelineEntry(date(2023, 9, 24), (Point("Gunmen ambushed a patrol near Banjska.", (1, 3)),)),),
        off_topic=(Source(0, 4, "Best e-readers of the year", "feeds/tech.xml", date(2023, 11, 12)),),
    )


def test_every_field_is_set_in_the_example() -> None:
    brief = full_brief()
    defaults = Brief("t", "t", date(2024, 1, 1), None, (), (), (), (), ())
    for f in fields(Brief):
        assert getattr(brief, f.name) != getattr(defaults, f.name), f.name


def test_a_full_brief_round_trips() -> None:
    brief = full_brief()
    text = brief_to_json(brief)
    back = brief_from_json(text, brief_id=brief.id)
    assert back == brief
    assert isinstance(back.changes[1].status, Status) and isinstance(back.sources[0].date, date)
    assert back.health is not None and back.health.failures == (("https://example.org/feed.xml", "HTTP 404"),)
    assert brief_to_json(back) == text  # and again


def test_the_json_is_plain_and_readable() -> None:
    brief = full_brief()
    data = json.loads(brief_to_json(brief, indent=2))
    assert data == json.loads(json.dumps(brief_to_dict(brief)))
    assert data["as_of"] == "2023-11-13" and data["previous_as_of"] == "2023-11-08"
    assert [p["status"] for p in data["changes"]] == ["new", "updated", "dropped"]
    assert data["sources"][1]["date"] is None
    assert "“tensions”" in brief_to_json(brief)  # not \\u-escaped


def test_minimal_brief_round_trips_and_the_id_comes_from_the_store() -> None:
    brief = Brief("t", "T", date(2024, 1, 1), None, (), (), (), (), ())
    assert brief_from_json(brief_to_json(brief)) == brief
    assert brief_from_json(brief_to_json(replace(brief, id=5))).id is None
    assert brief_from_json(brief_to_json(brief), brief_id=9).id == 9


def test_older_json_without_optional_fields_still_reads() -> None:
    data = brief_to_dict(full_brief())
    for key in ("nothing_new", "new_articles", "health", "algorithm"):
        del data[key]
    for p in data["summary"]:
        del p["previous"], p["score"]
    brief = brief_from_json(json.dumps(data))
    assert (brief.nothing_new, brief.new_articles, brief.health, brief.algorithm) == (False, 0, None, "")
    assert brief.summary[0].score == 0.0 and brief.summary[0].previous is None


# -- generated briefs ------------------------------------------------------------------------------

texts = st.text(max_size=40)
ids = st.lists(st.integers(1, 10**9), max_size=4).map(tuple)
dates = st.dates(date(1, 1, 1), date(9999, 12, 31))
floats = st.floats(allow_nan=False, allow_infinity=False)
points = st.builds(Point, texts, ids, st.sampled_from(list(Status)), st.none() | texts, floats)
figures = st.builds(Figure, floats, texts, texts, ids, texts)
sources = st.builds(Source, st.integers(1, 999), st.integers(1, 10**9), texts, texts, st.none() | dates, st.booleans(),
                    st.none() | texts)
health = st.none() | st.builds(SourceHealth, st.integers(0, 99), st.integers(0, 99),
                               st.lists(st.tuples(texts, texts), max_size=3).map(tuple))
briefs = st.builds(
    Brief, texts, texts, dates, st.none() | dates,
    st.lists(points, max_size=4).map(tuple), st.lists(points, max_size=4).map(tuple),
    st.lists(figures, max_size=3).map(tuple),
    st.lists(st.builds(Disagreement, texts, st.lists(figures, max_size=3).map(tuple)), max_size=2).map(tuple),
    st.lists(sources, max_size=4).map(tuple),
    st.booleans(), st.integers(0, 10**6), health, texts, st.none() | st.integers(1, 10**9),
)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(briefs)
def test_any_brief_round_trips(brief: Brief) -> None:
    assert brief_from_json(brief_to_json(brief), brief_id=brief.id) == brief
