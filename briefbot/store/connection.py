"""The store's SQLite connection: opening (read-write or read-only), transactions, and errors.

Only the modules of :mod:`briefbot.store` touch the connection (``_db``); a test checks that no
other module runs SQL.  SQLite's failures that a user can act on (a damaged file, a full disk, a
read-only file or folder) become one-line :class:`~briefbot.errors.StoreError` messages that say
what to do; anything else (a constraint broken by a bug) is raised as it is.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self
from urllib.parse import quote

from briefbot.clock import Clock, system_clock
from briefbot.errors import StoreError

Params = Sequence[Any] | dict[str, Any]
WHERE = "check the path, or set --db / BRIEFBOT_DB"


def utc_stamp(when: datetime) -> str:
    """How the store writes a time: ISO 8601 in UTC with its offset, to the second."""
    if when.tzinfo is None:
        raise ValueError(f"a naive datetime ({when.isoformat()}) cannot be stored: pass a timezone-aware time")
    return when.astimezone(UTC).isoformat(timespec="seconds")


def utc_time(stamp: str) -> datetime:
    """A time the store wrote (see :func:`utc_stamp`), timezone-aware."""
    when = datetime.fromisoformat(stamp)
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when


def _writable(path: Path) -> bool:
    """Whether briefbot may write ``path`` (an existing file) or create it in its folder."""
    effective = os.access in os.supports_effective_ids  # the permissions this process acts with

    def may(p: Path, mode: int) -> bool:
        return os.access(p, mode, effective_ids=effective)

    try:
        if path.exists():
            return may(path, os.W_OK) and may(path.parent, os.W_OK | os.X_OK)
        return may(path.parent, os.W_OK | os.X_OK)
    except OSError:
        return False


def translate(exc: sqlite3.Error, path: Path | str) -> StoreError | None:
    """The one-line message for an SQLite failure a user can act on, else None (a bug: raise it)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or "malformed" in text:
        return StoreError(f"the store {path} is damaged ({text}): restore it from a backup, "
                          "or move it away to start a new one")
    if name == "SQLITE_FULL" or "disk is full" in text:
        return StoreError(f"the disk holding the store {path} is full ({text}): free some space and run again")
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return read_only_error(path)
    if name.startswith("SQLITE_IOERR"):
        return StoreError(f"cannot read or write the store {path} ({text}): check the disk, or restore it from a backup")
    if name == "SQLITE_BUSY" or "locked" in text:
        return StoreError(f"the store {path} is busy ({text}): another briefbot process is writing it; try again")
    return None


def read_only_error(path: Path | str) -> StoreError:
    return StoreError(f"the store {path} is read-only (briefbot may not write the file or its folder): "
                      "history and show can still read it; to make or post briefs give write permission, "
                      "or point --db / BRIEFBOT_DB at a writable copy")


class Connection:
    """One open SQLite file.  Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: Path | str, *, read_only: bool = False, clock: Clock = system_clock) -> None:
        self.path = Path(path)
        self.clock = clock
        self._memory = str(path) == ":memory:"
        # a reader that may write the file opens it normally (SQLite then tidies its -wal and -shm
        # files on close) and writes nothing; one that may not opens it read-only
        self.read_only = read_only and not self._memory and not _writable(self.path)
        self._db = self._connect(path, self.read_only)

    def _connect(self, path: Path | str, read_only: bool) -> sqlite3.Connection:
        try:
            if read_only:
                db = self._connect_read_only(Path(path).resolve())
            else:
                if not self._memory:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(str(path), timeout=30, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            if not read_only and not self._memory and not _writable(self.path):
                raise read_only_error(self.path) from None
            known = translate(exc, self.path) if isinstance(exc, sqlite3.Error) else None
            raise known or StoreError(f"cannot open the store {path} ({exc}): {WHERE}") from None
        db.row_factory = sqlite3.Row
        return db

    @staticmethod
    def _connect_read_only(path: Path) -> sqlite3.Connection:
        """Open without writing.  A WAL store in a folder briefbot may not write cannot get its
        shared-memory file: then it is read as immutable (no one can be writing it there either)."""
        uri = f"file:{quote(str(path))}?mode=ro"
        db = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as exc:
            if not (getattr(exc, "sqlite_errorname", "") or "").startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")):
                raise
            db.close()
            db = sqlite3.connect(uri + "&immutable=1", uri=True, timeout=30, isolation_level=None)
        return db

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def _fail(self, exc: sqlite3.Error) -> StoreError | None:
        error = translate(exc, self.path)
        if error is not None and "read-only" in str(error) and not self.read_only and _writable(self.path):
            return None  # "readonly" although the file is writable: not the user's to fix
        return error

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            error = self._fail(exc)
            if error is None:
                raise
            raise error from None

    def check_writable(self) -> None:
        """Raise StoreError unless the store can be written now (a write transaction that writes nothing)."""
        with self._transaction():
            pass

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error."""
        if self.read_only:
            raise read_only_error(self.path)
        with self._errors():
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
            else:
                self._db.execute("COMMIT")

    def _rows(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        with self._errors():
            return self._db.execute(sql, params).fetchall()

    def _row(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        with self._errors():
            row: sqlite3.Row | None = self._db.execute(sql, params).fetchone()
            return row

    def _value(self, sql: str, params: Params = ()) -> Any:
        row = self._row(sql, params)
        return row[0] if row is not None else None

