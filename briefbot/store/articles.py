"""The ``articles`` table: every article once by content, an edited one as a new version."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from briefbot.models import Article
from briefbot.store.connection import Connection, utc_stamp

if TYPE_CHECKING:
    from briefbot.store.briefs import StoredBrief


@dataclass(frozen=True)
class AddResult:
    added: int  # articles never seen before
    versions: int  # new versions of articles seen before (edited files)
    unchanged: int  # already stored, same content


def in_chunks(values: Sequence[Any], size: int = 500) -> Iterator[tuple[list[Any], str]]:
    """``values`` in slices that fit SQLite's limit on bound parameters, each with its "?,?,..." list."""
    for i in range(0, len(values), size):
        chunk = list(values[i:i + size])
        yield chunk, ",".join("?" * len(chunk))


def _article(r: sqlite3.Row) -> Article:
    return Article(
        key=r["key"], origin=r["origin"], text=r["text"], content_hash=r["content_hash"], title=r["title"],
        published=date.fromisoformat(r["published"]) if r["published"] else None, url=r["url"],
        first_seen=date.fromisoformat(r["first_seen"]), id=r["id"], version=r["version"],
        place=r["place"], filed=r["filed"], corrections=r["corrections"], newest_first=bool(r["newest_first"]),
        voice=r["voice"],
    )


_KNOWN = "(a.id <= :wm AND a.dated <= :prev)"  # an article the previous brief knew


class Articles(Connection):
    def add_articles(self, topic: str, articles: Iterable[Article], *, seen: date, now: datetime) -> AddResult:
        """Store articles once by content; an article whose key is known but text changed is a new version."""
        added = versions = unchanged = 0
        stamp = utc_stamp(now)
        with self._transaction() as db:
            for a in articles:
                known = db.execute("SELECT id, published FROM articles WHERE topic = ? AND content_hash = ?",
                                   (topic, a.content_hash)).fetchall()
                if known:
                    unchanged += 1  # (what the page says it is, unknown to a store before migration 012, is learned)
                    if a.voice:
                        db.execute("UPDATE articles SET voice = ? WHERE topic = ? AND content_hash = ? AND voice = ''",
                                   (a.voice, topic, a.content_hash))
                    # a date its file now gives is learned (a "Date:" line is no text: the same content), and the
                    # analysis kept without it goes
                    day = a.published.isoformat() if a.published else None
                    for article_id in (r[0] for r in known if r[1] is None) if day else ():
                        db.execute("DELETE FROM article_analyses WHERE article_id = ?", (article_id,))
                        db.execute("UPDATE articles SET published = ?, dated = ? WHERE id = ?", (day, day, article_id))
                    continue
                row = db.execute("SELECT max(version) FROM articles WHERE topic = ? AND key = ?", (topic, a.key)).fetchone()
                version = (row[0] or 0) + 1
                if version > 1:
                    versions += 1
                else:
                    added += 1
                first_seen = a.first_seen or seen
                dated = a.published or first_seen
                db.execute(
                    "INSERT INTO articles (topic, key, version, content_hash, origin, url, title, published, first_seen,"
                    " dated, added_at, text, place, filed, corrections, newest_first, voice) VALUES (" + ", ".join("?" * 17) + ")",
                    (topic, a.key, version, a.content_hash, a.origin, a.url, a.title,
                     a.published.isoformat() if a.published else None, first_seen.isoformat(), dated.isoformat(),
                     stamp, a.text, a.place, a.filed, a.corrections, int(a.newest_first), a.voice),
                )
        return AddResult(added, versions, unchanged)

    def article_count(self, topic: str | None = None) -> int:
        if topic is None:
            return int(self._value("SELECT count(*) FROM articles"))
        return int(self._value("SELECT count(*) FROM articles WHERE topic = ?", (topic,)))

    def undated_seen_after(self, topic: str, hashes: Iterable[str] | None, as_of: date) -> int:
        """How many of the topic's articles with these content hashes (None: all of them) are undated and were first seen
        after ``as_of``, their newest version and none seen by then: they count as of that day, so a brief of ``as_of``
        leaves them out."""
        query = ("SELECT count(DISTINCT key) FROM articles a WHERE topic = ? AND published IS NULL AND first_seen > ? AND NOT EXISTS"
                 " (SELECT 1 FROM articles b WHERE b.topic = a.topic AND b.key = a.key AND (b.first_seen <= ? OR b.version > a.version))")
        day = as_of.isoformat()
        if hashes is None:
            return int(self._value(query, (topic, day, day)))
        count = 0
        for chunk, marks in in_chunks(sorted(set(hashes))):
            count += int(self._value(f"{query} AND content_hash IN ({marks})", (topic, day, day, *chunk)))
        return count

    def max_article_id(self) -> int:
        return int(self._value("SELECT coalesce(max(id), 0) FROM articles"))

    def has_articles(self, topic: str) -> bool:
        return self._row("SELECT 1 FROM articles WHERE topic = ? LIMIT 1", (topic,)) is not None

    def stored_key(self, topic: str, key: str, url: str | None) -> str | None:
        """The key under which an item is stored: its own, or that of the first article with its link."""
        if self._row("SELECT 1 FROM articles WHERE topic = ? AND key = ? LIMIT 1", (topic, key)):
            return key
        return self.key_for_url(topic, url) if url else None

    def key_for_url(self, topic: str, url: str) -> str | None:
        """The key of the first stored article with this URL (a page also given as a feed's entry is one article)."""
        found = self._value("SELECT key FROM articles WHERE topic = ? AND url = ? ORDER BY id LIMIT 1", (topic, url))
        return str(found) if found is not None else None

    def candidates(
        self, topic: str, as_of: date, previous: StoredBrief | None, *, window_days: int, max_old: int,
        max_new: int | None = None,
    ) -> tuple[list[Article], list[Article]]:
        """(new, old) articles for a brief as of ``as_of``: the newest version of each article dated
        up to that day and, if ``window_days`` > 0, within that many days of the newest such article.
        *Old* ones were known to the previous brief (stored before it was made and dated up to its
        day); at most ``max_old`` of the newest are returned, after the versions the previous brief
        knew of new (edited) articles.  Everything else is *new* (at most ``max_new`` of the newest,
        if given).  The cost grows with what is new, not with the history.
        """
        latest, params = self._window(topic, as_of, previous, window_days)
        known = _KNOWN
        # "+b.dated" keeps SQLite on the (topic, key, version) index: the cost stays flat as history grows
        new = [_article(r) for r in self._rows(
            f"SELECT * FROM articles a WHERE {latest} AND NOT {known} ORDER BY a.dated DESC, a.id DESC LIMIT :lim",
            {**params, "lim": -1 if max_new is None else max_new})]
        new.reverse()
        old = [_article(r) for r in self._rows(
            f"SELECT * FROM articles a WHERE {latest} AND {known} ORDER BY a.dated DESC, a.id DESC LIMIT :lim",
            {**params, "lim": max_old})]
        old.reverse()
        # an edited article among the new ones: the version the previous brief knew goes first among
        # the old (outside max_old), so the brief can tell what the edit added
        edited = sorted({a.key for a in new if a.version > 1})
        earlier: list[Article] = []
        for chunk, marks in in_chunks(edited):
            earlier += [_article(r) for r in self._rows(
                f"SELECT * FROM articles a WHERE a.topic = ? AND a.key IN ({marks}) AND a.id <= ? AND a.dated <= ? AND a.version = ("
                " SELECT max(b.version) FROM articles b WHERE b.topic = a.topic AND b.key = a.key AND b.id <= ? AND +b.dated <= ?)"
                " ORDER BY a.id", (topic, *chunk, params["wm"], params["prev"], params["wm"], params["prev"]))]
        return new, earlier + old

    def _window(self, topic: str, as_of: date, previous: StoredBrief | None, window_days: int) -> tuple[str, dict[str, Any]]:
        """The WHERE clause (on ``articles a``) of the newest versions a brief as of ``as_of`` may read, and its parameters."""
        until = as_of.isoformat()
        newest = self._value("SELECT max(dated) FROM articles WHERE topic = ? AND dated <= ?", (topic, until))
        anchor = date.fromisoformat(newest) if newest else as_of
        since = (anchor - timedelta(days=window_days)).isoformat() if window_days > 0 else "0000-00-00"
        latest = (
            "a.topic = :topic AND a.dated BETWEEN :since AND :until AND a.version = ("
            " SELECT max(b.version) FROM articles b WHERE b.topic = a.topic AND b.key = a.key AND +b.dated <= :until)"
        )
        params: dict[str, Any] = {"topic": topic, "since": since, "until": until,
                                  "wm": previous.watermark if previous else 0,
                                  "prev": previous.as_of.isoformat() if previous else "0000-00-00"}
        return latest, params

    def new_article_count(self, topic: str, as_of: date, previous: StoredBrief | None, *, window_days: int) -> int:
        """How many articles :meth:`candidates` returns as new when ``max_new`` is not given."""
        latest, params = self._window(topic, as_of, previous, window_days)
        return int(self._value(f"SELECT count(*) FROM articles a WHERE {latest} AND NOT {_KNOWN}", params))

    def articles(self, ids: Iterable[int]) -> dict[int, Article]:
        out: dict[int, Article] = {}
        for chunk, marks in in_chunks(list(ids)):
            for r in self._rows(f"SELECT * FROM articles WHERE id IN ({marks})", chunk):
                out[r["id"]] = _article(r)
        return out
