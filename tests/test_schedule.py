"""The scheduler's clock is driven by the tests: `due` is pure, `Service.check` takes `now`.  No sleeping."""

from __future__ import annotations

import logging
import threading
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from briefbot.app import config_report
from briefbot.config import TopicConfig, parse_config
from briefbot.errors import ConfigError, DeliveryError
from briefbot.schedule import service as schedule
from briefbot.schedule.cron import fire_times, make_trigger, next_runs, wall_key
from briefbot.schedule.due import Due, RunRecord, due
from briefbot.schedule.service import Job, Service
from briefbot.store.db import Holder, Store

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
SIX_HOURS = timedelta(hours=6)


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0, *, tz: ZoneInfo = LONDON) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


class Recorder:
    """A runner that records what it was asked to run."""

    def __init__(self, fail: bool = False) -> None:
        self.runs: list[tuple[str, datetime]] = []
        self.fail = fail
        self.ran = threading.Event()  # set by the first run: a thread's run is waited for, not polled

    def __call__(self, store: Store, topic: TopicConfig, scheduled_for: datetime) -> str:
        self.runs.append((topic.name, scheduled_for))
        self.ran.set()
        if self.fail:
            raise DeliveryError("Slack channel #x was not found")
        return "ok"


def service(tmp_path: Path, runner: Recorder, *, cron: str = "0 7 * * mon-fri", tz: str = "Europe/London",
            holder: str = "A", catch_up: float = 6.0) -> Service:
    topic = TopicConfig(name="kosovo", schedule=cron, timezone=tz, catch_up_hours=catch_up)
    return Service([Job(topic, make_trigger(cron, tz))], lambda: Store(tmp_path / "s.db"), runner,
                   holder=Holder("here", 1, holder))


def fires(cron: str, tz: str, start: datetime, end: datetime) -> list[datetime]:
    return list(fire_times(make_trigger(cron, tz), start, end))


# -- triggers --------------------------------------------------------------------------------------


def test_numeric_weekdays_mean_what_cron_means() -> None:
    runs = next_runs(make_trigger("0 7 * * 1-5", "Europe/London"), at(2024, 3, 3, 12), 5)  # from a Sunday
    assert [r.strftime("%a %H:%M") for r in runs] == ["Mon 07:00", "Tue 07:00", "Wed 07:00", "Thu 07:00", "Fri 07:00"]
    sundays = next_runs(make_trigger("30 9 * * 0,7", "UTC"), at(2024, 3, 4, tz=ZoneInfo("UTC")), 2)
    assert {r.strftime("%a") for r in sundays} == {"Sun"}


def test_bad_schedule_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="five fields"):
        make_trigger("0 7 * *", "UTC")


def test_jobs_need_a_schedule() -> None:
    with pytest.raises(ConfigError, match="schedule"):
        schedule.jobs_for(parse_config({"topics": {"a": {}}}, path=None, env={}))


# -- due: a pure function of (trigger, last run, now, grace) ------------------------------------------


def test_daily_run_is_due_at_its_time_and_not_before() -> None:
    trigger = make_trigger("0 7 * * *", "Europe/London")
    last = RunRecord(at(2024, 3, 4, 7), "done")
    assert due(trigger, last, at(2024, 3, 5, 6, 59), SIX_HOURS).run is None
    d = due(trigger, last, at(2024, 3, 5, 7, 0) + timedelta(seconds=1), SIX_HOURS)
    assert d.run == at(2024, 3, 5, 7) and d.missed == ()
    assert due(trigger, RunRecord(at(2024, 3, 5, 7), "done"), at(2024, 3, 5, 7, 5), SIX_HOURS).run is None


def test_missed_run_within_grace_is_caught_up_once() -> None:
    trigger = make_trigger("0 7 * * *", "Europe/London")
    d = due(trigger, RunRecord(at(2024, 3, 4, 7), "done"), at(2024, 3, 5, 11, 30), SIX_HOURS)
    assert d.run == at(2024, 3, 5, 7) and d.missed == ()


def test_missed_run_beyond_grace_is_skipped() -> None:
    trigger = make_trigger("0 7 * * *", "Europe/London")
    d = due(trigger, RunRecord(at(2024, 3, 4, 7), "done"), at(2024, 3, 5, 14), SIX_HOURS)
    assert d.run is None and d.missed == (at(2024, 3, 5, 7),)


def test_days_long_past_are_never_run() -> None:
    trigger = make_trigger("0 7 * * *", "Europe/London")
    d = due(trigger, RunRecord(at(2024, 2, 1, 7), "done"), at(2024, 3, 5, 8), SIX_HOURS)
    assert d.run == at(2024, 3, 5, 7)
    assert d.missed_since == at(2024, 2, 2, 7) and all(m < at(2024, 3, 5) for m in d.missed)


def test_several_missed_runs_within_grace_make_one_run() -> None:
    trigger = make_trigger("0 * * * *", "UTC")
    utc = ZoneInfo("UTC")
    d = due(trigger, RunRecord(at(2024, 3, 5, 6, tz=utc), "done"), at(2024, 3, 5, 9, 20, tz=utc), SIX_HOURS)
    assert d.run == at(2024, 3, 5, 9, tz=utc) and d.coalesced == 2


def test_without_any_record_only_the_grace_is_looked_at() -> None:
    trigger = make_trigger("0 7 * * *", "Europe/London")
    assert due(trigger, None, at(2024, 3, 5, 9), SIX_HOURS).run == at(2024, 3, 5, 7)
    assert due(trigger, None, at(2024, 3, 5, 20), SIX_HOURS) == Due()


def test_an_interrupted_run_is_redone_within_grace() -> None:
    trigger = make_trigger("0 7 * * *", "Europe/London")
    d = due(trigger, RunRecord(at(2024, 3, 5, 7), "interrupted"), at(2024, 3, 5, 8), SIX_HOURS)
    assert d.run == at(2024, 3, 5, 7) and d.resume
    assert due(trigger, RunRecord(at(2024, 3, 5, 7), "interrupted"), at(2024, 3, 5, 20), SIX_HOURS).run is None


# -- the service, with a driven clock --------------------------------------------------------------------


def drive(svc: Service, cron: str, tz: str, start: datetime, end: datetime, *, delay: timedelta = timedelta(seconds=1)) -> None:
    """Wake the service whenever APScheduler would (at each fire time, a little late), as the real one does."""
    for f in fires(cron, tz, start, end):
        svc.check("kosovo", f + delay)


def runs_per_local_day(runs: list[tuple[str, datetime]], tz: ZoneInfo) -> Counter:
    return Counter(r.astimezone(tz).date().isoformat() for _, r in runs)


def test_normal_daily_firing(tmp_path: Path) -> None:
    rec = Recorder()
    svc = service(tmp_path, rec)
    drive(svc, "0 7 * * mon-fri", "Europe/London", at(2024, 3, 3), at(2024, 3, 10))
    assert [r.strftime("%a %d %H:%M") for _, r in rec.runs] == [
        "Mon 04 07:00", "Tue 05 07:00", "Wed 06 07:00", "Thu 07 07:00", "Fri 08 07:00"]


def test_spring_forward_runs_once(tmp_path: Path) -> None:
    for cron in ("30 2 * * *", "30 1 * * *"):  # 02:30 exists on 29 March 2026; 01:30 does not
        rec = Recorder()
        svc = service(tmp_path / cron.replace(" ", "_"), rec, cron=cron)
        drive(svc, cron, "Europe/London", at(2026, 3, 27), at(2026, 3, 31))
        days = runs_per_local_day(rec.runs, LONDON)
        assert days == Counter({"2026-03-27": 1, "2026-03-28": 1, "2026-03-29": 1, "2026-03-30": 1}), cron


def test_spring_forward_in_new_york_runs_once(tmp_path: Path) -> None:
    rec = Recorder()
    svc = service(tmp_path, rec, cron="30 2 * * *", tz="America/New_York")
    drive(svc, "30 2 * * *", "America/New_York", at(2026, 3, 6, tz=NEW_YORK), at(2026, 3, 10, tz=NEW_YORK))
    assert runs_per_local_day(rec.runs, NEW_YORK) == Counter({"2026-03-06": 1, "2026-03-07": 1, "2026-03-08": 1,
                                                              "2026-03-09": 1})


def test_fall_back_runs_once(tmp_path: Path) -> None:
    cron = "30 1 * * *"
    fired = fires(cron, "Europe/London", at(2026, 10, 24, 12), at(2026, 10, 25, 12))
    assert len(fired) == 2  # APScheduler fires 01:30 twice on 25 October 2026
    assert wall_key(fired[0], LONDON) == wall_key(fired[1], LONDON) == "2026-10-25T01:30"
    rec = Recorder()
    svc = service(tmp_path, rec, cron=cron)
    drive(svc, cron, "Europe/London", at(2026, 10, 23), at(2026, 10, 27))
    assert runs_per_local_day(rec.runs, LONDON) == Counter({"2026-10-23": 1, "2026-10-24": 1, "2026-10-25": 1, "2026-10-26": 1})
    assert next_runs(make_trigger(cron, "Europe/London"), at(2026, 10, 24, 12), 2)[1].day == 26


def test_catch_up_after_downtime_runs_once(tmp_path: Path) -> None:
    rec = Recorder()
    svc = service(tmp_path, rec)
    svc.check("kosovo", at(2024, 3, 4, 7, 0, 1))
    # down from Monday 07:01 to Tuesday 09:00: Tuesday's 07:00 happens once at start-up
    assert svc.check_all(at(2024, 3, 5, 9)) != []
    assert svc.check_all(at(2024, 3, 5, 9, 1)) == []
    restarted = service(tmp_path, rec)  # a restart on the same store: nothing again
    assert restarted.check_all(at(2024, 3, 5, 9, 2)) == []
    assert [r for _, r in rec.runs] == [at(2024, 3, 4, 7), at(2024, 3, 5, 7)]


def test_catch_up_beyond_grace_is_skipped_and_logged_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    rec = Recorder()
    svc = service(tmp_path, rec)
    svc.check("kosovo", at(2024, 3, 4, 7, 0, 1))
    caplog.set_level(logging.INFO, logger="briefbot.serve")
    assert svc.check_all(at(2024, 3, 5, 13, 30)) == []
    assert svc.check_all(at(2024, 3, 5, 13, 35)) == []
    skipped = [r.getMessage() for r in caplog.records if "skipped" in r.getMessage()]
    assert len(skipped) == 1 and "2024-03-05 07:00" in skipped[0]
    assert len(rec.runs) == 1
    with Store(tmp_path / "s.db") as store:
        runs = store.run_statuses("kosovo")
    assert runs == [("2024-03-04T07:00", "done"), ("2024-03-05T07:00", "skipped")]
    svc.check("kosovo", at(2024, 3, 6, 7, 0, 1))
    assert len(rec.runs) == 2


def test_a_failed_run_is_recorded_and_not_repeated_at_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    rec = Recorder(fail=True)
    svc = service(tmp_path, rec)
    caplog.set_level(logging.INFO, logger="briefbot.serve")
    line = svc.check("kosovo", at(2024, 3, 4, 7, 0, 1))
    assert line is not None and "failed: Slack channel #x was not found" in line
    assert svc.check("kosovo", at(2024, 3, 4, 7, 1)) is None  # retried later, with backoff (test_reliability)
    assert len(rec.runs) == 1
    assert any(r.levelno == logging.ERROR and "topic kosovo, run of 2024-03-04 07:00" in r.getMessage() for r in caplog.records)


def test_two_processes_on_one_store_post_once(tmp_path: Path) -> None:
    rec_a, rec_b = Recorder(), Recorder()
    a, b = service(tmp_path, rec_a, holder="A"), service(tmp_path, rec_b, holder="B")
    now = at(2024, 3, 4, 7, 0, 1)
    assert a.check("kosovo", now) is not None
    assert b.check("kosovo", now) is None
    assert b.check("kosovo", now + timedelta(seconds=1)) is None  # lock held by A
    # A renews its lock (every minute in real life) and B, woken at the same times, stands by all week
    for day in range(5, 9):
        t = at(2024, 3, day, 7, 0, 1)
        with Store(tmp_path / "s.db") as store:
            assert a.hold_lock(store, t - timedelta(seconds=30))
        assert b.check("kosovo", t) is None
        assert a.check("kosovo", t) is not None
    assert len(rec_a.runs) == 5 and rec_b.runs == []
    a.release()  # A stops cleanly: B takes over at the next run
    assert b.check("kosovo", at(2024, 3, 11, 7, 0, 1)) is not None
    assert len(rec_b.runs) == 1 and len(rec_a.runs) == 5


def test_claim_is_once_across_stores(tmp_path: Path) -> None:
    now = datetime(2024, 3, 4, 7, tzinfo=UTC)
    with Store(tmp_path / "c.db") as s1, Store(tmp_path / "c.db") as s2:
        assert s1.claim_run("kosovo", "2024-03-04T07:00", now)
        assert not s2.claim_run("kosovo", "2024-03-04T07:00", now)


def test_standby_takes_over_and_redoes_an_interrupted_run(tmp_path: Path) -> None:
    rec_b = Recorder()
    a, b = service(tmp_path, Recorder(), holder="A"), service(tmp_path, rec_b, holder="B")
    t = at(2024, 3, 4, 7, 0, 1)
    with Store(tmp_path / "s.db") as store:  # A took the lock, claimed the run, and died
        assert a.hold_lock(store, t)
        assert store.claim_run("kosovo", "2024-03-04T07:00", t)
    assert b.check("kosovo", t + timedelta(minutes=1)) is None  # A's lock has not expired yet
    line = b.check("kosovo", t + timedelta(minutes=6))
    assert line is not None and "again: was interrupted" in line
    assert b.check("kosovo", t + timedelta(minutes=7)) is None
    assert [r for _, r in rec_b.runs] == [at(2024, 3, 4, 7)]


@pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning")  # (the scheduler's thread ends cleanly)
def test_run_forever_catches_up_at_start_and_releases_the_lock(tmp_path: Path) -> None:
    rec = Recorder()
    now = datetime.now(UTC)
    cron = f"{(now - timedelta(minutes=5)).minute} * * * *"  # fired five minutes ago: due at start-up
    topic = TopicConfig(name="kosovo", schedule=cron, timezone="UTC")
    svc = Service([Job(topic, make_trigger(cron, "UTC"))], lambda: Store(tmp_path / "s.db"), rec, holder=Holder("here", 1, "A"))
    stop = threading.Event()
    thread = threading.Thread(target=svc.run_forever, args=(stop,))
    thread.start()
    rec.ran.wait(30)  # the catch-up run, on the scheduler's thread
    stop.set()
    thread.join(5)
    assert not thread.is_alive()
    assert len(rec.runs) == 1
    with Store(tmp_path / "s.db") as store:
        assert store.lock_holder(schedule.LOCK_NAME, datetime.now(UTC)) is None


def test_config_report_shows_next_runs_in_the_zone_and_never_the_token(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    raw = {"topics": {"k": {"sources": [str(tmp_path / "seeds"), "https://example.com/feed"], "schedule": "0 7 * * 1-5",
                            "timezone": "America/New_York", "slack_channel": "#briefs", "markdown_dir": "out"}}}
    config = parse_config(raw, path=tmp_path / "briefbot.toml", env={})
    lines, problems = config_report(config, {"SLACK_BOT_TOKEN": "xoxb-SECRET"}, datetime(2024, 3, 8, 13, tzinfo=UTC))
    text = "\n".join(lines)
    assert problems == []
    assert "SECRET" not in text and "SLACK_BOT_TOKEN set" in text
    nexts = [line.split("next: ")[1] for line in lines if "next: " in line]
    assert nexts == ["Mon 2024-03-11 07:00 EDT", "Tue 2024-03-12 07:00 EDT", "Wed 2024-03-13 07:00 EDT",
                     "Thu 2024-03-14 07:00 EDT", "Fri 2024-03-15 07:00 EDT"]
    assert f"Markdown {tmp_path}/out/k/YYYY-MM-DD.md" in text
    _, problems = config_report(config, {}, datetime(2024, 3, 8, tzinfo=UTC))
    assert problems and "SLACK_BOT_TOKEN is not set" in problems[0]
