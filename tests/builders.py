"""Builders for articles and article files used across the tests."""

from __future__ import annotations

import itertools
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from briefbot.ingest.files import content_hash
from briefbot.models import Article
from briefbot.store.db import Store

_ids = itertools.count(1)


def article(
    text: str = "Officials said the bridge reopened on Monday after repairs. Traffic returned to normal by the evening.",
    *,
    title: str | None = "Bridge reopens",
    published: date | None = date(2024, 3, 1),
    key: str | None = None,
    origin: str | None = None,
    id: int | None = None,
    first_seen: date | None = None,
    url: str | None = None,
) -> Article:
    n = next(_ids)
    return Article(
        key=key or f"key-{n}", origin=origin or f"article-{n}.txt", text=text, content_hash=content_hash(title, text),
        title=title, published=published, url=url, first_seen=first_seen, id=id,
    )


def write_article(folder: Path, name: str, body: str, *, published: str | None = None, title: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    head = f" date {published} " if published else ""
    if title:
        head += f"{title}\n\n"
    path = folder / name
    path.write_text(head + body, encoding="utf-8")
    return path


def rows(store: Store | Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    """Rows of a query run on the store's file through a connection of the test's own (briefbot's
    connection is the store package's alone)."""
    path = store if isinstance(store, Path) else store.path
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [tuple(r) for r in db.execute(sql, params).fetchall()]
    finally:
        db.close()
