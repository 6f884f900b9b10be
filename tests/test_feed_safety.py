"""Feeds cannot leak credentials or reach private networks (issue 13 items 8 and 9).

Everything runs against the loopback feed server: a feed the user lists may be on loopback, but the
links inside it are refused unless ``[fetch] private_links`` names that feed.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import rows
from feed_server import FeedServer, serve
from test_feeds import HARBOR, NOW, RSS, TODAY, TOPIC, item, page, rss, run

from briefbot import app
from briefbot.config import Config, FetchConfig
from briefbot.ingest import http, urls
from briefbot.output import slack
from briefbot.store.db import Store

PAGES = FetchConfig(timeout=0.5, max_bytes=200_000, fetch_pages=True)
ADMIN = page("Admin console", "The admin password for the production cluster is hunter2-prod and it rotates monthly. "
                              "Only the operations team may read this page from inside the office network.")


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with serve() as s:
        yield s


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "feeds.db") as s:
        yield s


def teaser_feed(server: FeedServer, link: str) -> str:
    teaser = item("Harbor reopens after storm repairs", "Port Selwyn's harbor is open again", TODAY, link=link)
    return server.add("/teasers.xml", body=rss("Harbor Wire", [teaser]), content_type=RSS)


# -- item 9: private networks -------------------------------------------------------------------------


def test_a_listed_loopback_feed_is_read_but_its_loopback_links_are_not_fetched(server: FeedServer, store: Store) -> None:
    server.add("/internal/admin", body=ADMIN)
    url = teaser_feed(server, server.url("/internal/admin"))
    loaded, _ = run(store, [url], config=PAGES)
    assert [a.title for a in loaded.articles] == ["Harbor reopens after storm repairs"]  # the listed feed works
    assert server.seen("/internal/admin") == []  # its link was never requested
    assert "hunter2" not in json.dumps(rows(store, "SELECT text FROM articles"))


def test_private_links_names_the_feeds_whose_links_may_be_private(server: FeedServer, store: Store) -> None:
    server.add("/news/harbor", body=page("Harbor reopens after storm repairs", HARBOR))
    url = teaser_feed(server, server.url("/news/harbor"))
    loaded, _ = run(store, [url], config=FetchConfig(timeout=0.5, max_bytes=200_000, fetch_pages=True, private_links=(url,)))
    assert len(server.seen("/news/harbor")) == 1
    assert loaded.articles[0].text.startswith("The northern harbor of Port Selwyn reopened")


def test_a_redirect_to_a_private_address_is_refused(server: FeedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    real = urls.refusal
    # the first hop counts as public (no public host is reachable from the tests); its redirect is checked for real
    monkeypatch.setattr(urls, "refusal", lambda u: None if u.endswith("/start") else real(u))
    server.add("/internal/admin", body=ADMIN)
    start = server.redirect("/start", server.url("/internal/admin"))
    with pytest.raises(http.FetchFailed, match=r"refused: 127\.0\.0\.1 is a private address \(127\.0\.0\.1\)"):
        http.get(start, PAGES, public_only=True)
    assert len(server.seen("/start")) == 1 and server.seen("/internal/admin") == []
    assert http.get(start, PAGES).status == 200  # a URL the user lists may be private


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254",
                                  "224.0.0.1", "0.0.0.0", "[::1]", "[fe80::1]", "[fc00::1]", "[::ffff:127.0.0.1]", "100.64.0.1"])
def test_every_private_kind_of_address_is_refused(host: str) -> None:
    assert (urls.refusal(f"http://{host}/x") or "").startswith("refused: ")


def test_a_public_address_passes() -> None:
    assert urls.refusal("http://93.184.216.34/x") is None


# -- item 8: credentials in feed URLs ---------------------------------------------------------------


def test_basic_auth_is_sent_as_a_header_and_never_shown_or_stored(server: FeedServer, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    feed = rss("Harbor Wire", [item("Harbor reopens after storm repairs", HARBOR, TODAY, link="https://harbor.example/h")])
    url = server.add("/private/feed.xml", body=feed, content_type=RSS)
    gone = server.add("/private/gone.xml", status=500, body=b"oops", content_type="text/plain")
    secret_url = url.replace("http://", "http://alice:S3CRET@")
    secret_gone = gone.replace("http://", "http://alice:S3CRET@")
    config = Config(store_path=tmp_path / "s.db", topics={}, base_dir=tmp_path, fetch=FetchConfig(timeout=0.5))
    with Store(config.store_path) as store:
        result = app.make_brief(config, TOPIC, store, today=TODAY, now=NOW, paths=[secret_url, secret_gone])
    with sqlite3.connect(config.store_path) as db:  # every row of every table, as stored
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        stored = json.dumps({t: [list(r) for r in db.execute(f"SELECT * FROM {t}")] for t in tables}, default=str)
    (seen,) = server.seen("/private/feed.xml")
    assert seen.headers["authorization"] == "Basic " + base64.b64encode(b"alice:S3CRET").decode()
    assert "Harbor" in result.markdown  # the feed was read
    everything = [result.markdown, stored, json.dumps(slack.payloads(result.brief)), *(str(s) for s in result.skipped),
                  capsys.readouterr().err]
    for text in everything:
        assert "S3CRET" not in text and "alice" not in text
    assert f"failed: {gone} (HTTP 500)" in result.markdown  # the failing source is named, without its userinfo


def test_credentials_do_not_follow_a_redirect_to_another_origin(server: FeedServer) -> None:
    with serve() as other:
        target = other.add("/feed.xml", body=rss("Elsewhere", []), content_type=RSS)
        start = server.redirect("/moved.xml", target)
        resp = http.get(start.replace("http://", "http://bob:pw@"), FetchConfig(timeout=0.5))
        assert "authorization" not in other.seen("/feed.xml")[0].headers
    assert server.seen("/moved.xml")[0].headers["authorization"].startswith("Basic ")
    assert resp.url == target and "bob" not in resp.url


def test_public_strips_only_the_userinfo() -> None:
    assert urls.public("http://alice:S3CRET@host:8080/feed.xml?a=1") == "http://host:8080/feed.xml?a=1"
    assert urls.public("https://host/a@b") == "https://host/a@b"
    assert urls.public("news/folder") == "news/folder"
    assert urls.credentials("http://a%40b:p%3Aw@host/x") == ("http://host/x", "Basic " + base64.b64encode(b"a@b:p:w").decode())
