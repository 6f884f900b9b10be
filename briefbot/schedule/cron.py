"""Crontab expressions with the meaning a crontab user expects, as APScheduler triggers.

APScheduler 3 numbers weekdays from Monday = 0, so ``CronTrigger.from_crontab("0 7 * * 1-5")``
fires Tuesday to Saturday.  Here the day-of-week field means what it means in cron: 0 and 7 are
Sunday, 1-5 is Monday to Friday; names (``mon-fri``) work too.  The field is expanded to explicit
day names before it reaches APScheduler, so no numbering can be misread.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from briefbot.errors import ConfigError

DAY_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_NAME_TO_CRON = {name: i for i, name in enumerate(DAY_NAMES)}
_FIELDS = ("minute", "hour", "day", "month", "day_of_week")
EPSILON = timedelta(microseconds=1)
_PART = re.compile(r"^(?:(\*)|([a-z0-9]+)(?:-([a-z0-9]+))?)(?:/(\d+))?$")


def _day_number(token: str) -> int:
    if token in _NAME_TO_CRON:
        return _NAME_TO_CRON[token]
    if token.isdigit() and 0 <= int(token) <= 7:
        return int(token) % 7
    raise ValueError(f"{token!r} is not a weekday: use 0-7 (0 and 7 are Sunday) or names sun-sat")


def expand_day_of_week(field: str) -> str:
    """Cron's day-of-week field as a comma-separated list of day names (Sunday first)."""
    days: set[int] = set()
    for part in field.lower().split(","):
        m = _PART.match(part.strip())
        if not m:
            raise ValueError(f"cannot read day-of-week {part!r}")
        star, first, last, step = m.groups()
        stride = int(step) if step else 1
        if stride < 1:
            raise ValueError("a step must be at least 1")
        if star:
            lo, hi = 0, 6
        else:
            lo = _day_number(first)
            hi = _day_number(last) if last else (6 if step else lo)
            if last and last.isdigit() and int(last) == 7:
                hi = 7  # "5-7": Friday to Sunday
            if hi < lo:
                raise ValueError(f"day range {part!r} runs backwards")
        days.update(d % 7 for d in range(lo, hi + 1, stride))
    return ",".join(DAY_NAMES[d] for d in sorted(days))


def parse_crontab(expr: str) -> dict[str, str]:
    """A five-field crontab as keyword arguments for APScheduler's ``CronTrigger``."""
    fields = expr.split()
    if len(fields) != 5:
        raise ValueError("a schedule needs five fields: minute hour day month weekday, e.g. '0 7 * * mon-fri'")
    values = dict(zip(_FIELDS, fields, strict=True))
    if values["day"] != "*" and values["day_of_week"] != "*":
        raise ValueError("restrict either the day of month or the weekday, not both (cron would fire on either)")
    values["day_of_week"] = expand_day_of_week(values["day_of_week"])
    for key in ("minute", "hour", "day", "month"):
        if not re.fullmatch(r"[\w*/,-]+", values[key]):
            raise ValueError(f"cannot read the {key} field {values[key]!r}")
    try:
        from apscheduler.triggers.cron import CronTrigger

        # ends with the leap-year cycle that 2000 starts: a schedule without a year field that fires
        # at all fires in it, and one that never fires is known at once, not after a search to 9999
        trigger = CronTrigger(**values, timezone="UTC", end_date=datetime(2004, 1, 1, tzinfo=UTC))
    except ValueError as exc:
        raise ValueError(str(exc)) from None
    # from a fixed day (no clock here): 2000 starts a leap-year cycle, so 29 February fires
    if trigger.get_next_fire_time(None, datetime(2000, 1, 1, tzinfo=UTC)) is None:
        raise ValueError("this schedule never fires (no month has that day, e.g. 30 February): fix the day or the month")
    return values


def make_trigger(schedule: str, timezone: str) -> Any:
    """An APScheduler ``CronTrigger`` for a crontab with cron's weekday numbering, in ``timezone``."""
    from apscheduler.triggers.cron import CronTrigger

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
    t = trigger.get_next_fire_time(None, after + EPSILON)
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
