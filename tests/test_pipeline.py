"""make_brief: read, store, compose against the previous brief, store the brief (explicit today/now)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from builders import rows, write_article

from briefbot import app
from briefbot.config import Config, TopicConfig
from briefbot.errors import IngestError, UsageError
from briefbot.ingest.files import content_hash
from briefbot.models import Article, Brief, Point, Status
from briefbot.store.db import Store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TOPIC = TopicConfig(name="kosovo")
D1, D2, D3 = date(2024, 3, 1), date(2024, 3, 2), date(2024, 3, 3)
NOW = datetime(2024, 3, 2, 7, 30, 0, tzinfo=UTC)

BRIDGE = (
    "Officials said the Drina bridge reopened on Monday after three weeks of repairs. "
    "Traffic across the bridge returned to normal by the evening rush hour. "
    "Engineers from the regional roads agency inspected the supports before the reopening."
)
FLOOD = (
    "Heavy rain caused the river to flood the lower town on Wednesday night. "
    "Rescue teams evacuated two hundred residents from houses near the river bank. "
    "The mayor asked the government for emergency funds to repair the damaged homes."
)
STRIKE = (
    "Dock workers at the northern port began an indefinite strike over unpaid wages. "
    "The port authority said container ships were being diverted to other harbours. "
    "Union leaders demanded talks with the shipping ministry before the end of the week."
)


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return Config(store_path=tmp_path / "pipeline.db", topics={}, base_dir=tmp_path)


@pytest.fixture
def store(config: Config) -> Iterator[Store]:
    with Store(config.store_path) as s:
        yield s


def dump(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table: 'the store as before' means exactly this."""
    tables = [r[0] for r in rows(store, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: rows(store, f"SELECT * FROM {t} ORDER BY rowid") for t in tables}


def all_points(brief: Brief) -> list[Point]:
    return [*brief.changes, *brief.summary]


def test_make_brief_with_explicit_today_and_now(config: Config, store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    write_article(folder, "bridge.txt", BRIDGE, published="2024-02-28", title="Bridge reopens")
    write_article(folder, "flood.txt", FLOOD)  # undated: first seen today
    result = app.make_brief(config, TOPIC, store, today=D1, now=NOW, paths=[str(folder)])
    brief = result.brief
    assert brief.as_of == D1
    assert brief.previous_as_of is None
    assert brief.topic == "kosovo"
    assert brief.new_articles == 2
    assert result.added.added == 2
    assert result.skipped == ()
    assert result.stored.created_at == NOW
    assert result.stored.as_of == D1
    assert store.brief(result.stored.id).markdown == result.markdown
    assert result.markdown.startswith("# ")
    assert "*As of 2024-03-01* · 2 new article(s)" in result.markdown
    undated = [s for s in brief.sources if s.undated]
    assert undated and all(s.date == D1 for s in undated)  # first seen on the given today, not the clock's
    assert "undated, first seen 2024-03-01" in result.markdown
    texts = {a.id: a.text for a in store.articles(range(1, 3)).values()}
    for p in all_points(brief):
        assert any(p.text in texts[a] for a in p.article_ids)


def test_no_sources_is_a_usage_error(config: Config, store: Store) -> None:
    with pytest.raises(UsageError, match="no sources for topic 'kosovo'"):
        app.make_brief(config, TOPIC, store, today=D1, now=NOW)
    with pytest.raises(UsageError):
        app.make_brief(config, TOPIC, store, today=D1, now=NOW, paths=[])
    assert store.article_count() == 0


def test_sources_from_the_topic_are_relative_to_the_config(config: Config, store: Store, tmp_path: Path) -> None:
    write_article(tmp_path / "feeds" / "a", "bridge.txt", BRIDGE, published="2024-02-28")
    topic = TopicConfig(name="kosovo", sources=("feeds/a",))
    result = app.make_brief(config, topic, store, today=D1, now=NOW)
    assert result.added.added == 1
    assert result.brief.sources[0].origin == str(tmp_path / "feeds" / "a" / "bridge.txt")


def test_all_sources_bad_is_an_ingest_error(config: Config, store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.md").write_bytes(b"\x00\x01\x02garbage")
    before = dump(store)
    with pytest.raises(IngestError, match="no usable article in") as caught:
        app.make_brief(config, TOPIC, store, today=D1, now=NOW, paths=[str(bad)])
    assert "empty file" in str(caught.value)
    assert "binary file" in str(caught.value)
    assert dump(store) == before


class Killed(Exception):
    pass


def fake_fetch(fail_after: int, exc: BaseException) -> tuple[list[str], Callable[[str], list[Article]]]:
    calls: list[str] = []

    def fetch(url: str) -> list[Article]:
        calls.append(url)
        if len(calls) > fail_after:
            raise exc
        text = f"{FLOOD} Reporters at {url} counted {len(calls) * 11} damaged houses in the lower town."
        return [Article(key=url, origin=url, text=text, content_hash=content_hash(None, text), url=url, published=D2)]

    return calls, fetch


@pytest.mark.parametrize("exc", [Killed("connection reset"), KeyboardInterrupt()])
def test_a_run_killed_midway_leaves_the_store_as_before(
    config: Config, store: Store, tmp_path: Path, exc: BaseException
) -> None:
    folder = tmp_path / "news"
    write_article(folder, "bridge.txt", BRIDGE, published="2024-02-28")
    app.make_brief(config, TOPIC, store, today=D1, now=NOW, paths=[str(folder)])
    write_article(folder, "strike.txt", STRIKE, published="2024-03-02")
    before = dump(store)
    calls, fetch = fake_fetch(2, exc)
    urls = [f"https://news.example/{n}" for n in range(5)]
    with pytest.raises(type(exc)):
        app.make_brief(config, TOPIC, store, today=D2, now=NOW, paths=[str(folder), *urls], fetch=fetch)
    assert len(calls) == 3  # two sources read, killed on the third
    assert dump(store) == before
    # and the next run goes on from there as if nothing happened
    _, fetch = fake_fetch(99, exc)
    result = app.make_brief(config, TOPIC, store, today=D2, now=NOW, paths=[str(folder), *urls], fetch=fetch)
    assert result.added.added == 6
    assert result.brief.previous_as_of == D1


def test_a_failure_while_storing_rolls_back(
    config: Config, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "news"
    write_article(folder, "bridge.txt", BRIDGE, published="2024-02-28")
    app.make_brief(config, TOPIC, store, today=D1, now=NOW, paths=[str(folder)])
    write_article(folder, "strike.txt", STRIKE, published="2024-03-02")
    write_article(folder, "flood.txt", FLOOD, published="2024-03-02")
    before = dump(store)
    real = store._db
    inserted: list[str] = []

    class FlakyConnection:
        """The real connection, except that the second article INSERT fails (a full disk, say)."""

        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

        def execute(self, sql: str, *args: object) -> object:
            if sql.startswith("INSERT INTO articles"):
                inserted.append(sql)
                if len(inserted) == 2:
                    raise Killed("disk full")
            return real.execute(sql, *args)

    monkeypatch.setattr(store, "_db", FlakyConnection())
    with pytest.raises(Killed):
        app.make_brief(config, TOPIC, store, today=D2, now=NOW, paths=[str(folder)])
    monkeypatch.undo()
    assert len(inserted) == 2
    assert dump(store) == before


def test_articles_dated_after_as_of_are_left_out(config: Config, store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    write_article(folder, "a.txt", BRIDGE, published="2024-03-01")
    write_article(folder, "b.txt", FLOOD, published="2024-03-02")
    write_article(folder, "c.txt", STRIKE, published="2024-03-03")
    result = app.make_brief(config, TOPIC, store, today=date(2024, 3, 10), now=NOW, paths=[str(folder)], as_of=D2)
    assert result.added.added == 3  # stored, ...
    brief = result.brief
    assert brief.as_of == D2
    assert brief.new_articles == 2  # ... but not in the brief of a day before its date
    origins = {s.origin for s in brief.sources}
    assert str(folder / "c.txt") not in origins
    later = rows(store, "SELECT id FROM articles WHERE origin LIKE '%c.txt'")[0][0]
    for p in all_points(brief):
        assert later not in p.article_ids
        assert p.text not in STRIKE
    assert all(later not in f.article_ids for f in brief.figures)


def test_what_changed_comes_from_the_new_articles(config: Config, store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    write_article(folder, "bridge.txt", BRIDGE, published="2024-03-01")
    write_article(folder, "flood.txt", FLOOD, published="2024-03-01")
    first = app.make_brief(config, TOPIC, store, today=D1, now=NOW, paths=[str(folder)])
    assert first.brief.previous_as_of is None
    write_article(folder, "strike.txt", STRIKE, published="2024-03-02")
    second = app.make_brief(config, TOPIC, store, today=D2, now=NOW, paths=[str(folder)])
    brief = second.brief
    assert second.added.added == 1
    assert second.added.unchanged == 2
    assert brief.previous_as_of == D1
    assert brief.new_articles == 1
    new_id = rows(store, "SELECT id FROM articles WHERE origin LIKE '%strike.txt'")[0][0]
    changes = [p for p in brief.changes if p.status is not Status.DROPPED]
    assert changes
    for p in changes:
        assert p.status in (Status.NEW, Status.UPDATED)
        assert new_id in p.article_ids
        assert p.text in STRIKE
    assert "## What changed since 2024-03-01" in second.markdown
    assert "**New:**" in second.markdown


def test_nothing_new_says_so_plainly(config: Config, store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    write_article(folder, "bridge.txt", BRIDGE, published="2024-03-01")
    write_article(folder, "flood.txt", FLOOD)
    first = app.make_brief(config, TOPIC, store, today=D1, now=NOW, paths=[str(folder)])
    second = app.make_brief(config, TOPIC, store, today=D2, now=NOW, paths=[str(folder)])
    assert second.added.added == 0
    assert second.added.unchanged == 2
    assert store.article_count() == 2
    brief = second.brief
    assert brief.nothing_new
    assert brief.new_articles == 0
    assert brief.previous_as_of == D1
    assert brief.changes == ()
    md = second.markdown
    assert "Nothing new: no article has arrived since the brief of 2024-03-01." in md
    # not a repeat of the old brief
    for p in first.brief.summary:
        assert p.text not in md
    assert "## Situation" not in md
    # the points carry over, so the day after still compares against what the reader saw
    assert [p.text for p in brief.summary] == [p.text for p in all_points(first.brief)]
    write_article(folder, "strike.txt", STRIKE, published="2024-03-03")
    third = app.make_brief(config, TOPIC, store, today=D3, now=NOW, paths=[str(folder)])
    assert not third.brief.nothing_new
    assert third.brief.previous_as_of == D2


def test_rebuilding_a_day_gives_the_same_brief_stored_once(config: Config, store: Store, tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    made = []
    for day in (date(2023, 9, 24), date(2023, 11, 8), date(2023, 11, 13), date(2023, 11, 8)):
        made.append(app.make_brief(config, TOPIC, store, today=D1, now=NOW, paths=["seeds"], as_of=day))
    assert made[3].markdown == made[1].markdown
    assert made[3].stored.id == made[1].stored.id
    assert len(store.history()) == 3
    assert store.article_count() == 5
