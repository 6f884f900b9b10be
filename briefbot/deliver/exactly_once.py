"""Delivering a stored brief to its targets exactly once.

Bookkeeping.  Each (topic, as_of, target) has one row in ``deliveries`` (:mod:`briefbot.store`).
A brief is stored before it is delivered (:func:`briefbot.app.make_brief`); its Slack messages
are a pure function of it (``slack.messages``), so a delivery can resume at any part.  Before
each part is sent the row is marked ``sending`` (its own transaction); once Slack accepts it,
``parts_sent`` and the main message's ``ts`` are recorded (another transaction).  A second
``post``, or one after the process was killed, skips what is ``done`` and completes a half-posted
thread from ``parts_sent`` in the stored thread.  Failed and partial deliveries of the last
:data:`RETRY_DAYS` days are retried by the next ``post`` or scheduled run.

The remaining window.  Slack has no idempotency key: if the process dies (or the answer is lost)
after Slack accepted a message but before the store recorded it, the part is still ``sending``.
With a bot token, each message carries metadata (``briefbot_part``: the store's id, topic, as_of,
part) and, before re-sending a ``sending`` part (after a crash, or after a 5xx / timeout / dropped
connection), the channel (``conversations.history``) or thread (``conversations.replies``) is
searched for it; found, it counts as sent.  The store's id keeps another store's messages for the
same topic and day from being taken for this one's.  That needs the ``channels:history`` /
``groups:history`` scope and the channel's ID: a ``#name`` is resolved with
``conversations.list`` (``channels:read`` / ``groups:read``) before the first post and cached in
the store.  Then a lost answer never leaves a second copy.  Without them, and always with a
webhook (which can neither be searched nor threaded), a part whose answer was lost is sent again:
each lost answer may leave one extra copy of that part, and no brief is ever lost.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from briefbot.clock import Clock
from briefbot.config import Config, TopicConfig
from briefbot.deliver.files import write_atomic
from briefbot.deliver.secrets import redact, secrets_of
from briefbot.deliver.targets import Target, markdown_path, slack_auth
from briefbot.deliver.transports import CHANNEL_ID, Marker, Refused, SendFailed, Sleep, Transport, make_transport, send_part
from briefbot.errors import ConfigError, DeliveryError
from briefbot.models import Brief
from briefbot.store.db import Store, StoredBrief

RETRY_DAYS = 3  # failed deliveries of briefs at most this old are retried by the next post
MARKER = "briefbot_part"


def marker_for(store_id: str, topic: str, as_of: date, part: int) -> Marker:
    return {"event_type": MARKER, "event_payload": {"store": store_id, "topic": topic, "as_of": as_of.isoformat(), "part": part}}


@dataclass(frozen=True)
class Outcome:
    target: str
    as_of: date
    status: str  # "sent", "already", "quiet" (nothing new, not posted), "failed"
    parts: int = 0  # messages (or files) sent this time
    detail: str = ""

    def line(self) -> str:
        if self.status == "sent":
            what = "file written" if self.target.startswith("markdown:") else f"{self.parts} message(s) sent"
            return f"{self.as_of} {self.target}: {what}{f' ({self.detail})' if self.detail else ''}"
        if self.status == "already":
            return f"{self.as_of} {self.target}: already delivered, nothing sent"
        if self.status == "quiet":
            return f"{self.as_of} {self.target}: nothing new, nothing sent (post_when_nothing_new = false)"
        return f"{self.as_of} {self.target}: failed: {self.detail}"


@dataclass(frozen=True)
class Context:
    """What delivery needs from the outside world, passed in by :mod:`briefbot.app`."""

    config: Config
    topic: TopicConfig
    env: Mapping[str, str]
    now: Clock
    sleep: Sleep = time.sleep
    transports: dict[str, Transport] = field(default_factory=dict)  # by target key; made on first use

    def transport(self, target: Target) -> Transport:
        if target.key not in self.transports:
            self.transports[target.key] = make_transport(target, self.topic, self.config.slack, self.env)
        return self.transports[target.key]


def channel_id_for(store: Store, transport: Transport, target: Target, ctx: Context) -> str | None:
    """The channel's ID: given as one, cached, resolved from its #name (and cached), or learned earlier."""
    if CHANNEL_ID.match(target.channel):
        return target.channel
    cached = store.channel_id(target.channel)
    if cached is not None:
        return cached
    resolved = transport.resolve(target.channel)
    if resolved is not None:
        store.remember_channel(target.channel, resolved, ctx.now())
        return resolved
    return store.known_channel_id(target.key)


def deliver_slack(store: Store, stored: StoredBrief, target: Target, ctx: Context) -> Outcome:
    from briefbot.output import slack

    brief = stored.brief
    messages = slack.messages(brief)
    d = store.open_delivery(brief.topic, brief.as_of, target.key, stored.id, len(messages), ctx.now())
    if d.status == "done":
        return Outcome(target.key, brief.as_of, "already")
    if brief.nothing_new and not ctx.topic.post_when_nothing_new and d.parts_sent == 0:
        store.update_delivery(d, ctx.now(), status="done", parts_total=0, last_error=None)
        return Outcome(target.key, brief.as_of, "quiet")
    if d.brief_id != stored.id:  # resume the brief this delivery started with
        original = store.brief(d.brief_id)
        if original is not None:
            brief, messages = original.brief, slack.messages(original.brief)
    transport = ctx.transport(target)
    channel_id = d.channel_id or channel_id_for(store, transport, target, ctx)
    store_id = store.store_id()
    sent = 0
    for part in range(d.parts_sent, len(messages)):
        marker = marker_for(store_id, brief.topic, brief.as_of, part)
        thread_ts = d.message_ts if part > 0 and transport.can_thread else None
        posted = transport.find(marker, thread_ts=thread_ts, channel_id=channel_id) if d.status == "sending" else None
        if posted is None:
            d = store.update_delivery(d, ctx.now(), status="sending", parts_total=len(messages))
            try:
                posted = send_part(transport, messages[part], channel=channel_id or target.channel, thread_ts=thread_ts,
                                   marker=marker, channel_id=channel_id, max_retries=ctx.config.slack.max_retries,
                                   sleep=ctx.sleep)
            except DeliveryError as exc:
                if isinstance(exc, Refused) and exc.error == "channel_not_found":
                    store.forget_channel(target.channel)  # a cached ID gone stale: resolve it again next time
                message = redact(str(exc), secrets_of(ctx.env))
                ambiguous = isinstance(exc, SendFailed) and exc.ambiguous
                d = store.update_delivery(d, ctx.now(), status="sending" if ambiguous else "failed",
                                          attempts=d.attempts + 1, last_error=message)
                return Outcome(target.key, brief.as_of, "failed", sent, message)
            sent += 1
        channel_id = posted.channel_id or channel_id
        done = part + 1 == len(messages)
        d = store.update_delivery(d, ctx.now(), status="done" if done else "partial", parts_sent=part + 1,
                                  message_ts=d.message_ts or (posted.ts if part == 0 else None), channel_id=channel_id,
                                  attempts=d.attempts + (1 if done else 0), last_error=None)
    if d.status != "done":  # nothing left to send (e.g. parts_sent already reached the total)
        d = store.update_delivery(d, ctx.now(), status="done")
    return Outcome(target.key, brief.as_of, "sent", sent)


def deliver_markdown(store: Store, stored: StoredBrief, target: Target, ctx: Context) -> Outcome:
    brief = stored.brief
    d = store.open_delivery(brief.topic, brief.as_of, target.key, stored.id, 1, ctx.now())
    if d.status == "done":
        return Outcome(target.key, brief.as_of, "already")
    path = markdown_path(target.folder, brief.topic, brief.as_of)
    try:
        write_atomic(path, stored.markdown)
    except DeliveryError as exc:
        store.update_delivery(d, ctx.now(), status="failed", attempts=d.attempts + 1, last_error=str(exc))
        return Outcome(target.key, brief.as_of, "failed", 0, str(exc))
    store.update_delivery(d, ctx.now(), status="done", parts_sent=1, parts_total=1, attempts=d.attempts + 1, last_error=None)
    return Outcome(target.key, brief.as_of, "sent", 1, str(path))


def deliver(store: Store, stored: StoredBrief, targets: Sequence[Target], ctx: Context) -> list[Outcome]:
    """Deliver one stored brief to each target; a failing target does not stop the others."""
    out = []
    for target in targets:
        if target.kind == "markdown":
            out.append(deliver_markdown(store, stored, target, ctx))
        else:
            try:
                out.append(deliver_slack(store, stored, target, ctx))
            except ConfigError as exc:
                out.append(Outcome(target.key, stored.as_of, "failed", 0, str(exc)))
            except DeliveryError as exc:  # a malformed webhook URL, found before anything was sent
                out.append(Outcome(target.key, stored.as_of, "failed", 0, redact(str(exc), secrets_of(ctx.env))))
    return out


def retry_unfinished(store: Store, targets: Sequence[Target], ctx: Context, *, today: date,
                     exclude: date | None = None) -> list[Outcome]:
    """Finish the failed or half-done deliveries of the last RETRY_DAYS days (oldest first)."""
    by_key = {t.key: t for t in targets}
    out = []
    for d in store.unfinished_deliveries(ctx.topic.name, today - timedelta(days=RETRY_DAYS)):
        if d.as_of == exclude or d.target not in by_key:
            continue
        stored = store.brief(d.brief_id)
        if stored is not None:
            out += deliver(store, stored, [by_key[d.target]], ctx)
    return out


def dry_run(brief: Brief, markdown: str, targets: Sequence[Target], env: Mapping[str, str]) -> dict[str, Any]:
    """What ``post --dry-run`` prints: the Slack payloads, the Markdown file it would write and its text."""
    from briefbot.output import slack

    channel = next((t.channel for t in targets if t.kind == "slack"), None)
    folder = next((t.folder for t in targets if t.kind == "markdown"), None)
    return {
        "topic": brief.topic,
        "as_of": brief.as_of.isoformat(),
        "slack": {"channel": channel, "via": slack_auth(env) if channel else None, "messages": slack.payloads(brief)},
        "markdown": str(markdown_path(folder, brief.topic, brief.as_of)) if folder else None,
        "markdown_text": markdown,
    }
