"""The SQLite store: articles (by content, with versions), briefs and what each contained.

Schema changes are named, ordered migrations recorded in the ``migrations`` table and applied
when the store is opened.  Every write is one transaction: a run killed midway leaves the previous
state intact.  The default location is ``$BRIEFBOT_DB``, else
``$XDG_DATA_HOME/briefbot/briefbot.db`` (``~/.local/share/briefbot/briefbot.db``).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from briefbot.errors import StoreError
from briefbot.models import Article, Brief, Point, Status
from briefbot.output.serialize import brief_from_json, brief_to_json

Migration = Callable[[sqlite3.Connection], None]


def _script(db: sqlite3.Connection, sql: str) -> None:
    """Run several statements inside the caller's transaction (``executescript`` would commit)."""
    for statement in sql.split(";"):
        if statement.strip():
            db.execute(statement)


def _m001_initial(db: sqlite3.Connection) -> None:
    _script(
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
    _script(
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


MIGRATIONS: list[tuple[str, Migration]] = [
    ("001_initial", _m001_initial),
    ("002_delivery_schedule_feeds", _m002_delivery_schedule_feeds),
    ("003_delivery_channel_id", _m003_delivery_channel_id),
]


@dataclass(frozen=True)
class AddResult:
    added: int  # articles never seen before
    versions: int  # new versions of articles seen before (edited files)
    unchanged: int  # already stored, same content


@dataclass(frozen=True)
class StoredBrief:
    id: int
    topic: str
    as_of: date
    created_at: str
    algorithm: str
    markdown: str
    brief: Brief
    watermark: int


def _in_chunks(values: list, size: int = 500) -> Iterator[tuple[list, str]]:
    """``values`` in slices that fit SQLite's limit on bound parameters, each with its "?,?,..." list."""
    for i in range(0, len(values), size):
        chunk = values[i:i + size]
        yield chunk, ",".join("?" * len(chunk))


class Store:
    """One SQLite file.  Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: Path | str, migrations: list[tuple[str, Migration]] | None = None) -> None:
        self.path = Path(path)
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(path), timeout=30, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the store {path} ({exc}): check the path, or set --db / BRIEFBOT_DB") from None
        self.db.row_factory = sqlite3.Row
        migrations = migrations if migrations is not None else MIGRATIONS
        try:
            self._refuse_foreign(migrations)  # before anything writes to the file
            self.db.execute("PRAGMA foreign_keys = ON")
            if str(path) != ":memory:":
                self.db.execute("PRAGMA journal_mode = WAL")
            self._migrate(migrations)
        except sqlite3.DatabaseError as exc:
            self.db.close()
            raise StoreError(
                f"{path} is not a briefbot store ({exc}): point --db / BRIEFBOT_DB at another file or move this one away"
            ) from None
        except StoreError:
            self.db.close()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"the store {self.path} is busy or read-only ({exc}): try again, or check its permissions") from None
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    def _refuse_foreign(self, migrations: list[tuple[str, Migration]]) -> None:
        """Another program's SQLite file is left alone: no briefbot table is added to it."""
        tables = sorted(r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
        done = {r[0] for r in self.db.execute("SELECT name FROM migrations")} if "migrations" in tables else set()
        if tables in ([], ["migrations"]) and not done:  # a new file, or a first migration that did not complete
            return
        if not done & {n for n, _ in migrations}:
            shown = ", ".join(tables[:5]) + (", ..." if len(tables) > 5 else "")
            raise StoreError(
                f"{self.path} is not a briefbot store (a SQLite database with the tables {shown}): "
                "point --db / BRIEFBOT_DB at another file or move this one away"
            )

    def _migrate(self, migrations: list[tuple[str, Migration]]) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        done = {row[0] for row in self.db.execute("SELECT name FROM migrations")}
        known = {name for name, _ in migrations}
        unknown = done - known
        if unknown:
            raise StoreError(
                f"the store {self.path} was written by a newer briefbot (migrations {', '.join(sorted(unknown))}): upgrade briefbot"
            )
        for name, migrate in migrations:
            if name in done:
                continue
            with self.transaction() as db:
                migrate(db)
                db.execute("INSERT INTO migrations VALUES (?, ?)", (name, datetime.now().isoformat(timespec="seconds")))

    @classmethod
    def open_existing(cls, path: Path) -> Store | None:
        """The store at ``path``, or None when there is no file yet: for commands that only read,
        which must not create one (a mistyped --db leaves nothing behind)."""
        try:
            exists = path.exists()
        except OSError as exc:  # a name too long, a folder without permission
            raise StoreError(f"cannot open the store {path} ({exc}): check the path, or set --db / BRIEFBOT_DB") from None
        return cls(path) if exists else None

    @staticmethod
    def check_creatable(path: Path) -> None:
        """Raise StoreError unless a store could be made at ``path`` (which does not exist yet):
        its nearest existing folder must be a folder briefbot may write to.  Creates nothing."""
        parent = path.parent
        try:
            while not parent.exists() and parent != parent.parent:
                parent = parent.parent
            ok = parent.is_dir() and os.access(parent, os.W_OK | os.X_OK)
        except OSError as exc:
            raise StoreError(f"cannot use the store path {path} ({exc}): check the path, or set --db / BRIEFBOT_DB") from None
        if not ok:
            raise StoreError(f"cannot create the store {path}: {parent} is not a folder briefbot can write to; "
                             "check the path, or set --db / BRIEFBOT_DB")

    def applied_migrations(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT name FROM migrations ORDER BY rowid")]

    # -- articles -------------------------------------------------------------------------------

    def add_articles(self, topic: str, articles: Iterable[Article], *, seen: date, now: datetime) -> AddResult:
        """Store articles once by content; an article whose key is known but text changed is a new version."""
        added = versions = unchanged = 0
        with self.transaction() as db:
            for a in articles:
                if db.execute("SELECT 1 FROM articles WHERE topic = ? AND content_hash = ?", (topic, a.content_hash)).fetchone():
                    unchanged += 1
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
                    " dated, added_at, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (topic, a.key, version, a.content_hash, a.origin, a.url, a.title,
                     a.published.isoformat() if a.published else None, first_seen.isoformat(), dated.isoformat(),
                     now.isoformat(timespec="seconds"), a.text),
                )
        return AddResult(added, versions, unchanged)

    def article_count(self, topic: str | None = None) -> int:
        if topic is None:
            return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]
        return self.db.execute("SELECT count(*) FROM articles WHERE topic = ?", (topic,)).fetchone()[0]

    def max_article_id(self) -> int:
        return self.db.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]

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
        until = as_of.isoformat()
        newest = self.db.execute("SELECT max(dated) FROM articles WHERE topic = ? AND dated <= ?", (topic, until)).fetchone()[0]
        anchor = date.fromisoformat(newest) if newest else as_of
        since = (anchor - timedelta(days=window_days)).isoformat() if window_days > 0 else "0000-00-00"
        latest = (
            "a.topic = :topic AND a.dated BETWEEN :since AND :until AND a.version = ("
            " SELECT max(b.version) FROM articles b WHERE b.topic = a.topic AND b.key = a.key AND +b.dated <= :until)"
        )
        params = {"topic": topic, "since": since, "until": until,
                  "wm": previous.watermark if previous else 0,
                  "prev": previous.as_of.isoformat() if previous else "0000-00-00"}
        known = "(a.id <= :wm AND a.dated <= :prev)"
        # "+b.dated" keeps SQLite on the (topic, key, version) index: the cost stays flat as history grows
        new = [self._article(r) for r in self.db.execute(
            f"SELECT * FROM articles a WHERE {latest} AND NOT {known} ORDER BY a.dated DESC, a.id DESC LIMIT :lim",
            {**params, "lim": -1 if max_new is None else max_new})]
        new.reverse()
        old = [self._article(r) for r in self.db.execute(
            f"SELECT * FROM articles a WHERE {latest} AND {known} ORDER BY a.dated DESC, a.id DESC LIMIT :lim",
            {**params, "lim": max_old})]
        old.reverse()
        # an edited article among the new ones: the version the previous brief knew goes first among
        # the old (outside max_old), so the brief can tell what the edit added
        edited = sorted({a.key for a in new if a.version > 1})
        earlier: list[Article] = []
        for chunk, marks in _in_chunks(edited):
            earlier += [self._article(r) for r in self.db.execute(
                f"SELECT * FROM articles a WHERE a.topic = ? AND a.key IN ({marks}) AND a.id <= ? AND a.dated <= ? AND a.version = ("
                " SELECT max(b.version) FROM articles b WHERE b.topic = a.topic AND b.key = a.key AND b.id <= ? AND +b.dated <= ?)"
                " ORDER BY a.id", (topic, *chunk, params["wm"], params["prev"], params["wm"], params["prev"]))]
        return new, earlier + old

    def articles(self, ids: Iterable[int]) -> dict[int, Article]:
        out: dict[int, Article] = {}
        for chunk, marks in _in_chunks(list(ids)):
            for r in self.db.execute(f"SELECT * FROM articles WHERE id IN ({marks})", chunk):
                out[r["id"]] = self._article(r)
        return out

    @staticmethod
    def _article(r: sqlite3.Row) -> Article:
        return Article(
            key=r["key"], origin=r["origin"], text=r["text"], content_hash=r["content_hash"], title=r["title"],
            published=date.fromisoformat(r["published"]) if r["published"] else None, url=r["url"],
            first_seen=date.fromisoformat(r["first_seen"]), id=r["id"], version=r["version"],
        )

    # -- briefs ---------------------------------------------------------------------------------

    def previous_brief(self, topic: str, before: date) -> StoredBrief | None:
        """The latest brief of ``topic`` made as of a day before ``before``."""
        row = self.db.execute(
            "SELECT * FROM briefs WHERE topic = ? AND as_of < ? ORDER BY as_of DESC, id DESC LIMIT 1",
            (topic, before.isoformat()),
        ).fetchone()
        return self._stored(row) if row else None

    def save_brief(self, brief: Brief, markdown: str, *, watermark: int, previous_id: int | None, now: datetime) -> StoredBrief:
        """Store a brief with what it contained; the same brief made twice is stored once."""
        data = brief_to_json(brief)
        digest = hashlib.sha256(markdown.encode()).hexdigest()
        with self.transaction() as db:
            row = db.execute(
                "SELECT * FROM briefs WHERE topic = ? AND as_of = ? ORDER BY id DESC LIMIT 1",
                (brief.topic, brief.as_of.isoformat()),
            ).fetchone()
            if row and row["content_hash"] == digest:
                return self._stored(row)
            cur = db.execute(
                "INSERT INTO briefs (topic, as_of, created_at, previous_id, watermark, algorithm, content_hash, data, markdown)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (brief.topic, brief.as_of.isoformat(), now.isoformat(timespec="seconds"), previous_id, watermark,
                 brief.algorithm, digest, data, markdown),
            )
            brief_id = cur.lastrowid
            for section, points in (("changes", brief.changes), ("summary", brief.summary)):
                for position, p in enumerate(points):
                    db.execute("INSERT INTO brief_points VALUES (?, ?, ?, ?, ?, ?)",
                               (brief_id, section, position, p.status.value, p.text, p.previous))
            for s in brief.sources:
                db.execute("INSERT INTO brief_sources VALUES (?, ?, ?)", (brief_id, s.number, s.article_id))
            row = db.execute("SELECT * FROM briefs WHERE id = ?", (brief_id,)).fetchone()
        return self._stored(row)

    def brief(self, brief_id: int) -> StoredBrief | None:
        row = self.db.execute("SELECT * FROM briefs WHERE id = ?", (brief_id,)).fetchone()
        return self._stored(row) if row else None

    def brief_on(self, topic: str | None, as_of: date) -> StoredBrief | None:
        sql = "SELECT * FROM briefs WHERE as_of = ?"
        args: list[object] = [as_of.isoformat()]
        if topic is not None:
            sql += " AND topic = ?"
            args.append(topic)
        row = self.db.execute(sql + " ORDER BY id DESC LIMIT 1", args).fetchone()
        return self._stored(row) if row else None

    def history(self, topic: str | None = None, limit: int = 50) -> list[StoredBrief]:
        sql, args = "SELECT * FROM briefs", []
        if topic is not None:
            sql, args = sql + " WHERE topic = ?", [topic]
        rows = self.db.execute(sql + " ORDER BY as_of DESC, id DESC LIMIT ?", [*args, limit]).fetchall()
        return [self._stored(r) for r in rows]

    @staticmethod
    def _stored(row: sqlite3.Row) -> StoredBrief:
        brief = brief_from_json(row["data"], brief_id=row["id"])
        return StoredBrief(
            id=row["id"], topic=row["topic"], as_of=date.fromisoformat(row["as_of"]), created_at=row["created_at"],
            algorithm=row["algorithm"], markdown=row["markdown"], brief=brief, watermark=row["watermark"],
        )


def points_of(brief: Brief) -> list[Point]:
    """Every point a reader of ``brief`` has seen (changes first), dropped ones left out."""
    return [p for p in (*brief.changes, *brief.summary) if p.status is not Status.DROPPED]
