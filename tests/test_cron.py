"""Crontab weekdays mean what they mean in cron, and APScheduler fires on those days (no sleeping)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from apscheduler.triggers.cron import CronTrigger

from briefbot.schedule.cron import expand_day_of_week, parse_crontab

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)  # datetime.weekday()


def fire_times(expr: str, count: int = 21, start: datetime = datetime(2024, 3, 3, tzinfo=UTC)) -> list[datetime]:
    """The next ``count`` times the trigger fires after ``start`` (2024-03-03 is a Sunday)."""
    trigger = CronTrigger(**parse_crontab(expr), timezone="UTC")
    out: list[datetime] = []
    now = start
    while len(out) < count:
        fire = trigger.get_next_fire_time(out[-1] if out else None, now)
        assert fire is not None
        out.append(fire)
        now = fire + timedelta(seconds=1)
    return out


@pytest.mark.parametrize(
    ("field", "days"),
    [
        ("*", "sun,mon,tue,wed,thu,fri,sat"),
        ("1-5", "mon,tue,wed,thu,fri"),
        ("0", "sun"),
        ("7", "sun"),
        ("0,7", "sun"),
        ("mon-fri", "mon,tue,wed,thu,fri"),
        ("MON-Fri", "mon,tue,wed,thu,fri"),
        ("sat,sun", "sun,sat"),
        ("mon,wed,fri", "mon,wed,fri"),
        ("1,3-4,sat", "mon,wed,thu,sat"),
        ("5-7", "sun,fri,sat"),
        ("0-7", "sun,mon,tue,wed,thu,fri,sat"),
        ("*/2", "sun,tue,thu,sat"),
        ("1-7/2", "sun,mon,wed,fri"),
        ("2/3", "tue,fri"),
        ("6-7", "sun,sat"),
        (" 1 , 2 ", "mon,tue"),
    ],
)
def test_day_of_week_as_cron_means_it(field: str, days: str) -> None:
    assert expand_day_of_week(field) == days


@pytest.mark.parametrize(
    ("field", "match"),
    [
        ("8", r"'8' is not a weekday: use 0-7"),
        ("monday", r"'monday' is not a weekday"),
        ("fri-mon", r"day range 'fri-mon' runs backwards"),
        ("5-1", r"runs backwards"),
        ("1-5/0", r"a step must be at least 1"),
        ("1--5", r"cannot read day-of-week '1--5'"),
        ("", r"cannot read day-of-week ''"),
        ("1,", r"cannot read day-of-week ''"),
        ("L", r"'l' is not a weekday"),
        ("?", r"cannot read day-of-week"),
    ],
)
def test_bad_day_of_week(field: str, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        expand_day_of_week(field)


def test_parse_crontab_gives_trigger_arguments() -> None:
    assert parse_crontab("30 6 * * 1-5") == {
        "minute": "30", "hour": "6", "day": "*", "month": "*", "day_of_week": "mon,tue,wed,thu,fri",
    }
    assert parse_crontab("0 7 1,15 * *")["day"] == "1,15"
    assert parse_crontab("*/15 9-17 * 1-6 mon")["minute"] == "*/15"


@pytest.mark.parametrize(
    ("expr", "match"),
    [
        ("0 7 * *", r"five fields"),
        ("0 7 * * * *", r"five fields"),
        ("", r"five fields"),
        ("0 7 1 * mon", r"either the day of month or the weekday, not both"),
        ("0 7 1-7 * 1-5", r"not both"),
        ("61 7 * * *", r"."),
        ("0 24 * * *", r"."),
        ("0 7 32 * *", r"."),
        ("0 7 * 13 *", r"."),
        ("0 7 * * 9", r"'9' is not a weekday"),
        ("0 7; * * *", r"cannot read the hour field '7;'"),
        ("0 7 * * fri-mon", r"runs backwards"),
        ("0 7 30 2 *", r"never fires \(no month has that day, e\.g\. 30 February\)"),
        ("0 7 31 4,6,9,11 *", r"never fires"),
    ],
)
def test_bad_crontabs(expr: str, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        parse_crontab(expr)


@pytest.mark.parametrize("expr", ["0 7 29 2 *", "0 7 31 * *", "0 7 30 1-3 *"])
def test_rare_but_real_days_are_accepted(expr: str) -> None:
    parse_crontab(expr)  # 29 February fires in leap years; the 31st in the months that have one


# -- what APScheduler then does --------------------------------------------------------------------


def test_1_5_fires_monday_to_friday_not_tuesday_to_saturday() -> None:
    times = fire_times("0 7 * * 1-5")
    assert {t.weekday() for t in times} == {MON, TUE, WED, THU, FRI}
    assert all((t.hour, t.minute, t.second) == (7, 0, 0) for t in times)
    assert times[0] == datetime(2024, 3, 4, 7, tzinfo=UTC)  # the Monday after the start
    assert times[4] == datetime(2024, 3, 8, 7, tzinfo=UTC) and times[5] == datetime(2024, 3, 11, 7, tzinfo=UTC)


@pytest.mark.parametrize(
    ("expr", "weekdays"),
    [
        ("0 7 * * 0", {SUN}),
        ("0 7 * * 7", {SUN}),
        ("0 7 * * sun", {SUN}),
        ("0 7 * * 6", {SAT}),
        ("0 7 * * 1", {MON}),
        ("0 7 * * 5-7", {FRI, SAT, SUN}),
        ("0 7 * * mon,wed,fri", {MON, WED, FRI}),
        ("0 7 * * */2", {SUN, TUE, THU, SAT}),
        ("0 7 * * *", {MON, TUE, WED, THU, FRI, SAT, SUN}),
    ],
)
def test_the_trigger_fires_on_the_cron_weekdays(expr: str, weekdays: set[int]) -> None:
    times = fire_times(expr)
    assert {t.weekday() for t in times} == weekdays
    assert times == sorted(set(times))  # strictly increasing, no repeats
    fortnight = [t for t in times if t < datetime(2024, 3, 17, tzinfo=UTC)]
    assert len(fortnight) == 2 * len(weekdays)  # every such day of two weeks, none skipped


def test_sunday_start_is_included_when_it_fires_later_that_day() -> None:
    times = fire_times("0 7 * * 0,7", count=3, start=datetime(2024, 3, 3, 6, 59, tzinfo=UTC))
    assert times == [datetime(2024, 3, d, 7, tzinfo=UTC) for d in (3, 10, 17)]


def test_minutes_and_hours_with_steps() -> None:
    times = fire_times("*/20 9-10 * * mon", count=7)
    assert [(t.day, t.hour, t.minute) for t in times] == [
        (4, 9, 0), (4, 9, 20), (4, 9, 40), (4, 10, 0), (4, 10, 20), (4, 10, 40), (11, 9, 0),
    ]


def test_day_of_month_schedules() -> None:
    times = fire_times("0 6 1 * *", count=3)
    assert [(t.month, t.day) for t in times] == [(4, 1), (5, 1), (6, 1)]
