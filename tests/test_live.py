"""A live page told newest first: its figures' latest value and its situation read its entries in time order
(briefbot.text.entries, briefbot.brief.live, briefbot.brief.figures)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from briefbot.brief import figures
from briefbot.brief.candidates import candidates
from briefbot.brief.compose import Settings, compose_brief
from briefbot.brief.live import told_order
from briefbot.ingest.files import cleaned, parse_article
from briefbot.models import Article, Brief
from briefbot.store.db import Store
from briefbot.store.migrations import MIGRATIONS
from briefbot.text.entries import clocks, newest_first

DAY = date(2026, 5, 9)
LATEST = "The river authority said on Saturday afternoon that 27 people had died in the floods, most of them in Dorvel."
BOATS = "Rescue boats have reached the cut-off village of Amsel, where about 600 people spent the night on roofs."
FIRST = "The river authority said 15 people had died in the floods so far, and warned that the toll would rise."


def live_page(stamps: tuple[str, str, str], sentences: tuple[str, str, str] = (LATEST, BOATS, FIRST)) -> str:
    """A live page as read: its headline, then each entry under its stamp and heading, in page order."""
    heads = ("Toll climbs", "Boats reach Amsel", "Authority confirms dead")
    entries = [f"{stamp} {head}\n{text}" for stamp, head, text in zip(stamps, heads, sentences, strict=True)]
    return "Valdora floods live: toll rises as rescuers search villages\n\n" + "\n\n".join(entries)


NEWEST_24H = live_page(("16:40", "13:15", "09:05"))
NEWEST_ET = live_page(("4:40 p.m. ET:", "1:15 p.m. ET:", "9:05 a.m. ET:"))
OLDEST_24H = live_page(("09:05", "13:15", "16:40"), (FIRST, BOATS, LATEST))


def _read(text: str, n: int = 1) -> Article:
    return replace(cleaned(parse_article(text, key=f"k{n}", origin=f"live{n}.txt")), published=DAY, id=n)


@pytest.mark.parametrize("page", [NEWEST_24H, NEWEST_ET])
def test_a_page_whose_entry_stamps_run_down_is_read_newest_first_its_text_as_it_was(page: str) -> None:
    a = cleaned(parse_article(page, key="k", origin="o"))
    assert a.newest_first
    assert a.text.index(LATEST) < a.text.index(BOATS) < a.text.index(FIRST)  # the text is not reordered


def test_a_page_going_back_past_midnight_is_newest_first_and_one_whose_stamps_run_up_is_not() -> None:
    assert newest_first(["00:30 Crowds gather", "x", "23:45 Police arrive", "y", "22:10 The march sets off"])
    assert clocks(["1:50 a.m. ET: A spokesman said ...", "11:20 p.m. ET: Crowds gathered ..."]) == [110, 1400]
    assert not cleaned(parse_article(OLDEST_24H, key="k", origin="o")).newest_first
    # a diary's clocks going both ways, and a single stamp, tell no order
    assert not newest_first(["10.00 am: I reached the records office.", "12.00 am: The power went off.",
                             "1.00 pm: The power came back.", "3.00 pm: I found the clerk."])
    assert not newest_first(["16:40 Death toll climbs", "The agency said ..."])


def test_a_wire_chronology_is_no_live_page() -> None:
    chronology = ("Key moments of the flight:\n"
                  "8:02 a.m. EDT -- The plane lands in Velano after a diversion.\n"
                  "7:40 a.m. EDT -- The crew reports smoke in the cabin.\n"
                  "7:15 a.m. EDT -- The flight leaves Ostel.")
    assert not cleaned(parse_article(chronology, key="k", origin="o")).newest_first


def _reports(page: str) -> tuple[list[figures.Report], list[figures.Report], dict[int, figures.Dated]]:
    a = _read(page)
    cands = candidates([a], {1})
    in_time = told_order(cands, {1} if a.newest_first else set())
    as_told = [figures.Report(c.text, tuple(c.article_ids), t) for c, t in zip(cands, in_time, strict=True)]
    in_page = [figures.Report(c.text, tuple(c.article_ids)) for c in cands]
    return as_told, in_page, {1: figures.Dated(DAY)}


def test_the_latest_entry_s_toll_is_the_figure_and_the_older_entry_s_no_longer_passes_for_the_latest() -> None:
    as_told, in_page, dating = _reports(NEWEST_24H)
    (deaths, *_), _ = figures.track(as_told, dating)
    assert (deaths.what, deaths.value) == ("Deaths", 27)
    assert figures.superseded(as_told, dating) == {FIRST}
    (deaths, *_), _ = figures.track(in_page, dating)  # read in page order, the oldest entry's would pass for the latest
    assert deaths.value == 15 and FIRST not in figures.superseded(in_page, dating)


def test_an_oldest_first_page_keeps_page_order() -> None:
    as_told, in_page, dating = _reports(OLDEST_24H)
    assert [r.told for r in as_told] == [None] * len(as_told)
    (deaths, *_), _ = figures.track(as_told, dating)
    assert deaths.value == 27 and figures.superseded(as_told, dating) == figures.superseded(in_page, dating)


def test_an_older_entry_s_count_of_another_event_stays() -> None:
    market = "Gunmen killed five people in an attack on a market in Tesk, police said."
    as_told, _, dating = _reports(live_page(("16:40", "13:15", "09:05"), (LATEST, BOATS, market)))
    assert market not in figures.superseded(as_told, dating)


def _brief(page: str) -> Brief:
    return compose_brief(Settings(topic="floods", title="Valdora floods", focus="Floods: deaths, rescues."), DAY, [_read(page)],
                         [], None)


def test_a_brief_of_a_newest_first_page_gives_the_latest_toll_once() -> None:
    brief = _brief(NEWEST_24H)
    assert [(f.what, f.value) for f in brief.figures][:1] == [("Deaths", 27)]
    assert FIRST not in {p.text for p in brief.summary} and LATEST in {p.text for p in brief.summary}


def test_the_store_keeps_the_order_and_reads_an_article_stored_before_as_page_order(tmp_path: Path) -> None:
    with Store(tmp_path / "n.db") as s:
        s.add_articles("t", [cleaned(parse_article(NEWEST_24H, key="k", origin="o"))], seen=DAY,
                       now=datetime(2026, 5, 9, 17, 0, tzinfo=UTC))
        (stored,) = s.articles([1]).values()
    assert stored.newest_first
    before = tmp_path / "b.db"
    Store(before, migrations=MIGRATIONS[:10]).close()  # a store of briefbot before migration 011
    with sqlite3.connect(before) as db:
        db.execute("INSERT INTO articles (topic, key, version, content_hash, origin, title, first_seen, dated, added_at, text)"
                   " VALUES ('t', 'k', 1, 'h', 'o', 'Floods live', '2026-05-09', '2026-05-09', '2026-05-09T17:00:00+00:00', ?)",
                   (cleaned(parse_article(NEWEST_24H, key="k", origin="o")).text,))
    db.close()
    with Store(before) as s:
        assert "011_article_newest_first" in s.applied_migrations()
        (old,) = s.articles([1]).values()
    assert not old.newest_first and old.text.index(LATEST) < old.text.index(FIRST)


def test_a_toll_the_articles_had_told_before_the_brief_is_no_update_of_a_towns_smaller_one() -> None:
    # the first article tells a town's dead, then the whole crackdown's; the brief before quoted the town's alone; a day later an
    # article gives the whole toll in other words: no "updated" point reads the town's 27 as its value before
    settings = Settings(topic="unrest", title="Unrest in Caldria", focus="The crackdown on protests in Caldria: deaths, arrests.")
    first = ("Caldria's army has kept up its siege of the border town of Tessel, where tanks shelled homes overnight.\n\n"
             "Activists say at least 27 people have been killed.\n\n"
             "Activists say more than 850 people have been killed and thousands arrested in the crackdown launched two months ago.")
    second = ("The United States has imposed sanctions on Caldria's president over the crackdown on protests.\n\n"
              "Human rights activists say more than 850 people have been killed and thousands arrested in the operation launched "
              "to quell dissent in March.")
    a = replace(cleaned(parse_article(first, key="k1", origin="a1.txt")), published=date(2026, 5, 18), id=1)
    b = replace(cleaned(parse_article(second, key="k2", origin="a2.txt")), published=date(2026, 5, 19), id=2)
    before = compose_brief(settings, date(2026, 5, 18), [a], [], None)
    before = replace(before, summary=tuple(p for p in before.summary if "850" not in p.text))  # (a brief with less room)
    after = compose_brief(settings, date(2026, 5, 19), [b], [a], before)
    whole = next(p for p in after.changes if "850" in p.text)
    assert whole.status.value == "new" and whole.was is None
