"""check-config --online (issue 15, item 2) against the loopback Slack API and feed server: the
token, each channel, one conditional GET per feed, the store opened for writing; one line each."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from email.utils import format_datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from feed_server import FeedServer, serve
from slack_server import TOKEN, FakeSlack

from briefbot.cli import cli

RSS = "application/rss+xml"


def feed(n: int = 1) -> bytes:
    day = format_datetime(datetime(2024, 3, 1, 9, tzinfo=UTC))
    items = "".join(f"<item><title>Ferry {i}</title><link>https://harbor.example/{i}</link><pubDate>{day}</pubDate>"
                    f"<description>The ferry adds crossing {i}.</description></item>" for i in range(n))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor</title>{items}</channel></rss>').encode()


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack() as server:
        yield server


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with serve() as s:
        yield s


def config(tmp_path: Path, fake: FakeSlack, sources: list[str], channel: str = "#briefs") -> Path:
    path = tmp_path / "briefbot.toml"
    listed = ", ".join(f'"{s}"' for s in sources)
    path.write_text(f'[slack]\nbase_url = "{fake.api_url}"\ntimeout = 5\n\n'
                    f'[topics.harbor]\nsources = [{listed}]\nslack_channel = "{channel}"\n', encoding="utf-8")
    return path


def run(*args: str, token: str | None = TOKEN) -> Result:
    env = {"SLACK_BOT_TOKEN": token} if token else {}
    result = CliRunner().invoke(cli, list(args), prog_name="briefbot", env=env)
    assert "Traceback" not in result.output, result.output
    return result


def online_part(stdout: str) -> list[str]:
    return stdout.split("online checks:\n", 1)[1].splitlines()


def test_every_check_passes_and_nothing_is_posted_or_stored(fake: FakeSlack, server: FeedServer, tmp_path: Path) -> None:
    url = server.add("/harbor.xml", body=feed(), content_type=RSS, etag='"v1"')
    conf = config(tmp_path, fake, [url])
    result = run("check-config", "--config", str(conf), "--online")
    assert result.exit_code == 0, result.output
    assert online_part(result.stdout) == [
        f"  ok   store {tmp_path / 'briefbot.db'}: does not exist yet; the first brief makes it (its folder is writable)",
        "  ok   slack auth.test: token of briefbot in Newsroom",
        "  ok   slack channel #briefs (topic harbor): the bot is a member of #briefs (C0BRIEFS01)",
        f"  ok   feed {url} (topic harbor): HTTP 200, a feed with 1 entry",
        "config OK (online checks passed)",
    ]
    assert [c.method for c in fake.calls] == ["auth.test", "conversations.list", "conversations.info"]
    assert all(c.headers["Authorization"] == f"Bearer {TOKEN}" for c in fake.calls)
    assert fake.posts() == [] and len(server.seen("/harbor.xml")) == 1
    assert not (tmp_path / "briefbot.db").exists() and TOKEN not in result.output


def test_each_failure_is_its_own_line_and_the_exit_is_1(fake: FakeSlack, server: FeedServer, tmp_path: Path) -> None:
    gone = server.url("/gone.xml")
    conf = config(tmp_path, fake, [gone], channel="#secret")  # the bot is not a member of #secret
    result = run("check-config", "--config", str(conf), "--online")
    assert result.exit_code == 1
    assert online_part(result.stdout)[1:] == [
        "  ok   slack auth.test: token of briefbot in Newsroom",
        "  FAIL slack channel #secret (topic harbor): the Slack app is not in #secret (not_in_channel): "
        "invite it there with /invite @your-app",
        f"  FAIL feed {gone} (topic harbor): HTTP 404",
    ]
    assert result.stderr == "error: 2 of 4 online checks failed: fix them and run check-config --online again\n"
    wrong = run("check-config", "--config", str(conf), "--online", token="xoxb-wrong")
    assert wrong.exit_code == 1
    assert online_part(wrong.stdout)[1] == ("  FAIL slack auth.test: Slack rejected the bot token (invalid_auth): "
                                            "set SLACK_BOT_TOKEN to the app's Bot User OAuth Token")


def test_an_archived_or_unknown_channel_fails(fake: FakeSlack, tmp_path: Path) -> None:
    fake.archived.add("C0BRIEFS01")
    lines = online_part(run("check-config", "--config", str(config(tmp_path, fake, [], "C0BRIEFS01")), "--online").stdout)
    assert lines[2].startswith("  FAIL slack channel C0BRIEFS01 (topic harbor): Slack channel C0BRIEFS01 is archived")
    lines = online_part(run("check-config", "--config", str(config(tmp_path, fake, [], "#nowhere")), "--online").stdout)
    assert lines[2].startswith("  FAIL slack channel #nowhere (topic harbor): Slack channel #nowhere was not found")


def test_a_feed_read_before_is_fetched_conditionally(fake: FakeSlack, server: FeedServer, tmp_path: Path) -> None:
    url = server.add("/harbor.xml", body=feed(2), content_type=RSS, etag='"v1"')
    conf = config(tmp_path, fake, [url])
    assert run("brief", "--config", str(conf), "--as-of", date(2024, 3, 1).isoformat()).exit_code == 0
    result = run("check-config", "--config", str(conf), "--online")
    assert result.exit_code == 0, result.output
    lines = online_part(result.stdout)
    assert lines[0] == f"  ok   store {tmp_path / 'briefbot.db'}: opens for writing"
    assert lines[3] == f"  ok   feed {url} (topic harbor): not modified since the last run (HTTP 304)"
    assert server.seen("/harbor.xml")[-1].headers.get("if-none-match") == '"v1"'


def test_a_webhook_is_said_to_be_unchecked(fake: FakeSlack, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["check-config", "--config", str(config(tmp_path, fake, [])), "--online"],
                                env={"SLACK_WEBHOOK_URL": fake.webhook_url})
    assert result.exit_code == 0, result.output
    assert online_part(result.stdout)[1] == ("  skip slack webhook: an incoming webhook cannot be checked without posting "
                                             "(post --dry-run shows what would be sent)")
    assert fake.calls == []


def test_check_config_json(fake: FakeSlack, server: FeedServer, tmp_path: Path) -> None:
    url = server.add("/harbor.xml", body=feed(), content_type=RSS)
    result = run("check-config", "--config", str(config(tmp_path, fake, [url])), "--online", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["ok"] is True and data["problems"] == [] and data["slack"] == "token"
    assert data["topics"] == [{"name": "harbor", "sources": [url], "targets": ["slack:#briefs"], "schedule": None,
                               "timezone": "UTC", "next_runs": []}]
    assert [(c["what"].split()[0], c["status"]) for c in data["checks"]] == [
        ("store", "ok"), ("slack", "ok"), ("slack", "ok"), ("feed", "ok")]
    offline = json.loads(run("check-config", "--config", str(config(tmp_path, fake, [url])), "--json").stdout)
    assert offline["checks"] == [] and offline["ok"] is True
