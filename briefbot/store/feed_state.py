"""Feed state: HTTP validators (``http_cache``) and feed items already seen (``seen_items``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from briefbot.store.connection import Connection


def cache_key(topic: str, url: str) -> str:
    """http_cache rows are per topic: another topic reading the same feed must not get its 304."""
    return f"{topic} {url}"


class FeedState(Connection):
    def validators(self, topic: str, url: str) -> tuple[str | None, str | None]:
        """The ETag and Last-Modified kept for ``url`` by ``topic``'s last fetch."""
        row = self._row("SELECT etag, last_modified FROM http_cache WHERE url = ?", (cache_key(topic, url),))
        return (row[0], row[1]) if row else (None, None)

    def seen_any(self, topic: str, items: Iterable[str | None]) -> bool:
        return any(self._row("SELECT 1 FROM seen_items WHERE topic = ? AND item = ?", (topic, item)) for item in items if item)

    def seen_items(self, topic: str) -> set[str]:
        return {r[0] for r in self._rows("SELECT item FROM seen_items WHERE topic = ?", (topic,))}

    def record_fetches(self, topic: str, validators: Mapping[str, tuple[str | None, str | None, int]], seen: Iterable[str],
                       *, today: date) -> None:
        """Keep each URL's (etag, last_modified, status) and mark ``seen`` items, in one transaction."""
        with self._transaction() as db:
            for url, (etag, modified, status) in validators.items():
                db.execute("INSERT OR REPLACE INTO http_cache (url, etag, last_modified, status, checked_at)"
                           " VALUES (?, ?, ?, ?, ?)", (cache_key(topic, url), etag, modified, status, today.isoformat()))
            db.executemany("INSERT OR IGNORE INTO seen_items (topic, item, first_seen) VALUES (?, ?, ?)",
                           [(topic, item, today.isoformat()) for item in seen])
