"""Slack transports (real ``slack_sdk`` clients) and the retries around a post.

:class:`BotTransport` posts with ``chat.postMessage`` (threads, message metadata, searchable with
``conversations.history`` / ``.replies``) and resolves ``#name`` to a channel ID with
``conversations.list``; :class:`WebhookTransport` posts to an incoming webhook (no threads, cannot
read the channel).  :func:`send_part` retries 429 after ``Retry-After`` and 5xx / connection
errors with bounded backoff; the clients themselves get no retry handlers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

from briefbot.config import SlackConfig, TopicConfig
from briefbot.deliver.secrets import TOKEN_ENV, WEBHOOK_ENV
from briefbot.deliver.slack_errors import explain
from briefbot.deliver.targets import Target, slack_auth
from briefbot.errors import ConfigError, DeliveryError

if TYPE_CHECKING:
    from briefbot.output.slack import SlackMessage

MAX_BACKOFF = 60.0  # seconds between retries after a 5xx or a connection error
MAX_RETRY_AFTER = 300.0  # a longer Retry-After fails the delivery (it is retried on the next run)
MAX_CHANNEL_PAGES = 50  # conversations.list pages read to resolve a #name (1,000 channels each)
CHANNEL_ID = re.compile(r"^[CGD][A-Z0-9]{6,}$")

Sleep = Callable[[float], None]
Marker = dict[str, Any]


@dataclass(frozen=True)
class Posted:
    ts: str | None
    channel_id: str | None = None


class Retry(DeliveryError):
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


class Refused(DeliveryError):
    """Slack refused the message for a reason retrying will not change (``error`` is its code)."""

    def __init__(self, message: str, *, error: str) -> None:
        super().__init__(message)
        self.error = error


class Transport(Protocol):
    can_thread: bool

    def post(self, message: SlackMessage, *, channel: str, thread_ts: str | None, marker: Marker) -> Posted: ...

    def find(self, marker: Marker, *, thread_ts: str | None, channel_id: str | None) -> Posted | None: ...

    def resolve(self, name: str) -> str | None: ...


class BotTransport:
    """``chat.postMessage`` with a bot token (a real ``slack_sdk.WebClient``)."""

    can_thread = True

    def __init__(self, client: Any, channel: str, *, topic: str) -> None:
        self.client = client
        self.channel = channel
        self.topic = topic

    def post(self, message: SlackMessage, *, channel: str, thread_ts: str | None, marker: Marker) -> Posted:
        from slack_sdk.errors import SlackApiError

        args = {**message.payload(), "channel": channel, "metadata": marker}
        if thread_ts:
            args["thread_ts"] = thread_ts
        try:
            resp = self.client.chat_postMessage(**args)
        except SlackApiError as exc:
            raise self._failure(exc.response) from None
        except OSError as exc:  # URLError, timeouts, refused and reset connections
            raise Retry(f"cannot reach Slack ({_reason(exc)})", ambiguous=True) from None
        return Posted(resp.get("ts"), resp.get("channel"))

    def _failure(self, resp: Any) -> DeliveryError:
        status = resp.status_code
        data = resp.data if isinstance(resp.data, dict) else {}
        error = str(data.get("error") or f"HTTP {status}")
        if status == 429 or error == "ratelimited":
            return Retry("Slack rate-limited briefbot (429)", retry_after=_retry_after(resp.headers))
        if status >= 500 or error in ("internal_error", "fatal_error", "service_unavailable", "request_timeout"):
            return Retry(f"Slack failed (HTTP {status})", ambiguous=True)
        return Refused(explain(error, channel=self.channel, topic=self.topic), error=error)

    def find(self, marker: Marker, *, thread_ts: str | None, channel_id: str | None) -> Posted | None:
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
            return None  # no history scope, or Slack is down: send again (see briefbot.deliver.exactly_once)
        for m in resp.get("messages") or []:
            meta = m.get("metadata") or {}
            if meta.get("event_type") == marker["event_type"] and meta.get("event_payload") == marker["event_payload"]:
                return Posted(m.get("ts"), channel_id)
        return None

    def resolve(self, name: str) -> str | None:
        """The ID of the channel called ``name`` (``#briefs`` or ``briefs``) via ``conversations.list``;
        None when it is not found or the token may not list channels (``channels:read``)."""
        from slack_sdk.errors import SlackApiError

        wanted = name.removeprefix("#")
        cursor = None
        for _ in range(MAX_CHANNEL_PAGES):
            try:
                resp = self.client.conversations_list(types="public_channel,private_channel", exclude_archived=True,
                                                      limit=1000, cursor=cursor)
            except (SlackApiError, OSError):
                return None
            for channel in resp.get("channels") or []:
                if channel.get("name") == wanted and channel.get("id"):
                    return str(channel["id"])
            cursor = (resp.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                return None
        return None


class WebhookTransport:
    """An incoming webhook (a real ``slack_sdk.WebhookClient``): no threads, no ts, errors returned."""

    can_thread = False

    def __init__(self, client: Any, channel: str, *, topic: str) -> None:
        self.client = client
        self.channel = channel
        self.topic = topic

    def post(self, message: SlackMessage, *, channel: str, thread_ts: str | None, marker: Marker) -> Posted:
        try:
            resp = self.client.send_dict(message.payload())
        except OSError as exc:
            raise Retry(f"cannot reach the Slack webhook ({_reason(exc)})", ambiguous=True) from None
        except ValueError:  # a malformed URL: its message would carry the secret URL itself
            raise bad_webhook() from None
        body = (resp.body or "").strip()
        if resp.status_code == 200 and body == "ok":
            return Posted(None)
        if resp.status_code == 429:
            raise Retry("Slack rate-limited the webhook (429)", retry_after=_retry_after(resp.headers))
        if resp.status_code >= 500:
            raise Retry(f"the Slack webhook failed (HTTP {resp.status_code})", ambiguous=True)
        error = body if re.fullmatch(r"[a-z_]{3,60}", body) else f"HTTP {resp.status_code}"
        raise Refused(explain(error, channel=self.channel, topic=self.topic), error=error)

    def find(self, marker: Marker, *, thread_ts: str | None, channel_id: str | None) -> Posted | None:
        return None  # a webhook cannot read the channel

    def resolve(self, name: str) -> str | None:
        return None  # a webhook posts to its own channel


def bad_webhook() -> DeliveryError:
    return DeliveryError(f"{WEBHOOK_ENV} is not a valid URL: set it to the incoming webhook's URL as Slack gave it "
                         "(it starts with https://hooks.slack.com)")


def check_webhook_url(url: str) -> None:
    """Raise (without showing the URL, a secret) unless ``url`` is an http(s) URL with a host and a path."""
    try:
        parts = urlsplit(url)
        port_ok = parts.port is None or 0 < parts.port < 65536
    except ValueError:
        raise bad_webhook() from None
    if parts.scheme not in ("http", "https") or not parts.hostname or not port_ok or len(parts.path) < 2 or any(
            c.isspace() for c in url):
        raise bad_webhook()


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
    auth = slack_auth(env)
    if auth == "token":
        from slack_sdk import WebClient

        client = WebClient(token=env[TOKEN_ENV].strip(), base_url=slack_config.base_url,
                           timeout=max(1, int(slack_config.timeout)), retry_handlers=[])
        return BotTransport(client, target.channel, topic=topic.name)
    if auth == "webhook":
        from slack_sdk.webhook import WebhookClient

        url = env[WEBHOOK_ENV].strip()
        check_webhook_url(url)
        hook = WebhookClient(url, timeout=max(1, int(slack_config.timeout)), retry_handlers=[])
        return WebhookTransport(hook, target.channel, topic=topic.name)
    raise ConfigError(f"set {TOKEN_ENV} (or {WEBHOOK_ENV}) to post topic {topic.name!r} to Slack")


def send_part(transport: Transport, message: SlackMessage, *, channel: str, thread_ts: str | None, marker: Marker,
              channel_id: str | None, max_retries: int, sleep: Sleep) -> Posted:
    """Post one message, retrying 429 (after Retry-After) and 5xx / connection errors (with backoff).

    After an ambiguous failure the channel is searched for the message before it is sent again.
    """
    attempt = 0
    while True:
        try:
            return transport.post(message, channel=channel, thread_ts=thread_ts, marker=marker)
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
