"""Feeds (and, through :mod:`briefbot.ingest.pages`, web pages) -> articles.

The parsing functions are pure (bytes or text and a base URL in, articles out); the network is in
:mod:`briefbot.ingest.http`; :func:`fetcher` ties both to the store for one run of one topic:

* An RSS or Atom entry's key is its GUID (made unique per feed when it is not a URL), else its
  link, else a hash of its title and text; its text is its content, else its summary.  The date is
  never part of the hashed content, so a feed that re-dates or re-orders entries adds nothing.
* An entry seen before (same key or same link) is not new again; every new entry is recorded in
  ``seen_items``.  On a topic's first run (nothing stored yet) only entries published within
  ``first_run_days`` of ``today`` are stored; older ones are recorded as seen and never come back.
* A summary cut off mid-sentence ("… the talks would […]", "...", "(more…)") keeps only its whole
  sentences, so no point quotes half a sentence; an entry with none left has no text.
* With ``fetch_pages``, a new entry that carries only a short or cut-off summary is replaced by
  the main text of its linked page (trafilatura); if that fails the summary's whole sentences
  are kept.
* A URL is fetched conditionally (ETag / Last-Modified kept per topic in ``http_cache``): a 304
  yields no articles and is not a failure.  Validators and seen items are written by
  :meth:`FeedFetcher.commit`, which the pipeline calls once the articles are stored, so a run
  that dies in between loses nothing.
* A bad source raises :class:`~briefbot.errors.SkipSource` with a short reason; a malformed feed
  that still has entries is read, with a note logged.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefbot.config import FetchConfig, TopicConfig
from briefbot.errors import SkipSource
from briefbot.ingest import http, urls
from briefbot.ingest.files import HTML_SUFFIXES, content_hash, decode, parse_article
from briefbot.ingest.pages import decode_html, host_of, html_to_text, page_html, parse_page
from briefbot.models import Article
from briefbot.text.summaries import cut_off, whole_sentences
from briefbot.text.terms import count_words, normalize

if TYPE_CHECKING:
    from briefbot.store.db import Store

log = logging.getLogger(__name__)

FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
              "application/feed+xml"}
HTML_TYPES = {"text/html", "application/xhtml+xml"}
SHORT_SUMMARY_WORDS = 120  # an entry with less text than this is "only a summary"
MAX_PAGES_PER_FEED = 25  # linked pages fetched for one feed in one run, at most

Get = Callable[..., http.Response]


# -- pure parsing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One feed item as parsed, before any page is fetched."""

    key: str
    title: str | None
    text: str  # may be empty (a headline-only item)
    url: str | None
    published: date | None
    cut: bool = False  # its summary stopped mid-sentence ("[…]", "..."): ``text`` keeps its whole sentences

    @property
    def short(self) -> bool:
        """Only a summary: little text, or text cut off mid-sentence."""
        return self.cut or count_words(self.text) < SHORT_SUMMARY_WORDS

    def article(self, origin: str, text: str | None = None) -> Article:
        body = self.text if text is None else text
        return Article(key=self.key, origin=origin, text=body, content_hash=content_hash(self.title, body),
                       title=self.title, published=self.published, url=self.url)


@dataclass(frozen=True)
class Feed:
    title: str | None
    entries: tuple[Entry, ...]
    note: str | None = None  # set for a malformed feed that was read anyway


def parse_feed(data: bytes, *, source: str, base_url: str | None = None, charset: str | None = None) -> Feed:
    """An RSS/Atom document; raises SkipSource when it is malformed or not a feed at all."""
    import feedparser

    content_type = f"application/xml; charset={charset}" if charset else "application/xml"
    headers = {"content-type": content_type}
    if base_url:
        headers["content-location"] = base_url
    parsed = feedparser.parse(data, response_headers=headers)
    version = parsed.get("version", "")
    if parsed.bozo and not parsed.entries:
        raise SkipSource("malformed feed" if version or _looks_like_feed(data) else "not a feed or page")
    if not version and not parsed.entries:
        raise SkipSource("not a feed or page (XML without RSS or Atom)")
    note = None
    if parsed.bozo and not isinstance(parsed.get("bozo_exception"), _benign()):
        note = f"malformed feed ({_first_line(parsed.get('bozo_exception'))}), read anyway"
    entries = tuple(_entry(e, source) for e in parsed.entries)
    title = _plain(parsed.feed.get("title_detail")) or None
    return Feed(title=title, entries=entries, note=note)


def _benign() -> tuple[type, ...]:
    import feedparser

    return (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


def _entry(e: dict[str, Any], source: str) -> Entry:
    title = _plain(e.get("title_detail")) or None
    contents = [_plain(c) for c in e.get("content", [])]
    text = max(contents, key=len, default="") or _plain(e.get("summary_detail"))
    if title and text == title:
        text = ""
    cut = cut_off(text)
    if cut:  # never quoted mid-sentence: its whole sentences, unless its page replaces it
        text = whole_sentences(text)
    url = e.get("link") or None
    return Entry(key=entry_key(e.get("id"), url, title, text, source), title=title, text=text, url=url,
                 published=_date(e.get("published_parsed") or e.get("updated_parsed")), cut=cut)


def entry_key(guid: str | None, link: str | None, title: str | None, text: str, source: str) -> str:
    """The GUID (prefixed with the feed when it is not a URL or URN), else the link, else a hash."""
    guid = (guid or "").strip()
    if guid:
        return guid if "://" in guid or guid.lower().startswith(("urn:", "tag:")) else f"{source}#{guid}"
    if link:
        return link
    return "sha256:" + hashlib.sha256(f"{title or ''}\n{text}".encode()).hexdigest()[:32]


def _date(parsed: object) -> date | None:
    try:
        return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)  # type: ignore[attr-defined]
    except (AttributeError, TypeError, ValueError):
        return None


def _plain(detail: dict[str, Any] | None) -> str:
    """The text of a feedparser text construct (plain or HTML) as paragraphs, one per line."""
    if not detail or not detail.get("value"):
        return ""
    value = detail["value"]
    if "html" in (detail.get("type") or "text/html"):
        return html_to_text(value)
    paragraphs = re.split(r"\n\s*\n", normalize(value))
    return "\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def kind_of(media_type: str, body: bytes) -> str:
    """'feed', 'page', 'text', or '' (something else) for a response's type and first bytes."""
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    html = head.startswith(b"<!doctype html") or b"<html" in head[:512]
    feedish = _looks_like_feed(head)
    if feedish and not html:
        return "feed"
    if media_type in HTML_TYPES or (html and media_type in FEED_TYPES | {"", "text/plain", "application/octet-stream"}):
        return "page"
    if media_type in FEED_TYPES:
        return "feed"
    if media_type == "text/plain":
        return "text"
    return ""


def _looks_like_feed(data: bytes) -> bool:
    head = data[:2048].lower()
    return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def _first_line(exc: object) -> str:
    line = re.sub(r"^<unknown>:", "line ", str(exc).strip().split("\n")[0])
    return line[:80] or type(exc).__name__


# -- one run: fetch, dedupe against the store, record ----------------------------------------


class FeedFetcher:
    """``ingest.load``'s fetch callable for one run of one topic; call :meth:`commit` after storing."""

    def __init__(self, config: FetchConfig, store: Store, topic: TopicConfig, *, today: date, get: Get = http.get,
                 as_of: date | None = None) -> None:
        self.config, self.store, self.topic, self.today, self.get = config, store, topic, today, get
        self.first_run = not store.has_articles(topic.name)
        self.cutoff = (as_of or today) - timedelta(days=topic.first_run_days)  # (recent as of the brief's day)
        self.pending_cache: dict[str, tuple[str | None, str | None, int]] = {}
        self.pending_seen: dict[str, None] = {}
        self.notes: list[str] = []  # what the run should tell its user (old items left out, empty feeds)

    def __call__(self, item: str) -> list[Article]:
        if "://" in item:
            return self._url(item)
        path = Path(item)
        if path.suffix.lower() in HTML_SUFFIXES:
            raw = decode_html(_read_bytes(path, self.config.max_bytes))
            return [parse_page(raw, key=str(path.resolve()), origin=item, url=None, today=self.today)]
        return self._articles(parse_feed(_read_bytes(path, self.config.max_bytes), source=str(path.resolve())), item)

    def commit(self) -> None:
        """Record validators and seen items (call once the run's articles are stored)."""
        self.store.record_fetches(self.topic.name, self.pending_cache, list(self.pending_seen), today=self.today)
        self.pending_cache.clear()
        self.pending_seen.clear()

    # -- sources --------------------------------------------------------------------------------

    def _url(self, secret_url: str) -> list[Article]:
        url = urls.public(secret_url)  # what is shown and stored; credentials go only to self.get
        etag, modified = self.store.validators(self.topic.name, url)
        resp = self.get(secret_url, self.config, etag=etag, last_modified=modified)
        if resp.not_modified:
            self.pending_cache[url] = (resp.etag or etag, resp.last_modified or modified, 304)
            return []
        if not resp.body.strip():
            raise SkipSource("empty response")
        kind = kind_of(resp.media_type, resp.body)
        if kind == "feed":
            articles = self._articles(parse_feed(resp.body, source=url, base_url=resp.url, charset=resp.charset), url)
        elif kind == "page":
            name = self.topic.name
            key = self.store.key_for_url(name, url) or self.store.key_for_url(name, resp.url) or url
            articles = [parse_page(page_html(resp), key=key, origin=None, url=resp.url, today=self.today)]
        elif kind == "text":
            articles = [parse_article(decode(resp.body), key=url, origin=host_of(resp.url) or url, url=resp.url)]
        else:
            raise SkipSource(f"not a feed or page ({resp.media_type or 'no content type'})")
        self.pending_cache[url] = (resp.etag, resp.last_modified, resp.status)
        return articles

    def _articles(self, feed: Feed, source: str) -> list[Article]:
        if feed.note:
            log.warning("note: %s: %s", source, feed.note)
        origin = feed.title or source
        out: list[Article] = []
        textless = old = 0
        if not feed.entries:
            self.notes.append(f"{source}: the feed has no entries")
        pages = MAX_PAGES_PER_FEED if self.config.fetch_pages else 0
        private_ok = source in {urls.public(u) for u in self.config.private_links}
        for entry in feed.entries:
            page_url = entry.url if self.config.fetch_pages and entry.short else None
            from_page = page_url is not None
            stored = self.store.stored_key(self.topic.name, entry.key, entry.url)
            if stored is not None:
                if entry.text and not from_page:  # the store keeps it once, or versions an edit
                    out.append(replace(entry.article(origin), key=stored))
                continue
            if self.store.seen_any(self.topic.name, (entry.key, entry.url)):
                continue  # seen before and deliberately not stored (an old item on the first run)
            if self.first_run and entry.published is not None and entry.published < self.cutoff:
                self._mark_seen(entry)
                old += 1
                continue
            text, outlet = entry.text, origin
            if page_url is not None and pages > 0:
                pages -= 1
                page = self._page(entry, page_url, origin, private_ok=private_ok)
                text, outlet = (page.text, page.origin) if page is not None else (text, outlet)  # (the page's site named)
            if not text:
                textless += 1
                continue
            self._mark_seen(entry)
            out.append(entry.article(outlet, text))
        if old:
            self.notes.append(first_run_note(source, old, self.topic.first_run_days))
        if feed.entries and textless == len(feed.entries):
            raise SkipSource("no text found")
        return out

    def _page(self, entry: Entry, url: str, feed: str, *, private_ok: bool = False) -> Article | None:
        """The page an entry links to (``url``), when it says more than the entry does: its main text, and as its origin
        the site's name the page gives, else ``feed`` (the feed's title: an aggregator's items are other sites').
        Only public addresses, unless the feed is listed in ``[fetch] private_links``."""
        try:
            resp = self.get(url, self.config, public_only=not private_ok)
            if resp.not_modified or kind_of(resp.media_type, resp.body) != "page":
                return None
            page = parse_page(page_html(resp), key=entry.key, origin=None, url=resp.url, today=self.today, fallback=feed)
        except SkipSource as exc:
            log.info("page of %s not used: %s", urls.public(url), exc)
            return None
        return page if count_words(page.text) > count_words(entry.text) else None

    def _mark_seen(self, entry: Entry) -> None:
        for item in (entry.key, entry.url):
            if item:
                self.pending_seen[item] = None


def first_run_note(source: str, old: int, days: int) -> str:
    items = "1 feed item older than" if old == 1 else f"{old} feed items older than"
    were = "was" if old == 1 else "were"
    return (f"{source}: {items} {days} day{'s' if days != 1 else ''} {were} not counted on this topic's first run "
            "(first_run_days: they stay out; a larger first_run_days on a new store counts them)")


def fetcher(config: FetchConfig, store: Store, topic: TopicConfig, *, today: date, get: Get = http.get,
            as_of: date | None = None) -> FeedFetcher:
    """The fetch callable :func:`briefbot.ingest.load` uses for URLs, HTML files and feed files; on a topic's first run,
    items ``first_run_days`` older than ``as_of`` (the brief's day, else ``today``) are not counted."""
    return FeedFetcher(config, store, topic, today=today, get=get, as_of=as_of)


def _read_bytes(path: Path, cap: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > cap:
            raise SkipSource(f"too large ({size:,} bytes; the cap is {cap:,})")
        data = path.read_bytes()
    except FileNotFoundError:
        raise SkipSource("no such file or folder") from None
    except OSError as exc:
        raise SkipSource(f"unreadable ({exc.strerror or exc})") from None
    if not data.strip():
        raise SkipSource("empty file")
    return data

