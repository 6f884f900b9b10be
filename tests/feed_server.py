"""A loopback HTTP server for feed and fetch tests (http.server in a thread on 127.0.0.1:0).

Routes are added per test: a fixed body (with an optional ETag / Last-Modified that answers
conditional requests with 304), a redirect, a delay before answering, a body sent without a
Content-Length, or a callable that builds the answer from the request number.  Every request is
recorded with its headers.
"""

from __future__ import annotations

import gzip as gzip_module
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0  # seconds before the status line
    length: bool = True  # send Content-Length (else the body ends when the connection closes)
    etag: str | None = None
    last_modified: str | None = None
    gzip: bool = False


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict[str, str]


Route = Reply | Callable[[int], Reply]  # a callable gets the number of this request to the path (1, 2, ...)


@dataclass
class FeedServer:
    port: int = 0
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[Seen] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def add(self, path: str, route: Route | None = None, **reply: object) -> str:
        self.routes[path] = route if route is not None else Reply(**reply)  # type: ignore[arg-type]
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        return self.add(path, status=status, headers=(("Location", to),), content_type=None)

    def seen(self, path: str) -> list[Seen]:
        return [r for r in self.requests if r.path == path]


def _handler(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen = Seen("GET", self.path, {k.lower(): v for k, v in self.headers.items()})
            server.requests.append(seen)
            route = server.routes.get(self.path)
            if route is None:
                reply = Reply(status=404, body=b"not found", content_type="text/plain")
            elif callable(route):
                reply = route(len(server.seen(self.path)))
            else:
                reply = route
            if reply.delay and server.stop.wait(reply.delay):
                return
            self._answer(seen, reply)

        def _answer(self, seen: Seen, reply: Reply) -> None:
            if reply.status == 200 and _not_modified(seen, reply):
                self.send_response(304)
                self._validators(reply)
                self.end_headers()
                return
            body = gzip_module.compress(reply.body) if reply.gzip else reply.body
            self.send_response(reply.status)
            if reply.content_type:
                self.send_header("Content-Type", reply.content_type)
            if reply.gzip:
                self.send_header("Content-Encoding", "gzip")
            if reply.length:
                self.send_header("Content-Length", str(len(body)))
            self._validators(reply)
            for name, value in reply.headers:
                self.send_header(name, value)
            self.end_headers()
            try:
                for i in range(0, len(body), 65536):
                    self.wfile.write(body[i:i + 65536])
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading (the size cap)

        def _validators(self, reply: Reply) -> None:
            if reply.etag:
                self.send_header("ETag", reply.etag)
            if reply.last_modified:
                self.send_header("Last-Modified", reply.last_modified)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


def _not_modified(seen: Seen, reply: Reply) -> bool:
    if reply.etag and seen.headers.get("if-none-match") == reply.etag:
        return True
    return bool(reply.last_modified and not reply.etag and seen.headers.get("if-modified-since") == reply.last_modified)


@contextmanager
def serve() -> Iterator[FeedServer]:
    """A running server on 127.0.0.1 and a free port; stopped (slow replies cut short) on exit."""
    server = FeedServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(server))
    httpd.daemon_threads = True
    httpd.block_on_close = False
    server.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    with serve() as server:
        yield server
