"""Input at the edges (issue 13 item 14): pipes, unreadable subfolders, date headers that name no
real day, and articles dated after the brief's day."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from builders import write_article
from click.testing import CliRunner

from briefbot.cli import cli
from briefbot.ingest.files import Skipped, load, parse_article
from briefbot.models import SourceHealth
from briefbot.output import markdown, slack, wording
from briefbot.output.serialize import brief_from_json, brief_to_json

STORY = ("date 2023-11-13\nFloods close the valley road\n\nHeavy rain flooded the valley road on Monday, officials said. "
         "Hundreds of homes were evacuated as the river rose through the night.\n")
BODY = "The council approved the budget on Monday after a long debate. The mayor said work would start soon."


@pytest.fixture
def piped_stdin() -> Iterator[Callable[[str], None]]:
    """Puts text on a real pipe at file descriptor 0, as a shell's `cat story.txt | briefbot ...` does
    (click's runner only swaps sys.stdin, which /dev/stdin does not read)."""
    saved = os.dup(0)

    def pipe(text: str) -> None:
        r, w = os.pipe()
        os.write(w, text.encode())
        os.close(w)
        os.dup2(r, 0)
        os.close(r)

    try:
        yield pipe
    finally:
        os.dup2(saved, 0)
        os.close(saved)


# -- piped input -------------------------------------------------------------------------------------


def test_a_pipe_given_as_a_path_is_read_not_called_empty() -> None:
    r, w = os.pipe()
    os.write(w, STORY.encode())
    os.close(w)
    try:
        loaded = load([f"/dev/fd/{r}"])
    finally:
        os.close(r)
    assert loaded.skipped == ()
    (article,) = loaded.articles
    assert (article.title, article.published) == ("Floods close the valley road", date(2023, 11, 13))
    assert article.key.startswith("stdin:")  # a pipe has no lasting name: it is known by its content


@pytest.mark.parametrize("command", ["brief", "timeline"])
def test_dev_stdin_with_text_piped_in_is_read(command: str, piped_stdin: Callable[[str], None], tmp_path: Path) -> None:
    piped_stdin(STORY)
    result = CliRunner().invoke(cli, [command, "/dev/stdin", "--as-of", "2023-11-13", "--json"])
    assert result.exit_code == 0, result.output
    assert "empty" not in result.stderr
    assert [s["origin"] for s in json.loads(result.stdout)["sources"]] == ["/dev/stdin"]


@pytest.mark.parametrize("command", ["brief", "timeline"])
def test_dash_reads_standard_input(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "-", "--as-of", "2023-11-13", "--json"], input=STORY)
    assert result.exit_code == 0, result.output
    assert [s["origin"] for s in json.loads(result.stdout)["sources"]] == ["standard input"]


def test_an_empty_pipe_is_one_warning() -> None:
    r, w = os.pipe()
    os.close(w)
    try:
        loaded = load([f"/dev/fd/{r}"])
    finally:
        os.close(r)
    assert loaded.skipped == (Skipped(f"/dev/fd/{r}", "empty input"),)


# -- an unreadable subfolder -------------------------------------------------------------------------


def test_an_unreadable_subfolder_is_named_and_the_rest_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests run as root, whom chmod does not stop, so the listing of one subfolder fails at the
    OS boundary: os.scandir (what the folder walk lists folders with) raises PermissionError for it,
    as the kernel does for a folder without read permission."""
    root = tmp_path / "news"
    write_article(root, "a.txt", BODY, published="2023-11-13")
    write_article(root / "private", "b.txt", BODY.replace("budget", "plan"), published="2023-11-13")
    write_article(root / "open", "c.txt", BODY.replace("budget", "road"), published="2023-11-13")
    real_scandir = os.scandir

    def scandir(path: str | os.PathLike[str] = ".") -> object:
        if Path(path) == root / "private":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    loaded = load([str(root)])
    assert sorted(a.origin for a in loaded.articles) == [str(root / "a.txt"), str(root / "open" / "c.txt")]
    assert loaded.skipped == (Skipped(str(root / "private"), f"folder not read: permission denied; the rest of {root} was read"),)
    assert (loaded.health.read, loaded.health.total) == (1, 1)  # the folder was read

    result = CliRunner().invoke(cli, ["brief", str(root), "--as-of", "2023-11-13"])
    assert result.exit_code == 0, result.output
    (line,) = [line for line in result.stderr.splitlines() if "private" in line]
    assert line == f"warning: skipped {root / 'private'}: folder not read: permission denied; the rest of {root} was read"


def test_a_subfolder_without_read_permission_is_named_and_the_rest_read() -> None:
    """The same through the kernel: a folder with mode 000, read as the unprivileged user ``nobody``
    when the tests run as root (whom permissions do not stop)."""
    root = Path(tempfile.mkdtemp(prefix="briefbot-walk-"))  # pytest's folders are private to root
    try:
        write_article(root, "a.txt", BODY, published="2023-11-13")
        write_article(root / "private", "b.txt", BODY.replace("budget", "plan"), published="2023-11-13")
        for p in (root, *root.rglob("*")):
            p.chmod(0o755 if p.is_dir() else 0o644)
        (root / "private").chmod(0)
        as_root = os.geteuid() == 0
        if as_root:
            # read once as root first: what load imports on first use (the utf-8-sig codec, ...) must be
            # imported before, as nobody cannot read Python's own files under /root, and a codec that
            # failed to load stays failed for the rest of the process (the tests after it in a random order)
            load([str(root)])
            os.seteuid(65534)
        try:
            loaded = load([str(root)])
        finally:
            if as_root:
                os.seteuid(0)
        assert [a.origin for a in loaded.articles] == [str(root / "a.txt")]
        assert loaded.skipped == (Skipped(str(root / "private"), f"folder not read: permission denied; the rest of {root} was read"),)
    finally:
        (root / "private").chmod(0o755)
        shutil.rmtree(root)


# -- a date header that names no real day ---------------------------------------------------------------


@pytest.mark.parametrize(("header", "value"), [
    ("date 2023-13-45\n", "2023-13-45"),
    ("Date: 2023-02-30\n", "2023-02-30"),
    ("Date: 31 February 2023\n", "31 February 2023"),
    ("---\ndate: 2023-02-30\n---\n", "2023-02-30"),
])
def test_a_date_header_that_is_no_real_day_is_warned_about_and_the_article_kept_undated(
        header: str, value: str, tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(header + BODY, encoding="utf-8")
    loaded = load([str(path)])
    (article,) = loaded.articles
    assert article.published is None and article.text == BODY and article.title is None
    assert loaded.warnings == (
        f"{path}: the date header {value!r} is not a real day: the article is kept undated "
        "(it counts as of the day briefbot first saw it); correct the date",)


@pytest.mark.parametrize("header", ["Date: 04/06/2024\n", "---\ndate: 04-06-2024\n---\n", "Title: Floods\nDate: 04/06/2024\n"])
def test_a_date_header_in_numbers_either_order_reads_is_warned_about_with_both_readings(header: str, tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(header + BODY, encoding="utf-8")
    loaded = load([str(path)])
    (article,) = loaded.articles
    assert article.published is None and article.text == BODY
    value = "04-06-2024" if "04-06" in header else "04/06/2024"
    assert loaded.warnings == (
        f"{path}: the date header {value!r} is ambiguous: 4 June 2024 (day first) or 6 April 2024 (month first); the article "
        "is kept undated (it counts as of the day briefbot first saw it): write the date as YYYY-MM-DD",)


@pytest.mark.parametrize(("header", "day"), [  # the nearest ordinary headers: one order told, or a month in words
    ("Date: 25/06/2024\n", date(2024, 6, 25)), ("Date: 06/25/2024\n", date(2024, 6, 25)), ("Date: 06/06/2024\n", date(2024, 6, 6)),
    ("Date: 04.06.2024\n", date(2024, 6, 4)), ("Date: 4 June 2024\n", date(2024, 6, 4)), ("Date: 2024-06-04\n", date(2024, 6, 4)),
])
def test_a_date_header_whose_order_is_told_is_read_without_a_warning(header: str, day: date, tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(header + BODY, encoding="utf-8")
    loaded = load([str(path)])
    assert loaded.articles[0].published == day and loaded.warnings == ()


def test_a_date_line_without_digits_is_kept_and_no_warning() -> None:
    problems: list[str] = []
    article = parse_article(f"Date: to be confirmed\n{BODY}", key="k", origin="o.txt", problems=problems)
    assert problems == [] and article.published is None
    assert "Date: to be confirmed" in f"{article.title}\n{article.text}"  # kept as the writer put it


def test_the_command_line_warns_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    bad = tmp_path / "in" / "bad.txt"
    bad.write_text(f"date 2023-13-45\n{BODY}", encoding="utf-8")
    write_article(tmp_path / "in", "good.txt", BODY.replace("budget", "road plan"), published="2023-11-13")
    for command in ("brief", "timeline"):
        result = CliRunner().invoke(cli, [command, str(tmp_path / "in")])
        assert result.exit_code == 0, result.output
        assert f"warning: {bad}: the date header '2023-13-45' is not a real day" in result.stderr, command


# -- articles dated after the brief's day ----------------------------------------------------------------


def test_an_article_dated_after_the_brief_is_counted_apart(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_article(folder, "now.txt", BODY, published="2023-11-13")
    write_article(folder, "later.txt", BODY.replace("budget", "harbour plan"), published="2023-11-20")
    result = CliRunner().invoke(cli, ["brief", str(folder), "--as-of", "2023-11-13", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["health"] == {"read": 1, "total": 1, "failures": [], "dated_after": 1, "undated_after": 0}
    assert len(data["sources"]) == 1
    brief = brief_from_json(result.stdout)
    line = "1 of 1 sources read (1 article dated after the brief's day, left out)"
    assert f"*Sources: {line}.*" in markdown.markdown(brief)
    assert line in json.dumps([m.blocks for m in slack.messages(brief)])
    # a day that has them all counts none apart
    later = CliRunner().invoke(cli, ["brief", str(folder), "--as-of", "2023-11-20", "--json"])
    assert json.loads(later.stdout)["health"]["dated_after"] == 0


def test_an_undated_article_first_seen_after_the_brief_s_day_is_counted_apart_with_how_to_date_it(tmp_path: Path) -> None:
    # it counts as of the day briefbot first saw it (today): a brief of a day gone by leaves it out, and says so
    folder = tmp_path / "in"
    write_article(folder, "dated.txt", BODY, published="2023-11-13")
    (folder / "undated.txt").write_text("Harbour plan approved\n" + BODY.replace("budget", "harbour plan"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["brief", str(folder), "--as-of", "2023-11-13", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["health"]["dated_after"], data["health"]["undated_after"], len(data["sources"])) == (0, 1, 1)
    line = ("1 of 1 sources read (1 undated article, first seen after the brief's day, left out: a text file is dated by "
            "a Date: line at its top or under its headline)")
    assert f"*Sources: {line}.*" in markdown.markdown(brief_from_json(result.stdout))
    timeline = CliRunner().invoke(cli, ["timeline", str(folder), "--as-of", "2023-11-13"])
    assert "warning: 1 undated article, first seen after 2023-11-13, left out: a text file is dated" in timeline.stderr
    # a brief of today has it: none left out
    today = CliRunner().invoke(cli, ["brief", str(folder), "--json"])
    assert json.loads(today.stdout)["health"]["undated_after"] == 0


def test_a_date_given_later_to_an_undated_article_dates_the_stored_one(tmp_path: Path) -> None:
    # as the health line says: the file gets a Date: line, its text (and so its content) the same, and the stored article
    # is dated by it; a timeline made from the store alone says what it leaves out before that
    folder, db = tmp_path / "in", str(tmp_path / "s.db")
    folder.mkdir()
    ferries = folder / "ferries.txt"
    ferries.write_text(f"Ferries resume after harbour fire\n\n{BODY}", encoding="utf-8")
    first = CliRunner().invoke(cli, ["brief", str(folder), "--db", db, "--as-of", "2023-11-13", "--json"])
    assert json.loads(first.stdout)["health"]["undated_after"] == 1
    timeline = CliRunner().invoke(cli, ["timeline", "--db", db, "--as-of", "2023-11-13"])
    assert "warning: 1 undated article, first seen after 2023-11-13, left out" in timeline.stderr
    ferries.write_text(f"Ferries resume after harbour fire\nDate: 12 November 2023\n\n{BODY}", encoding="utf-8")
    second = CliRunner().invoke(cli, ["brief", str(folder), "--db", db, "--as-of", "2023-11-13", "--json"])
    data = json.loads(second.stdout)
    assert data["health"]["undated_after"] == 0 and [s["date"] for s in data["sources"]] == ["2023-11-12"]
    assert "undated" not in CliRunner().invoke(cli, ["timeline", "--db", db, "--as-of", "2023-11-13"]).stderr


def test_dated_after_words_and_round_trip() -> None:
    health = SourceHealth(2, 3, (("x.txt", "empty file"),), dated_after=2)
    assert wording.health_line(health) == (
        "2 of 3 sources read (2 articles dated after the brief's day, left out); failed: x.txt (empty file)")
    assert wording.health_note(SourceHealth(1, 1, dated_after=1)) is not None  # worth saying with one source
    assert wording.health_note(SourceHealth(1, 1, undated_after=1)) is not None
    from test_slack import make_brief
    brief = replace(make_brief(), health=health)
    assert brief_from_json(brief_to_json(brief)).health == health
    old = json.loads(brief_to_json(brief))
    del old["health"]["dated_after"], old["health"]["undated_after"]  # a brief stored before the counts
    assert brief_from_json(json.dumps(old)).health == replace(health, dated_after=0)
    both = replace(health, undated_after=3)
    assert brief_from_json(brief_to_json(replace(brief, health=both))).health == both
