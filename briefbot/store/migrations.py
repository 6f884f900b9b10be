"""The store's schema: named, ordered migrations, applied when a store is opened, each recorded in
``migrations`` with the (UTC) time it was applied.

A file that holds anything else (another program's database) is refused before anything is
written to it: not a table, not a journal-mode change.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from briefbot.errors import StoreError

Migration = Callable[[sqlite3.Connection], None]


def script(db: sqlite3.Connection, sql: str) -> None:
    """Run several statements inside the caller's transaction (``executescript`` would commit)."""
    for statement in sql.split(";"):
        if statement.strip():
            db.execute(statement)


def _m001_initial(db: sqlite3.Connection) -> None:
    script(
        db,
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            topic TEXT NOT NULL,
            key TEXT NOT NULL,
            version INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            origin TEXT NOT NULL,
            url TEXT,
            title TEXT,
            published TEXT,
            first_seen TEXT NOT NULL,
            dated TEXT NOT NULL,
            added_at TEXT NOT NULL,
            text TEXT NOT NULL,
            UNIQUE (topic, content_hash),
            UNIQUE (topic, key, version)
        );
        CREATE INDEX articles_by_date ON articles (topic, dated);
        CREATE TABLE briefs (
            id INTEGER PRIMARY KEY,
            topic TEXT NOT NULL,
            as_of TEXT NOT NULL,
            created_at TEXT NOT NULL,
            previous_id INTEGER REFERENCES briefs (id),
            watermark INTEGER NOT NULL,
            algorithm TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            data TEXT NOT NULL,
            markdown TEXT NOT NULL
        );
        CREATE INDEX briefs_by_date ON briefs (topic, as_of);
        CREATE TABLE brief_points (
            brief_id INTEGER NOT NULL REFERENCES briefs (id) ON DELETE CASCADE,
            section TEXT NOT NULL,
            position INTEGER NOT NULL,
            status TEXT NOT NULL,
            text TEXT NOT NULL,
            previous TEXT,
            PRIMARY KEY (brief_id, section, position)
        );
        CREATE TABLE brief_sources (
            brief_id INTEGER NOT NULL REFERENCES briefs (id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles (id),
            PRIMARY KEY (brief_id, number)
        );
        """
    )


def _m002_delivery_schedule_feeds(db: sqlite3.Connection) -> None:
    script(
        db,
        """
        CREATE TABLE deliveries (
            id INTEGER PRIMARY KEY,
            topic TEXT NOT NULL,
            as_of TEXT NOT NULL,
            target TEXT NOT NULL,
            brief_id INTEGER NOT NULL REFERENCES briefs (id),
            status TEXT NOT NULL,
            message_ts TEXT,
            parts_sent INTEGER NOT NULL DEFAULT 0,
            parts_total INTEGER,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            updated_at TEXT NOT NULL,
            UNIQUE (topic, as_of, target)
        );
        CREATE TABLE locks (
            name TEXT PRIMARY KEY,
            holder TEXT NOT NULL,
            expires_at TEXT NOT NULL
        );
        CREATE TABLE runs (
            topic TEXT NOT NULL,
            scheduled_for TEXT NOT NULL,
            started_at TEXT,
            finished_at TEXT,
            status TEXT NOT NULL,
            detail TEXT,
            PRIMARY KEY (topic, scheduled_for)
        );
        CREATE TABLE http_cache (
            url TEXT PRIMARY KEY,
            etag TEXT,
            last_modified TEXT,
            status INTEGER,
            checked_at TEXT NOT NULL
        );
        CREATE TABLE seen_items (
            topic TEXT NOT NULL,
            item TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            PRIMARY KEY (topic, item)
        );
        """
    )


def _m003_delivery_channel_id(db: sqlite3.Connection) -> None:
    """The Slack channel ID a delivery posted to, to look for a message whose answer was lost."""
    db.execute("ALTER TABLE deliveries ADD COLUMN channel_id TEXT")


# times written before 004, as (table, column): naive local time (migrations, articles, briefs) or UTC
_STAMPED = [("migrations", "applied_at"), ("articles", "added_at"), ("briefs", "created_at"), ("deliveries", "updated_at"),
            ("locks", "expires_at"), ("runs", "started_at"), ("runs", "finished_at")]


def _m004_utc_times(db: sqlite3.Connection) -> None:
    """Every stored time in UTC with its offset: a naive one was the machine's local time."""
    for table, column in _STAMPED:
        rows = db.execute(f"SELECT rowid, {column} FROM {table} WHERE {column} IS NOT NULL").fetchall()
        for rowid, stamp in rows:
            try:
                when = datetime.fromisoformat(stamp)
            except ValueError:
                continue  # not a time briefbot wrote: left as it is
            db.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?",
                       (when.astimezone(UTC).isoformat(timespec="seconds"), rowid))


def _m005_lock_owner_run_attempts(db: sqlite3.Connection) -> None:
    """A lock's host, process id and since when (a dead holder's lock is taken over); a run's attempts."""
    script(db, """
        ALTER TABLE locks ADD COLUMN host TEXT;
        ALTER TABLE locks ADD COLUMN pid INTEGER;
        ALTER TABLE locks ADD COLUMN since TEXT;
        ALTER TABLE runs ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1
    """)


def _m006_store_id_slack_channels(db: sqlite3.Connection) -> None:
    """The store's own id (in Slack message metadata) and Slack channel IDs resolved from #names."""
    script(db, """
        CREATE TABLE store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE slack_channels (name TEXT PRIMARY KEY, channel_id TEXT NOT NULL, resolved_at TEXT NOT NULL)
    """)
    db.execute("INSERT INTO store_info VALUES ('store_id', ?)", (uuid.uuid4().hex,))


def _m007_article_dateline(db: sqlite3.Connection) -> None:
    """What an article's wire dateline said (place and time), kept when cleaning takes it out of the text."""
    db.execute("ALTER TABLE articles ADD COLUMN place TEXT")
    db.execute("ALTER TABLE articles ADD COLUMN filed TEXT")


def _m008_topic_sources(db: sqlite3.Connection) -> None:
    """The sources each topic was last briefed from (paths and URLs, never credentials)."""
    db.execute("CREATE TABLE topic_sources (topic TEXT NOT NULL, source TEXT NOT NULL, recorded_at TEXT NOT NULL,"
               " PRIMARY KEY (topic, source))")


def _m009_article_analyses(db: sqlite3.Connection) -> None:
    """Each article's analysis as a brief reads it, under the version of the code that made it (kept so
    that a brief does not analyse its older articles again)."""
    db.execute("CREATE TABLE article_analyses (article_id INTEGER PRIMARY KEY REFERENCES articles (id),"
               " version TEXT NOT NULL, data TEXT NOT NULL)")


def _m010_article_corrections(db: sqlite3.Connection) -> None:
    """An article's correction notes ("The article incorrectly said that ..."), kept when cleaning takes them out of
    the text: what they retract is left out of a brief (briefbot.brief.corrections)."""
    db.execute("ALTER TABLE articles ADD COLUMN corrections TEXT")


def _m011_article_newest_first(db: sqlite3.Connection) -> None:
    """Whether an article is a live page whose entries run newest first (briefbot.text.entries): the brief reads its
    sentences further down as told earlier.  An article stored before is read in page order (0)."""
    db.execute("ALTER TABLE articles ADD COLUMN newest_first INTEGER NOT NULL DEFAULT 0")


def _m012_article_voice(db: sqlite3.Connection) -> None:
    """Whose own words an article's page says it is ("opinion": a commentary's closing disclaimer, which cleaning takes
    out of the text; briefbot.text.notes.commentary).  An article stored before says nothing ("")."""
    db.execute("ALTER TABLE articles ADD COLUMN voice TEXT NOT NULL DEFAULT ''")


MIGRATIONS: list[tuple[str, Migration]] = [
    ("001_initial", _m001_initial),
    ("002_delivery_schedule_feeds", _m002_delivery_schedule_feeds),
    ("003_delivery_channel_id", _m003_delivery_channel_id),
    ("004_utc_times", _m004_utc_times),
    ("005_lock_owner_run_attempts", _m005_lock_owner_run_attempts),
    ("006_store_id_slack_channels", _m006_store_id_slack_channels),
    ("007_article_dateline", _m007_article_dateline),
    ("008_topic_sources", _m008_topic_sources),
    ("009_article_analyses", _m009_article_analyses),
    ("010_article_corrections", _m010_article_corrections),
    ("011_article_newest_first", _m011_article_newest_first),
    ("012_article_voice", _m012_article_voice),
]

BOOKKEEPING = "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"


def not_ours(path: Path | str, detail: str) -> StoreError:
    return StoreError(f"{path} is not a briefbot store ({detail}): point --db / BRIEFBOT_DB at another file or move this one away")


def refuse_foreign(db: sqlite3.Connection, path: Path | str, migrations: list[tuple[str, Migration]]) -> None:
    """Another program's SQLite file is left alone: raise before anything is written to it.

    A file is ours when it is empty (no schema object at all), holds only briefbot's empty
    bookkeeping table (a first migration that did not complete), or records a briefbot migration.
    """
    objects = [(r[0], r[1]) for r in db.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")]
    tables = sorted(name for kind, name in objects if kind == "table")
    done = {r[0] for r in db.execute("SELECT name FROM migrations")} if "migrations" in tables else set()
    if not done and [name for _, name in objects] in ([], ["migrations"]):
        return
    if not done & {n for n, _ in migrations}:
        names = tables or sorted(f"{kind} {name}" for kind, name in objects)
        shown = ", ".join(names[:5]) + (", ..." if len(names) > 5 else "")
        raise not_ours(path, f"a SQLite database with the {'tables' if tables else 'objects'} {shown}")


def pending(db: sqlite3.Connection, path: Path | str, migrations: list[tuple[str, Migration]]) -> list[tuple[str, Migration]]:
    """The migrations not yet applied (raises for a store written by a newer briefbot)."""
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    done = {r[0] for r in db.execute("SELECT name FROM migrations")} if "migrations" in tables else set()
    unknown = done - {name for name, _ in migrations}
    if unknown:
        raise StoreError(f"the store {path} was written by a newer briefbot (migrations {', '.join(sorted(unknown))}): upgrade briefbot")
    return [(name, m) for name, m in migrations if name not in done]
