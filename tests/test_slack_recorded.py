"""Slack as read on a phone (issue 15 items 16 and 17), through the real slack_sdk client against the
loopback Slack API: the payloads Slack received are asserted, not only what the renderer returns."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from builders import article
from slack_server import FakeSlack, check_blocks
from test_deliver import NOW, context, slack_target
from test_slack import make_brief, outlet_brief

from briefbot.deliver import exactly_once as deliver
from briefbot.models import Brief, Point, Source, Status
from briefbot.output import slack
from briefbot.store.db import Store


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack() as server:
        yield server


def post(store: Store, fake: FakeSlack, brief: Brief) -> list[dict[str, object]]:
    """Deliver ``brief`` (citing articles 11 to 14) to #briefs; the messages Slack received."""
    store.add_articles("kosovo", [article(f"Article {i} text.", title=f"A{i}") for i in range(1, 15)], seen=NOW.date(), now=NOW)
    stored = store.save_brief(brief, "# Kosovo\n", watermark=14, previous_id=None, now=NOW)
    ctx = context(fake)
    out = deliver.deliver_slack(store, stored, slack_target(ctx), ctx)
    assert out.status == "sent", out
    return fake.messages


def section_texts(message: dict[str, object]) -> list[str]:
    blocks = message["blocks"]
    assert isinstance(blocks, list)
    return [b["text"]["text"] for b in blocks if b["type"] == "section"]


def test_the_top_message_slack_received_is_short_and_names_outlets(fake: FakeSlack, tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        main, *thread = post(store, fake, outlet_brief(20))
    assert [b["type"] for b in main["blocks"]] == ["header", "context", "section"]  # title, day, what changed
    assert main["blocks"][0]["text"]["text"] == "Kosovo" and "As of 2024-03-02" in json.dumps(main["blocks"][1])
    (changed,) = section_texts(main)
    lines = changed.split("\n")
    assert lines[0] == "*What changed since 2024-03-01*" and len(lines) == 1 + slack.TOP_LINES
    assert lines[1] == "• *New:* Change 00 happened. (Bridge reopens after a long and very…, BBC News - World +2)"
    assert lines[-1] == "… and 13 more in the thread"
    assert all(m["thread_ts"] == main["ts"] for m in thread)
    in_thread = "\n".join(t for m in thread for t in section_texts(m))
    for heading in ("*Situation*", "*Sources*", "*More changes*"):
        assert heading in in_thread and heading not in changed
    assert "• *New:* Change 19 happened. [2]" in in_thread


def test_quoted_text_arrives_as_written_and_no_line_splits_inside_a_link(fake: FakeSlack, tmp_path: Path) -> None:
    quoted = "Officials said *not* final_total_count ~approx~ and `code`."
    long_url = "https://example.com/" + "p" * 1400
    sources = (Source(1, 11, "A *bold* _title_ " + "Headline " * 700, "x_y.txt", date(2024, 3, 1), url=long_url),
               Source(2, 12, "B", "b.txt", date(2024, 3, 1), url="https://a.example/x_y"))
    brief = replace(make_brief(summary=[quoted, "x " * 1600], previous=date(2024, 3, 1), sources=sources),
                    changes=(Point(quoted, (11,), Status.NEW),))
    with Store(tmp_path / "s.db") as store:
        received = post(store, fake, brief)
    assert len(received) == len(slack.messages(brief)) >= 2  # the main message and its thread
    everything = "\n".join(t for m in received for t in section_texts(m))
    assert everything.count("Officials said ∗not∗ finalˍtotalˍcount ∼approx∼ and ˋcodeˋ.") == 2  # what changed, situation
    for m in received:
        assert check_blocks(m["blocks"]) is None  # within Slack's limits as received
        for body in section_texts(m):
            assert body.count("<") == body.count(">"), body[:80]  # no link cut in two
    links = re.findall(r"<(https://[^|>]+)\|([^>]*)>", everything)
    assert long_url in [u for u, _ in links] and "https://a.example/x_y" in [u for u, _ in links]
    assert all(len(label) <= slack.LABEL_MAX for _, label in links)
