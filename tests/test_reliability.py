"""Faults a hostile tester found (issue 13): dead lock holders, retries within the catch-up window,
#channel names and lost answers, another store's messages, read-only and damaged stores, full
disks and stdout, malformed webhook URLs, and another program's SQLite file."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from builders import article
from click.testing import CliRunner, Result
from slack_server import TOKEN, FakeSlack
from test_deliver import NOW, context, save_brief, slack_target
from test_schedule import Recorder, at, service

from briefbot.cli import cli
from briefbot.config import TopicConfig
from briefbot.deliver import exactly_once as deliver
from briefbot.errors import StoreError
from briefbot.models import Article
from briefbot.store.db import Holder, Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def dead_pid() -> int:
    """The id of a process of this host that has exited."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def run(args: list[str], env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(cli, args, env=env or {}, catch_exceptions=False)
    assert "Traceback" not in result.output and "internal error" not in result.output, result.output
    return result


def one_line_error(result: Result, *fragments: str) -> None:
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])


def write_config(folder: Path, fake: FakeSlack, channel: str = "#briefs") -> Path:
    path = folder / "briefbot.toml"
    path.write_text(f'[slack]\nbase_url = "{fake.api_url}"\nmax_retries = 0\ntimeout = 5\n\n'
                    f'[topics.kosovo]\nsources = ["{SEEDS}"]\nslack_channel = "{channel}"\n', encoding="utf-8")
    return path


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack() as server:
        yield server


# -- 3, 4: locks of dead processes, who holds a lock, retries within the window ---------------------------


def test_post_takes_over_the_lock_of_a_dead_process_at_once(fake: FakeSlack, tmp_path: Path) -> None:
    config = write_config(tmp_path, fake)
    db = tmp_path / "briefbot.db"
    with Store(db) as store:  # a post killed mid-thread left its lock, valid for 15 more minutes
        dead = Holder(socket.gethostname(), dead_pid(), "killed")
        assert store.acquire_lock("deliver:kosovo", dead, datetime.now(UTC), timedelta(minutes=15))
    result = run(["post", "--config", str(config), "--db", str(db), "--as-of", "2024-03-02"], {"SLACK_BOT_TOKEN": TOKEN})
    assert result.exit_code == 0, result.output
    assert "2 message(s) sent" in result.stdout and len(fake.messages) == 2


def test_a_live_holder_is_named_with_since_when(fake: FakeSlack, tmp_path: Path) -> None:
    config = write_config(tmp_path, fake)
    db = tmp_path / "briefbot.db"
    since = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=3)
    with Store(db) as store:
        alive = Holder(socket.gethostname(), os.getpid(), "other")  # this test's own process: alive
        assert store.acquire_lock("deliver:kosovo", alive, since, timedelta(minutes=15))
        other_host = Holder("elsewhere.example", dead_pid(), "x")  # a dead pid on another host proves nothing
        assert not store.acquire_lock("deliver:kosovo", other_host, since + timedelta(minutes=1), timedelta(minutes=15))
    result = run(["post", "--config", str(config), "--db", str(db), "--as-of", "2024-03-02"], {"SLACK_BOT_TOKEN": TOKEN})
    one_line_error(result, f"process {os.getpid()} on {socket.gethostname()}", f"since {since:%Y-%m-%d %H:%M:%S} UTC",
                   "the brief is stored")
    assert fake.messages == []


def test_serve_takes_over_a_dead_holders_lock_and_redoes_its_run(tmp_path: Path) -> None:
    rec = Recorder()
    svc = service(tmp_path, rec)
    t = at(2024, 3, 4, 7, 0, 1)
    with Store(tmp_path / "s.db") as store:  # another serve on this host took the lock, claimed the run, was killed
        assert store.acquire_lock("serve", Holder(svc.holder.host, dead_pid(), "killed"), t, timedelta(minutes=5))
        assert store.claim_run("kosovo", "2024-03-04T07:00", t)
    line = svc.check("kosovo", t + timedelta(seconds=30))  # at once, not after the lock's five minutes
    assert line is not None and "again: was interrupted" in line
    assert [r for _, r in rec.runs] == [at(2024, 3, 4, 7)]


class Flaky(Recorder):
    """Fails its first ``failures`` runs (Slack down), then succeeds."""

    def __init__(self, failures: int) -> None:
        super().__init__()
        self.failures = failures

    def __call__(self, store: Store, topic: TopicConfig, scheduled_for: datetime) -> str:
        self.fail = len(self.runs) < self.failures
        return super().__call__(store, topic, scheduled_for)


def test_serve_retries_a_failed_run_with_backoff_within_the_window(tmp_path: Path) -> None:
    rec = Flaky(failures=2)
    svc = service(tmp_path, rec, catch_up=6)
    t = at(2024, 3, 4, 7, 0, 1)
    assert "failed" in (svc.check("kosovo", t) or "")
    assert svc.check("kosovo", t + timedelta(minutes=1)) is None  # backing off
    retry = svc.check("kosovo", t + timedelta(minutes=2, seconds=5))
    assert retry is not None and "retry 1" in retry and "failed" in retry
    assert svc.check("kosovo", t + timedelta(minutes=5)) is None  # the second wait is longer
    done = svc.check("kosovo", t + timedelta(minutes=6, seconds=10))
    assert done is not None and "retry 2" in done and "failed:" not in done
    assert svc.check("kosovo", t + timedelta(minutes=30)) is None
    assert len(rec.runs) == 3 and {r for _, r in rec.runs} == {at(2024, 3, 4, 7)}


def test_serve_stops_retrying_when_the_window_ends(tmp_path: Path) -> None:
    rec = Flaky(failures=1000)
    svc = service(tmp_path, rec, catch_up=2)
    t = at(2024, 3, 4, 7, 0, 1)
    for minute in range(0, 24 * 60, 5):  # woken every five minutes for a day, as the lock renewal does
        svc.check("kosovo", t + timedelta(minutes=minute))
    late = [r for _, r in rec.runs if r == at(2024, 3, 4, 7)]
    assert 3 <= len(late) <= 10  # retried with backoff, then given up at the end of the two hours
    assert len(rec.runs) == len(late)


# -- 5, 6: #names resolved before the first post; another store's messages -------------------------------


def test_a_channel_name_is_resolved_so_lost_answers_do_not_repeat_the_message(fake: FakeSlack, tmp_path: Path) -> None:
    with Store(tmp_path / "d.db") as store:
        stored = save_brief(store)
        fake.fail(500, accept=True, times=4)  # Slack keeps the main message but four answers are lost
        ctx = context(fake, channel="#briefs", max_retries=3)
        out = deliver.deliver_slack(store, stored, slack_target(ctx), ctx)
        assert out.status == "sent"
        assert [m["thread_ts"] is None for m in fake.messages] == [True, False]  # one main message, one reply
        assert store.channel_id("#briefs") == "C0BRIEFS01"  # cached: the next run asks Slack no more
    methods = [c.method for c in fake.calls]
    assert methods.index("conversations.list") < methods.index("chat.postMessage")  # resolved before the first post
    assert all(c.body.get("channel") == "C0BRIEFS01" for c in fake.posts())


def test_a_rerun_after_lost_answers_to_a_named_channel_posts_nothing_again(fake: FakeSlack, tmp_path: Path) -> None:
    with Store(tmp_path / "d.db") as store:
        stored = save_brief(store)
        fake.fail(500, accept=True)  # the main message is kept, its answer lost, and the run gives up
        ctx = context(fake, channel="#briefs", max_retries=0)
        assert deliver.deliver_slack(store, stored, slack_target(ctx), ctx).status == "failed"
        assert deliver.deliver_slack(store, stored, slack_target(ctx), ctx).status == "sent"
    assert sum(m["thread_ts"] is None for m in fake.messages) == 1


def test_another_stores_messages_are_not_taken_for_ours(fake: FakeSlack, tmp_path: Path) -> None:
    with Store(tmp_path / "first.db") as first:
        ctx = context(fake)
        assert deliver.deliver_slack(first, save_brief(first), slack_target(ctx), ctx).status == "sent"
    assert len(fake.messages) == 2
    with Store(tmp_path / "second.db") as second:
        assert second.store_id() != Store(tmp_path / "first.db").store_id()
        fake.fail(500, times=2)  # both parts fail once: the second store looks for them, must not find the first's
        ctx = context(fake)
        out = deliver.deliver_slack(second, save_brief(second), slack_target(ctx), ctx)
    assert out.status == "sent" and out.parts == 2
    assert len(fake.messages) == 4  # really sent, not "found"


# -- 13: read-only, damaged, full; malformed webhook URL ---------------------------------------------


@pytest.fixture
def open_dir() -> Iterator[Path]:
    """A folder any user can reach (pytest's own are private to the user running the tests)."""
    folder = Path(tempfile.mkdtemp(prefix="briefbot-ro-"))
    folder.chmod(0o755)
    yield folder
    for p in [folder, *folder.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    shutil.rmtree(folder)


@contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """``paths`` read-only for briefbot: without write permission, and as root (who may write
    anything) as the unprivileged user ``nobody``."""
    modes = {p: p.stat().st_mode for p in paths}
    for p in paths:
        p.chmod(0o555 if p.is_dir() else 0o444)
    root = os.geteuid() == 0
    try:
        if root:
            os.seteuid(65534)
        yield
    finally:
        if root:
            os.seteuid(0)
        for p, mode in modes.items():
            p.chmod(mode)


def made_store(folder: Path) -> Path:
    db = folder / "store" / "briefbot.db"
    assert run(["brief", str(SEEDS), "--db", str(db), "--as-of", "2023-11-13"]).exit_code == 0
    for p in (db.parent, db):
        p.chmod(0o755 if p.is_dir() else 0o644)
    return db


@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_read_only_store_is_read_and_writing_it_says_read_only(open_dir: Path, what: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    db = made_store(open_dir)
    monkeypatch.chdir(open_dir)  # a folder the unprivileged user can read
    (open_dir / "empty.toml").write_text("", encoding="utf-8")
    opts = ["--db", str(db), "--config", str(open_dir / "empty.toml")]
    run(["history", *opts])  # every module loaded before privileges drop
    with read_only(db.parent if what == "folder" else db):
        history = run(["history", *opts])
        shown = run(["show", "1", *opts])
        brief = run(["brief", str(SEEDS), *opts, "--as-of", "2023-11-14"])
    assert history.exit_code == 0 and "2023-11-13" in history.stdout
    assert shown.exit_code == 0 and shown.stdout.startswith("# ")
    one_line_error(brief, "read-only", str(db))
    assert sorted(p.name for p in db.parent.iterdir()) == ["briefbot.db"]


def test_a_damaged_store_says_so_and_what_to_do(tmp_path: Path) -> None:
    db = made_store(tmp_path)
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) > 4 * page
    data[2 * page:len(data) - page] = b"\xa5" * (len(data) - 3 * page)  # every page but the first and the last
    db.write_bytes(bytes(data))
    for args in (["history"], ["show", "1"], ["brief", str(SEEDS), "--as-of", "2023-11-14"]):
        result = run([*args, "--db", str(db)])
        assert result.exit_code == 1, (args, result.output)
        assert "is damaged" in result.stderr and "restore it from a backup" in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_a_full_disk_under_the_store_says_free_some_space(tmp_path: Path) -> None:
    with Store(tmp_path / "full.db") as store:
        pages = store._value("PRAGMA page_count")
        store._db.execute(f"PRAGMA max_page_count = {pages + 2}")  # SQLite's own "disk full" (SQLITE_FULL)
        big = [save_text(i) for i in range(50)]
        with pytest.raises(StoreError, match=r"is full .*free some space"):
            store.add_articles("t", big, seen=NOW.date(), now=NOW)
        assert store.article_count() == 0


def save_text(i: int) -> Article:
    return article(f"Story {i}: " + "the council met again and said nothing new. " * 200, key=f"k{i}")


def test_a_full_stdout_is_one_line(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    env = {**os.environ, "BRIEFBOT_DB": str(tmp_path / "b.db"), "PYTHONPATH": str(ROOT)}
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "briefbot", "brief", str(SEEDS), "--as-of", "2023-11-13"],
                              stdout=full, stderr=subprocess.PIPE, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "standard output" in lines[0] and "--out" in lines[0], done.stderr


@pytest.mark.parametrize("url", ["https://hooks.slack.com/services/T0/B0/SECRET WITH SPACE",
                                 "https://hooks.slack.com:port/services/T0/B0/SECRET", "hooks.slack.com/services/T0/B0/SECRET"])
def test_a_malformed_webhook_url_is_one_line_that_says_fix_the_url(fake: FakeSlack, tmp_path: Path, url: str) -> None:
    config = write_config(tmp_path, fake)
    result = run(["post", "--config", str(config), "--as-of", "2024-03-02"], {"SLACK_WEBHOOK_URL": url})
    one_line_error(result, "SLACK_WEBHOOK_URL is not a valid URL", "as Slack gave it")
    assert "SECRET" not in result.output
    checked = run(["check-config", "--config", str(config)], {"SLACK_WEBHOOK_URL": url})
    one_line_error(checked, "SLACK_WEBHOOK_URL is not a valid URL")
    assert "SECRET" not in checked.output


# -- 15: another program's SQLite file is left byte for byte -------------------------------------------


@pytest.mark.parametrize("schema", [
    "CREATE VIEW articles AS SELECT 1 AS id",  # no table at all, but a name briefbot would create
    "PRAGMA journal_mode = DELETE; CREATE TABLE notes (body TEXT)",
    "CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL); CREATE TRIGGER t AFTER INSERT ON migrations"
    " BEGIN SELECT 1; END",
])
def test_refusing_another_programs_file_leaves_it_untouched(tmp_path: Path, schema: str) -> None:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    path = folder / "other.db"
    db = sqlite3.connect(path)
    db.executescript(schema)
    db.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="is not a briefbot store"):
        Store(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["other.db"]
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    check.close()


def test_a_file_write_that_fails_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from briefbot.deliver import files
    from briefbot.errors import DeliveryError

    path = tmp_path / "briefs" / "kosovo" / "2024-03-02.md"
    files.write_atomic(path, "# the first brief\n")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(DeliveryError, match=r"the disk is full .*free some space"):
        files.write_atomic(path, "# the second brief, cut short\n")
    assert path.read_text() == "# the first brief\n"
    assert [p.name for p in path.parent.iterdir()] == ["2024-03-02.md"]
