"""The SQLite store: articles (by content, with versions), briefs and what each contained, and the
bookkeeping of delivery, the schedule and feeds.  All of briefbot's SQL lives in this package.

Schema changes are named, ordered migrations (:mod:`briefbot.store.migrations`) recorded in the
``migrations`` table and applied when the store is opened.  Every write is one transaction: a run
killed midway leaves the previous state intact.  Stored times are UTC.  The default location is
``$BRIEFBOT_DB``, else ``$XDG_DATA_HOME/briefbot/briefbot.db`` (``~/.local/share/briefbot/briefbot.db``).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from briefbot.clock import Clock, system_clock
from briefbot.errors import StoreError
from briefbot.store.analyses import Analyses
from briefbot.store.articles import AddResult, Articles
from briefbot.store.briefs import Briefs, StoredBrief
from briefbot.store.channels import Channels
from briefbot.store.connection import WHERE, translate, utc_stamp
from briefbot.store.deliveries import Deliveries, Delivery
from briefbot.store.feed_state import FeedState
from briefbot.store.locks import Holder, Lock, Locks
from briefbot.store.migrations import BOOKKEEPING, MIGRATIONS, Migration, not_ours, pending, refuse_foreign
from briefbot.store.runs import RunRow, Runs
from briefbot.store.topic_sources import TopicSources

__all__ = ["MIGRATIONS", "AddResult", "Delivery", "Holder", "Lock", "RunRow", "Store", "StoredBrief"]


class Store(Articles, Analyses, Briefs, Deliveries, Locks, Runs, FeedState, Channels, TopicSources):
    """One SQLite file.  Use as a context manager, or call :meth:`close`.

    ``read_only`` is for commands that only read (``history``, ``show``): a file briefbot may not
    write is opened read-only (a store that still needs a migration is then refused with a message
    that says so); one it may write is opened as usual.
    """

    def __init__(self, path: Path | str, migrations: list[tuple[str, Migration]] | None = None, *,
                 read_only: bool = False, clock: Clock = system_clock) -> None:
        super().__init__(path, read_only=read_only, clock=clock)
        try:
            self._prepare(migrations if migrations is not None else MIGRATIONS)
        except sqlite3.DatabaseError as exc:
            self.close()
            error = translate(exc, self.path)
            if error is None or getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
                error = not_ours(path, str(exc))
            raise error from None
        except BaseException:
            self.close()
            raise

    def _prepare(self, migrations: list[tuple[str, Migration]]) -> None:
        refuse_foreign(self._db, self.path, migrations)  # before anything writes to the file
        todo = pending(self._db, self.path, migrations)
        if self.read_only:
            if todo:
                raise StoreError(f"the store {self.path} was made by an older briefbot and must be upgraded before it can be "
                                 "read: run any command that writes it (e.g. `briefbot check-config`) once")
            return
        self._db.execute("PRAGMA foreign_keys = ON")
        # WAL before the migrations: each of their commits then syncs one file, not a rollback journal
        # and the database (a new store is made in half the time, most of it waiting on the disk)
        if not self._memory and self._value("PRAGMA journal_mode") != "wal":
            self._db.execute("PRAGMA journal_mode = WAL")
        if todo:
            self._db.execute(BOOKKEEPING)
        for name, migrate in todo:
            with self._transaction() as db:
                migrate(db)
                db.execute("INSERT INTO migrations VALUES (?, ?)", (name, utc_stamp(self.clock())))

    @classmethod
    def open_existing(cls, path: Path, *, read_only: bool = True) -> Store | None:
        """The store at ``path``, or None when there is no file yet: for commands that only read,
        which must not create one (a mistyped --db leaves nothing behind)."""
        try:
            exists = path.exists()
        except OSError as exc:  # a name too long, a folder without permission
            raise StoreError(f"cannot open the store {path} ({exc}): {WHERE}") from None
        return cls(path, read_only=read_only) if exists else None

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
            raise StoreError(f"cannot use the store path {path} ({exc}): {WHERE}") from None
        if not ok:
            raise StoreError(f"cannot create the store {path}: {parent} is not a folder briefbot can write to; {WHERE}")

    def applied_migrations(self) -> list[str]:
        return [row[0] for row in self._rows("SELECT name FROM migrations ORDER BY rowid")]

    def store_id(self) -> str:
        """This store's own id, made when it was created: it marks the Slack messages it posted."""
        return str(self._value("SELECT value FROM store_info WHERE key = 'store_id'"))
