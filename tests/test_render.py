"""Brief -> Markdown, checked against golden files in tests/golden/.

To (re)write the golden files after an intended change, run
``BRIEFBOT_UPDATE_GOLDEN=1 python -m pytest tests/test_render.py`` and review the diff.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from briefbot import app
from briefbot.config import Config, TopicConfig
from briefbot.models import Brief, Disagreement, Figure, Point, Reading, Source, SourceHealth, Status
from briefbot.output import markdown as render
from briefbot.output import wording
from briefbot.store.db import Store

GOLDEN = Path(__file__).resolve().parent / "golden"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
UPDATE = "BRIEFBOT_UPDATE_GOLDEN"


def check_golden(name: str, text: str, folder: Path = GOLDEN) -> None:
    """``text`` must equal tests/golden/``name``; with BRIEFBOT_UPDATE_GOLDEN=1 the file is rewritten."""
    path = folder / name
    if os.environ.get(UPDATE) == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    if not path.exists():
        pytest.fail(f"golden file {path} is missing: create it with {UPDATE}=1 python -m pytest {__file__}, then review it")
    expected = path.read_text(encoding="utf-8")
    assert text == expected, (
        f"{name} differs from the golden file; if the change is intended, rerun with {UPDATE}=1 and review the diff"
    )


# -- the golden mechanism itself -----------------------------------------------------------------------


def test_golden_missing_file_fails_with_instructions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(UPDATE, raising=False)
    with pytest.raises(pytest.fail.Exception, match=f"missing: create it with {UPDATE}=1"):
        check_golden("no-such-golden-file.md", "text\n")
    assert not (GOLDEN / "no-such-golden-file.md").exists()


def test_golden_mismatch_fails_and_update_rewrites(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "x.md").write_text("old\n", encoding="utf-8")
    monkeypatch.delenv(UPDATE, raising=False)
    with pytest.raises(AssertionError, match="differs from the golden file"):
        check_golden("x.md", "new\n", tmp_path)
    monkeypatch.setenv(UPDATE, "1")
    check_golden("x.md", "new\n", tmp_path)  # passes, and rewrites
    check_golden("created.md", "created\n", tmp_path / "sub")
    assert (tmp_path / "x.md").read_text(encoding="utf-8") == "new\n"
    assert (tmp_path / "sub" / "created.md").read_text(encoding="utf-8") == "created\n"
    monkeypatch.delenv(UPDATE)
    check_golden("x.md", "new\n", tmp_path)


# -- a hand-built brief: pure rendering, fully stable ------------------------------------------------------


def hand_built() -> Brief:
    sources = (
        Source(1, 11, "Ceasefire talks resume in Geneva", "feeds/reuters.xml", date(2024, 3, 2),
               url="https://news.example/geneva"),
        Source(2, 12, "Police raid in the north", "news/raid.txt", date(2024, 3, 1)),
        Source(3, 13, "Residents return to Banjska", "news/banjska.md", date(2024, 3, 2), undated=True),
    )
    changes = (
        Point("Negotiators from both sides met in Geneva on Saturday to resume ceasefire talks.", (11,), Status.NEW),
        Point("Police arrested five suspects after the raid on Monday.", (12, 13), Status.UPDATED,
              previous="Police arrested three suspects after the raid on Monday."),
        Point("The border crossing at Jarinje remained closed to all traffic.", (99,), Status.DROPPED),
    )
    summary = (
        Point("Tensions in the north have been high since the shootout in September.", (12, 11), also_reported=(13,)),
        Point("Residents of Banjska began returning to their homes on Friday.", (13,)),
    )
    three = Reading(3, "arrested three suspects", (12,), date(2024, 3, 1))
    figures = (
        Figure(5, "Arrested (suspects)", "arrested five suspects", (12, 13), date=date(2024, 3, 2),
               measure="arrested", subject="suspects", series=(three, Reading(5, "arrested five suspects", (12, 13),
                                                                              date(2024, 3, 2))), previous=three),
        Figure(12_000, "Evacuated (Banjska)", "12,000 to 19,000 residents were evacuated", (11,),
               high=19_000, date=date(2024, 3, 2), measure="evacuated", subject="Banjska"),
    )
    disagreements = (
        Disagreement("Injured (police)", (Figure(2, "Injured (police)", "two officers were injured", (12,), date=date(2024, 3, 1)),
                                          Figure(3, "Injured (police)", "three policemen were hurt", (11, 13),
                                                 date=date(2024, 3, 2)))),
    )
    return Brief(
        topic="kosovo", title="Kosovo and Serbia", as_of=date(2024, 3, 2), previous_as_of=date(2024, 3, 1),
        summary=summary, changes=changes, figures=figures, disagreements=disagreements, sources=sources,
        new_articles=2, algorithm="lexrank",
        health=SourceHealth(4, 5, (("https://feeds.example/rss", "timeout after 20 s"),)),
    )


def test_golden_hand_built_brief() -> None:
    check_golden("hand_built.md", render.markdown(hand_built()))


def test_hand_built_brief_lines() -> None:
    md = render.markdown(hand_built())
    lines = md.splitlines()
    assert lines[:3] == ["# Kosovo and Serbia", "", "*As of 2024-03-02* · 2 new article(s)"]
    assert "## What changed since 2024-03-01" in lines
    # a relative date shows the day it means beside the source's words, from the quoted article's date
    assert "- **New:** Negotiators from both sides met in Geneva on Saturday [2 Mar] to resume ceasefire talks. [1]" in lines
    assert ("- **Updated:** Police arrested five suspects after the raid on Monday [26 Feb]. [2][3]"
            " (previously: Police arrested three suspects after the raid on Monday.)") in lines
    # a dropped point whose article is not among the sources has no number to cite
    assert "- **No longer reported:** The border crossing at Jarinje remained closed to all traffic. (in the brief of 2024-03-01)" in lines
    # the quoted source first; an article that reports it in other words is counted, not cited
    assert ("- Tensions in the north have been high since the shootout in September [2023]. [2][1]"
            " (also reported by 1 other article)") in lines
    assert ("- **Arrested (suspects):** 5 [2][3] on 2024-03-02 (“arrested five suspects”), up from 3 on 2024-03-01 [2]"
            in lines)
    assert ("- **Evacuated (Banjska):** 12,000 to 19,000 [1] on 2024-03-02 "
            "(“12,000 to 19,000 residents were evacuated”)") in lines
    assert ("- **Injured (police):** 2 [2] on 2024-03-01 (“two officers were injured”); "
            "3 [1][3] on 2024-03-02 (“three policemen were hurt”)") in lines
    assert "1. [Ceasefire talks resume in Geneva](https://news.example/geneva) — 2024-03-02 — feeds/reuters.xml" in lines
    assert "2. Police raid in the north — 2024-03-01 — news/raid.txt" in lines
    assert "3. Residents return to Banjska — undated, first seen 2024-03-02 — news/banjska.md" in lines
    assert "*Undated articles count as of the day briefbot first saw them.*" in lines
    assert "*Sources: 4 of 5 sources read; failed: https://feeds.example/rss (timeout after 20 s).*" in lines
    assert md.endswith(".*\n") and not md.endswith("\n\n")


def test_a_situation_point_its_articles_told_over_a_month_before_says_when() -> None:
    """A situation point whose newest report (an article that carries it or reports it in other words: ``Point.reported``)
    is more than a month older than the brief's day shows that day: what an article told then (a record, a "has never")
    may no longer hold, and a reader takes an undated line as of the brief's day.  Not for a point recent coverage carries
    or reports too; an undated article counts from when first seen.  A brief stored before points knew their reports: its
    cited sources tell."""
    from briefbot.output.slack import situation_lines, top_lines

    sources = (
        Source(1, 11, "Prisons", "old.txt", date(1999, 2, 12)),
        Source(2, 12, "Prisons again", "recent.txt", date(2000, 7, 20)),
        Source(3, 13, "Undated", "undated.txt", date(1999, 1, 5), undated=True),
        Source(4, 14, "Undated, seen today", "today.txt", date(2000, 8, 15), undated=True),
    )
    summary = (
        Point("California runs the nation's largest prison system.", (11,), reported=date(1999, 2, 12)),
        Point("Texas now holds more state inmates than California.", (12,), reported=date(2000, 7, 20)),  # (26 days: recent)
        Point("The governor commuted one sentence in 1998.", (11,), also_reported=(12,), reported=date(2000, 7, 20)),
        Point("The governor has never granted a stay.", (13,)),  # (stored before: its sources, first seen long ago)
        Point("The state spends $4 billion a year on its prisons.", (11, 14)),  # (... an undated one seen today)
        Point("The prisons hold 160,000 inmates.", (11,), also_reported=(12,)),  # (... reported by another, its day unknown)
    )
    brief = replace(hand_built(), as_of=date(2000, 8, 15), previous_as_of=None, changes=(), figures=(), disagreements=(),
                    summary=summary, sources=sources)
    lines = render.markdown(brief).splitlines()
    assert "- California runs the nation's largest prison system. [1] (as of 1999-02-12)" in lines
    assert "- Texas now holds more state inmates than California. [2]" in lines
    assert "- The governor commuted one sentence in 1998. [1] (also reported by 1 other article)" in lines
    assert "- The governor has never granted a stay. [3] (as of 1999-01-05)" in lines
    assert "- The state spends $4 billion a year on its prisons. [1][4]" in lines
    assert "- The prisons hold 160,000 inmates. [1] (also reported by 1 other article)" in lines
    slack = situation_lines(brief)
    assert slack[0].endswith("(as of 1999-02-12)") and "(as of" not in slack[1]
    main, _ = top_lines(brief)  # (a first brief's main message lists its first points: marked too)
    assert main[1].endswith("(as of 1999-02-12)") and "(as of" not in main[2]


def test_a_points_reports_are_the_newest_day_of_what_carries_it_or_tells_it_in_other_words() -> None:
    from briefbot.brief.since import dated_reports
    from briefbot.models import Article

    def art(i: int, published: date | None, seen: date) -> Article:
        return Article(key=f"k{i}", title="", text="x", origin=f"{i}.txt", content_hash=f"h{i}", published=published,
                       first_seen=seen, id=i)

    articles = {1: art(1, date(1999, 2, 12), date(2000, 8, 1)), 2: art(2, date(2000, 7, 20), date(2000, 8, 1)),
                3: art(3, None, date(2000, 8, 14))}
    points = [Point("a", (1,)), Point("b", (1,), also_reported=(2,)), Point("c", (1, 3)), Point("d", (99,))]
    assert [p.reported for p in dated_reports(points, articles)] == [date(1999, 2, 12), date(2000, 7, 20), date(2000, 8, 14), None]


def test_a_made_title_is_marked_and_off_topic_articles_are_counted() -> None:
    brief = hand_built()
    made = replace(brief.sources[1], title="Police said they arrested five suspects after the raid…", title_made=True)
    off = Source(0, 20, "Best e-readers of the year", "feeds/tech.xml", date(2024, 3, 2))
    md = render.markdown(replace(brief, sources=(brief.sources[0], made, brief.sources[2]), off_topic=(off,)))
    assert ("2. Police said they arrested five suspects after the raid… *(no headline: its first words)* — 2024-03-01"
            " — news/raid.txt") in md.splitlines()
    assert "*As of 2024-03-02* · 2 new article(s) (1 more left out as off-topic)" in md.splitlines()
    assert "e-readers" not in md


def test_runs_of_source_numbers_collapse_and_the_quoted_one_leads() -> None:
    sources = tuple(Source(n, 100 + n, f"Story {n}", f"s{n}.txt", date(2024, 3, 1)) for n in range(1, 11))
    brief = replace(hand_built(), sources=sources)
    assert render.cite(brief, (105, 101, 102, 103, 104, 106, 107, 109), quoted_first=True) == "[5][1–4][6][7][9]"
    assert render.cite(brief, (105, 101, 102, 103, 104, 106, 107, 109)) == "[1–7][9]"
    assert render.cite(brief, (102, 101), quoted_first=True) == "[2][1]"
    assert render.cite(brief, (999,)) == ""


def test_sections_in_order() -> None:
    md = render.markdown(hand_built())
    order = ["## What changed", "## Situation", "## Figures", "## Sources disagree", "## Sources\n"]
    positions = [md.index(h) for h in order]
    assert positions == sorted(positions)


def test_first_brief_wording() -> None:
    brief = replace(hand_built(), previous_as_of=None, changes=(), new_articles=3, health=None)
    md = render.markdown(brief)
    assert "*As of 2024-03-02* · 3 new article(s)\n" in md
    assert "## What changed\n\nThis is the first brief on this topic: everything below is new.\n" in md
    assert "What changed since" not in md
    assert "**New:**" not in md
    assert "*Sources:" not in md


def test_nothing_new_rendering() -> None:
    brief = replace(hand_built(), nothing_new=True, new_articles=0, changes=(),
                    health=SourceHealth(3, 3))
    md = render.markdown(brief)
    assert md == (
        "# Kosovo and Serbia\n"
        "\n"
        "*As of 2024-03-02* · 0 new article(s)\n"
        "\n"
        "## What changed since 2024-03-01\n"
        "\n"
        "Nothing new: no article has arrived since the brief of 2024-03-01.\n"
        "\n"
        "*Sources: 3 of 3 sources read.*\n"
    )


def test_new_articles_that_repeat_the_previous_brief() -> None:
    brief = replace(hand_built(), changes=(), new_articles=2)
    md = render.markdown(brief)
    assert "## What changed since 2024-03-01\n\n2 new article(s) arrived, but they repeat what the previous brief said.\n" in md


def test_source_line_formats() -> None:
    dated = Source(1, 1, "Title", "a.txt", date(2024, 1, 5))
    assert render.source_line(dated) == "1. Title — 2024-01-05 — a.txt"
    linked = replace(dated, number=2, url="https://x.example/a?b=1")
    assert render.source_line(linked) == "2. [Title](https://x.example/a?b=1) — 2024-01-05 — a.txt"
    undated = replace(dated, number=3, undated=True)
    assert render.source_line(undated) == "3. Title — undated, first seen 2024-01-05 — a.txt"
    no_date = replace(dated, number=4, date=None)
    assert render.source_line(no_date) == "4. Title — no date — a.txt"


def test_health_line() -> None:
    assert wording.health_line(SourceHealth(3, 3)) == "3 of 3 sources read"
    failures = tuple((f"src{n}.txt", "empty file") for n in range(7))
    line = wording.health_line(SourceHealth(1, 8, failures))
    assert line == ("1 of 8 sources read; failed: src0.txt (empty file); src1.txt (empty file); src2.txt (empty file); "
                    "src3.txt (empty file); src4.txt (empty file); and 2 more")
    five = wording.health_line(SourceHealth(0, 5, failures[:5]))
    assert five.endswith("src4.txt (empty file)")
    assert "more" not in five


def test_health_line_shown_only_when_it_says_something() -> None:
    one = replace(hand_built(), health=SourceHealth(1, 1))
    assert "*Sources:" not in render.markdown(one)
    failed = replace(hand_built(), health=SourceHealth(0, 1, (("a.txt", "empty file"),)))
    assert "*Sources: 0 of 1 sources read; failed: a.txt (empty file).*" in render.markdown(failed)


def test_every_point_is_quoted_whole_with_its_numbers() -> None:
    brief = hand_built()
    md = render.markdown(brief)
    for p in (*brief.changes, *brief.summary):
        numbers = render.cite(brief, p.article_ids, quoted_first=True)
        assert f"{render.point_text(brief, p)} {numbers}".rstrip() in md


def test_format_value() -> None:
    assert wording.format_value(3.0) == "3"
    assert wording.format_value(120000) == "120,000"
    assert wording.format_value(3.5) == "3.5"
    # millions, billions and trillions in words when two decimals say them exactly
    assert wording.format_value(4.5e9) == "4.5 billion"
    assert wording.format_value(1_250_000) == "1.25 million"
    assert wording.format_value(210e9) == "210 billion"
    assert wording.format_value(12_345_678) == "12,345,678"
    assert wording.format_value(999_999) == "999,999"


def test_a_number_inside_a_line_is_no_list_number() -> None:
    assert render.escape("4.5 billion dollars") == "4.5 billion dollars"  # (the quote after a figure: no backslash)
    assert render.escape("1. Troops crossed the border") == "1\\. Troops crossed the border"  # (it could open a list)
    assert render.escape("2) Troops crossed the border") == "2\\) Troops crossed the border"


# -- the seeds, day by day (depends on the ranking: regenerate on purpose) -------------------------------------


def test_golden_seeds_day_by_day_third_brief(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")  # cwd is tmp_path: sources read 'seeds/...'
    config = Config(store_path=tmp_path / "golden.db", topics={}, base_dir=tmp_path)
    topic = TopicConfig(name="default")  # as `briefbot brief seeds --as-of ...` with no config
    with Store(config.store_path) as store:
        for day in (date(2023, 9, 24), date(2023, 11, 8), date(2023, 11, 13)):
            result = app.make_brief(config, topic, store, today=date(2024, 1, 1), now=datetime(2024, 1, 1, 7, tzinfo=UTC),
                                         paths=["seeds"], as_of=day)
    assert result.brief.previous_as_of == date(2023, 11, 8)
    check_golden("seeds_2023-11-13.md", result.markdown)
