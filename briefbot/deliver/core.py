"""Delivery: Markdown files (written atomically), a Markdown folder, and Slack, exactly once.

Targets of a topic: ``slack:<channel>`` when it has ``slack_channel`` (posted with the bot token in
``SLACK_BOT_TOKEN`` via ``chat.postMessage``, else with the incoming webhook in
``SLACK_WEBHOOK_URL``), and ``markdown:<folder>`` when it has ``markdown_dir`` (the brief goes to
``<markdown_dir>/<topic>/<YYYY-MM-DD>.md``).

Bookkeeping.  Each (topic, as_of, target) has one row in ``deliveries``.  A brief is stored before
it is delivered (``pipeline.make_brief``); its Slack messages are a pure function of it
(``slack.messages``), so a delivery can resume at any part.  Before each part is sent the row is
marked ``sending`` (its own transaction); once Slack accepts it, ``parts_sent`` and the main
message's ``ts`` are recorded (another transaction).  A second ``post``, or one after the process
was killed, skips what is ``done`` and completes a half-posted thread from ``parts_sent`` in the
stored thread.  Failed and partial deliveries of the last :data:`RETRY_DAYS` days are retried by
the next ``post`` or scheduled run.

The remaining window.  Slack has no idempotency key: if the process dies (or the answer is lost)
after Slack accepted a message but before the store recorded it, the part is still ``sending``.
With a bot token, each message carries metadata (``briefbot_part``: topic, as_of, part) and, before
re-sending a ``sending`` part (after a crash, or after a 5xx / timeout / dropped connection), the
channel (``conversations.history``) or thread (``conversations.replies``) is searched for it;
found, it counts as sent.  That needs the ``channels:history`` / ``groups:history`` scope and the
channel's ID (learned from Slack's first answer, or given as ``slack_channel = "C…"``); without
them, and always with a webhook (which can neither be searched nor threaded), the part is sent
again: at worst one message twice, never a brief lost.  The ``deliver:<topic>`` lock keeps two
processes from delivering the same topic at the same time.

Secrets never leave this module: error messages and stored errors are passed through
:func:`redact`, which removes the token and the webhook URL.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from briefbot.errors import ConfigError, DeliveryError

if TYPE_CHECKING:
    from briefbot.config import Config, SlackConfig, TopicConfig
    from briefbot.output.slack import SlackMessage
    from briefbot.store.db import Holder, Store, StoredBrief

RETRY_DAYS = 3  # failed deliveries of briefs at most this old are retried by the next post
MAX_BACKOFF = 60.0  # seconds between retries after a 5xx or a connection error
MAX_RETRY_AFTER = 300.0  # a longer Retry-After fails the delivery (it is retried on the next run)
DELIVERY_LOCK_TTL = timedelta(minutes=15)
MARKER = "briefbot_part"
TOKEN_ENV = "SLACK_BOT_TOKEN"
WEBHOOK_ENV = "SLACK_WEBHOOK_URL"
_CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]{6,}$")

Sleep = Callable[[float], None]


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file and a rename: never a half-written file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise DeliveryError(f"cannot write {path} ({exc.strerror or exc}): check the folder exists and is writable") from None


# -- targets --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    kind: str  # "slack" or "markdown"
    key: str  # as stored in deliveries.target
    channel: str | None = None
    folder: Path | None = None


def targets_for(config: Config, topic: TopicConfig) -> list[Target]:
    """Where a topic's briefs go, from its config (credentials are checked when sending)."""
    targets = []
    if topic.slack_channel:
        channel = topic.slack_channel.strip()
        targets.append(Target("slack", f"slack:{channel}", channel=channel))
    if topic.markdown_dir:
        folder = Path(config.resolve(topic.markdown_dir)).resolve()
        targets.append(Target("markdown", f"markdown:{folder}", folder=folder))
    return targets


def slack_auth(env: Mapping[str, str]) -> str | None:
    """How Slack is reached: "token", "webhook" or None (never the secret itself)."""
    if env.get(TOKEN_ENV, "").strip():
        return "token"
    if env.get(WEBHOOK_ENV, "").strip():
        return "webhook"
    return None


def require_targets(config: Config, topic: TopicConfig, env: Mapping[str, str]) -> list[Target]:
    targets = targets_for(config, topic)
    if not targets:
        raise ConfigError(
            f"topic {topic.name!r} has nowhere to deliver: set slack_channel and/or markdown_dir in [topics.{topic.name}]"
        )
    if any(t.kind == "slack" for t in targets) and slack_auth(env) is None:
        raise ConfigError(
            f"topic {topic.name!r} posts to Slack but neither {TOKEN_ENV} nor {WEBHOOK_ENV} is set: "
            f"export {TOKEN_ENV}=xoxb-... (a bot token with chat:write, invited to the channel)"
        )
    return targets


def markdown_path(folder: Path, topic: str, as_of: date) -> Path:
    safe = re.sub(r"[^\w.-]+", "_", topic).strip("._") or "topic"
    return folder / safe / f"{as_of.isoformat()}.md"


# -- secrets --------------------------------------------------------------------------------------


def secrets_of(env: Mapping[str, str]) -> tuple[str, ...]:
    return tuple(v.strip() for k in (TOKEN_ENV, WEBHOOK_ENV) if (v := env.get(k, "")) and v.strip())


def redact(text: str, secrets: Sequence[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    text = re.sub(r"xox[a-z]-[A-Za-z0-9-]+", "xox?-***", text)
    # any webhook-looking URL (Slack's, or one behind a proxy) keeps only its host
    return re.sub(r"(https?://[^\s/]+)/\S*", lambda m: m.group(1) + "/***" if "hooks" in m.group(0) else m.group(0), text)


# -- sending to Slack -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Posted:
    ts: str | None
    channel_id: str | None = None


class Retry(Exception):
    """A failure worth retrying: ``ambiguous`` when Slack may have accepted the message anyway."""

    def __init__(self, message: str, *, retry_after: float | None = None, ambiguous: bool = False) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.ambiguous = ambiguous


class SendFailed(DeliveryError):
    """Sending a part failed for good; ``ambiguous`` when Slack may have accepted it nonetheless."""

    def __init__(self, message: str, *, ambiguous: bool) -> None:
        super().__init__(message)
        self.ambiguous = ambiguous


class Transport(Protocol):
    can_thread: bool

    def post(self, message: SlackMessage, *, thread_ts: str | None, marker: dict[str, Any]) -> Posted: ...

    def find(self, marker: dict[str, Any], *, thread_ts: str | None, channel_id: str | None) -> Posted | None: ...


_FIXES = {
    "invalid_auth": "Slack rejected the bot token (invalid_auth): set SLACK_BOT_TOKEN to the app's Bot User OAuth Token",
    "not_authed": "no token reached Slack (not_authed): set SLACK_BOT_TOKEN to the app's Bot User OAuth Token (xoxb-...)",
    "account_inactive": "the Slack bot's account is deactivated (account_inactive): reinstall the app and update SLACK_BOT_TOKEN",
    "token_revoked": "the Slack token was revoked (token_revoked): reinstall the app and update SLACK_BOT_TOKEN",
    "token_expired": "the Slack token expired (token_expired): issue a new one and update SLACK_BOT_TOKEN",
    "missing_scope": "the Slack token lacks a scope (missing_scope): add chat:write under OAuth & Permissions and reinstall",
    "channel_not_found": "Slack channel {channel} was not found (channel_not_found): fix slack_channel in [topics.{topic}] "
                         "(a channel ID such as C0123456789, or #name of a channel the app can see)",
    "not_in_channel": "the Slack app is not in {channel} (not_in_channel): invite it there with /invite @your-app",
    "is_archived": "Slack channel {channel} is archived (is_archived): unarchive it or change slack_channel",
    "restricted_action": "Slack refused to post to {channel} (restricted_action): ask an admin who may post there",
    "no_permission": "Slack refused to post to {channel} (no_permission): give the app access to the channel",
    "invalid_blocks": "Slack rejected the message's blocks (invalid_blocks): this is a briefbot bug, please report it",
    "msg_blocks_too_long": "Slack found the message too long (msg_blocks_too_long): this is a briefbot bug, please report it",
    # incoming webhooks answer with plain text
    "no_service": "the webhook in SLACK_WEBHOOK_URL no longer exists (no_service): create a new incoming webhook and update it",
    "invalid_token": "the webhook in SLACK_WEBHOOK_URL is invalid (invalid_token): copy its URL again from the app's settings",
    "no_team": "the webhook's workspace is gone (no_team): create a new incoming webhook and update SLACK_WEBHOOK_URL",
    "team_disabled": "the webhook's workspace is disabled (team_disabled): create a new webhook and update SLACK_WEBHOOK_URL",
    "channel_is_archived": "the webhook's channel is archived (channel_is_archived): unarchive it or create a new webhook",
    "action_prohibited": "an admin forbids posting with this webhook (action_prohibited): ask them, or use SLACK_BOT_TOKEN",
}


def explain(error: str, *, channel: str, topic: str) -> str:
    template = _FIXES.get(error, "Slack answered {error}: check SLACK_BOT_TOKEN / SLACK_WEBHOOK_URL and slack_channel")
    return template.format(error=error, channel=channel, topic=topic)


class BotTransport:
    """``chat.postMessage`` with a bot token (a real ``slack_sdk.WebClient``)."""

    can_thread = True

    def __init__(self, client: Any, channel: str, *, topic: str) -> None:
        self.client = client
        self.channel = channel
        self.topic = topic

    def post(self, message: SlackMessage, *, thread_ts: str | None, marker: dict[str, Any]) -> Posted:
        from slack_sdk.errors import SlackApiError

        args = {**message.payload(), "channel": self.channel, "metadata": marker}
        if thread_ts:
            args["thread_ts"] = thread_ts
        try:
            resp = self.client.chat_postMessage(**args)
        except SlackApiError as exc:
            raise self._failure(exc.response) from None
        except OSError as exc:  # URLError, timeouts, refused and reset connections
            raise Retry(f"cannot reach Slack ({_reason(exc)})", ambiguous=True) from None
        return Posted(resp.get("ts"), resp.get("channel"))

    def _failure(self, resp: Any) -> Exception:
        status = resp.status_code
        data = resp.data if isinstance(resp.data, dict) else {}
        error = str(data.get("error") or f"HTTP {status}")
        if status == 429 or error == "ratelimited":
            return Retry("Slack rate-limited briefbot (429)", retry_after=_retry_after(resp.headers))
        if status >= 500 or error in ("internal_error", "fatal_error", "service_unavailable", "request_timeout"):
            return Retry(f"Slack failed (HTTP {status})", ambiguous=True)
        return DeliveryError(explain(error, channel=self.channel, topic=self.topic))

    def find(self, marker: dict[str, Any], *, thread_ts: str | None, channel_id: str | None) -> Posted | None:
        """The message carrying ``marker`` if it is already in the channel or thread, else None."""
        from slack_sdk.errors import SlackApiError

        if not channel_id:
            return None
        try:
            if thread_ts:
                resp = self.client.conversations_replies(channel=channel_id, ts=thread_ts, include_all_metadata=True, limit=200)
            else:
                resp = self.client.conversations_history(channel=channel_id, include_all_metadata=True, limit=100)
        except (SlackApiError, OSError):
            return None  # no history scope, or Slack is down: send again (see the module docstring)
        for m in resp.get("messages") or []:
            meta = m.get("metadata") or {}
            if meta.get("event_type") == marker["event_type"] and meta.get("event_payload") == marker["event_payload"]:
                return Posted(m.get("ts"), channel_id)
        return None


class WebhookTransport:
    """An incoming webhook (a real ``slack_sdk.WebhookClient``): no threads, no ts, errors returned."""

    can_thread = False

    def __init__(self, client: Any, channel: str, *, topic: str) -> None:
        self.client = client
        self.channel = channel
        self.topic = topic

    def post(self, message: SlackMessage, *, thread_ts: str | None, marker: dict[str, Any]) -> Posted:
        try:
            resp = self.client.send_dict(message.payload())
        except OSError as exc:
            raise Retry(f"cannot reach the Slack webhook ({_reason(exc)})", ambiguous=True) from None
        except ValueError:  # a malformed URL: its message would carry the secret URL itself
            raise DeliveryError(f"{WEBHOOK_ENV} is not a valid URL: set it to the https://hooks.slack.com/... URL Slack gave you") from None
        body = (resp.body or "").strip()
        if resp.status_code == 200 and body == "ok":
            return Posted(None)
        if resp.status_code == 429:
            raise Retry("Slack rate-limited the webhook (429)", retry_after=_retry_after(resp.headers))
        if resp.status_code >= 500:
            raise Retry(f"the Slack webhook failed (HTTP {resp.status_code})", ambiguous=True)
        error = body if re.fullmatch(r"[a-z_]{3,60}", body) else f"HTTP {resp.status_code}"
        raise DeliveryError(explain(error, channel=self.channel, topic=self.topic))

    def find(self, marker: dict[str, Any], *, thread_ts: str | None, channel_id: str | None) -> Posted | None:
        return None  # a webhook cannot read the channel


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None) or exc
    return str(reason)[:200]


def _retry_after(headers: Mapping[str, Any] | None) -> float:
    headers = headers or {}
    raw = headers.get("Retry-After") or headers.get("retry-after") or "1"
    if isinstance(raw, list):
        raw = raw[0] if raw else "1"
    try:
        return max(0.0, float(raw))
    except ValueError:
        return 1.0


def make_transport(target: Target, topic: TopicConfig, slack_config: SlackConfig, env: Mapping[str, str]) -> Transport:
    """A real slack_sdk client for ``target`` (retries are ours: the clients get none)."""
    assert target.channel is not None
    auth = slack_auth(env)
    if auth == "token":
        from slack_sdk import WebClient

        client = WebClient(token=env[TOKEN_ENV].strip(), base_url=slack_config.base_url,
                           timeout=max(1, int(slack_config.timeout)), retry_handlers=[])
        return BotTransport(client, target.channel, topic=topic.name)
    if auth == "webhook":
        from slack_sdk.webhook import WebhookClient

        hook = WebhookClient(env[WEBHOOK_ENV].strip(), timeout=max(1, int(slack_config.timeout)), retry_handlers=[])
        return WebhookTransport(hook, target.channel, topic=topic.name)
    raise ConfigError(f"set {TOKEN_ENV} (or {WEBHOOK_ENV}) to post topic {topic.name!r} to Slack")


def send_part(transport: Transport, message: SlackMessage, *, thread_ts: str | None, marker: dict[str, Any],
              channel_id: str | None, max_retries: int, sleep: Sleep) -> Posted:
    """Post one message, retrying 429 (after Retry-After) and 5xx / connection errors (with backoff).

    After an ambiguous failure the channel is searched for the message before it is sent again.
    """
    attempt = 0
    while True:
        try:
            return transport.post(message, thread_ts=thread_ts, marker=marker)
        except Retry as failure:
            if attempt >= max_retries:
                raise SendFailed(f"{failure} after {attempt + 1} attempts: it will be retried by the next post or run",
                                 ambiguous=failure.ambiguous) from None
            if failure.retry_after is not None:
                if failure.retry_after > MAX_RETRY_AFTER:
                    raise SendFailed(f"{failure}, asked to wait {failure.retry_after:.0f} s: it will be retried by the next "
                                     "post or run", ambiguous=False) from None
                sleep(failure.retry_after)
            else:
                sleep(min(MAX_BACKOFF, 2.0 ** attempt))
            attempt += 1
            if failure.ambiguous:
                found = transport.find(marker, thread_ts=thread_ts, channel_id=channel_id)
                if found is not None:
                    return found


def marker_for(topic: str, as_of: date, part: int) -> dict[str, Any]:
    return {"event_type": MARKER, "event_payload": {"topic": topic, "as_of": as_of.isoformat(), "part": part}}


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
    """What delivery needs from the outside world, passed in by the CLI or the scheduler."""

    config: Config
    topic: TopicConfig
    env: Mapping[str, str]
    now: Callable[[], datetime]
    sleep: Sleep = time.sleep
    transports: dict[str, Transport] = field(default_factory=dict)  # by target key; made on first use

    def transport(self, target: Target) -> Transport:
        if target.key not in self.transports:
            self.transports[target.key] = make_transport(target, self.topic, self.config.slack, self.env)
        return self.transports[target.key]


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
    assert target.channel is not None
    channel_id = d.channel_id or (target.channel if _CHANNEL_ID.match(target.channel) else store.known_channel_id(target.key))
    sent = 0
    for part in range(d.parts_sent, len(messages)):
        marker = marker_for(brief.topic, brief.as_of, part)
        thread_ts = d.message_ts if part > 0 and transport.can_thread else None
        posted = transport.find(marker, thread_ts=thread_ts, channel_id=channel_id) if d.status == "sending" else None
        if posted is None:
            d = store.update_delivery(d, ctx.now(), status="sending", parts_total=len(messages))
            try:
                posted = send_part(transport, messages[part], thread_ts=thread_ts, marker=marker, channel_id=channel_id,
                                   max_retries=ctx.config.slack.max_retries, sleep=ctx.sleep)
            except DeliveryError as exc:
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
    assert target.folder is not None
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


@dataclass(frozen=True)
class PostResult:
    stored: StoredBrief
    outcomes: tuple[Outcome, ...]
    skipped: tuple[Any, ...] = ()

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]


def post(store: Store, ctx: Context, *, today: date, as_of: date | None = None, holder: Holder) -> PostResult:
    """Make the topic's brief (stored first), then deliver it and any unfinished earlier ones."""
    from briefbot import app as pipeline

    targets = require_targets(ctx.config, ctx.topic, ctx.env)
    result = pipeline.make_brief(ctx.config, ctx.topic, store, today=today, now=ctx.now(), as_of=as_of)
    lock = f"deliver:{ctx.topic.name}"
    if not store.acquire_lock(lock, holder, ctx.now(), DELIVERY_LOCK_TTL):
        raise DeliveryError(
            f"another briefbot process is delivering topic {ctx.topic.name!r} right now: the brief is stored; "
            "run post again in a few minutes"
        )
    try:
        outcomes = retry_unfinished(store, targets, ctx, today=today, exclude=result.brief.as_of)
        outcomes += deliver(store, result.stored, targets, ctx)
    finally:
        store.release_lock(lock, holder)
    return PostResult(result.stored, tuple(outcomes), (*result.skipped, *result.notes))


def dry_run(stored: StoredBrief, targets: Sequence[Target], env: Mapping[str, str]) -> dict[str, Any]:
    """What ``post --dry-run`` prints: the Slack payloads and the Markdown file it would write."""
    from briefbot.output import slack

    channel = next((t.channel for t in targets if t.kind == "slack"), None)
    folder = next((t.folder for t in targets if t.kind == "markdown"), None)
    return {
        "topic": stored.topic,
        "as_of": stored.as_of.isoformat(),
        "slack": {"channel": channel, "via": slack_auth(env) if channel else None, "messages": slack.payloads(stored.brief)},
        "markdown": str(markdown_path(folder, stored.topic, stored.as_of)) if folder else None,
    }
