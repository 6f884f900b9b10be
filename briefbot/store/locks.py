"""The ``locks`` table: who delivers a topic (``deliver:<topic>``) or runs the schedule (``serve``).

A lock records its holder's host, process id and since when it is held, and expires unless it is
renewed.  A lock whose holder is a process on this host that no longer exists is taken over at
once (a ``post`` or ``serve`` killed mid-delivery does not block the next one until it expires).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from briefbot.store.connection import Connection, utc_stamp, utc_time


@dataclass(frozen=True)
class Holder:
    """Who takes a lock: a host, a process and a random tag (two processes never look alike)."""

    host: str
    pid: int
    tag: str

    @property
    def id(self) -> str:
        return f"{self.host}:{self.pid}:{self.tag}"

    @classmethod
    def this_process(cls) -> Holder:
        import socket  # (here: only post and serve take locks; a brief's process need not import it)

        return cls(socket.gethostname(), os.getpid(), uuid.uuid4().hex[:8])


@dataclass(frozen=True)
class Lock:
    name: str
    holder: str
    host: str | None  # None for a lock taken by an older briefbot
    pid: int | None
    since: datetime | None
    expires_at: datetime

    def describe(self) -> str:
        """Who holds it and since when, for a message."""
        who = f"process {self.pid} on {self.host}" if self.pid is not None and self.host else self.holder
        return f"{who}, since {self.since:%Y-%m-%d %H:%M:%S} UTC" if self.since else who


def pid_alive(pid: int) -> bool:
    """Whether a process with this id exists on this host."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # it exists (another user's), or we cannot tell: treat it as alive
    return True


class Locks(Connection):
    def lock(self, name: str) -> Lock | None:
        row = self._row("SELECT * FROM locks WHERE name = ?", (name,))
        if row is None:
            return None
        return Lock(row["name"], row["holder"], row["host"], row["pid"], utc_time(row["since"]) if row["since"] else None,
                    utc_time(row["expires_at"]))

    def acquire_lock(self, name: str, holder: Holder, now: datetime, ttl: timedelta, *,
                     alive: Callable[[int], bool] = pid_alive) -> bool:
        """Take or renew the lock ``name`` until ``now + ttl``; False while another live holder has it."""
        with self._transaction() as db:
            row = db.execute("SELECT holder, host, pid, since, expires_at FROM locks WHERE name = ?", (name,)).fetchone()
            since = now
            if row is not None and row["holder"] == holder.id and row["since"]:
                since = utc_time(row["since"])
            elif row is not None and utc_time(row["expires_at"]) > now:
                dead = row["host"] == holder.host and row["pid"] is not None and not alive(int(row["pid"]))
                if not dead:
                    return False
            db.execute("INSERT INTO locks (name, holder, host, pid, since, expires_at) VALUES (?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, host = excluded.host, pid = excluded.pid,"
                       " since = excluded.since, expires_at = excluded.expires_at",
                       (name, holder.id, holder.host, holder.pid, utc_stamp(since), utc_stamp(now + ttl)))
        return True

    def release_lock(self, name: str, holder: Holder) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM locks WHERE name = ? AND holder = ?", (name, holder.id))

    def lock_holder(self, name: str, now: datetime) -> Lock | None:
        """The lock ``name`` while it is held (not expired), else None."""
        lock = self.lock(name)
        return lock if lock is not None and lock.expires_at > now else None
