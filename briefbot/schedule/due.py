"""What a topic's schedule asks for at a given time: a pure function of (trigger, last run, now, grace).

Tests call :func:`due` with chosen datetimes; APScheduler only wakes the process up.

* A missed run is done once if it is at most the grace (``catch_up_hours``, never less than
  :data:`MIN_GRACE`) old; older ones are reported as missed, to be logged and skipped.  Several
  missed runs within the grace make one run (the latest).
* A run left ``interrupted`` (its process died) is done again within the grace.
* A run that ``failed`` (Slack down, a delivery cut short) is retried within the grace, after
  :func:`retry_delay` (2, 4, 8, 16, then every 30 minutes), until it succeeds or the grace ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from briefbot.schedule.cron import EPSILON, fire_times, wall_key

MIN_GRACE = timedelta(hours=1)
MISSED_SCAN = timedelta(days=8)  # how far back missed runs are looked at (they are all skipped anyway)
FIRST_RETRY = timedelta(minutes=2)
MAX_RETRY = timedelta(minutes=30)


def retry_delay(attempts: int) -> timedelta:
    """How long after its ``attempts``-th failure a run is tried again."""
    return min(MAX_RETRY, FIRST_RETRY * (1 << max(0, min(attempts - 1, 10))))


@dataclass(frozen=True)
class RunRecord:
    scheduled_for: datetime  # aware, in the topic's zone
    status: str  # running, done, failed, skipped, interrupted
    attempts: int = 1
    finished_at: datetime | None = None  # aware


@dataclass(frozen=True)
class Due:
    run: datetime | None = None  # the scheduled time to run now
    resume: bool = False  # ``run`` is an interrupted or failed run being done again
    retry: int = 0  # for a failed run: which retry this is
    missed: tuple[datetime, ...] = ()  # runs too old to catch up (within the last MISSED_SCAN)
    missed_since: datetime | None = None  # the oldest run missed since the last record
    coalesced: int = 0  # older runs within the grace folded into ``run``


def due(trigger: Any, last: RunRecord | None, now: datetime, grace: timedelta) -> Due:
    """What to do at ``now``: the latest run not yet done that is at most ``grace`` old, if any.

    Runs after ``last`` and older than the grace are reported as missed (to log and skip).  With no
    record at all, only the grace is looked at.  An interrupted run, or a failed one whose retry
    delay has passed, is due again while it is within the grace.
    """
    tz = trigger.timezone
    grace = max(grace, MIN_GRACE)
    floor = now - grace
    done = wall_key(last.scheduled_for, tz) if last else None
    lo = last.scheduled_for if last else floor - EPSILON
    fires = [f for f in fire_times(trigger, max(lo, floor - MISSED_SCAN), now) if wall_key(f, tz) != done]
    missed = tuple(f for f in fires if f < floor)
    eligible = [f for f in fires if f >= floor]
    since = None
    if last is not None:
        first = next(fire_times(trigger, lo, floor - EPSILON, limit=1), None)
        since = first if first is not None and wall_key(first, tz) != done else (missed[0] if missed else None)
    if eligible:
        return Due(run=eligible[-1], missed=missed, missed_since=since, coalesced=len(eligible) - 1)
    if last is not None and last.status == "interrupted" and last.scheduled_for >= floor:
        return Due(run=last.scheduled_for, resume=True, missed=missed, missed_since=since)
    if (last is not None and last.status == "failed" and last.scheduled_for >= floor and last.finished_at is not None
            and now >= last.finished_at + retry_delay(last.attempts)):
        return Due(run=last.scheduled_for, resume=True, retry=last.attempts, missed=missed, missed_since=since)
    return Due(missed=missed, missed_since=since)
