"""``check-config --online`` for feeds and pages: one conditional GET per source URL, with the
validators of the last run (nothing is stored), and what came back."""

from __future__ import annotations

from briefbot.config import FetchConfig
from briefbot.errors import SkipSource
from briefbot.ingest import http
from briefbot.ingest.feeds import kind_of, parse_feed


def check_source(url: str, config: FetchConfig, *, etag: str | None = None, last_modified: str | None = None) -> tuple[str, str]:
    """("ok" or "FAIL", what was found) for one URL."""
    try:
        resp = http.get(url, config, etag=etag, last_modified=last_modified)
        if resp.not_modified:
            return "ok", "not modified since the last run (HTTP 304)"
        kind = kind_of(resp.media_type, resp.body)
        if kind == "feed":
            feed = parse_feed(resp.body, source=url, base_url=resp.url, charset=resp.charset)
            entries = len(feed.entries)
            return "ok", f"HTTP {resp.status}, a feed with {entries} entr{'y' if entries == 1 else 'ies'}"
        if kind in ("page", "text"):
            return "ok", f"HTTP {resp.status}, a {'web page' if kind == 'page' else 'text'}"
        return "FAIL", f"not a feed or page ({resp.media_type or 'no content type'})"
    except SkipSource as exc:
        return "FAIL", str(exc)
