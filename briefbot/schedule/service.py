"""``briefbot serve``: one APScheduler (3.x) cron job per topic, run once, caught up, never twice.

What is due is decided by :func:`due`, a pure function of (trigger, last run record, now, grace)
that tests call with chosen datetimes; APScheduler only wakes the process up.  So:

* Schedules are crontabs with cron's meaning (``1-5`` is Monday to Friday, 0 and 7 Sunday; names
  work too): :mod:`briefbot.cron` expands the weekday field before APScheduler sees it.
* Every run is claimed in the ``runs`` table under its *wall-clock* time in the topic's zone
  (``2026-10-25T01:30``).  On the night clocks go back APScheduler fires 01:30 twice; both firings
  share one key, so the brief is made once.  On the night clocks go forward APScheduler fires a
  time that does not exist (01:30 in London) once, at the first instant after it.
* A run missed while the process or machine was down happens once at start-up if it is at most
  ``catch_up_hours`` old (never less than :data:`MIN_GRACE`, so a run held up by a slow run of
  another topic is not lost); older ones are skipped, logged once, and recorded as ``skipped``.
  Several missed runs within the grace make one run (the latest).
* Two ``serve`` processes on one store: only the holder of the ``serve`` lock (``locks`` table,
  holder id and expiry, renewed every :data:`RENEW_SECONDS` on its own thread) runs anything; the
  other stands by and takes over, with a catch-up, when the lock expires.  The ``runs`` primary key
  makes a scheduled run happen once even across processes and restarts.  A run left ``running`` by
  a process that died is marked ``interrupted`` by the next holder and run again within the grace;
  delivery bookkeeping (:mod:`briefbot.deliver`) keeps that from posting twice.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from briefbot.errors import BriefbotError, ConfigError, DeliveryError

if TYPE_CHECKING:
    from briefbot.config import Config, TopicConfig
    from briefbot.store.db import Holder, Store

LOCK_NAME = "serve"
LOCK_TTL = timedelta(minutes=5)
RENEW_SECONDS = 60
MIN_GRACE = timedelta(hours=1)
MISSED_SCAN = timedelta(days=8)  # how far back missed runs are looked at (they are all skipped anyway)
_EPS = timedelta(microseconds=1)

log = logging.getLogger("briefbot.serve")


# -- pure: triggers and what is due ---------------------------------------------------------------


def make_trigger(schedule: str, timezone: str) -> Any:
    """An APScheduler ``CronTrigger`` for a crontab with cron's weekday numbering, in ``timezone``."""
    from apscheduler.triggers.cron import CronTrigger

    from briefbot.schedule.cron import parse_crontab

    try:
        fields = parse_crontab(schedule)
    except ValueError as exc:
        raise ConfigError(f"schedule {schedule!r}: {exc}") from None
    return CronTrigger(**fields, timezone=ZoneInfo(timezone))


def wall_key(when: datetime, tz: Any) -> str:
    """A run's key: its wall-clock minute in the topic's zone (both 01:30s of a fall-back night are one)."""
    return when.astimezone(tz).strftime("%Y-%m-%dT%H:%M")


def from_key(key: str, tz: Any) -> datetime:
    return datetime.fromisoformat(key).replace(tzinfo=tz)


def fire_times(trigger: Any, after: datetime, until: datetime, limit: int = 50_000) -> Iterator[datetime]:
    """The trigger's fire times ``after < t <= until``, in order."""
    t = trigger.get_next_fire_time(None, after + _EPS)
    n = 0
    while t is not None and t <= until and n < limit:
        yield t
        n += 1
        t = trigger.get_next_fire_time(t, t)


def next_runs(trigger: Any, now: datetime, count: int = 5) -> list[datetime]:
    """The next ``count`` distinct runs after ``now`` (a fall-back night's repeated time counts once)."""
    out: list[datetime] = []
    keys: set[str] = set()
    t = trigger.get_next_fire_time(None, now)
    while t is not None and len(out) < count:
        key = wall_key(t, trigger.timezone)
        if key not in keys:
            keys.add(key)
            out.append(t)
        t = trigger.get_next_fire_time(t, t)
    return out


@dataclass(frozen=True)
class RunRecord:
    scheduled_for: datetime  # aware, in the topic's zone
    status: str  # running, done, failed, skipped, interrupted


@dataclass(frozen=True)
class Due:
    run: datetime | None = None  # the scheduled time to run now
    resume: bool = False  # ``run`` is an interrupted run being done again
    missed: tuple[datetime, ...] = ()  # runs too old to catch up (within the last MISSED_SCAN)
    missed_since: datetime | None = None  # the oldest run missed since the last record
    coalesced: int = 0  # older runs within the grace folded into ``run``


def due(trigger: Any, last: RunRecord | None, now: datetime, grace: timedelta) -> Due:
    """What to do at ``now``: the latest run not yet done that is at most ``grace`` old, if any.

    Runs after ``last`` and older than the grace are reported as missed (to log and skip).  With no
    record at all, only the grace is looked at.
    """
    tz = trigger.timezone
    grace = max(grace, MIN_GRACE)
    floor = now - grace
    done = wall_key(last.scheduled_for, tz) if last else None
    lo = last.scheduled_for if last else floor - _EPS
    fires = [f for f in fire_times(trigger, max(lo, floor - MISSED_SCAN), now) if wall_key(f, tz) != done]
    missed = tuple(f for f in fires if f < floor)
    eligible = [f for f in fires if f >= floor]
    since = None
    if last is not None:
        first = next(fire_times(trigger, lo, floor - _EPS, limit=1), None)
        since = first if first is not None and wall_key(first, tz) != done else (missed[0] if missed else None)
    if eligible:
        return Due(run=eligible[-1], missed=missed, missed_since=since, coalesced=len(eligible) - 1)
    if last is not None and last.status == "interrupted" and last.scheduled_for >= floor:
        return Due(run=last.scheduled_for, resume=True, missed=missed, missed_since=since)
    return Due(missed=missed, missed_since=since)


def last_run(store: Store, topic: str, tz: Any) -> RunRecord | None:
    row = store.last_run(topic)
    return RunRecord(from_key(row.key, tz), row.status) if row else None


# -- the service ----------------------------------------------------------------------------------

Runner = Callable[["Store", "TopicConfig", datetime], str]  # makes and delivers one run; a summary line


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
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC), lock_ttl: timedelta = LOCK_TTL) -> None:
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
            store.finish_run(name, key, self.clock(), status, summary)
        late = now - d.run
        when = f"{key.replace('T', ' ')} {tz}"
        extra = " (caught up)" if late > timedelta(minutes=5) else ""
        extra += " (again: was interrupted)" if d.resume else ""
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

        def renew() -> None:
            try:
                if self.renew():
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
            scheduler.shutdown(wait=True)
            self.release()

    def release(self) -> None:
        with self.open_store() as store:
            store.release_lock(LOCK_NAME, self.holder)
        self.holding = False


def post_runner(config: Config, env: Mapping[str, str], *, holder: Holder, sleep: Callable[[float], None] = time.sleep,
                today: Callable[[], date] = date.today) -> Runner:
    """The real run: ``post`` for the topic, the brief dated by the run's day in the topic's zone."""
    from briefbot.deliver.core import Context, post

    def run(store: Store, topic: TopicConfig, scheduled_for: datetime) -> str:
        ctx = Context(config, topic, env, now=lambda: datetime.now(UTC), sleep=sleep)
        as_of = scheduled_for.astimezone(ZoneInfo(topic.timezone)).date()
        result = post(store, ctx, today=max(today(), as_of), as_of=as_of, holder=holder)
        parts = "; ".join(o.line().split(" ", 1)[1] for o in result.outcomes) or "no target"
        failed = result.failed
        if failed:
            raise DeliveryError(f"brief #{result.stored.id} as of {as_of} stored; {parts}")
        return f"brief #{result.stored.id} as of {as_of}; {parts}"

    return run


def config_report(config: Config, env: Mapping[str, str], now: datetime) -> tuple[list[str], list[str]]:
    """``check-config``'s lines and problems: each topic's sources, targets and next five runs.

    Secrets are only ever said to be "set" or "not set".
    """
    from pathlib import Path

    from briefbot.deliver.core import TOKEN_ENV, WEBHOOK_ENV, markdown_path, slack_auth, targets_for

    lines = [f"config: {config.path or 'none found (built-in defaults)'}", f"store: {config.store_path}"]
    lines.append(f"slack: {TOKEN_ENV} {'set' if env.get(TOKEN_ENV, '').strip() else 'not set'}; "
                 f"{WEBHOOK_ENV} {'set' if env.get(WEBHOOK_ENV, '').strip() else 'not set'}; api {config.slack.base_url}")
    problems: list[str] = []
    if not config.topics:
        lines.append("no topics: add a [topics.NAME] table")
    for topic in config.topics.values():
        lines.append(f"topic {topic.name}:")
        sources = [config.resolve(s) for s in topic.sources]
        for s in sources:
            missing = "://" not in s and not Path(s).exists()
            lines.append(f"  source: {s}{'  (missing)' if missing else ''}")
            if missing:
                problems.append(f"topic {topic.name}: source {s} does not exist")
        if not sources:
            lines.append("  sources: none (give them on the command line, or set sources = [...])")
            if topic.schedule:
                problems.append(f"topic {topic.name} has a schedule but no sources: set sources = [...]")
        targets = targets_for(config, topic)
        for t in targets:
            if t.kind == "slack":
                via = {"token": f"bot token, {TOKEN_ENV} set", "webhook": f"incoming webhook, {WEBHOOK_ENV} set",
                       None: f"{TOKEN_ENV} not set"}[slack_auth(env)]
                lines.append(f"  target: Slack {t.channel} ({via})")
                if slack_auth(env) is None:
                    problems.append(f"topic {topic.name} posts to Slack but {TOKEN_ENV} is not set: export {TOKEN_ENV}=xoxb-...")
            elif t.folder is not None:
                lines.append(f"  target: Markdown {markdown_path(t.folder, topic.name, date(2000, 1, 1)).parent}/YYYY-MM-DD.md")
        if not targets:
            lines.append("  targets: none (set slack_channel and/or markdown_dir to use post and serve)")
            if topic.schedule:
                problems.append(f"topic {topic.name} has a schedule but nowhere to deliver: set slack_channel or markdown_dir")
        if topic.schedule:
            trigger = make_trigger(topic.schedule, topic.timezone)
            lines.append(f"  schedule: {topic.schedule} ({topic.timezone}; catch-up {topic.catch_up_hours:g} h)")
            for run_at in next_runs(trigger, now, 5):
                lines.append(f"    next: {run_at.strftime('%a %Y-%m-%d %H:%M %Z')}")
        else:
            lines.append("  schedule: none (serve will not run it)")
    return lines, problems
