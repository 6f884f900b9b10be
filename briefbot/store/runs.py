"""The ``runs`` table: each scheduled run claimed once, under its wall-clock key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from briefbot.store.connection import Connection, utc_stamp, utc_time


@dataclass(frozen=True)
class RunRow:
    key: str  # the run's wall-clock minute in the topic's zone, e.g. 2026-10-25T01:30
    status: str  # running, done, failed, skipped, interrupted
    attempts: int
    finished_at: datetime | None
    detail: str | None = None  # the run's summary line, or why it failed or was skipped


class Runs(Connection):
    def last_run(self, topic: str) -> RunRow | None:
        row = self._row("SELECT scheduled_for, status, attempts, finished_at, detail FROM runs WHERE topic = ?"
                        " ORDER BY scheduled_for DESC LIMIT 1", (topic,))
        if row is None:
            return None
        finished = utc_time(row["finished_at"]) if row["finished_at"] else None
        return RunRow(row["scheduled_for"], row["status"], row["attempts"], finished, row["detail"])

    def claim_run(self, topic: str, key: str, now: datetime, *, status: str = "running", again: bool = False,
                  detail: str | None = None) -> bool:
        """Record the run ``key`` as ours; False if it was already claimed (here or by another process).

        ``again`` claims a run that was interrupted or failed, to do it once more.
        """
        stamp = utc_stamp(now)
        with self._transaction() as db:
            if again:
                cur = db.execute("UPDATE runs SET status = ?, started_at = ?, finished_at = NULL, detail = ?,"
                                 " attempts = attempts + 1 WHERE topic = ? AND scheduled_for = ?"
                                 " AND status IN ('interrupted', 'failed')", (status, stamp, detail, topic, key))
            else:
                cur = db.execute("INSERT OR IGNORE INTO runs (topic, scheduled_for, started_at, status, detail, attempts)"
                                 " VALUES (?, ?, ?, ?, ?, 1)", (topic, key, stamp, status, detail))
            return cur.rowcount == 1

    def finish_run(self, topic: str, key: str, now: datetime, status: str, detail: str) -> None:
        with self._transaction() as db:
            db.execute("UPDATE runs SET status = ?, finished_at = ?, detail = ? WHERE topic = ? AND scheduled_for = ?",
                       (status, utc_stamp(now), detail[:2000], topic, key))

    def interrupt_stale_runs(self) -> int:
        """Runs left ``running`` by a process that no longer holds the lock become ``interrupted``."""
        with self._transaction() as db:
            return int(db.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'").rowcount)

    def run_statuses(self, topic: str) -> list[tuple[str, str]]:
        """(key, status) of every run of ``topic``, oldest first."""
        return [(r[0], r[1]) for r in self._rows("SELECT scheduled_for, status FROM runs WHERE topic = ? ORDER BY scheduled_for",
                                                 (topic,))]
