"""Delivery to Slack (real slack_sdk clients against tests/slack_server.py), Markdown folders, exactly once.

Also the end-to-end ``briefbot post`` with click's CliRunner.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from builders import article, rows
from click.testing import CliRunner
from slack_server import TOKEN, WEBHOOK_PATH, FakeSlack

from briefbot.cli import cli
from briefbot.config import parse_config
from briefbot.deliver import exactly_once as deliver
from briefbot.deliver.secrets import redact, secrets_of
from briefbot.deliver.targets import Target, targets_for
from briefbot.models import Brief, Point, Source, SourceHealth
from briefbot.output import slack
from briefbot.store.db import Holder, Store, StoredBrief
from briefbot.store.deliveries import Delivery

NOW = datetime(2024, 3, 2, 7, 0, tzinfo=UTC)
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack() as server:
        yield server


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "deliver.db") as s:
        yield s


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def save_brief(store: Store, *, topic: str = "kosovo", as_of: date = date(2024, 3, 2), points: list[str] | None = None,
               title: str = "Kosovo") -> StoredBrief:
    store.add_articles(topic, [article(f"Text of {topic} {as_of}.", title=f"{topic} {as_of}", url="https://example.com/a")],
                       seen=as_of, now=NOW)
    art = rows(store, "SELECT id FROM articles WHERE topic = ? ORDER BY id DESC LIMIT 1", (topic,))[0][0]
    points = points or ["The bridge reopened on Monday.", "Traffic returned to normal."]
    brief = Brief(topic=topic, title=title, as_of=as_of, previous_as_of=None,
                  summary=tuple(Point(t, (art,)) for t in points), changes=(), figures=(), disagreements=(),
                  sources=(Source(1, art, "Bridge <reopens>", "a.txt", as_of, url="https://example.com/a"),),
                  health=SourceHealth(1, 1))
    return store.save_brief(brief, f"# {title}\n\n{points}\n", watermark=art, previous_id=None,
                            now=NOW)


def context(fake: FakeSlack, *, channel: str = "#briefs", env: dict[str, str] | None = None, max_retries: int = 3,
            markdown_dir: str | None = None, sleep: Sleeps | None = None) -> deliver.Context:
    raw = {"slack": {"base_url": fake.api_url, "max_retries": max_retries, "timeout": 5},
           "topics": {"kosovo": {"slack_channel": channel, **({"markdown_dir": markdown_dir} if markdown_dir else {})}}}
    config = parse_config(raw, path=None, env={})
    env = {"SLACK_BOT_TOKEN": TOKEN} if env is None else env
    return deliver.Context(config, config.topics["kosovo"], env, now=lambda: NOW, sleep=sleep if sleep is not None else Sleeps())


def slack_target(ctx: deliver.Context) -> Target:
    return next(t for t in targets_for(ctx.config, ctx.topic) if t.kind == "slack")


def row(store: Store, target: str = "slack:#briefs") -> Delivery:
    d = store.delivery("kosovo", date(2024, 3, 2), target)
    assert d is not None
    return d


# -- Slack with a bot token -----------------------------------------------------------------------


def test_posts_the_main_message_and_its_thread(fake: FakeSlack, store: Store) -> None:
    stored, ctx = save_brief(store), context(fake)
    out = deliver.deliver_slack(store, stored, slack_target(ctx), ctx)
    assert out.status == "sent" and out.parts == 2
    main, reply = fake.messages
    assert main["channel"] == reply["channel"] == "C0BRIEFS01"
    assert main["thread_ts"] is None and reply["thread_ts"] == main["ts"]
    assert main["unfurl_links"] is False and main["unfurl_media"] is False
    assert main["blocks"][0]["text"]["text"] == "Kosovo" and main["text"]
    marker = {"event_type": "briefbot_part",
              "event_payload": {"store": store.store_id(), "topic": "kosovo", "as_of": "2024-03-02", "part": 0}}
    assert main["metadata"] == marker
    assert "<https://example.com/a|Bridge &lt;reopens&gt;>" in json.dumps(reply["blocks"])
    d = row(store)
    assert (d.status, d.parts_sent, d.parts_total, d.message_ts, d.channel_id) == ("done", 2, 2, main["ts"], "C0BRIEFS01")
    assert fake.posts()[0].headers["Authorization"] == f"Bearer {TOKEN}"


def test_delivering_twice_posts_once(fake: FakeSlack, store: Store) -> None:
    stored, ctx = save_brief(store), context(fake)
    deliver.deliver_slack(store, stored, slack_target(ctx), ctx)
    again = deliver.deliver_slack(store, stored, slack_target(ctx), ctx)
    assert again.status == "already"
    assert len(fake.posts()) == 2


def test_a_half_posted_thread_is_completed_not_restarted(fake: FakeSlack, store: Store) -> None:
    stored = save_brief(store)
    fake.fail(500, after=1, times=5)  # the main message goes through, the reply keeps failing
    first = deliver.deliver_slack(store, stored, slack_target(ctx := context(fake, max_retries=1)), ctx)
    assert first.status == "failed" and "after 2 attempts" in first.detail
    d = row(store)
    assert (d.status, d.parts_sent) == ("sending", 1)
    fake.script.clear()
    second = deliver.deliver_slack(store, stored, slack_target(ctx), ctx)
    assert second.status == "sent" and second.parts == 1
    main, reply = fake.messages
    assert reply["thread_ts"] == main["ts"]
    assert row(store).status == "done"


def test_a_message_accepted_before_a_crash_is_not_sent_again(fake: FakeSlack, store: Store) -> None:
    """Slack keeps the reply but its answer is lost and the process stops: the next run finds it in the thread."""
    stored = save_brief(store)
    fake.fail(500, accept=True, after=1)
    ctx = context(fake, max_retries=0)
    assert deliver.deliver_slack(store, stored, slack_target(ctx), ctx).status == "failed"
    assert len(fake.messages) == 2 and row(store).status == "sending"
    again = deliver.deliver_slack(store, stored, slack_target(ctx), ctx)
    assert again.status == "sent" and again.parts == 0
    assert len(fake.messages) == 2 and len(fake.posts()) == 2
    assert any(c.method == "conversations.replies" for c in fake.calls)
    assert row(store).status == "done"


def test_a_lost_answer_to_the_main_message_is_found_in_the_channel(fake: FakeSlack, store: Store) -> None:
    stored, sleeps = save_brief(store), Sleeps()
    fake.fail(500, accept=True)
    ctx = context(fake, channel="C0BRIEFS01", sleep=sleeps)
    out = deliver.deliver_slack(store, stored, slack_target(ctx), ctx)
    assert out.status == "sent"
    assert len(fake.messages) == 2 and len(fake.posts()) == 2  # searched, found, not re-sent
    assert fake.messages[1]["thread_ts"] == fake.messages[0]["ts"]
    assert sleeps == [1.0]


def test_rate_limit_waits_for_retry_after(fake: FakeSlack, store: Store) -> None:
    stored, sleeps = save_brief(store), Sleeps()
    fake.fail(429, retry_after=7)
    ctx = context(fake, sleep=sleeps)
    assert deliver.deliver_slack(store, stored, slack_target(ctx), ctx).status == "sent"
    assert sleeps == [7.0]
    assert len(fake.messages) == 2 and len(fake.posts()) == 3


def test_server_errors_retry_with_bounded_backoff(fake: FakeSlack, store: Store) -> None:
    stored, sleeps = save_brief(store), Sleeps()
    fake.fail(500, times=2)
    ctx = context(fake, sleep=sleeps)
    assert deliver.deliver_slack(store, stored, slack_target(ctx), ctx).status == "sent"
    assert sleeps == [1.0, 2.0] and len(fake.messages) == 2


def test_retries_are_bounded_and_the_next_run_finishes(fake: FakeSlack, store: Store) -> None:
    stored, sleeps = save_brief(store), Sleeps()
    fake.fail(503, times=20)
    ctx = context(fake, max_retries=2, sleep=sleeps)
    out = deliver.deliver_slack(store, stored, slack_target(ctx), ctx)
    assert out.status == "failed" and "after 3 attempts" in out.detail and len(sleeps) == 2
    assert fake.messages == []
    fake.script.clear()
    assert deliver.deliver_slack(store, stored, slack_target(ctx), ctx).status == "sent"
    assert len(fake.messages) == 2


def test_unreachable_slack_is_retried_then_reported(store: Store) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dead = FakeSlack()
    raw = {"slack": {"base_url": f"http://127.0.0.1:{port}/api/", "max_retries": 1, "timeout": 2},
           "topics": {"kosovo": {"slack_channel": "#briefs"}}}
    config = parse_config(raw, path=None, env={})
    sleeps = Sleeps()
    ctx = deliver.Context(config, config.topics["kosovo"], {"SLACK_BOT_TOKEN": dead.token}, now=lambda: NOW, sleep=sleeps)
    out = deliver.deliver_slack(store, save_brief(store), slack_target(ctx), ctx)
    assert out.status == "failed" and "cannot reach Slack" in out.detail and sleeps == [1.0]


@pytest.mark.parametrize(("channel", "token", "error", "hint"), [
    ("#briefs", "xoxb-wrong-SECRET", "invalid_auth", "SLACK_BOT_TOKEN"),
    ("#nope", TOKEN, "channel_not_found", "slack_channel"),
    ("#secret", TOKEN, "not_in_channel", "/invite"),
])
def test_permanent_errors_fail_at_once_with_a_fix_and_no_token(fake: FakeSlack, store: Store, channel: str, token: str,
                                                               error: str, hint: str) -> None:
    sleeps = Sleeps()
    ctx = context(fake, channel=channel, env={"SLACK_BOT_TOKEN": token}, sleep=sleeps)
    out = deliver.deliver_slack(store, save_brief(store), slack_target(ctx), ctx)
    assert out.status == "failed" and error in out.detail and hint in out.detail
    assert token not in out.detail and "SECRET" not in out.detail
    assert sleeps == [] and len(fake.posts()) == 1
    d = row(store, f"slack:{channel}")
    assert d.status == "failed" and d.attempts == 1 and token not in (d.last_error or "")


def test_a_long_brief_goes_through_slacks_limits(fake: FakeSlack, store: Store) -> None:
    stored = save_brief(store, points=[f"Point {i} " + "lorem ipsum " * 40 for i in range(120)], title="T" * 300)
    ctx = context(fake)
    out = deliver.deliver_slack(store, stored, slack_target(ctx), ctx)
    assert out.status == "sent" and out.parts == len(slack.messages(stored.brief)) > 3
    main = fake.messages[0]
    assert all(m["thread_ts"] == main["ts"] for m in fake.messages[1:])
    assert len(main["blocks"][0]["text"]["text"]) <= 150


def test_hostile_text_reaches_slack_escaped(fake: FakeSlack, store: Store) -> None:
    stored = save_brief(store, points=["They wrote <!channel> and <@U123> and <https://evil.example|bank>."])
    ctx = context(fake)
    deliver.deliver_slack(store, stored, slack_target(ctx), ctx)
    sent = json.dumps([m["blocks"] for m in fake.messages]) + json.dumps([m["text"] for m in fake.messages])
    assert "<!channel>" not in sent and "<@U123>" not in sent and "<https://evil" not in sent
    assert "&lt;!channel&gt;" in sent


# -- incoming webhook -----------------------------------------------------------------------------


def test_webhook_posts_the_parts_as_consecutive_messages(fake: FakeSlack, store: Store) -> None:
    sleeps = Sleeps()
    fake.fail(429, retry_after=3, after=1)
    ctx = context(fake, env={"SLACK_WEBHOOK_URL": fake.webhook_url}, sleep=sleeps)
    out = deliver.deliver_slack(store, save_brief(store), slack_target(ctx), ctx)
    assert out.status == "sent" and out.parts == 2
    assert [m["channel"] for m in fake.messages] == ["WEBHOOK", "WEBHOOK"]
    assert all(m["thread_ts"] is None for m in fake.messages)
    assert sleeps == [3.0]
    assert row(store).status == "done"


def test_webhook_errors_are_checked_and_the_url_never_shown(fake: FakeSlack, store: Store) -> None:
    url = fake.base + "/services/T000/B000/WRONGSECRET"
    ctx = context(fake, env={"SLACK_WEBHOOK_URL": url})
    out = deliver.deliver_slack(store, save_brief(store), slack_target(ctx), ctx)
    assert out.status == "failed" and "no_service" in out.detail and "SLACK_WEBHOOK_URL" in out.detail
    assert "WRONGSECRET" not in out.detail
    assert fake.calls[-1].path != WEBHOOK_PATH


# -- markdown folder, retries of earlier deliveries, locks ------------------------------------------


def test_markdown_folder_target_writes_topic_and_date_once(fake: FakeSlack, store: Store, tmp_path: Path) -> None:
    ctx = context(fake, markdown_dir=str(tmp_path / "briefs"))
    stored = save_brief(store)
    target = next(t for t in targets_for(ctx.config, ctx.topic) if t.kind == "markdown")
    out = deliver.deliver_markdown(store, stored, target, ctx)
    path = tmp_path / "briefs" / "kosovo" / "2024-03-02.md"
    assert out.status == "sent" and path.read_text() == stored.markdown
    path.unlink()
    assert deliver.deliver_markdown(store, stored, target, ctx).status == "already" and not path.exists()


def test_unfinished_earlier_deliveries_are_retried(fake: FakeSlack, store: Store) -> None:
    ctx = context(fake, channel="#secret")
    old = save_brief(store, as_of=date(2024, 3, 1))
    assert deliver.deliver_slack(store, old, slack_target(ctx), ctx).status == "failed"
    too_old = save_brief(store, as_of=date(2024, 2, 1))
    deliver.deliver_slack(store, too_old, slack_target(ctx), ctx)
    fake.member_of.add("C0SECRET01")
    outs = deliver.retry_unfinished(store, [slack_target(ctx)], ctx, today=date(2024, 3, 2))
    assert [(o.as_of, o.status) for o in outs] == [(date(2024, 3, 1), "sent")]
    assert len(fake.messages) == 2


def test_a_changed_brief_resumes_with_the_one_it_started(fake: FakeSlack, store: Store) -> None:
    first = save_brief(store)
    fake.fail(500, after=1, times=3)
    ctx = context(fake, max_retries=0)
    deliver.deliver_slack(store, first, slack_target(ctx), ctx)
    fake.script.clear()
    remade = save_brief(store, points=["Entirely different."])
    assert remade.id != first.id
    deliver.deliver_slack(store, remade, slack_target(ctx), ctx)
    assert len(fake.messages) == 2
    assert "Entirely different" not in json.dumps(fake.messages)


def test_lock_is_held_by_one_holder_until_it_expires(tmp_path: Path) -> None:
    with Store(tmp_path / "l.db") as a, Store(tmp_path / "l.db") as b:
        ttl = timedelta(minutes=5)
        A, B = Holder("here", 1, "a"), Holder("there", 2, "b")
        assert a.acquire_lock("x", A, NOW, ttl)
        assert not b.acquire_lock("x", B, NOW + timedelta(minutes=1), ttl)
        assert a.acquire_lock("x", A, NOW + timedelta(minutes=4), ttl)  # renewed
        assert not b.acquire_lock("x", B, NOW + timedelta(minutes=8), ttl)
        assert b.acquire_lock("x", B, NOW + timedelta(minutes=10), ttl)
        a.release_lock("x", A)  # not A's any more: nothing happens
        held = a.lock_holder("x", NOW + timedelta(minutes=11))
        assert held is not None and held.holder == B.id


def test_redact_removes_secrets() -> None:
    env = {"SLACK_BOT_TOKEN": "xoxb-1-abc", "SLACK_WEBHOOK_URL": "https://hooks.slack.com/services/T/B/z"}
    text = redact("a xoxb-1-abc b https://hooks.slack.com/services/T/B/z c xoxp-9-q", secrets_of(env))
    assert "abc" not in text and "/z" not in text and "xoxp-9" not in text


# -- end to end: briefbot post --------------------------------------------------------------------


def write_config(tmp_path: Path, fake: FakeSlack, *, channel: str = "#briefs", extra: str = "") -> Path:
    path = tmp_path / "briefbot.toml"
    path.write_text(
        f'[slack]\nbase_url = "{fake.api_url}"\nmax_retries = 1\ntimeout = 5\n\n'
        f'[topics.kosovo]\ntitle = "Kosovo–Serbia tensions"\n'
        f'sources = ["{SEEDS}"]\nslack_channel = "{channel}"\nmarkdown_dir = "briefs"\n{extra}',
        encoding="utf-8",
    )
    return path


def invoke(args: list[str], env: dict[str, Any]) -> Any:
    return CliRunner().invoke(cli, args, env=env, catch_exceptions=False)


def test_cli_post_posts_once_and_writes_the_markdown_folder(fake: FakeSlack, tmp_path: Path) -> None:
    config = write_config(tmp_path, fake)
    env = {"SLACK_BOT_TOKEN": TOKEN}
    first = invoke(["post", "--config", str(config), "--as-of", "2024-03-02"], env)
    assert first.exit_code == 0, first.output
    assert len(fake.posts()) == 2 and fake.messages[1]["thread_ts"] == fake.messages[0]["ts"]
    assert (tmp_path / "briefs" / "kosovo" / "2024-03-02.md").read_text().startswith("# ")
    assert "slack:#briefs: 2 message(s) sent" in first.stdout
    second = invoke(["post", "--config", str(config), "--as-of", "2024-03-02"], env)
    assert second.exit_code == 0 and "already delivered" in second.stdout
    assert len(fake.posts()) == 2
    assert TOKEN not in first.output + second.output


def test_a_day_with_nothing_new_posts_one_short_line_or_nothing(fake: FakeSlack, tmp_path: Path) -> None:
    env = {"SLACK_BOT_TOKEN": TOKEN}
    config = write_config(tmp_path, fake)
    assert invoke(["post", "--config", str(config), "--as-of", "2024-03-01"], env).exit_code == 0
    assert len(fake.posts()) == 2
    result = invoke(["post", "--config", str(config), "--as-of", "2024-03-02"], env)
    assert result.exit_code == 0, result.output
    assert "2024-03-02 slack:#briefs: 1 message(s) sent" in result.stdout
    [line] = [{k: v for k, v in c.body.items() if k != "metadata"} for c in fake.posts()[2:]]
    text = "Kosovo–Serbia tensions — 2024-03-02: nothing new since the brief of 2024-03-01."
    assert line == {"channel": "C0BRIEFS01", "text": text, "unfurl_links": False, "unfurl_media": False,
                    "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": text, "verbatim": True}}]}
    quiet = write_config(tmp_path, fake, extra="post_when_nothing_new = false\n")
    result = invoke(["post", "--config", str(quiet), "--as-of", "2024-03-03"], env)
    assert result.exit_code == 0, result.output
    assert "2024-03-03 slack:#briefs: nothing new, nothing sent (post_when_nothing_new = false)" in result.stdout
    assert len(fake.posts()) == 3
    assert (tmp_path / "briefs" / "kosovo" / "2024-03-03.md").exists()  # the Markdown folder still gets the day
    again = invoke(["post", "--config", str(quiet), "--as-of", "2024-03-03"], env)
    assert "2024-03-03 slack:#briefs: already delivered, nothing sent" in again.stdout and len(fake.posts()) == 3


def test_cli_dry_run_prints_json_and_sends_nothing(fake: FakeSlack, tmp_path: Path) -> None:
    config = write_config(tmp_path, fake)
    result = invoke(["post", "--config", str(config), "--dry-run", "--as-of", "2024-03-02"], {"SLACK_BOT_TOKEN": TOKEN})
    assert result.exit_code == 0
    plan = json.loads(result.stdout)
    assert plan["slack"]["channel"] == "#briefs" and plan["slack"]["messages"][0]["thread"] == "main"
    assert plan["slack"]["messages"][0]["blocks"][0]["type"] == "header"
    assert plan["markdown"].endswith("briefs/kosovo/2024-03-02.md")
    assert fake.calls == [] and not (tmp_path / "briefs").exists()
    assert TOKEN not in result.output


def test_cli_failing_channel_exits_1_with_one_line(fake: FakeSlack, tmp_path: Path) -> None:
    config = write_config(tmp_path, fake, channel="#nope")
    result = invoke(["post", "--config", str(config), "--as-of", "2024-03-02"], {"SLACK_BOT_TOKEN": TOKEN})
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "channel_not_found" in lines[0]
    assert TOKEN not in result.output
    # the brief is stored; the markdown target still got it
    assert (tmp_path / "briefs" / "kosovo" / "2024-03-02.md").exists()


def test_cli_post_retries_an_earlier_failed_delivery(fake: FakeSlack, tmp_path: Path) -> None:
    config = write_config(tmp_path, fake, channel="#secret")
    env = {"SLACK_BOT_TOKEN": TOKEN}
    today = datetime.now(UTC).date()
    yesterday = today - timedelta(days=1)
    assert invoke(["post", "--config", str(config), "--as-of", yesterday.isoformat()], env).exit_code == 1
    fake.member_of.add("C0SECRET01")
    result = invoke(["post", "--config", str(config)], env)
    assert result.exit_code == 0, result.output
    assert f"{yesterday} slack:#secret: 2 message(s) sent" in result.stdout
    assert f"{today} slack:#secret: " in result.stdout and "failed" not in result.output


def test_cli_post_without_credentials_says_what_to_set(fake: FakeSlack, tmp_path: Path) -> None:
    config = write_config(tmp_path, fake)
    result = invoke(["post", "--config", str(config)], {})
    assert result.exit_code == 1 and "export SLACK_BOT_TOKEN=" in result.stderr
    assert fake.calls == []


def test_cli_check_config_never_shows_the_token(fake: FakeSlack, tmp_path: Path) -> None:
    config = write_config(tmp_path, fake, extra='schedule = "0 7 * * 1-5"\ntimezone = "Europe/London"\n')
    result = invoke(["check-config", "--config", str(config)], {"SLACK_BOT_TOKEN": TOKEN})
    assert result.exit_code == 0, result.output
    assert "SLACK_BOT_TOKEN set" in result.stdout and TOKEN not in result.output
    assert result.stdout.count("next: ") == 5
    assert all(line.split()[1] in {"Mon", "Tue", "Wed", "Thu", "Fri"} for line in result.stdout.splitlines() if "next:" in line)
    missing = invoke(["check-config", "--config", str(config)], {})
    assert missing.exit_code == 1 and "SLACK_BOT_TOKEN is not set" in missing.stderr



def test_a_malformed_webhook_url_never_shows_the_secret() -> None:
    from slack_sdk.webhook import WebhookClient

    from briefbot.deliver.transports import WebhookTransport
    from briefbot.errors import DeliveryError
    from briefbot.output.slack import SlackMessage

    secret = "hooks.slack.com/services/T000/B000/SECRETXYZ"
    transport = WebhookTransport(WebhookClient(secret), "#x", topic="t")
    with pytest.raises(DeliveryError) as info:
        transport.post(SlackMessage(text="hi", blocks=()), channel="#x", thread_ts=None, marker={})
    assert "SECRETXYZ" not in str(info.value) and "SLACK_WEBHOOK_URL is not a valid URL" in str(info.value)


def test_internal_errors_are_redacted() -> None:

    assert "SECRET" not in redact("boom http://proxy.example/hooks/T0/B0/SECRET", ())
    assert redact("token xoxb-123-SECRET here", ()) == "token xox?-*** here"
