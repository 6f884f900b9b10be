"""``briefbot serve``: one APScheduler (3.x) cron job per topic, run once, caught up, never twice.

What is due is decided by :func:`briefbot.schedule.due.due`, a pure function of (trigger, last
run record, now, grace) that tests call with chosen datetimes; APScheduler only wakes the process
up (at each topic's times, and every :data:`RENEW_SECONDS` to renew the lock and look for runs to
catch up or retry).  So:

* Schedules are crontabs with cron's meaning (``1-5`` is Monday to Friday, 0 and 7 Sunday; names
  work too): :mod:`briefbot.cron` expands the weekday field before APScheduler sees it.
* Every run is claimed in the ``runs`` table under its *wall-clock* time in the topic's zone
  (``2026-10-25T01:30``).  On the night clocks go back APScheduler fires 01:30 twice; both firings
  share one key, so the brief is made once.  On the night clocks go forward APScheduler fires a
  time that does not exist (01:30 in London) once, at the first instant after it.
* A run missed while the process or machine was down happens once at start-up if it is at most
  ``catch_up_hours`` old (never less than :data:`MIN_GRACE`, so a run held up by a slow run of
  another topic is not lost); older ones are skipped, logged once, and recorded as ``skipped``.
  Several missed runs within the grace make one run (the latest).  A run that failed (Slack down,
  a delivery cut short) is retried with backoff within the same grace.
* Two ``serve`` processes on one store: only the holder of the ``serve`` lock (``locks`` table,
  holder's host, pid and since when, and an expiry, renewed every :data:`RENEW_SECONDS` on its own
  thread) runs anything; the other stands by and takes over, with a catch-up, when the lock expires
  or at once when its holder was a process on this host that has died.  The ``runs`` primary key
  makes a scheduled run happen once even across processes and restarts.  A run left ``running`` by
  a process that died is marked ``interrupted`` by the next holder and run again within the grace;
  delivery bookkeeping (:mod:`briefbot.deliver.exactly_once`) keeps that from posting twice.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from briefbot.clock import Clock, system_clock
from briefbot.config import Config, TopicConfig
from briefbot.errors import BriefbotError, ConfigError
from briefbot.schedule.cron import from_key, make_trigger, next_runs, wall_key
from briefbot.schedule.due import Due, RunRecord, due
from briefbot.store.db import Holder, Store

LOCK_NAME = "serve"
LOCK_TTL = timedelta(minutes=5)
RENEW_SECONDS = 60

log = logging.getLogger("briefbot.serve")



def last_run(store: Store, topic: str, tz: Any) -> RunRecord | None:
    row = store.last_run(topic)
    return RunRecord(from_key(row.key, tz), row.status, row.attempts, row.finished_at) if row else None


Runner = Callable[[Store, TopicConfig, datetime], str]  # makes and delivers one run; a summary line


@dataclass(frozen=True)
class Job:
    topic: TopicConfig
    trigger: Any

    @property
    def grace(self) -> timedelta:
        return timedelta(hours=self.topic.catch_up_hours)


def jobs_for(config: Config) -> list[Job]:
    jobs = [Job(t, make_trigger(t.schedule, t.timezone)) for t in config.topics.values() if t.schedule]
    if not jobs:
        where = config.path or "the config"
        raise ConfigError(f"no topic in {where} has a schedule: add schedule = \"0 7 * * mon-fri\" to a [topics.NAME] table")
    return jobs


class Service:
    """The scheduler's logic, clock and store passed in; :meth:`run_forever` adds APScheduler."""

    def __init__(self, jobs: list[Job], open_store: Callable[[], Store], runner: Runner, *, holder: Holder,
                 clock: Clock = system_clock, lock_ttl: timedelta = LOCK_TTL) -> None:
        self.jobs = {j.topic.name: j for j in jobs}
        self.open_store = open_store
        self.runner = runner
        self.holder = holder
        self.clock = clock
        self.lock_ttl = lock_ttl
        self.holding = False
        self._standby_said = False
        self._guard = threading.Lock()

    def hold_lock(self, store: Store, now: datetime) -> bool:
        """Take or renew the ``serve`` lock; on taking it, runs left ``running`` become interrupted."""
        with self._guard:
            held = store.acquire_lock(LOCK_NAME, self.holder, now, self.lock_ttl)
            if held and not self.holding:
                stale = store.interrupt_stale_runs()
                log.info("holding the schedule lock as %s%s", self.holder.id,
                         f"; {stale} interrupted run(s) will be redone" if stale else "")
            elif self.holding and not held:
                log.warning("lost the schedule lock to another briefbot serve: standing by")
            elif not held and not self._standby_said:
                log.info("another briefbot serve holds the schedule lock: standing by (taking over if it stops)")
                self._standby_said = True
            self.holding = held
            return held

    def renew(self) -> bool:
        """Renew the lock; True when this call took it (start-up or take-over: time to catch up)."""
        was = self.holding
        with self.open_store() as store:
            held = self.hold_lock(store, self.clock())
        return held and not was

    def check(self, name: str, now: datetime | None = None) -> str | None:
        """Run topic ``name`` if a run is due at ``now`` and this process may; its log line, else None."""
        job = self.jobs[name]
        tz = job.trigger.timezone
        now = now or self.clock()
        with self.open_store() as store:
            if not self.hold_lock(store, now):
                return None
            d = due(job.trigger, last_run(store, name, tz), now, job.grace)
            if d.missed:
                self._skip(store, job, d, now)
            if d.run is None:
                return None
            key = wall_key(d.run, tz)
            if not store.claim_run(name, key, now, again=d.resume):
                return None
            started = time.monotonic()
            try:
                summary = self.runner(store, job.topic, d.run)
                status = "done"
            except BriefbotError as exc:
                summary, status = f"failed: {exc}", "failed"
            except Exception as exc:  # a bug must not stop the scheduler
                summary, status = f"failed: internal error ({type(exc).__name__}: {exc})", "failed"
                log.exception("topic %s: internal error", name)
            store.finish_run(name, key, now + timedelta(seconds=time.monotonic() - started), status, summary)
        late = now - d.run
        when = f"{key.replace('T', ' ')} {tz}"
        extra = " (caught up)" if late > timedelta(minutes=5) else ""
        extra += f" (retry {d.retry}: failed before)" if d.retry else " (again: was interrupted)" if d.resume else ""
        line = f"topic {name}, run of {when}{extra}: {summary} [{time.monotonic() - started:.1f}s]"
        (log.info if status == "done" else log.error)(line)
        return line

    def _skip(self, store: Store, job: Job, d: Due, now: datetime) -> None:
        tz = job.trigger.timezone
        latest = d.missed[-1]
        first = d.missed_since or d.missed[0]
        detail = (f"missed while briefbot was not running; older than catch_up_hours = {job.topic.catch_up_hours:g}"
                  f" (runs from {wall_key(first, tz)} to {wall_key(latest, tz)})")
        if store.claim_run(job.topic.name, wall_key(latest, tz), now, status="skipped", detail=detail):
            log.warning("topic %s: skipped %s run(s) from %s to %s %s: %s", job.topic.name, len(d.missed),
                        wall_key(first, tz).replace("T", " "), wall_key(latest, tz).replace("T", " "), tz,
                        "older than catch_up_hours")

    def check_all(self, now: datetime | None = None) -> list[str]:
        return [line for name in self.jobs if (line := self.check(name, now)) is not None]

    def run_forever(self, stop: threading.Event) -> None:
        """APScheduler wiring: a cron job per topic, lock renewal on its own thread; returns when ``stop`` is set."""
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.schedulers.background import BackgroundScheduler

        scheduler = BackgroundScheduler(
            timezone=UTC,
            executors={"default": ThreadPoolExecutor(1), "lock": ThreadPoolExecutor(1)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        )

        stopping = threading.Event()
        adding = threading.Lock()  # APScheduler's shutdown holds the lock add_job needs while it waits for jobs:
        # a renewal adding the catch-up job as the process stops would wait forever, so none is added once stopping

        def renew() -> None:
            try:
                if self.renew() or self.holding:  # taken (catch up) or held (retry what failed, when due)
                    with adding:
                        if not stopping.is_set():
                            scheduler.add_job(self.check_all, id="catch-up", replace_existing=True)
            except BriefbotError as exc:
                log.error("cannot renew the schedule lock: %s", exc)

        for name, job in self.jobs.items():
            scheduler.add_job(self.check, job.trigger, args=[name], id=f"topic:{name}", name=f"brief {name}")
            nxt = next_runs(job.trigger, self.clock(), 1)
            log.info("topic %s: schedule %r in %s; next run %s", name, job.topic.schedule, job.topic.timezone,
                     nxt[0].strftime("%Y-%m-%d %H:%M %Z") if nxt else "never")
        scheduler.add_job(renew, "interval", seconds=RENEW_SECONDS, executor="lock", id="lock",
                          next_run_time=self.clock())
        scheduler.start()
        try:
            while not stop.wait(1.0):
                pass
        finally:
            log.info("stopping (a brief being made is finished first)")
            with adding:
                stopping.set()
            # no job left to process once it stops: APScheduler marks itself stopped before it takes its job stores' lock, and
            # a one-off job it has just run and is removing would then not be found ("JobLookupError: catch-up"), ending its
            # thread with an error; the jobs' removal waits for that lock (a brief being made still finishes: wait=True)
            scheduler.remove_all_jobs()
            scheduler.shutdown(wait=True)
            self.release()

    def release(self) -> None:
        with self.open_store() as store:
            store.release_lock(LOCK_NAME, self.holder)
        self.holding = False
