"""All of briefbot's network I/O: one polite HTTP GET (standard library only).

* http and https only; redirects are followed by hand, at most ``max_redirects`` of them, and a
  loop fails as such.
* A clear ``User-Agent`` (``FetchConfig.user_agent`` with ``{version}`` filled in).
* Conditional requests: give the ``etag`` / ``last_modified`` of the previous response and an
  unchanged resource comes back as a body-less 304 :class:`Response`.
* ``timeout`` bounds each wait on the socket and the whole response; the body is streamed and
  the request fails ("too large") as soon as it passes ``max_bytes`` (after gzip decoding).

Every failure is a :class:`~briefbot.errors.FetchFailed` (a :class:`~briefbot.errors.SkipSource`) with a short
reason for the source-health line: "timeout after 20s", "HTTP 404", "too large (...)".
"""

from __future__ import annotations

import errno
import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from briefbot import __version__
from briefbot.config import FetchConfig
from briefbot.errors import FetchFailed, Unreachable
from briefbot.ingest import urls

ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, "
    "text/html;q=0.8, application/xhtml+xml;q=0.8, text/plain;q=0.5, */*;q=0.1"
)
REDIRECTS = {301, 302, 303, 307, 308}
CHUNK = 64 * 1024


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    status: int  # 200-299, or 304 (not modified: empty body)
    body: bytes = b""
    media_type: str = ""  # "application/rss+xml", lower case, no parameters; "" when not given
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def user_agent(config: FetchConfig) -> str:
    return config.user_agent.replace("{version}", __version__)


def get(url: str, config: FetchConfig, *, etag: str | None = None, last_modified: str | None = None,
        public_only: bool = False) -> Response:
    """GET ``url`` following redirects; a conditional request when validators are given.

    Credentials in the URL go in an ``Authorization`` header (to the same origin only), never in
    :attr:`Response.url`.  With ``public_only`` (links found inside feeds) every hop's host must
    resolve to public addresses only (see :mod:`briefbot.ingest.urls`).
    """
    headers = {"User-Agent": user_agent(config), "Accept": ACCEPT, "Accept-Encoding": "gzip"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    url, authorization = urls.credentials(url)
    origin = _origin(url)
    deadline = time.monotonic() + config.timeout
    visited = [url]
    current = url
    while True:
        _check_scheme(current)
        if public_only and (refused := urls.refusal(current)):
            raise FetchFailed(refused)
        hop = dict(headers, Authorization=authorization) if authorization and _origin(current) == origin else headers
        status, resp_headers, body = _request(current, hop, config, deadline)
        if status not in REDIRECTS:
            break
        location = resp_headers.get("Location")
        if not location:
            raise FetchFailed(f"HTTP {status} without a Location")
        current = urls.public(urljoin(current, location.strip()))
        if current in visited:
            raise FetchFailed(f"redirect loop ({' -> '.join(_short(u) for u in [*visited, current])})")
        visited.append(current)
        if len(visited) - 1 > config.max_redirects:
            raise FetchFailed(f"too many redirects (more than {config.max_redirects})")
    if status == 304:
        return Response(url=current, status=304, etag=resp_headers.get("ETag"), last_modified=resp_headers.get("Last-Modified"))
    if not 200 <= status < 300:
        raise FetchFailed(f"HTTP {status}")
    media_type, charset = _content_type(resp_headers)
    return Response(url=current, status=status, body=body, media_type=media_type, charset=charset,
                    etag=resp_headers.get("ETag"), last_modified=resp_headers.get("Last-Modified"))


def _origin(url: str) -> tuple[str, str, int | None]:
    try:
        parts = urlsplit(url)
        return parts.scheme.lower(), (parts.hostname or "").lower(), parts.port
    except ValueError:  # a malformed URL: _check_scheme says so
        return "", url, None


def _check_scheme(url: str) -> None:
    try:
        parts = urlsplit(url)
        parts.hostname  # noqa: B018 - raises ValueError on a malformed host
    except ValueError as exc:
        raise FetchFailed(f"malformed URL ({exc})") from None
    if parts.scheme.lower() not in {"http", "https"}:
        raise FetchFailed(f"unsupported URL scheme {parts.scheme or '(none)'!r}: only http and https")
    if not parts.hostname:
        raise FetchFailed("no host in the URL")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects come back as responses so that :func:`get` can count them and spot loops."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _opener() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(_NoRedirect())


def _request(url: str, headers: dict[str, str], config: FetchConfig, deadline: float) -> tuple[int, Message, bytes]:
    """(status, headers, decoded body) of one hop; 3xx and 304 come back with an empty body."""
    timeout = config.timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchFailed(f"timeout after {timeout:g}s")
    request = urllib.request.Request(url, headers=headers, method="GET")
    try:
        with _opener().open(request, timeout=min(timeout, remaining)) as resp:
            status, resp_headers = resp.status, resp.headers
            body = _read_body(resp, resp_headers, config, deadline)
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.headers, b""
    except urllib.error.URLError as exc:
        raise _failure(exc.reason, timeout) from None
    except (OSError, http.client.HTTPException) as exc:
        raise _failure(exc, timeout) from None
    return status, resp_headers, body


def _read_body(resp: http.client.HTTPResponse, headers: Message, config: FetchConfig, deadline: float) -> bytes:
    cap = config.max_bytes
    declared = headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > cap:
        raise FetchFailed(f"too large ({int(declared):,} bytes; the cap is {cap:,})")
    gzipped = headers.get("Content-Encoding", "").strip().lower() in {"gzip", "x-gzip"}
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS) if gzipped else None
    parts: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchFailed(f"timeout after {config.timeout:g}s")
        chunk = resp.read1(CHUNK)
        if not chunk:
            break
        if inflate is not None:
            try:
                chunk = inflate.decompress(chunk, cap + 1 - size)
            except zlib.error:
                raise FetchFailed("corrupt gzip body") from None
        parts.append(chunk)
        size += len(chunk)
        if size > cap:
            raise FetchFailed(f"too large (more than {cap:,} bytes)")
    return b"".join(parts)


_UNREACHABLE = {errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN, errno.EHOSTDOWN}


def _failure(reason: object, timeout: float) -> FetchFailed:
    if isinstance(reason, socket.gaierror):
        return Unreachable("host could not be reached (its name did not resolve: offline, or a mistyped host?)")
    if isinstance(reason, OSError) and reason.errno in _UNREACHABLE:
        return Unreachable(f"host could not be reached ({(reason.strerror or 'no route').lower()}: offline?)")
    return FetchFailed(_network_reason(reason, timeout))


def _network_reason(reason: object, timeout: float) -> str:
    if isinstance(reason, TimeoutError | socket.timeout):
        return f"timeout after {timeout:g}s"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, ssl.SSLError):
        return f"TLS error ({getattr(reason, 'reason', None) or reason})"
    if isinstance(reason, ConnectionResetError | http.client.RemoteDisconnected | http.client.IncompleteRead):
        return "connection closed by the server"
    if isinstance(reason, OSError) and reason.strerror:
        return f"network error ({reason.strerror.lower()})"
    return f"network error ({reason})"


def _content_type(headers: Message) -> tuple[str, str | None]:
    if not headers.get("Content-Type"):
        return "", None
    return headers.get_content_type().lower(), headers.get_content_charset()


def _short(url: str) -> str:
    parts = urlsplit(url)
    path = parts.path or "/"
    return f"{path}?{parts.query}" if parts.query else path
