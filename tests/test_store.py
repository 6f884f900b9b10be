"""The SQLite store: migrations, articles by content and version, candidates, briefs, transactions."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from builders import article, rows

from briefbot.errors import StoreError
from briefbot.models import Brief, Point, Source, SourceHealth, Status
from briefbot.output.serialize import brief_to_json
from briefbot.store.db import MIGRATIONS, AddResult, Store, StoredBrief

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2024, 3, 10, 7, 0, 0, tzinfo=UTC)
T = "kosovo"


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "store.db") as s:
        yield s


def art(key: str, published: date | None = None, **kw):
    return article(f"The story called {key} says the bridge reopened.", key=key, published=published, **kw)


def day(d: int) -> date:
    return date(2024, 3, d)


def add(store: Store, *articles, seen: date = date(2024, 3, 10), topic: str = T) -> AddResult:
    return store.add_articles(topic, articles, seen=seen, now=NOW)


def make_brief(as_of: date, *, topic: str = T, summary: tuple[str, ...] = ("One point.",), sources: tuple[int, ...] = ()
               ) -> Brief:
    return Brief(
        topic=topic, title="Kosovo", as_of=as_of, previous_as_of=None,
        summary=tuple(Point(t, tuple(sources)) for t in summary),
        changes=(Point("A new point.", tuple(sources), Status.NEW), Point("Gone.", (), Status.DROPPED)),
        figures=(), disagreements=(),
        sources=tuple(Source(n, a, f"Article {a}", f"a{a}.txt", as_of) for n, a in enumerate(sources, 1)),
        health=SourceHealth(1, 1), algorithm="lexrank",
    )


def save(store: Store, brief: Brief, markdown: str = "# brief", previous_id: int | None = None) -> StoredBrief:
    return store.save_brief(brief, markdown, watermark=store.max_article_id(), previous_id=previous_id, now=NOW)


# -- migrations ------------------------------------------------------------------------------------


def test_migrations_are_recorded_in_order_and_applied_once(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    with Store(path) as s:
        assert s.applied_migrations() == [name for name, _ in MIGRATIONS]
        stamps = rows(s, "SELECT name, applied_at FROM migrations ORDER BY rowid")
    with Store(path) as s:  # re-opening applies nothing (a second CREATE TABLE would fail)
        assert rows(s, "SELECT name, applied_at FROM migrations ORDER BY rowid") == stamps
        tables = {r[0] for r in rows(s, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "briefs", "brief_points", "brief_sources", "deliveries", "migrations"} <= tables


def test_new_migrations_run_once_each_in_order(tmp_path: Path) -> None:
    calls: list[str] = []

    def step(name: str):
        def migrate(db: sqlite3.Connection) -> None:
            calls.append(name)
            db.execute(f"CREATE TABLE t_{name} (x)")
        return name, migrate

    path = tmp_path / "m.db"
    Store(path, migrations=[step("a")]).close()
    Store(path, migrations=[step("a"), step("b"), step("c")]).close()
    with Store(path, migrations=[step("a"), step("b"), step("c")]) as s:
        assert s.applied_migrations() == ["a", "b", "c"]
    assert calls == ["a", "b", "c"]


def test_a_failing_migration_leaves_nothing_half_done(tmp_path: Path) -> None:
    def broken(db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE half (x)")
        db.execute("THIS IS NOT SQL")

    path = tmp_path / "m.db"
    with pytest.raises(StoreError):
        Store(path, migrations=[*MIGRATIONS, ("999_broken", broken)])
    with Store(path) as s:
        assert "999_broken" not in s.applied_migrations()
        assert rows(s, "SELECT count(*) FROM sqlite_master WHERE name = 'half'") == [(0,)]


def test_a_store_from_a_newer_briefbot_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    Store(path).close()
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO migrations VALUES ('999_from_the_future', '2030-01-01T00:00:00+00:00')")
    db.close()
    with pytest.raises(StoreError, match=r"newer briefbot \(migrations 999_from_the_future\): upgrade briefbot"):
        Store(path)


def test_a_file_that_is_not_sqlite_is_refused_with_a_way_out(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"This is not a database at all, just some notes.\n" * 100)
    with pytest.raises(StoreError) as info:
        Store(path)
    message = str(info.value)
    assert str(path) in message and "not a briefbot store" in message
    assert "BRIEFBOT_DB" in message and "move this one away" in message
    assert path.read_bytes().startswith(b"This is not a database")  # left alone


def test_an_unopenable_location_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="--db / BRIEFBOT_DB"):
        Store(blocker / "sub" / "store.db")


# -- articles --------------------------------------------------------------------------------------


def test_the_same_content_is_stored_once(store: Store) -> None:
    a = art("bridge")
    assert add(store, a) == AddResult(1, 0, 0)
    assert add(store, a, replace(a, key="other-path", origin="copy.txt")) == AddResult(0, 0, 2)
    assert store.article_count(T) == 1 and store.article_count() == 1
    assert add(store, a, topic="elsewhere") == AddResult(1, 0, 0)  # topics are separate
    assert store.article_count(T) == 1 and store.article_count() == 2


def test_new_content_under_a_known_key_is_a_new_version(store: Store) -> None:
    v1 = article("The bridge will reopen on Monday, officials said.", key="bridge.txt", published=None)
    add(store, v1, seen=day(1))
    v2 = article("The bridge reopened on Monday after repairs, officials said.", key="bridge.txt", published=None)
    assert add(store, v2, seen=day(3)) == AddResult(0, 1, 0)
    assert rows(store, "SELECT version, first_seen, dated, published FROM articles ORDER BY id") == \
        [(1, "2024-03-01", "2024-03-01", None), (2, "2024-03-03", "2024-03-03", None)]
    stored = store.articles([1, 2])
    assert stored[2].version == 2 and stored[2].text == v2.text and stored[2].undated


def test_first_seen_is_kept_when_given_and_dated_follows_publication(store: Store) -> None:
    add(store, art("a", day(2), first_seen=day(5)), art("b", None), seen=day(9))
    assert rows(store, "SELECT key, first_seen, dated FROM articles ORDER BY id") == \
        [("a", "2024-03-05", "2024-03-02"), ("b", "2024-03-09", "2024-03-09")]
    a = store.articles([1])[1]
    assert (a.published, a.first_seen, a.date) == (day(2), day(5), day(2))


def test_a_date_given_later_to_the_same_content_dates_the_undated_article(store: Store) -> None:
    add(store, art("a", None), art("b", day(2)), seen=day(9))
    store.keep_analyses([(1, "{}")], "v1")
    assert add(store, art("a", day(4)), art("b", day(5)), seen=day(10)) == AddResult(0, 0, 2)
    # the undated one learns its day (and its kept analysis, made without it, goes); a stored date is never replaced
    assert rows(store, "SELECT key, published, first_seen, dated FROM articles ORDER BY id") == \
        [("a", "2024-03-04", "2024-03-09", "2024-03-04"), ("b", "2024-03-02", "2024-03-09", "2024-03-02")]
    assert store.analyses([1], "v1") == {}


def test_undated_articles_first_seen_after_a_day_are_counted_but_not_an_edit_of_one_seen_by_then(store: Store) -> None:
    add(store, art("a", None), art("b", None), art("c", day(1)), seen=day(3))
    edited = article("The story called a says the bridge reopened on Monday.", key="a", published=None)
    add(store, edited, art("d", None), seen=day(8))
    hashes = [edited.content_hash, art("b").content_hash, art("c").content_hash, art("d").content_hash]
    assert store.undated_seen_after(T, hashes, day(5)) == 1  # d only: a's edit had a version seen by then, b was seen
    assert store.undated_seen_after(T, None, day(2)) == 3  # a (its edit the same article), b and d; c is dated
    assert store.undated_seen_after(T, None, day(8)) == 0
    # a key whose newest version is dated is no undated article (a file read again with its Date: line no longer text)
    add(store, article("The story called b says the bridge reopened, a day late.", key="b", published=day(7)), seen=day(9))
    assert store.undated_seen_after(T, None, day(2)) == 2  # a and d


def test_articles_by_id_survive_many_ids(store: Store) -> None:
    add(store, *(article(f"Story number {i} about the bridge.", key=f"k{i}") for i in range(1200)))
    got = store.articles(range(1, 1301))
    assert len(got) == 1200 and got[1200].key == "k1199" and got[1].id == 1


# -- candidates ------------------------------------------------------------------------------------


def keys(articles) -> list[str]:
    return [a.key for a in articles]


def test_first_brief_has_everything_new(store: Store) -> None:
    add(store, art("a", day(1)), art("b", day(2)), art("late", day(9)))
    new, old = store.candidates(T, day(5), None, window_days=90, max_old=10)
    assert keys(new) == ["a", "b"] and old == []  # dated after as_of: left out


def test_new_and_old_split_by_watermark_and_previous_day(store: Store) -> None:
    add(store, art("a", day(1)), art("b", day(2)))
    add(store, art("future", day(6)))  # stored before the brief, dated after it
    prev = save(store, make_brief(day(5)))
    assert prev.watermark == 3
    add(store, art("c", day(6)), art("backdated", day(1)))
    new, old = store.candidates(T, day(6), prev, window_days=90, max_old=10)
    assert keys(old) == ["a", "b"]
    assert keys(new) == ["backdated", "future", "c"]  # by date, then id


def test_the_latest_version_is_new_and_the_known_one_stays_old(store: Store) -> None:
    add(store, article("First text of the bridge story.", key="bridge", published=day(1)), art("other", day(1)))
    prev = save(store, make_brief(day(2)))
    add(store, article("Second text of the bridge story.", key="bridge", published=day(1)))
    new, old = store.candidates(T, day(3), prev, window_days=90, max_old=10)
    assert [(a.key, a.version, a.text) for a in new] == [("bridge", 2, "Second text of the bridge story.")]
    # the version the previous brief knew stays old: the brief tells what the edit added
    assert [(a.key, a.version) for a in old] == [("bridge", 1), ("other", 1)]
    # ... on top of max_old, which counts the other old articles only
    _, old = store.candidates(T, day(3), prev, window_days=90, max_old=1)
    assert [(a.key, a.version) for a in old] == [("bridge", 1), ("other", 1)]
    # a new version that the brief does not read (over max_new) brings no old version back
    new, old = store.candidates(T, day(3), prev, window_days=90, max_old=10, max_new=0)
    assert new == [] and keys(old) == ["other"]
    # a version dated after as_of does not replace the one a brief of that day sees
    add(store, article("Third text of the bridge story.", key="bridge", published=day(8)))
    new, _ = store.candidates(T, day(3), prev, window_days=90, max_old=10)
    assert [a.version for a in new] == [2]


def test_the_window_is_anchored_at_the_newest_article(store: Store) -> None:
    add(store, art("old", date(2023, 9, 1)), art("edge", date(2023, 10, 24)),
        art("newest", date(2023, 11, 13)))
    new, _ = store.candidates(T, date(2024, 6, 1), None, window_days=20, max_old=10)
    assert keys(new) == ["edge", "newest"]  # 20 days before 2023-11-13, inclusive, though as_of is months later
    new, _ = store.candidates(T, date(2024, 6, 1), None, window_days=19, max_old=10)
    assert keys(new) == ["newest"]
    assert store.candidates("no-such-topic", day(1), None, window_days=5, max_old=5) == ([], [])


def test_max_old_keeps_the_newest_old_articles_in_date_order(store: Store) -> None:
    add(store, *(article(f"Story {d} about the bridge.", key=f"d{d}", published=day(d)) for d in range(1, 8)))
    prev = save(store, make_brief(day(7)))
    new, old = store.candidates(T, day(8), prev, window_days=90, max_old=3)
    assert new == [] and keys(old) == ["d5", "d6", "d7"]
    assert store.candidates(T, day(8), prev, window_days=90, max_old=0)[1] == []


# -- briefs ----------------------------------------------------------------------------------------


def test_save_brief_stores_once_per_content_with_points_and_sources(store: Store) -> None:
    add(store, art("a"), art("b"))
    brief = make_brief(day(5), summary=("First point.", "Second point."), sources=(1, 2))
    first = save(store, brief, "# brief v1")
    assert save(store, brief, "# brief v1").id == first.id
    assert rows(store, "SELECT count(*) FROM briefs") == [(1,)]
    points = rows(store, "SELECT section, position, status, text FROM brief_points WHERE brief_id = ? ORDER BY section DESC,"
                  " position", (first.id,))
    assert points == [
        ("summary", 0, "continuing", "First point."), ("summary", 1, "continuing", "Second point."),
        ("changes", 0, "new", "A new point."), ("changes", 1, "dropped", "Gone."),
    ]
    assert rows(store, "SELECT number, article_id FROM brief_sources WHERE brief_id = ?", (first.id,)) == [(1, 1), (2, 2)]
    assert first.brief == replace(brief, id=first.id)
    assert (first.topic, first.as_of, first.algorithm, first.markdown, first.watermark) == (T, day(5), "lexrank", "# brief v1", 2)
    second = save(store, brief, "# brief v2")  # remade the same day with a different result: a new row
    assert second.id != first.id and store.brief_on(T, day(5)).id == second.id
    assert [p.text for p in (*second.brief.changes, *second.brief.summary)] == ["A new point.", "Gone.", "First point.", "Second point."]


def test_a_brief_citing_an_unknown_article_is_not_half_stored(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        save(store, make_brief(day(5), sources=(42,)))
    assert rows(store, "SELECT count(*) FROM briefs") == rows(store, "SELECT count(*) FROM brief_points") == [(0,)]


def test_previous_brief_history_and_brief_on(store: Store) -> None:
    b3 = save(store, make_brief(day(3)), "3")
    b5a = save(store, make_brief(day(5)), "5a")
    b5b = save(store, make_brief(day(5)), "5b")
    other = save(store, make_brief(day(4), topic="other"), "other")
    assert store.previous_brief(T, day(3)) is None
    assert store.previous_brief(T, day(5)).id == b3.id
    assert store.previous_brief(T, day(6)).id == b5b.id
    assert store.previous_brief("other", day(9)).id == other.id
    assert [b.id for b in store.history(T)] == [b5b.id, b5a.id, b3.id]
    assert [b.id for b in store.history()] == [b5b.id, b5a.id, other.id, b3.id]
    assert [b.id for b in store.history(T, limit=1)] == [b5b.id]
    assert store.brief_on(T, day(4)) is None and store.brief_on(None, day(4)).id == other.id
    assert store.brief(b5a.id).markdown == "5a" and store.brief(999) is None


# -- transactions ----------------------------------------------------------------------------------


def test_an_error_inside_a_transaction_rolls_everything_back(store: Store) -> None:
    add(store, art("kept"))
    with pytest.raises(RuntimeError, match="boom"), store._transaction() as db:
        db.execute("DELETE FROM articles")
        db.execute("INSERT INTO seen_items VALUES ('t', 'x', '2024-03-01')")
        raise RuntimeError("boom")
    assert store.article_count() == 1 and rows(store, "SELECT count(*) FROM seen_items") == [(0,)]
    with store._transaction() as db:  # and the store is usable afterwards
        db.execute("INSERT INTO seen_items VALUES ('t', 'x', '2024-03-01')")
    assert rows(store, "SELECT count(*) FROM seen_items") == [(1,)]


def test_add_articles_is_all_or_nothing(store: Store) -> None:
    def stream():
        yield art("one")
        raise ValueError("the feed broke")

    with pytest.raises(ValueError, match="feed broke"):
        store.add_articles(T, stream(), seen=day(1), now=NOW)
    assert store.article_count() == 0


def test_a_process_killed_mid_write_leaves_the_earlier_data(tmp_path: Path) -> None:
    path = tmp_path / "killed.db"
    with Store(path) as s:
        s.add_articles(T, [article("Stored before the crash, officials said.", key="before")], seen=day(1), now=NOW)
    script = textwrap.dedent(
        f"""
        import os, sys
        sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / "tests")!r}]
        from datetime import UTC, date, datetime
        from builders import article, rows
        from briefbot.store.db import Store

        def stream():
            for i in range(50):
                if i == 25:
                    os._exit(1)
                yield article(f"Doomed story {{i}}.", key=f"doomed-{{i}}")

        store = Store({str(path)!r})
        store.add_articles("{T}", stream(), seen=date(2024, 3, 2), now=datetime(2024, 3, 2, tzinfo=UTC))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1, done.stderr
    with Store(path) as s:
        assert [a.key for a in s.articles(range(1, 100)).values()] == ["before"]
        assert rows(s, "PRAGMA integrity_check") == [("ok",)]
        assert s.add_articles(T, [article("After the crash.", key="after")], seen=day(3), now=NOW) == AddResult(1, 0, 0)


@pytest.mark.parametrize("schema", [
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
    # another program's migrations table (Laravel names its own "migrations")
    "CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT); INSERT INTO migrations VALUES ('2014_create_users', 'x')",
])
def test_another_programs_database_is_refused_and_left_untouched(tmp_path: Path, schema: str) -> None:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    path = folder / "other.db"
    with sqlite3.connect(path) as db:
        db.executescript(schema)
    db.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"is not a briefbot store .*tables .*: point --db"):
        Store(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["other.db"]  # no -wal or -shm files either


def test_a_first_migration_that_did_not_complete_is_retried(tmp_path: Path) -> None:
    path = tmp_path / "briefbot.db"
    with sqlite3.connect(path) as db:  # what a crash after creating the bookkeeping table leaves
        db.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    db.close()
    with Store(path) as store:
        assert store.applied_migrations() == [name for name, _ in MIGRATIONS]


def test_check_creatable_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    Store.check_creatable(folder / "a" / "b" / "briefbot.db")  # missing folders are fine: the first brief makes them
    (folder / "afile").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="afile is not a folder briefbot can write to"):
        Store.check_creatable(folder / "afile" / "briefbot.db")
    assert sorted(p.name for p in folder.iterdir()) == ["afile"]


def test_an_articles_dateline_is_stored_with_it(tmp_path: Path) -> None:
    with Store(tmp_path / "d.db") as s:
        s.add_articles(T, [replace(article(), place="SIRTE, Libya", filed="Mon Oct 10, 2011 5:55 pm EDT")],
                       seen=date(2024, 3, 1), now=NOW)
        (stored,) = s.articles([1]).values()
    assert (stored.place, stored.filed) == ("SIRTE, Libya", "Mon Oct 10, 2011 5:55 pm EDT")


def test_naive_local_times_of_an_old_store_become_utc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A store written before migration 004 kept some times as naive local time: they become UTC."""
    import time

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        path = tmp_path / "old.db"
        Store(path, migrations=MIGRATIONS[:3]).close()  # the schema as briefbot 003 left it
        db = sqlite3.connect(path)
        with db:  # rows and times as that briefbot wrote them: naive local, and UTC with its offset
            db.execute("UPDATE migrations SET applied_at = '2024-01-15T09:30:00'")  # EST, UTC-5
            db.execute("INSERT INTO articles (topic, key, version, content_hash, origin, first_seen, dated, added_at, text)"
                       " VALUES ('t', 'a', 1, 'h', 'a.txt', '2024-07-01', '2024-07-01', '2024-07-01T08:00:00', 'Text.')")  # EDT
            db.execute("INSERT INTO briefs (topic, as_of, created_at, watermark, algorithm, content_hash, data, markdown)"
                       " VALUES ('t', '2024-07-01', '2024-07-01T08:05:00', 1, 'lexrank', 'h', ?, '# brief')",
                       (brief_to_json(make_brief(day(5))),))
            db.execute("INSERT INTO runs (topic, scheduled_for, started_at, status) VALUES ('t', '2024-07-01T07:00',"
                       " '2024-07-01T11:00:01+00:00', 'done')")
        db.close()
        with Store(path) as s:
            assert s.applied_migrations() == [name for name, _ in MIGRATIONS]
            assert rows(s, "SELECT applied_at FROM migrations ORDER BY rowid LIMIT 3") == [("2024-01-15T14:30:00+00:00",)] * 3
            assert rows(s, "SELECT added_at FROM articles") == [("2024-07-01T12:00:00+00:00",)]
            assert s.history()[0].created_at == datetime(2024, 7, 1, 12, 5, tzinfo=UTC)
            assert rows(s, "SELECT started_at FROM runs") == [("2024-07-01T11:00:01+00:00",)]  # already UTC: kept
            newest = rows(s, "SELECT applied_at FROM migrations ORDER BY rowid DESC LIMIT 1")[0][0]
            assert newest.endswith("+00:00")
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_naive_time_is_refused_rather_than_stored_as_if_utc(store: Store) -> None:
    with pytest.raises(ValueError, match="naive datetime"):
        store.add_articles(T, [art("a")], seen=day(1), now=datetime(2024, 3, 1, 7))
