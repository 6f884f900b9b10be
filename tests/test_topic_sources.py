"""A topic's sources changing under its name (issue 15 item 15): two projects sharing one store,
each with a topic 'floods', are told so; a project that adds or drops a source is not."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from builders import rows, write_article
from click.testing import CliRunner, Result

from briefbot import app
from briefbot.cli import cli
from briefbot.config import load_config
from briefbot.ingest.source_set import identities, identity, related, unrelated
from briefbot.store.db import Holder, Store

BODY = "The river burst its banks on Monday and flooded the lower town, officials said. Hundreds of homes were evacuated."
OTHER = "The harbour reopened on Sunday after the storm, port officials said. Ferries will run again from Tuesday."
WARNING = "was last briefed from other sources"


def project(root: Path, name: str, sources: list[str], body: str) -> Path:
    folder = root / name
    write_article(folder / "notes", f"{name}.txt", body, published="2023-11-13")
    quoted = ", ".join(f'"{s}"' for s in sources)
    (folder / "briefbot.toml").write_text(f"[topics.floods]\nsources = [{quoted}]\n", encoding="utf-8")
    return folder / "briefbot.toml"


def brief(config: Path, db: Path, *paths: str, input: str | None = None) -> Result:
    result = CliRunner().invoke(cli, ["brief", *paths, "--config", str(config), "--db", str(db), "--as-of", "2023-11-13"],
                                input=input)
    assert result.exit_code == 0, result.output
    return result


def warnings(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if WARNING in line]


def test_two_projects_sharing_a_store_with_a_same_named_topic_are_warned(tmp_path: Path) -> None:
    shared = tmp_path / "shared.db"  # a real SQLite file, as the default store is
    a = project(tmp_path, "a", ["notes"], BODY)
    b = project(tmp_path, "b", ["notes"], OTHER)
    assert warnings(brief(a, shared)) == []  # the first run records, nothing to compare with
    assert warnings(brief(a, shared)) == []  # the same project again
    assert rows(shared, "SELECT topic, source FROM topic_sources") == [("floods", str(tmp_path / "a" / "notes"))]

    (line,) = warnings(brief(b, shared))
    assert line == (f"warning: topic 'floods' was last briefed from other sources ({tmp_path / 'a' / 'notes'}) in the store "
                    f"{shared}, and their articles mix with these: use a store per project ([store] path = \"briefbot.db\" "
                    "in its config, or --db), or another topic name (said once if you changed the sources on purpose)")
    assert warnings(brief(b, shared)) == []  # said once: b's sources are now the topic's
    assert len(warnings(brief(a, shared))) == 1  # and again each time the projects alternate

    # a store per project: nothing mixes, nothing to say
    assert warnings(brief(b, tmp_path / "b" / "briefbot.db")) == []


def test_serve_logs_the_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    shared = tmp_path / "shared.db"
    brief(project(tmp_path, "a", ["notes"], BODY), shared)
    b = project(tmp_path, "b", ["notes"], OTHER)
    b.write_text(b.read_text(encoding="utf-8") + 'markdown_dir = "briefs"\n', encoding="utf-8")
    config = replace(load_config(b, {}, tmp_path), store_path=shared)
    run = app.scheduled_runner(config, {}, holder=Holder.this_process(), clock=lambda: datetime(2023, 11, 13, 7, 1, tzinfo=UTC))
    with Store(shared) as store, caplog.at_level(logging.WARNING, logger="briefbot.serve"):
        run(store, config.topic("floods"), datetime(2023, 11, 13, 7, 0, tzinfo=UTC))
    (line,) = [r.getMessage() for r in caplog.records if WARNING in r.getMessage()]
    assert line.startswith("topic floods: topic 'floods' was last briefed from other sources")


def test_adding_dropping_or_replacing_some_sources_is_no_warning(tmp_path: Path) -> None:
    db = tmp_path / "briefbot.db"
    config = project(tmp_path, "p", ["notes"], BODY)
    write_article(tmp_path / "p" / "more", "m.txt", OTHER, published="2023-11-13")
    write_article(tmp_path / "p" / "else", "e.txt", OTHER.replace("harbour", "airport"), published="2023-11-13")
    brief(config, db)
    for sources in (["notes", "more"], ["more"], ["more", "else"], ["else", "notes/p.txt"]):  # add, drop, replace one, a file
        config.write_text(f"[topics.floods]\nsources = {sources!r}\n".replace("'", '"'), encoding="utf-8")
        assert warnings(brief(config, db)) == [], sources
    write_article(tmp_path / "q" / "notes", "q.txt", OTHER.replace("harbour", "station"), published="2023-11-13")
    config.write_text('[topics.floods]\nsources = ["../q/notes"]\n', encoding="utf-8")
    assert len(warnings(brief(config, db))) == 1  # nothing in common with the last run's: said (once)
    assert warnings(brief(config, db)) == []


def test_paths_given_on_the_command_line_count_and_pipes_do_not(tmp_path: Path) -> None:
    db = tmp_path / "briefbot.db"
    config = project(tmp_path, "p", ["notes"], BODY)
    brief(config, db)
    today = write_article(tmp_path / "p" / "notes", "today.txt", OTHER, published="2023-11-13")
    assert warnings(brief(config, db, str(today))) == []  # a file of the folder read before
    assert warnings(brief(config, db, "-", input=OTHER.replace("Sunday", "Monday"))) == []  # standard input: no name
    assert rows(db, "SELECT source FROM topic_sources") == [(str(today),)]
    elsewhere = write_article(tmp_path / "elsewhere", "x.txt", OTHER.replace("harbour", "airport"), published="2023-11-13")
    assert len(warnings(brief(config, db, str(elsewhere)))) == 1


def test_credentials_in_a_source_url_are_never_stored(tmp_path: Path) -> None:
    db = tmp_path / "briefbot.db"
    config = project(tmp_path, "p", ["notes", "http://alice:S3CRET@127.0.0.1:9/feed.xml"], BODY)
    result = brief(config, db)  # the feed is refused at once (nothing listens on port 9); the folder is read
    assert "S3CRET" not in result.output
    assert set(rows(db, "SELECT source FROM topic_sources")) == {
        ("http://127.0.0.1:9/feed.xml",), (str(tmp_path / "p" / "notes"),)}
    for path in tmp_path.glob("briefbot.db*"):
        assert b"S3CRET" not in path.read_bytes(), path


@pytest.mark.parametrize(("a", "b", "same"), [
    ("/p/notes", "/p/notes", True),
    ("/p/notes", "/p/notes/today.txt", True),  # a file of a folder read before
    ("/p/notes/mon.txt", "/p/notes/tue.txt", True),  # today's file where yesterday's was
    ("/p/notes", "/p/notes/2023", True),
    ("/p/news/2023-11-13", "/p/news/2023-11-14", True),  # a folder a day
    ("/a/notes", "/b/notes", False),  # two projects' folders
    ("/home/ana/flood-desk/notes", "/home/ana/port-desk/notes/a.txt", False),
    ("https://example.org/feed.xml", "https://example.org/feed.xml", True),
    ("https://example.org/feed.xml", "https://example.org/other.xml", False),
    ("https://example.org/feed.xml", "/p/feed.xml", False),
])
def test_related_sources(a: str, b: str, same: bool) -> None:
    assert related(a, b) is same and related(b, a) is same


def test_identity_and_the_warning_case(tmp_path: Path) -> None:
    assert identity("HTTPS://bob:pw@Example.ORG/feed.xml/#top") == "https://example.org/feed.xml"
    assert identity("-") is None and identity("/dev/stdin") is None
    assert identity(str(tmp_path / "x" / ".." / "notes")) == str(tmp_path / "notes")
    assert identities(["-", "/a/notes"]) == frozenset({"/a/notes"})
    assert unrelated(frozenset({"/a/notes"}), frozenset({"/b/notes"}))
    assert not unrelated(frozenset(), frozenset({"/b/notes"}))  # nothing recorded yet
    assert not unrelated(frozenset({"/a/notes"}), frozenset({"/a/notes", "https://example.org/feed.xml"}))  # a feed added
