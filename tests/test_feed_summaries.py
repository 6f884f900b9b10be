"""Feed entries that carry only a summary cut off mid-sentence ("[…]", "...", "(more…)"): their
page is read when ``fetch_pages`` allows it, else only their whole sentences are kept, so no point
quotes half a sentence.  Against the loopback feed server; the news is invented."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from html import escape
from pathlib import Path

import pytest
from builders import rows
from feed_server import FeedServer, serve
from hypothesis import given
from hypothesis import strategies as st
from test_feeds import NOW, RSS, TODAY, run

from briefbot import app
from briefbot.config import Config, FetchConfig, TopicConfig
from briefbot.ingest.feeds import parse_feed
from briefbot.store.db import Store
from briefbot.text.summaries import cut_off, whole_sentences

TOPIC = TopicConfig(name="levee")

WHOLE = ("Engineers finished raising the Marlow levee by half a metre on Saturday, the river authority said. "
         "Crews worked through the night as the Tessel River rose towards its spring peak.")
CUT = " The authority said sandbag teams would stay on the eastern bank until the water"
STORY = (WHOLE + " The authority said sandbag teams would stay on the eastern bank until the water fell below "
         "the warning mark. Residents of the low streets near the old mill were told to move cars to higher ground. "
         "Schools in the district will open as usual on Monday, the council said.")


def entry(title: str, summary_html: str, link: str, guid: str) -> str:
    return (f"<item><title>{escape(title)}</title><link>{escape(link)}</link><guid>{escape(guid)}</guid>"
            f"<pubDate>Sun, 10 Mar 2024 08:00:00 +0000</pubDate><description>{escape(summary_html)}</description></item>")


def feed(items: Sequence[str]) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>River Desk</title>'
            "<link>https://river.example/</link><description>News</description>" + "".join(items) + "</channel></rss>").encode()


def wordpress_summary(text: str) -> str:
    """A WordPress excerpt: the text cut with "[&#8230;]", then the "The post ... appeared first on" line."""
    return (f"<p>{escape(text)} [&#8230;]</p><p>The post <a href='https://river.example/levee'>Levee raised</a> "
            "appeared first on <a href='https://river.example/'>River Desk</a>.</p>")


def page(title: str, text: str) -> bytes:
    body = "".join(f"<p>{escape(s)}</p>" for s in text.split(". "))
    return (f"<!DOCTYPE html><html><head><title>{escape(title)}</title></head><body><article><h1>{escape(title)}</h1>"
            f"{body}</article></body></html>").encode()


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with serve() as s:
        yield s


def stored(db: Path, sources: Sequence[str], config: FetchConfig) -> dict[str, str]:
    with Store(db) as store:
        run(store, sources, config=config, topic=TOPIC)
        return dict(rows(store, "SELECT title, text FROM articles"))


def test_a_cut_summary_keeps_its_whole_sentences_and_drops_the_feed_chrome() -> None:
    (e,) = parse_feed(feed([entry("Levee raised", wordpress_summary(WHOLE + CUT), "https://river.example/levee", "a")]),
                      source="river").entries
    assert e.cut and e.text == WHOLE
    # a summary that is one cut sentence has no text left to quote
    (e,) = parse_feed(feed([entry("Levee", f"<p>{CUT.strip()} ...</p>", "https://river.example/x", "b")]), source="river").entries
    assert e.cut and e.text == ""
    (e,) = parse_feed(feed([entry("Levee", f"<p>{WHOLE}</p>", "https://river.example/y", "c")]), source="river").entries
    assert not e.cut and e.text == WHOLE


def test_the_page_replaces_a_cut_summary_when_pages_may_be_fetched(server: FeedServer, tmp_path: Path) -> None:
    background = " ".join(f"Work on section {n} of the levee was finished earlier in the month." for n in range(12))
    server.add("/levee", body=page("Levee raised", f"{background} {STORY}"))
    long_cut = f"{background} {WHOLE}{CUT}"  # over the short-summary length: being cut is enough
    url = server.add("/river.xml", body=feed([entry("Levee raised", wordpress_summary(long_cut), server.url("/levee"), "a")]),
                     content_type=RSS)
    texts = stored(tmp_path / "levee.db", [url], FetchConfig(timeout=0.5, max_bytes=200_000, fetch_pages=True, private_links=(url,)))
    assert len(server.seen("/levee")) == 1
    assert texts["Levee raised"].endswith("Schools in the district will open as usual on Monday, the council said.")


def test_without_the_page_only_whole_sentences_are_kept(server: FeedServer, tmp_path: Path) -> None:
    items = [entry("Levee raised", wordpress_summary(WHOLE + CUT), server.url("/gone"), "a"),
             entry("Sandbags", f"<p>{CUT.strip()} …</p>", server.url("/also-gone"), "b")]
    url = server.add("/river.xml", body=feed(items), content_type=RSS)
    for n, config in enumerate((FetchConfig(timeout=0.5, max_bytes=200_000),  # pages not asked for
                                FetchConfig(timeout=0.5, max_bytes=200_000, fetch_pages=True, private_links=(url,)))):
        texts = stored(tmp_path / f"levee{n}.db", [url], config)  # the second: each page is a 404
        assert texts == {"Levee raised": WHOLE}  # the one-sentence cut entry has no text
        for text in texts.values():
            assert not cut_off(text) and "appeared first on" not in text
    assert len(server.seen("/gone")) == len(server.seen("/also-gone")) == 1

def test_a_brief_from_cut_summaries_quotes_no_half_sentence(server: FeedServer, tmp_path: Path) -> None:
    items = [entry(f"Levee update {k}", wordpress_summary(WHOLE.replace("Saturday", day) + CUT), f"https://river.example/{k}",
                   f"g{k}") for k, day in enumerate(("Saturday", "Friday", "Thursday"))]
    url = server.add("/river.xml", body=feed(items), content_type=RSS)
    config = Config(store_path=tmp_path / "b.db", topics={"levee": TOPIC}, fetch=FetchConfig(timeout=0.5, max_bytes=200_000))
    with Store(config.store_path) as s:
        result = app.make_brief(config, TOPIC, s, today=TODAY, now=NOW, paths=[url])
    points = [p.text for p in (*result.brief.summary, *result.brief.changes)]
    assert points and all(p.endswith((".", "!", "?", '"', "”")) for p in points), points
    assert "[…]" not in result.markdown and "sandbag teams would stay" not in result.markdown


_PIECES = st.sampled_from(["The levee held.", "Crews worked on", "U.S. engineers said", "the water rose", "[…]", "...",
                           "…", "(more…)", "\n", "Read more »", "\"We are ready,\" she said."])


@given(st.lists(_PIECES, max_size=10).map(" ".join))
def test_whole_sentences_only_shortens_and_never_ends_cut(text: str) -> None:
    kept = whole_sentences(text)
    if not cut_off(text):
        assert kept == text
        return
    assert text.startswith(kept) or text.strip().startswith(kept)
    assert not cut_off(kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a cut sentence run on from a piece no stop ends (a title in sentence case, a caption): the piece is no whole sentence
        ("Officials in Tarn cited the harbour study The cost of doing nothing, which found [...]", ""),
        ("The levee held. Officials in Tarn cited the harbour study The cost of doing nothing, which found …",
         "The levee held."),
        # whole sentences before the cut one stay, a quotation's and an exclamation's too
        ("The levee held! “Go,” he said. The council said the schools would [...]", "The levee held! “Go,” he said."),
    ],
)
def test_a_cut_summary_keeps_no_piece_that_no_stop_ends(text: str, kept: str) -> None:
    assert whole_sentences(text) == kept
