"""briefbot.fetch against a loopback server: headers, conditional requests, limits, failures."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from feed_server import FeedServer, serve

from briefbot import __version__
from briefbot.config import FetchConfig
from briefbot.errors import FetchFailed, SkipSource
from briefbot.ingest.http import get

FAST = FetchConfig(timeout=0.5, max_bytes=100_000, max_redirects=3)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with serve() as s:
        yield s


def test_get_returns_body_type_and_sends_a_clear_user_agent(server: FeedServer) -> None:
    url = server.add("/page", body="<html><body>Grüße</body></html>".encode(), content_type="text/html; charset=UTF-8")
    resp = get(url, FAST)
    assert (resp.status, resp.media_type, resp.charset) == (200, "text/html", "utf-8")
    assert resp.body.decode() == "<html><body>Grüße</body></html>"
    agent = server.seen("/page")[0].headers["user-agent"]
    assert agent.startswith(f"briefbot/{__version__} ") and "{version}" not in agent
    assert "if-none-match" not in server.seen("/page")[0].headers


def test_an_unchanged_resource_costs_a_304_with_no_body(server: FeedServer) -> None:
    url = server.add("/feed.xml", body=b"<rss/>", content_type="application/rss+xml", etag='"v1"',
                     last_modified="Mon, 04 Mar 2024 08:00:00 GMT")
    first = get(url, FAST)
    assert (first.etag, first.last_modified) == ('"v1"', "Mon, 04 Mar 2024 08:00:00 GMT")
    second = get(url, FAST, etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.body == b""
    sent = server.seen("/feed.xml")[1].headers
    assert sent["if-none-match"] == '"v1"'
    assert sent["if-modified-since"] == "Mon, 04 Mar 2024 08:00:00 GMT"


def test_last_modified_alone_is_enough_for_a_304(server: FeedServer) -> None:
    url = server.add("/feed.xml", body=b"<rss/>", last_modified="Mon, 04 Mar 2024 08:00:00 GMT")
    assert get(url, FAST, last_modified=get(url, FAST).last_modified).not_modified


@pytest.mark.parametrize("status", [404, 500, 403])
def test_http_errors_are_short_reasons(server: FeedServer, status: int) -> None:
    url = server.add("/gone", status=status, body=b"nope")
    with pytest.raises(FetchFailed, match=f"^HTTP {status}$"):
        get(url, FAST)


def test_a_slow_server_times_out_before_its_answer(server: FeedServer) -> None:
    url = server.add("/slow", body=b"late", delay=3.0)
    with pytest.raises(FetchFailed, match=r"^timeout after 0\.5s$"):  # not the body, three seconds later
        get(url, FAST)


def test_a_declared_huge_response_is_refused_before_reading(server: FeedServer) -> None:
    url = server.add("/huge", body=b"x" * 300_000)
    with pytest.raises(FetchFailed, match=r"^too large \(300,000 bytes; the cap is 100,000\)$"):
        get(url, FAST)


def test_an_undeclared_huge_response_stops_at_the_cap(server: FeedServer) -> None:
    url = server.add("/stream", body=b"x" * 1_000_000, length=False)
    with pytest.raises(FetchFailed, match=r"^too large \(more than 100,000 bytes\)$"):
        get(url, FAST)


def test_gzip_is_decoded_and_the_cap_applies_to_the_decoded_size(server: FeedServer) -> None:
    small = server.add("/small.gz", body=b"<rss>" + b"a" * 5000 + b"</rss>", gzip=True)
    assert get(small, FAST).body == b"<rss>" + b"a" * 5000 + b"</rss>"
    bomb = server.add("/bomb.gz", body=b"\0" * 5_000_000, gzip=True)
    with pytest.raises(FetchFailed, match="too large"):
        get(bomb, FAST)


def test_redirects_are_followed_and_the_final_url_kept(server: FeedServer) -> None:
    server.redirect("/old", "/new", status=301)
    server.add("/new", body=b"<rss/>", content_type="application/rss+xml")
    resp = get(server.url("/old"), FAST)
    assert resp.url == server.url("/new") and resp.body == b"<rss/>"


def test_a_redirect_loop_fails_clearly(server: FeedServer) -> None:
    server.redirect("/a", "/b")
    server.redirect("/b", "/a")
    with pytest.raises(FetchFailed, match=r"^redirect loop \(/a -> /b -> /a\)$"):
        get(server.url("/a"), FAST)


def test_redirects_are_bounded(server: FeedServer) -> None:
    for i in range(6):
        server.redirect(f"/r{i}", f"/r{i + 1}")
    server.add("/r6", body=b"end")
    with pytest.raises(FetchFailed, match=r"^too many redirects \(more than 3\)$"):
        get(server.url("/r0"), FAST)


@pytest.mark.parametrize("url", ["ftp://example.com/feed.xml", "file:///etc/passwd", "javascript:alert(1)"])
def test_only_http_and_https(url: str) -> None:
    with pytest.raises(FetchFailed, match="only http and https"):
        get(url, FAST)


def test_a_redirect_to_another_scheme_is_refused(server: FeedServer) -> None:
    server.redirect("/sneaky", "file:///etc/passwd")
    with pytest.raises(FetchFailed, match="only http and https"):
        get(server.url("/sneaky"), FAST)


def test_connection_refused() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchFailed, match=r"^connection refused$"):
        get(f"http://127.0.0.1:{port}/feed.xml", FAST)


def test_fetch_failures_are_skipped_sources() -> None:
    assert issubclass(FetchFailed, SkipSource)
