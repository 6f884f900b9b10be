"""A loopback stand-in for Slack's Web API and incoming webhooks, for the real slack_sdk clients.

``FakeSlack`` runs ``http.server`` in a thread on 127.0.0.1 (a free port).  It checks the bearer
token (``not_authed`` / ``invalid_auth``), resolves channels by ID, ``#name`` or ``name``
(``channel_not_found``, ``not_in_channel``), lists them (``conversations.list``, two a page), enforces Block Kit limits (``invalid_blocks``,
``msg_blocks_too_long``), keeps posted messages with their ``thread_ts`` and metadata for
``conversations.history`` / ``conversations.replies``, and records every call.  Failures are
scripted: ``fail(429, retry_after=1)``, ``fail(500)``, ``fail(500, accept=True)`` (the message is
kept but the answer is lost, as when a response never arrives).
"""

from __future__ import annotations

import itertools
import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlparse

TOKEN = "xoxb-test-0000-SECRET-token"
WEBHOOK_PATH = "/services/T000/B000/SECRETHOOK"
HEADER_MAX = 150
SECTION_MAX = 3000
BLOCKS_MAX = 50
BLOCK_TEXT_MAX = 12_000


@dataclass(frozen=True)
class Call:
    path: str
    body: dict[str, Any]
    headers: dict[str, str]

    @property
    def method(self) -> str:
        return self.path.rsplit("/", 1)[-1]


@dataclass
class Failure:
    status: int
    retry_after: int | None = None
    accept: bool = False  # keep the message although the answer is an error
    error: str | None = None


@dataclass
class FakeSlack:
    token: str = TOKEN
    channels: dict[str, str] = field(default_factory=lambda: {"briefs": "C0BRIEFS01", "secret": "C0SECRET01"})
    member_of: set[str] = field(default_factory=lambda: {"C0BRIEFS01"})
    archived: set[str] = field(default_factory=set)
    calls: list[Call] = field(default_factory=list)
    messages: list[dict[str, Any]] = field(default_factory=list)  # every accepted message, in order
    script: list[Failure | None] = field(default_factory=list)  # None: the post succeeds

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._ts = itertools.count(1)
        self.server: ThreadingHTTPServer | None = None

    # -- control --------------------------------------------------------------------------------

    def start(self) -> FakeSlack:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                fake._handle(self)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server:
            self.server.shutdown()
            self.server.server_close()

    def __enter__(self) -> FakeSlack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        return self.base + "/api/"

    @property
    def webhook_url(self) -> str:
        return self.base + WEBHOOK_PATH

    def fail(self, status: int, *, retry_after: int | None = None, accept: bool = False, error: str | None = None,
             times: int = 1, after: int = 0) -> None:
        """After ``after`` successful posts, the next ``times`` posts (chat.postMessage or webhook) fail so."""
        with self._lock:
            self.script.extend([None] * after)
            self.script.extend(Failure(status, retry_after, accept, error) for _ in range(times))

    def posts(self) -> list[Call]:
        return [c for c in self.calls if c.method == "chat.postMessage" or c.path == WEBHOOK_PATH]

    def in_channel(self, channel_id: str) -> list[dict[str, Any]]:
        return [m for m in self.messages if m["channel"] == channel_id]

    # -- the API --------------------------------------------------------------------------------

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        raw = h.rfile.read(length).decode("utf-8")
        if "json" in (h.headers.get("Content-Type") or ""):
            body = json.loads(raw or "{}")
        else:
            body = dict(parse_qsl(raw))
            for key in ("blocks", "metadata"):
                if isinstance(body.get(key), str):
                    body[key] = json.loads(body[key])
        path = urlparse(h.path).path
        with self._lock:
            self.calls.append(Call(path, body, dict(h.headers.items())))
        if path == WEBHOOK_PATH or path.startswith("/services/"):
            self._webhook(h, path, body)
            return
        method = path.rsplit("/", 1)[-1]
        auth = h.headers.get("Authorization", "")
        if not auth.startswith("Bearer "):
            self._json(h, {"ok": False, "error": "not_authed"})
        elif auth.removeprefix("Bearer ") != self.token:
            self._json(h, {"ok": False, "error": "invalid_auth"})
        elif method == "chat.postMessage":
            self._post_message(h, body)
        elif method == "auth.test":
            self._json(h, {"ok": True, "user": "briefbot", "team": "Newsroom", "user_id": "U0BOT", "team_id": "T0NEWS"})
        elif method == "conversations.info":
            self._info(h, body)
        elif method == "conversations.history":
            self._history(h, body)
        elif method == "conversations.replies":
            self._replies(h, body)
        elif method == "conversations.list":
            self._list(h, body)
        else:
            self._json(h, {"ok": False, "error": "unknown_method"}, status=404)

    def _next_failure(self) -> Failure | None:
        with self._lock:
            return self.script.pop(0) if self.script else None

    def _post_message(self, h: BaseHTTPRequestHandler, body: dict[str, Any]) -> None:
        channel = self._channel(str(body.get("channel", "")))
        if channel is None:
            self._json(h, {"ok": False, "error": "channel_not_found"})
            return
        if channel not in self.member_of:
            self._json(h, {"ok": False, "error": "not_in_channel"})
            return
        error = check_blocks(body.get("blocks") or [])
        if error:
            self._json(h, {"ok": False, "error": error})
            return
        failure = self._next_failure()
        message = None
        if failure is None or failure.accept:
            message = self._keep(channel, body)
        if failure is not None:
            self._failure(h, failure)
            return
        assert message is not None
        self._json(h, {"ok": True, "channel": channel, "ts": message["ts"], "message": message})

    def _webhook(self, h: BaseHTTPRequestHandler, path: str, body: dict[str, Any]) -> None:
        if path != WEBHOOK_PATH:
            self._text(h, 404, "no_service")
            return
        error = check_blocks(body.get("blocks") or [])
        if error:
            self._text(h, 400, error)
            return
        failure = self._next_failure()
        if failure is None or failure.accept:
            self._keep("WEBHOOK", body)
        if failure is not None:
            self._failure(h, failure, as_text=True)
            return
        self._text(h, 200, "ok")

    def _failure(self, h: BaseHTTPRequestHandler, failure: Failure, *, as_text: bool = False) -> None:
        headers = {"Retry-After": str(failure.retry_after)} if failure.retry_after is not None else {}
        error = failure.error or ("ratelimited" if failure.status == 429 else "internal_error")
        if failure.status >= 500 and not failure.error:
            self._text(h, failure.status, "<html>oops</html>", headers)  # Slack's 5xx are not JSON
        elif as_text:
            self._text(h, failure.status, error, headers)
        else:
            self._json(h, {"ok": False, "error": error}, status=failure.status, headers=headers)

    def _keep(self, channel: str, body: dict[str, Any]) -> dict[str, Any]:
        n = next(self._ts)
        message = {"channel": channel, "ts": f"{1_700_000_000 + n}.{n:06d}", "text": body.get("text", ""),
                   "blocks": body.get("blocks") or [], "thread_ts": body.get("thread_ts"),
                   "metadata": body.get("metadata"), "unfurl_links": body.get("unfurl_links"),
                   "unfurl_media": body.get("unfurl_media")}
        with self._lock:
            self.messages.append(message)
        return message

    def _describe(self, name: str, channel_id: str) -> dict[str, Any]:
        return {"id": channel_id, "name": name, "is_member": channel_id in self.member_of,
                "is_archived": channel_id in self.archived}

    def _info(self, h: BaseHTTPRequestHandler, body: dict[str, Any]) -> None:
        channel_id = str(body.get("channel", ""))
        names = {v: k for k, v in self.channels.items()}
        if channel_id not in names:
            self._json(h, {"ok": False, "error": "channel_not_found"})
            return
        self._json(h, {"ok": True, "channel": self._describe(names[channel_id], channel_id)})

    def _history(self, h: BaseHTTPRequestHandler, body: dict[str, Any]) -> None:
        channel = str(body.get("channel", ""))
        if channel not in self.channels.values():
            self._json(h, {"ok": False, "error": "channel_not_found"})
            return
        oldest = float(body.get("oldest") or 0)
        found = [self._shown(m, body) for m in reversed(self.in_channel(channel))
                 if not m["thread_ts"] and float(m["ts"]) >= oldest]
        self._json(h, {"ok": True, "messages": found, "has_more": False})

    def _replies(self, h: BaseHTTPRequestHandler, body: dict[str, Any]) -> None:
        channel, ts = str(body.get("channel", "")), str(body.get("ts", ""))
        thread = [self._shown(m, body) for m in self.in_channel(channel) if ts in (m["ts"], m["thread_ts"])]
        if not thread:
            self._json(h, {"ok": False, "error": "thread_not_found"})
            return
        self._json(h, {"ok": True, "messages": thread, "has_more": False})

    def _list(self, h: BaseHTTPRequestHandler, body: dict[str, Any]) -> None:
        """Two channels a page, with Slack's cursor, so that paging is exercised."""
        names = sorted(self.channels)
        start = int(body.get("cursor") or 0)
        page = [{"id": self.channels[n], "name": n} for n in names[start:start + 2]]
        more = str(start + 2) if start + 2 < len(names) else ""
        self._json(h, {"ok": True, "channels": page, "response_metadata": {"next_cursor": more}})

    @staticmethod
    def _shown(m: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
        shown = {"type": "message", "ts": m["ts"], "text": m["text"]}
        if m["thread_ts"]:
            shown["thread_ts"] = m["thread_ts"]
        if m["metadata"] and str(body.get("include_all_metadata", "")).lower() in ("1", "true"):
            shown["metadata"] = m["metadata"]
        return shown

    def _channel(self, name: str) -> str | None:
        if name in self.channels.values():
            return name
        return self.channels.get(name.removeprefix("#"))

    @staticmethod
    def _json(h: BaseHTTPRequestHandler, data: dict[str, Any], *, status: int = 200,
              headers: dict[str, str] | None = None) -> None:
        FakeSlack._send(h, status, json.dumps(data).encode(), "application/json; charset=utf-8", headers or {})

    @staticmethod
    def _text(h: BaseHTTPRequestHandler, status: int, text: str, headers: dict[str, str] | None = None) -> None:
        FakeSlack._send(h, status, text.encode(), "text/plain; charset=utf-8", headers or {})

    @staticmethod
    def _send(h: BaseHTTPRequestHandler, status: int, data: bytes, kind: str, headers: dict[str, str]) -> None:
        h.send_response(status)
        h.send_header("Content-Type", kind)
        h.send_header("Content-Length", str(len(data)))
        for k, v in headers.items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(data)


def block_text(block: dict[str, Any]) -> int:
    total = len((block.get("text") or {}).get("text", "")) if isinstance(block.get("text"), dict) else 0
    total += sum(len(e.get("text", "")) for e in block.get("elements", []) if isinstance(e, dict))
    return total + sum(len(f.get("text", "")) for f in block.get("fields", []))


def check_blocks(blocks: list[dict[str, Any]]) -> str | None:
    """Slack's answer to blocks that break its limits, or None."""
    if len(blocks) > BLOCKS_MAX:
        return "invalid_blocks"
    for b in blocks:
        text = (b.get("text") or {}).get("text", "") if isinstance(b.get("text"), dict) else ""
        if b.get("type") == "header" and (len(text) > HEADER_MAX or b["text"].get("type") != "plain_text"):
            return "invalid_blocks"
        if b.get("type") == "section" and len(text) > SECTION_MAX:
            return "invalid_blocks"
    if sum(block_text(b) for b in blocks) > BLOCK_TEXT_MAX:
        return "msg_blocks_too_long"
    return None
