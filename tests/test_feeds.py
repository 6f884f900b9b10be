"""Feeds and pages -> articles: parsing (pure), dedupe against the store, source health, the
pipeline and the CLI, all against a loopback server.  The news in these feeds is invented."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path

import pytest
from builders import rows
from click.testing import CliRunner
from feed_server import FeedServer, Reply, serve
from hypothesis import given, settings
from hypothesis import strategies as st

from briefbot import app
from briefbot.cli import cli
from briefbot.config import Config, FetchConfig, TopicConfig
from briefbot.errors import IngestError, SkipSource
from briefbot.ingest import files as ingest
from briefbot.ingest.feeds import FeedFetcher, entry_key, fetcher, kind_of, parse_feed
from briefbot.ingest.pages import MIN_PAGE_WORDS, html_to_text, parse_page
from briefbot.output import wording
from briefbot.store.db import AddResult, Store

TODAY = date(2024, 3, 10)
NOW = datetime(2024, 3, 10, 7, 0, tzinfo=UTC)
FAST = FetchConfig(timeout=0.5, max_bytes=200_000, max_redirects=3)
TOPIC = TopicConfig(name="coast")

HARBOR = (
    "The northern harbor of Port Selwyn reopened to cargo ships on Sunday after three weeks of repairs, the port authority said. "
    "Engineers rebuilt a 400-metre section of the breakwater that the February storm had breached. "
    "The authority put the cost of the repairs at 12 million dollars. "
    "Fishing crews are expected to return from the southern marina by Friday."
)
FERRY = (
    "The island ferry service will add two evening crossings from April, the operator announced on Saturday. "
    "Commuters had complained for months about overcrowded boats on the last crossing of the day. "
    "The operator said a second vessel would be leased from a northern company for the summer season."
)
ARCHIVE = (
    "The harbor committee met on Friday to discuss the budget for the coming year. "
    "Members approved a small increase in mooring fees for visiting yachts after a long debate."
)
WIRE_A = (
    "Emergency crews evacuated 2,300 residents from low-lying districts of Dunmore on Tuesday "
    "as the Avon River rose above its banks. "
    "The regional council said the river peaked at 5.2 metres overnight, the highest level since 1998. "
    "Three shelters opened in school gyms across the city. "
    "Rail services to the coast were suspended until further notice."
)
WIRE_B = (
    "Emergency crews evacuated 2,300 residents from low-lying parts of Dunmore on Tuesday as the Avon River burst its banks. "
    "The regional council said the river peaked at 5.2 metres overnight -- the highest level since 1998. "  # a copy bar punctuation
    "Three shelters were opened in school gyms across the city. "
    "Rail services to the coast have been suspended until further notice."
)


# -- fixtures: feeds written here ---------------------------------------------------------------


def rfc822(day: date, hour: int = 9) -> str:
    return format_datetime(datetime(day.year, day.month, day.day, hour, 0, tzinfo=UTC))


def item(title: str, text: str, day: date | None, *, guid: str | None = None, link: str | None = None,
         content: bool = False, permalink: bool = True) -> str:
    parts = [f"<title>{escape(title)}</title>"]
    if link:
        parts.append(f"<link>{escape(link)}</link>")
    if guid:
        parts.append(f'<guid isPermaLink="{str(permalink).lower()}">{escape(guid)}</guid>')
    if day:
        parts.append(f"<pubDate>{rfc822(day)}</pubDate>")
    paragraphs = "".join(f"<p>{escape(s)}.</p>" for s in text.rstrip(".").split(". "))
    if content:
        parts.append("<description>Short teaser.</description>")
        parts.append(f"<content:encoded><![CDATA[{paragraphs}<script>track()</script>]]></content:encoded>")
    else:
        parts.append(f"<description>{escape(paragraphs)}</description>")
    return "<item>" + "".join(parts) + "</item>"


def rss(title: str, items: Sequence[str]) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{escape(title)}</title><link>https://news.example/</link><description>News</description>"
        + "".join(items) + "</channel></rss>"
    ).encode()


def atom(title: str, entries: Sequence[tuple[str, str, str, date]]) -> bytes:
    body = "".join(
        f'<entry><title>{escape(t)}</title><id>{escape(i)}</id><link href="https://ridge.example/{i[-1]}"/>'
        f"<updated>{d.isoformat()}T08:00:00Z</updated><summary type=\"text\">{escape(x)}</summary></entry>"
        for t, x, i, d in entries
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><id>urn:ridge</id><updated>2024-03-10T08:00:00Z</updated>{body}</feed>"
    ).encode()


def page(title: str, text: str) -> bytes:
    paragraphs = "".join(f"<p>{escape(s)}.</p>" for s in text.rstrip(".").split(". "))
    return (
        f"<!DOCTYPE html><html><head><title>{escape(title)}</title></head><body>"
        f"<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav><article><h1>{escape(title)}</h1>{paragraphs}</article>"
        "<footer>Copyright 2024 Coast Daily. All rights reserved.</footer></body></html>"
    ).encode()


def harbor_feed(*, today: date = TODAY, dates: tuple[int, int, int] = (0, 1, 9), reverse: bool = False) -> bytes:
    items = [
        item("Harbor reopens after storm repairs", HARBOR, today - timedelta(days=dates[0]),
             guid="https://harbor.example/news/harbor-reopens", link="https://harbor.example/news/harbor-reopens", content=True),
        item("Ferry adds evening crossings", FERRY, today - timedelta(days=dates[1]), guid="ferry-2024-17", permalink=False,
             link="https://harbor.example/news/ferry"),
        item("Committee approves budget", ARCHIVE, today - timedelta(days=dates[2]), link="https://harbor.example/news/budget"),
    ]
    return rss("Harbor Wire", items[::-1] if reverse else items)


def wire_feed(name: str, text: str, link: str, day: date = TODAY) -> bytes:
    return rss(name, [item("Floods force thousands from homes in Dunmore", text, day, guid=link, link=link)])


RSS = "application/rss+xml; charset=utf-8"


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with serve() as s:
        yield s


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "feeds.db") as s:
        yield s


def run(store: Store, sources: Sequence[str], *, today: date = TODAY, config: FetchConfig = FAST,
        topic: TopicConfig = TOPIC) -> tuple[ingest.Loaded, AddResult]:
    """What the pipeline does: load through the fetcher, store, then commit the fetcher's records."""
    f = fetcher(config, store, topic, today=today)
    loaded = ingest.load(sources, fetch=f)
    added = store.add_articles(topic.name, loaded.articles, seen=today, now=NOW)
    f.commit()
    return loaded, added


def titles(store: Store, topic: str = "coast") -> list[str]:
    return [r[0] for r in rows(store, "SELECT title FROM articles WHERE topic = ? ORDER BY id", (topic,))]


def seen_items(store: Store, topic: str = "coast") -> set[str]:
    return store.seen_items(topic)


# -- parsing (pure) -----------------------------------------------------------------------------


def test_rss_entries_keys_text_and_dates() -> None:
    feed = parse_feed(harbor_feed(), source="https://harbor.example/feed.xml", base_url="https://harbor.example/feed.xml")
    assert feed.title == "Harbor Wire" and feed.note is None
    harbor, ferry, budget = feed.entries
    assert harbor.key == "https://harbor.example/news/harbor-reopens"
    assert ferry.key == "https://harbor.example/feed.xml#ferry-2024-17"  # a bare GUID is made unique per feed
    assert budget.key == "https://harbor.example/news/budget"  # no GUID: the link
    assert harbor.text.split("\n")[0] == HARBOR.split(". ")[0] + "."
    assert "track()" not in harbor.text and "teaser" not in harbor.text  # content wins over the summary
    assert len(harbor.text.split("\n")) == 4  # one paragraph a line
    assert ferry.text.startswith("The island ferry service") and ferry.url == "https://harbor.example/news/ferry"
    assert (harbor.published, ferry.published, budget.published) == (TODAY, date(2024, 3, 9), date(2024, 3, 1))


def test_atom_entries_with_plain_text_summaries() -> None:
    data = atom("Ridge Post", [("Snow closes the pass", "The pass closed at noon.\n\nPlows are out.", "tag:ridge.example,2024:1",
                                TODAY)])
    (entry,) = parse_feed(data, source="ridge.atom").entries
    assert entry.key == "tag:ridge.example,2024:1"
    assert entry.text == "The pass closed at noon.\nPlows are out."
    assert entry.published == TODAY and entry.url == "https://ridge.example/1"


def test_an_entry_without_guid_or_link_is_keyed_by_its_content() -> None:
    assert entry_key(None, None, "T", "text", "f") == entry_key("", None, "T", "text", "g")
    assert entry_key(None, None, "T", "text", "f").startswith("sha256:")
    assert entry_key(None, None, "T", "other", "f") != entry_key(None, None, "T", "text", "f")


def test_the_date_is_not_part_of_the_content() -> None:
    before = parse_feed(harbor_feed(), source="s").entries
    after = parse_feed(harbor_feed(dates=(3, 4, 5), reverse=True), source="s").entries
    hashes = {e.key: e.article("o").content_hash for e in before}
    assert {e.key: e.article("o").content_hash for e in after} == hashes
    assert {e.published for e in after} != {e.published for e in before}


def test_a_malformed_feed_with_entries_is_read_with_a_note() -> None:
    broken = harbor_feed().replace(b"</channel></rss>", b"<item><title>Half</ti></item></channel></rss>")
    feed = parse_feed(broken, source="s")
    assert feed.note is not None and feed.note.startswith("malformed feed")
    assert [e.title for e in feed.entries][:3] == ["Harbor reopens after storm repairs", "Ferry adds evening crossings",
                                                   "Committee approves budget"]


@pytest.mark.parametrize(("data", "reason"), [
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><<<>>> <item><title>A', "malformed feed"),
    (b'<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>', "not a feed or page"),
])
def test_unusable_xml_is_a_skipped_source(data: bytes, reason: str) -> None:
    with pytest.raises(SkipSource, match=reason):
        parse_feed(data, source="s")


def test_html_to_text_keeps_paragraphs_and_drops_scripts() -> None:
    html = "<p>One &amp; <b>two</b>.</p><script>x()</script><div>Three<br/>four</div>  <ul><li>five</li></ul>"
    assert html_to_text(html) == "One & two.\nThree\nfour\nfive"


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=400).map(lambda t: f"<rss version='2.0'><channel>{t}".encode()))
def test_any_bytes_give_a_feed_or_a_skipped_source(data: bytes) -> None:
    try:
        feed = parse_feed(data, source="s")
    except SkipSource:
        return
    assert all(e.key for e in feed.entries)


@given(st.text(max_size=300))
def test_html_to_text_never_fails_and_leaves_no_blank_lines(fragment: str) -> None:
    assert "\n\n" not in html_to_text(fragment)


@pytest.mark.parametrize(("media_type", "body", "kind"), [
    ("application/rss+xml", b"<?xml version='1.0'?><rss>", "feed"),
    ("text/html", b"\xef\xbb\xbf<?xml version='1.0'?>\n<rss version='2.0'>", "feed"),  # a feed served as HTML
    ("text/xml", b"<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
    ("text/html", b"<!DOCTYPE html><html><body>", "page"),
    ("", b"<html><head>", "page"),
    ("text/plain", b"Just words.", "text"),
    ("application/pdf", b"%PDF-1.7", ""),
    ("image/png", b"\x89PNG", ""),
])
def test_kind_of_a_response(media_type: str, body: bytes, kind: str) -> None:
    assert kind_of(media_type, body) == kind


def test_a_pages_site_name_is_its_origin_even_when_its_host_holds_it_and_a_hosts_guess_is_none() -> None:
    named = page("Harbor reopens after storm repairs", HARBOR).replace(b"<head>", b"<head><meta property='og:site_name' content='Courier'>")
    kept = parse_page(named, key="k", origin=None, url="https://www.courier.example/news/1", today=TODAY, fallback="Roundup")
    assert kept.origin == "Courier"  # (a site's name its address spells too: "Reuters" of reuters.com)
    guessed = parse_page(page("Harbor reopens after storm repairs", HARBOR), key="k", origin=None,
                         url="https://www.courier.example/news/1", today=TODAY, fallback="Roundup")
    assert guessed.origin == "Roundup"


def test_page_extraction_drops_the_chrome_and_the_repeated_headline() -> None:
    article = parse_page(page("Harbor reopens after storm repairs", HARBOR), key="k", origin=None,
                         url="https://coast.example/harbor", today=TODAY)
    assert article.title == "Harbor reopens after storm repairs"
    assert article.text.startswith("The northern harbor of Port Selwyn") and "Copyright" not in article.text
    assert "Home" not in article.text and article.origin == "coast.example"


def test_a_page_without_text_is_refused() -> None:
    with pytest.raises(SkipSource, match=r"^no text found$"):
        parse_page(b"<html><body><nav>Home</nav><p>Subscribe now.</p></body></html>", key="k", origin=None, url=None, today=TODAY)
    assert MIN_PAGE_WORDS > 2


# -- one run against the store ------------------------------------------------------------------


def test_the_first_run_stores_only_recent_items_and_remembers_the_rest(server: FeedServer, store: Store) -> None:
    url = server.add("/harbor.xml", body=harbor_feed(), content_type=RSS)
    loaded, added = run(store, [url])
    assert added == AddResult(2, 0, 0)
    assert titles(store) == ["Harbor reopens after storm repairs", "Ferry adds evening crossings"]
    assert "https://harbor.example/news/budget" in seen_items(store)  # older than first_run_days: seen, not stored
    assert wording.health_line(loaded.health) == "1 of 1 sources read"
    # the archive item never comes back as new, even re-dated into the window
    server.add("/harbor.xml", body=harbor_feed(today=TODAY + timedelta(days=1), dates=(1, 2, 0)), content_type=RSS)
    _, again = run(store, [url], today=TODAY + timedelta(days=1))
    assert again == AddResult(0, 0, 2) and len(titles(store)) == 2


def test_first_run_days_is_relative_to_today(server: FeedServer, store: Store) -> None:
    url = server.add("/harbor.xml", body=harbor_feed(), content_type=RSS)
    _, added = run(store, [url], topic=TopicConfig(name="coast", first_run_days=30))
    assert added.added == 3


def test_a_feed_that_redates_and_reorders_entries_adds_nothing(server: FeedServer, store: Store) -> None:
    def changing(n: int) -> Reply:
        body = harbor_feed(dates=(0, 1, 9)) if n == 1 else harbor_feed(dates=(1, 0, 9), reverse=True)
        return Reply(body=body, content_type=RSS)

    url = server.add("/harbor.xml", changing)
    run(store, [url])
    before = rows(store, "SELECT id, key, version, published FROM articles ORDER BY id")
    _, added = run(store, [url])
    assert len(server.seen("/harbor.xml")) == 2
    assert added == AddResult(0, 0, 2)
    assert rows(store, "SELECT id, key, version, published FROM articles ORDER BY id") == before


def test_an_edited_entry_is_a_new_version_of_the_same_article(server: FeedServer, store: Store) -> None:
    url = server.add("/harbor.xml", body=harbor_feed(), content_type=RSS)
    run(store, [url])
    edited = harbor_feed().replace(b"12 million dollars", b"14 million dollars")
    server.add("/harbor.xml", body=edited, content_type=RSS)
    _, added = run(store, [url])
    assert added == AddResult(0, 1, 1)


def test_the_same_link_under_a_new_guid_is_not_new(server: FeedServer, store: Store) -> None:
    link = "https://harbor.example/news/harbor-reopens"
    def feed(guid: str) -> bytes:
        return rss("Harbor Wire", [item("Harbor reopens", HARBOR, TODAY, guid=guid, permalink=False, link=link)])

    url = server.add("/h.xml", body=feed("a-1"), content_type=RSS)
    run(store, [url])
    server.add("/h.xml", body=feed("b-7"), content_type=RSS)
    _, added = run(store, [url])
    assert added == AddResult(0, 0, 1) and store.article_count("coast") == 1


def test_an_unchanged_feed_costs_a_304_and_is_not_a_failure(server: FeedServer, store: Store) -> None:
    url = server.add("/harbor.xml", body=harbor_feed(), content_type=RSS, etag='"h1"',
                     last_modified="Sun, 10 Mar 2024 06:00:00 GMT")
    run(store, [url])
    loaded, added = run(store, [url])
    second = server.seen("/harbor.xml")[1].headers
    assert second["if-none-match"] == '"h1"' and second["if-modified-since"] == "Sun, 10 Mar 2024 06:00:00 GMT"
    assert loaded.articles == () and added == AddResult(0, 0, 0)
    row = rows(store, "SELECT etag, last_modified, status FROM http_cache WHERE url = ?", (f"coast {url}",))[0]
    assert tuple(row) == ('"h1"', "Sun, 10 Mar 2024 06:00:00 GMT", 304)
    assert wording.health_line(loaded.health) == "1 of 1 sources read"
    # validators are kept per topic: another topic reading the same feed gets it whole
    loaded, added = run(store, [url], topic=TopicConfig(name="harbors"))
    assert "if-none-match" not in server.seen("/harbor.xml")[2].headers and added.added == 2


def test_validators_are_recorded_only_once_the_articles_are_stored(server: FeedServer, store: Store) -> None:
    url = server.add("/harbor.xml", body=harbor_feed(), content_type=RSS, etag='"h1"')
    f = FeedFetcher(FAST, store, TOPIC, today=TODAY)
    assert len(f(url)) == 2  # ... and the run dies before storing them
    _, added = run(store, [url])
    assert "if-none-match" not in server.seen("/harbor.xml")[1].headers and added.added == 2


def test_broken_sources_are_reported_once_each_and_the_rest_is_read(server: FeedServer, store: Store) -> None:
    server.redirect("/loop-a", "/loop-b")
    server.redirect("/loop-b", "/loop-a")
    truncated = wire_feed("Valley Times", WIRE_B, "https://valley.example/floods")[:-12]  # unclosed channel: bozo, one entry
    sources = [
        server.add("/harbor.xml", body=harbor_feed(), content_type=RSS),
        server.add("/bozo.xml", body=truncated, content_type=RSS),
        server.add("/broken.xml", body=b'<?xml version="1.0"?><rss version="2.0"><channel><<<', content_type=RSS),
        server.add("/slow.xml", body=harbor_feed(), content_type=RSS, delay=3.0),
        server.add("/huge.xml", body=b"<rss>" + b" " * 500_000 + b"</rss>", content_type=RSS, length=False),
        server.url("/loop-a"),
        server.url("/missing.xml"),
        server.add("/report.pdf", body=b"%PDF-1.7\n%binary", content_type="application/pdf"),
        server.add("/empty.html", body=b"<html><body><nav>Home</nav></body></html>"),
        server.add("/blank.xml", body=b"", content_type=RSS),
    ]
    loaded, added = run(store, sources)
    assert dict(loaded.health.failures) == {
        sources[2]: "malformed feed",
        sources[3]: "timeout after 0.5s",
        sources[4]: "too large (more than 200,000 bytes)",
        sources[5]: "redirect loop (/loop-a -> /loop-b -> /loop-a)",
        sources[6]: "HTTP 404",
        sources[7]: "not a feed or page (application/pdf)",
        sources[8]: "no text found",
        sources[9]: "empty response",
    }
    assert [s.source for s in loaded.skipped] == sources[2:]  # each once
    assert added.added == 3  # the harbor feed's two recent items and the malformed feed's one
    line = wording.health_line(loaded.health)
    assert line.startswith(f"2 of 10 sources read; failed: {sources[2]} (malformed feed); {sources[3]} (timeout after 0.5s); ")
    assert line.endswith("; and 3 more")


def test_a_failing_source_loses_nothing_already_stored(server: FeedServer, store: Store) -> None:
    url = server.add("/harbor.xml", lambda n: Reply(body=harbor_feed(), content_type=RSS) if n == 1 else Reply(status=500))
    other = server.add("/valley.xml", body=wire_feed("Valley Times", WIRE_B, "https://valley.example/floods"), content_type=RSS)
    config = Config(store_path=store.path, topics={"coast": TOPIC}, fetch=FAST)
    first = app.make_brief(config, TOPIC, store, today=TODAY, now=NOW, paths=[url])
    assert store.article_count("coast") == 2
    with pytest.raises(IngestError, match="HTTP 500"):
        app.make_brief(config, TOPIC, store, today=TODAY + timedelta(days=1), now=NOW, paths=[url])
    assert store.article_count("coast") == 2 and store.history("coast")[0].id == first.stored.id
    result = app.make_brief(config, TOPIC, store, today=TODAY + timedelta(days=1), now=NOW, paths=[url, other])
    assert store.article_count("coast") == 3
    assert f"*Sources: 1 of 2 sources read; failed: {url} (HTTP 500).*" in result.markdown


# -- pages ----------------------------------------------------------------------------------------


def test_short_summaries_are_replaced_by_their_pages_when_asked(server: FeedServer, store: Store) -> None:
    server.add("/news/harbor", body=page("Harbor reopens after storm repairs", HARBOR))
    items = [
        item("Harbor reopens after storm repairs", "Port Selwyn's harbor is open again", TODAY, link=server.url("/news/harbor")),
        item("Ferry adds evening crossings", "Two more crossings from April", TODAY, link=server.url("/news/gone")),
    ]
    url = server.add("/teasers.xml", body=rss("Harbor Wire", items), content_type=RSS)
    # the test server is on loopback: this listed feed's links may be private (issue 13 item 9)
    pages = FetchConfig(timeout=0.5, max_bytes=200_000, fetch_pages=True, private_links=(url,))
    run(store, [url], config=pages)
    texts = dict(rows(store, "SELECT title, text FROM articles"))
    assert texts["Harbor reopens after storm repairs"].startswith("The northern harbor of Port Selwyn reopened")
    assert texts["Ferry adds evening crossings"] == "Two more crossings from April."  # its page is a 404: the summary stays
    # the next run does not fetch the pages of items already stored
    run(store, [url], config=pages)
    assert len(server.seen("/news/harbor")) == 1


def test_a_fetched_page_names_its_own_site_as_the_articles_origin(server: FeedServer, store: Store) -> None:
    # an aggregator's items are other sites': a page that names its site is that site's, one that names none the feed's
    named = page("Harbor reopens after storm repairs", HARBOR).replace(
        b"<head>", b"<head><meta property='og:site_name' content='Selwyn Courier'>")
    server.add("/news/harbor", body=named)
    server.add("/news/ferry", body=page("Ferry adds evening crossings", FERRY))
    items = [item("Harbor reopens after storm repairs", "Port Selwyn's harbor is open again", TODAY, link=server.url("/news/harbor")),
             item("Ferry adds evening crossings", "Two more crossings from April", TODAY, link=server.url("/news/ferry"))]
    url = server.add("/roundup.xml", body=rss("Coast news roundup", items), content_type=RSS)
    run(store, [url], config=FetchConfig(timeout=0.5, max_bytes=200_000, fetch_pages=True, private_links=(url,)))
    assert dict(rows(store, "SELECT title, origin FROM articles")) == {
        "Harbor reopens after storm repairs": "Selwyn Courier", "Ferry adds evening crossings": "Coast news roundup"}


def test_pages_are_not_fetched_unless_asked(server: FeedServer, store: Store) -> None:
    server.add("/news/harbor", body=page("Harbor reopens after storm repairs", HARBOR))
    teaser = item("Harbor", "Open again", TODAY, link=server.url("/news/harbor"))
    url = server.add("/teasers.xml", body=rss("Harbor Wire", [teaser]), content_type=RSS)
    run(store, [url])
    assert server.seen("/news/harbor") == [] and titles(store) == ["Harbor"]


def test_an_article_page_by_url(server: FeedServer, store: Store) -> None:
    url = server.add("/news/ferry", body=page("Ferry adds evening crossings", FERRY))
    loaded, _ = run(store, [url])
    (article,) = loaded.articles
    assert (article.key, article.url, article.title) == (url, url, "Ferry adds evening crossings")
    assert article.text.startswith("The island ferry service")


def test_local_feed_and_html_files(store: Store, tmp_path: Path) -> None:
    (tmp_path / "harbor.rss").write_bytes(harbor_feed())
    (tmp_path / "ridge.atom").write_bytes(atom("Ridge Post", [("Ferry news", FERRY, "tag:ridge.example,2024:9", TODAY)]))
    (tmp_path / "ferry.html").write_bytes(page("Ferry timetable", FERRY))
    (tmp_path / "bad.xml").write_bytes(b"<rss version='2.0'><channel><<<")
    loaded, added = run(store, [str(tmp_path / n) for n in ("harbor.rss", "ridge.atom", "ferry.html", "bad.xml")])
    assert added.added == 4
    assert wording.health_line(loaded.health) == f"3 of 4 sources read; failed: {tmp_path / 'bad.xml'} (malformed feed)"
    assert ingest.is_fetched("x.XML") and ingest.is_fetched("x.atom") and not ingest.is_fetched("x.txt")


# -- the same story from several outlets ---------------------------------------------------------


def test_a_wire_story_from_two_feeds_is_two_articles_and_points_carried_by_both_cite_one(server: FeedServer, store: Store) -> None:
    a = server.add("/coast.xml", body=wire_feed("Coast Daily", WIRE_A, "https://coast.example/floods"), content_type=RSS)
    b = server.add("/valley.xml", body=wire_feed("Valley Times", WIRE_B, "https://valley.example/floods"), content_type=RSS)
    config = Config(store_path=store.path, topics={"coast": TOPIC}, fetch=FAST)
    result = app.make_brief(config, TOPIC, store, today=TODAY, now=NOW, paths=[a, b])
    assert result.added.added == 2
    ids = {r[0] for r in rows(store, "SELECT id FROM articles WHERE topic = 'coast'")}
    both = [p for p in result.brief.summary if {*p.article_ids, *p.also_reported} == ids]
    assert both, result.markdown
    assert {s.origin for s in result.brief.sources} == {"Coast Daily", "Valley Times"}
    # one quote is enough: the first such point cites one outlet and counts the other
    assert len(both[0].article_ids) == 1 and "(also reported by 1 other article)" in result.markdown
    number = {s.article_id: s.number for s in result.brief.sources}
    assert number[both[0].article_ids[0]] == 1


# -- the command line -------------------------------------------------------------------------------


def test_cli_brief_of_a_feed_url(server: FeedServer) -> None:
    url = server.add("/harbor.xml", body=harbor_feed(today=date.today()), content_type=RSS)
    result = CliRunner().invoke(cli, ["brief", url])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# ") and "Port Selwyn" in result.stdout and "## Sources" in result.stdout


def test_cli_brief_of_a_topic_whose_config_lists_feeds(server: FeedServer, tmp_path: Path) -> None:
    harbor = server.add("/harbor.xml", body=harbor_feed(today=date.today()), content_type=RSS)
    coast = server.add("/coast.xml", body=wire_feed("Coast Daily", WIRE_A, "https://coast.example/floods", date.today()),
                       content_type=RSS)
    gone = server.url("/gone.xml")
    (tmp_path / "briefbot.toml").write_text(
        f'[fetch]\ntimeout = 0.5\n\n[topics.coast]\ntitle = "The coast"\nsources = ["{harbor}", "{coast}", "{gone}"]\n'
    )
    result = CliRunner().invoke(cli, ["brief"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# The coast") and "Dunmore" in result.stdout
    assert f"*Sources: 2 of 3 sources read; failed: {server.url('/gone.xml')} (HTTP 404).*" in result.stdout
    assert f"warning: skipped {server.url('/gone.xml')}: HTTP 404" in result.stderr


def test_cli_run_where_every_source_fails(server: FeedServer) -> None:
    broken = server.add("/broken.xml", body=b"<rss version='2.0'><channel><<<", content_type=RSS)
    result = CliRunner().invoke(cli, ["brief", broken, server.url("/gone.xml")])
    assert result.exit_code == 1
    lines = result.stderr.strip().split("\n")
    errors = [line for line in lines if line.startswith("error: ")]
    warnings = [line for line in lines if line.startswith("warning: skipped ")]
    assert len(errors) == 1 and errors[0].startswith("error: no usable article in "), result.stderr
    assert "malformed feed" in errors[0] and "HTTP 404" in errors[0]
    assert len(warnings) == 2 and len(lines) == 3  # one warning per failed source, then the one error line
