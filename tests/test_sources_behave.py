"""Sources that behave as users expect (issue 15, items 10-14): what the command line says when a
feed is unreachable, old or empty, when max_articles leaves articles out, and how pages are read
(one source per URL, <meta charset>, scripts without spaces, articles laid out in tables)."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from html import escape
from pathlib import Path

import pytest
from builders import write_article
from click.testing import CliRunner, Result
from feed_server import FeedServer, serve

from briefbot.cli import cli
from briefbot.errors import SkipSource
from briefbot.ingest.pages import decode_html, parse_page
from briefbot.store.db import Store
from briefbot.text.terms import count_words

TODAY = date.today()
RSS = "application/rss+xml"
FERRY = ("The island ferry service will add two evening crossings from April, the operator announced on Saturday. "
         "Commuters had complained for months about overcrowded boats on the last crossing of the day. "
         "The operator said a second vessel would be leased from a northern company for the summer season.")


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with serve() as s:
        yield s


def run(*args: str) -> Result:
    result = CliRunner().invoke(cli, list(args), prog_name="briefbot")
    assert "Traceback" not in result.output, result.output
    return result


def rss(title: str, items: list[tuple[str, str, date, str]]) -> bytes:
    """An RSS feed of (title, text, day, link) items."""
    body = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link><guid>{escape(link)}#g</guid>"
        f"<pubDate>{format_datetime(datetime(d.year, d.month, d.day, 9, tzinfo=UTC))}</pubDate>"
        f"<description>{escape(x)}</description></item>"
        for t, x, d, link in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
            f"<link>https://news.example/</link><description>News</description>{body}</channel></rss>").encode()


def page(title: str, text: str, *, head: str = "") -> str:
    paragraphs = "".join(f"<p>{escape(s)}.</p>" for s in text.rstrip(".").split(". "))
    return (f"<!DOCTYPE html><html><head>{head}<title>{escape(title)}</title></head><body>"
            f"<article><h1>{escape(title)}</h1>{paragraphs}</article></body></html>")


# -- 10. an offline feed ------------------------------------------------------------------------------


def test_an_offline_feed_says_the_host_could_not_be_reached(monkeypatch: pytest.MonkeyPatch) -> None:
    def offline(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", offline)
    url = "https://news.example/world.rss"
    result = run("brief", url)
    reason = "host could not be reached (its name did not resolve: offline, or a mistyped host?)"
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"warning: skipped {url}: {reason}\n"
        f"error: no usable article in {url} (skipped {url}: {reason}): "
        "check the network connection (offline?) and the feed URLs, then run again\n")


def test_a_bad_file_still_asks_for_text_markdown_or_html(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = run("brief", "empty.txt")
    assert result.exit_code == 1
    assert result.stderr.endswith("(skipped empty.txt: empty file): give text, Markdown or HTML files, or feeds\n")


# -- 11. a feed topic's first run, an empty feed ------------------------------------------------------


WHY = "(first_run_days: they stay out; a larger first_run_days on a new store counts them)"


def test_the_first_run_says_how_many_old_items_it_left_out_and_names_an_empty_feed(server: FeedServer) -> None:
    items = [("Ferry adds evening crossings", FERRY, TODAY, "https://harbor.example/ferry"),
             ("Old news one", FERRY.replace("island", "old"), TODAY - timedelta(days=5), "https://harbor.example/o1"),
             ("Old news two", FERRY.replace("island", "older"), TODAY - timedelta(days=9), "https://harbor.example/o2")]
    url = server.add("/harbor.xml", body=rss("Harbor Wire", items), content_type=RSS)
    empty = server.add("/empty.xml", body=rss("Quiet Wire", []), content_type=RSS)
    result = run("brief", url, empty)
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"warning: {url}: 2 feed items older than 2 days were not counted on this topic's first run {WHY}\n"
        f"warning: {empty}: the feed has no entries\n")
    assert "Ferry adds evening crossings" in result.stdout
    again = run("brief", url)  # not a first run any more: the old items are not counted again, and not mentioned
    assert again.exit_code == 0 and again.stderr == ""


def test_a_first_runs_recent_items_are_recent_as_of_the_briefs_day(server: FeedServer) -> None:
    # a brief as of a day gone by (a user replaying a week's feed) counts the items of the days before that day
    items = [("Ferry adds evening crossings", FERRY, TODAY - timedelta(days=30), "https://harbor.example/ferry"),
             ("Old news", FERRY.replace("island", "old"), TODAY - timedelta(days=40), "https://harbor.example/o")]
    url = server.add("/harbor.xml", body=rss("Harbor Wire", items), content_type=RSS)
    result = run("brief", url, "--as-of", (TODAY - timedelta(days=29)).isoformat())
    assert result.exit_code == 0, result.output
    assert "Ferry adds evening crossings" in result.stdout
    assert result.stderr == f"warning: {url}: 1 feed item older than 2 days was not counted on this topic's first run {WHY}\n"


def test_a_first_run_with_only_old_items_says_so(server: FeedServer) -> None:
    old = [("Old news", FERRY, TODAY - timedelta(days=4), "https://harbor.example/o")]
    url = server.add("/old.xml", body=rss("Harbor Wire", old), content_type=RSS)
    result = run("brief", url)
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"warning: {url}: 1 feed item older than 2 days was not counted on this topic's first run {WHY}\n")


# -- 12. max_articles -------------------------------------------------------------------------------


def test_max_articles_says_how_many_articles_it_left_out(tmp_path: Path) -> None:
    for i in range(5):
        write_article(tmp_path / "news", f"a{i}.txt", FERRY.replace("two", str(i + 2)), published=f"2024-03-0{i + 1}",
                      title=f"Ferry news {i}")
    (tmp_path / "briefbot.toml").write_text('[topics.ferry]\nsources = ["news"]\nmax_articles = 2\n')
    result = run("brief", "--as-of", "2024-03-09")
    assert result.exit_code == 0, result.output
    assert result.stderr == ("warning: 3 older new articles were left out of the brief as of 2024-03-09 (max_articles = 2): "
                             "raise max_articles to read them\n")
    assert "2 new article(s)" in result.stdout


# -- 13. one URL, one source --------------------------------------------------------------------------


def test_the_same_url_as_a_feed_entry_and_a_page_is_one_source(server: FeedServer, tmp_path: Path) -> None:
    link = server.url("/news/ferry")
    server.add("/news/ferry", body=page("Ferry adds evening crossings", FERRY).encode())
    teaser = [("Ferry adds evening crossings", "Two more crossings from April.", TODAY, link)]
    feed = server.add("/harbor.xml", body=rss("Harbor Wire", teaser), content_type=RSS)
    for order in ([feed, link], [link, feed]):
        db = tmp_path / f"{len(order)}-{order[0][-4:]}.db"
        first = run("brief", *order, "--json", "--db", str(db))
        assert first.exit_code == 0, first.output
        sources = json.loads(first.stdout)["sources"]
        assert len(sources) == 1 and sources[0]["url"] == link
        assert run("brief", *order, "--db", str(db)).exit_code == 0  # a second run adds no version
        with Store(db) as store:
            assert store.article_count("default") == 1


# -- 14. pages as written ---------------------------------------------------------------------------

POLISH = ("Rząd ogłosił w poniedziałek, że most na Wiśle zostanie ponownie otwarty dla ruchu po trzech tygodniach napraw. "
          "Kierowcy skarżyli się na korki w centrum miasta przez cały miesiąc. "
          "Żółte autobusy zastępcze będą kursować do piątku, poinformował zarząd dróg.")


@pytest.mark.parametrize("head", ['<meta charset="iso-8859-2">',
                                  '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">'])
def test_a_local_html_file_honours_its_meta_charset(tmp_path: Path, head: str) -> None:
    (tmp_path / "most.html").write_bytes(page("Most na Wiśle otwarty", POLISH, head=head).encode("iso-8859-2"))
    result = run("brief", "most.html", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["sources"][0]["title"] == "Most na Wiśle otwarty"
    assert "Żółte autobusy zastępcze" in " ".join(p["text"] for p in data["summary"])


def test_the_charset_the_server_declares_wins_and_a_bom_beats_both() -> None:
    body = page("Straße", "Die Straße ist gesperrt.", head='<meta charset="utf-8">').encode("cp1252")
    assert "Straße" in decode_html(body, "windows-1252")
    assert "Straße" in decode_html(b"\xef\xbb\xbf" + page("Straße", "x", head='<meta charset="koi8-r">').encode())
    assert "Straße" in decode_html(page("Straße", "x", head='<meta charset="no-such-charset">').encode())  # UTF-8 then


CHINESE = ("北部港口周日重新向货船开放，港务局表示此前进行了三个星期的修复工程。工程师重建了二月风暴冲毁的一段四百米长的防波堤。"
           "港务局估计修复费用为一千二百万美元，渔船预计将于周五前从南部码头返回。")


def test_a_page_written_without_spaces_is_not_rejected_by_a_word_count() -> None:
    article = parse_page(page("港口重新开放", CHINESE), key="k", origin=None, url=None, today=TODAY)
    assert "防波堤" in article.text
    assert count_words("港口重新开放") == 3 and count_words("two words") == 2 and count_words("Bangkok กรุงเทพ") == 5


def test_an_article_laid_out_in_a_table_is_kept_and_a_data_table_is_not() -> None:
    prose = [s + "." for s in FERRY.rstrip(".").split(". ")]
    rows = "".join(f"<tr><td>{escape(s)}</td></tr>" for s in prose)
    data = "<table><tr><td>Route</td><td>Crossings</td></tr><tr><td>North</td><td>4</td></tr></table>"
    html = (f"<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1><table>{rows}</table>{data}"
            "</article></body></html>")
    article = parse_page(html, key="k", origin=None, url=None, today=TODAY)
    assert article.text.split("\n") == prose
    with pytest.raises(SkipSource, match="no text found"):
        parse_page(f"<html><body>{data}</body></html>", key="k", origin=None, url=None, today=TODAY)
