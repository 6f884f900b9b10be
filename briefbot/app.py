"""The one place that composes a run: where I/O and the pure stages meet.

* :func:`make_brief` reads the sources, stores the articles, composes the brief against the
  previous one and stores it;
* :func:`post` makes the brief and delivers it (and any unfinished earlier delivery) under the
  topic's delivery lock;
* :func:`scheduled_runner` is what ``serve`` runs at each scheduled time: :func:`post` for the
  run's day; :func:`service` builds the scheduler; :func:`config_report` is ``check-config``.

The clock (timezone-aware UTC), the environment and any network fetcher come from the caller
(the command line, or the scheduler); nothing below here reads them itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from briefbot import analyses, collector
from briefbot.brief import limits
from briefbot.brief.compose import Settings, compose_brief
from briefbot.brief.timeline import TimelineSettings, compose_timeline
from briefbot.brief.topic import Topic
from briefbot.clock import Clock
from briefbot.config import Config, TopicConfig
from briefbot.errors import DeliveryError, IngestError, UsageError
from briefbot.ingest import files as ingest
from briefbot.ingest import source_set, urls
from briefbot.models import Brief, SourceHealth, Timeline
from briefbot.output import markdown as render
from briefbot.output.wording import undated_after_words
from briefbot.store.db import AddResult, Holder, Store, StoredBrief

if TYPE_CHECKING:  # delivery and scheduling are imported where used: a brief needs neither
    from briefbot.deliver.exactly_once import Context, Outcome
    from briefbot.deliver.targets import Target
    from briefbot.schedule.service import Runner, Service

DELIVERY_LOCK_TTL = timedelta(minutes=15)


@dataclass(frozen=True)
class Result:
    brief: Brief
    markdown: str
    stored: StoredBrief | None  # None: made with save=False (a preview)
    added: AddResult
    skipped: tuple[ingest.Skipped, ...]
    notes: tuple[str, ...] = ()  # what the user should know: feed items left out on a first run, max_articles

    def saved(self) -> StoredBrief:
        if self.stored is None:
            raise AssertionError("this brief was made with save=False")
        return self.stored


def settings_for(topic: TopicConfig, *, words: int | None = None, algorithm: str | None = None) -> Settings:
    return Settings(topic=topic.name, title=topic.title, focus=topic.focus, include=topic.include, exclude=topic.exclude,
                    words=words or topic.words,
                    algorithm=algorithm or topic.algorithm)


def sources_for(config: Config, topic: TopicConfig, paths: Sequence[str] | None) -> list[str]:
    if paths:
        return list(paths)
    if not topic.sources:
        raise UsageError(
            f"no sources for topic {topic.name!r}: give files, folders or feed URLs as arguments, "
            f"or list them in the config ([topics.{topic.name}] sources = [...])"
        )
    return [config.resolve(s) for s in topic.sources]


def ingest_sources(
    config: Config,
    topic: TopicConfig,
    store: Store,
    sources: Sequence[str],
    *,
    today: date,
    now: datetime,
    fetch: ingest.Fetcher | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[ingest.Loaded, AddResult]:
    loaded = ingest.load(sources, fetch=fetch, progress=progress)
    if loaded.health.read == 0 and not loaded.articles:
        reasons = "; ".join(str(s) for s in loaded.skipped[:3]) or "no text, Markdown, HTML or feed files found"
        fix = "give text, Markdown or HTML files, or feeds"
        if loaded.skipped and all(s.network for s in loaded.skipped):
            fix = "check the network connection (offline?) and the feed URLs, then run again"
        shown = ", ".join(urls.public(s) for s in sources)
        raise IngestError(f"no usable article in {shown} ({reasons}): {fix}", skipped=loaded.skipped)
    added = store.add_articles(topic.name, loaded.articles, seen=today, now=now)
    return loaded, added


@collector.collecting_less()  # (the command line's process collects less anyway; this is for the others)
def compose_and_store(
    store: Store, topic: TopicConfig, settings: Settings, *, as_of: date, now: datetime, loaded: ingest.Loaded | None,
    notes: list[str] | None = None, save: bool = True,
) -> tuple[Brief, str, StoredBrief | None]:
    """Compose the brief as of ``as_of`` against the previous one and store it (unless ``save`` is
    false: a preview stores nothing); ``notes`` gets what the user should know."""
    notes = notes if notes is not None else []
    previous = store.previous_brief(topic.name, before=as_of)
    watermark = store.max_article_id()
    new, old = store.candidates(topic.name, as_of, previous, window_days=topic.window_days,
                                max_old=topic.context_articles, max_new=topic.max_articles)
    if len(new) == topic.max_articles:
        left_out = store.new_article_count(topic.name, as_of, previous, window_days=topic.window_days) - len(new)
        if left_out > 0:
            notes.append(f"{left_out} older new article{'s were' if left_out != 1 else ' was'} left out of the brief "
                         f"as of {as_of} (max_articles = {topic.max_articles}): raise max_articles to read them")
    read = [*new, *old]
    with analyses.recalled(store, read) as told:  # what earlier briefs analysed of these articles
        capped = limits.cap_articles(read)  # hostile input stays linear-ish (see brief/limits.py)
        new, old = capped[:len(new)], capped[len(new):]
        brief = compose_brief(settings, as_of, new, old, previous.brief if previous else None,
                              health=health_as_of(loaded, as_of, store, topic.name) if loaded else None)
        analyses.keep(store, [a for a, c in zip(read, capped, strict=True) if c.text == a.text], told)  # as read: whole
    text = render.markdown(brief)
    if not save:
        return brief, text, None
    stored = store.save_brief(brief, text, watermark=watermark, previous_id=previous.id if previous else None, now=now)
    return stored.brief, stored.markdown, stored


def health_as_of(loaded: ingest.Loaded, as_of: date, store: Store, topic: str) -> SourceHealth:
    """The sources' health, counting apart the articles read that are dated after the brief's day, and those with no date
    that count as of a later day, the day briefbot first saw them (a brief of a day gone by leaves both out)."""
    after = sum(1 for a in loaded.articles if a.published is not None and a.published > as_of)
    undated = store.undated_seen_after(topic, [a.content_hash for a in loaded.articles if a.published is None], as_of)
    return replace(loaded.health, dated_after=after, undated_after=undated)


def read_sources(
    config: Config, topic: TopicConfig, store: Store, paths: Sequence[str] | None, *, today: date, now: datetime,
    fetch: ingest.Fetcher | None = None, progress: Callable[[int, int], None] | None = None, as_of: date | None = None,
) -> tuple[ingest.Loaded, AddResult, list[str]]:
    """Read the topic's sources (or ``paths``; feeds through the network, a first run's recent items those before
    ``as_of``) and store their articles;
    also returns what the user should read: date headers that are no real day, a topic last
    briefed from wholly other sources (another project's? see :mod:`briefbot.ingest.source_set`),
    the feed fetcher's notes."""
    sources = sources_for(config, topic, paths)
    this_run, before = source_set.identities(sources), store.topic_sources(topic.name)
    feed_fetcher = None
    if fetch is None and any(ingest.is_fetched(s) for s in ingest.expand_paths(sources)):
        from briefbot.ingest.feeds import fetcher  # the network lives there; imported only when needed

        fetch = feed_fetcher = fetcher(config.fetch, store, topic, today=today, as_of=as_of)
    loaded, added = ingest_sources(config, topic, store, sources, today=today, now=now, fetch=fetch, progress=progress)
    notes = list(loaded.warnings)  # about articles kept: a date header that is no real day
    if source_set.unrelated(before, this_run):  # another project's topic of the same name?
        notes.insert(0, source_set.change_warning(topic.name, before, store.path))
    if this_run and this_run != before:
        store.record_topic_sources(topic.name, this_run, now)
    if feed_fetcher is not None:
        feed_fetcher.commit()  # HTTP validators and seen feed items, only once the articles are stored
        notes += feed_fetcher.notes
    return loaded, added, notes


def timeline_of(store: Store, topic: TopicConfig, as_of: date, settings: TimelineSettings) -> Timeline:
    """The topic's timeline from its stored articles dated up to ``as_of`` (the newest
    ``max_articles + context_articles`` of them)."""
    articles, _ = store.candidates(topic.name, as_of, None, window_days=topic.window_days, max_old=0,
                                   max_new=topic.max_articles + topic.context_articles)
    with analyses.recalled(store, articles):
        return compose_timeline(topic.name, Topic(topic.title, topic.focus, topic.include, topic.exclude), as_of, articles, settings)


def make_timeline(
    config: Config, topic: TopicConfig, store: Store, *, today: date, now: datetime, paths: Sequence[str] | None = None,
    as_of: date | None = None, settings: TimelineSettings | None = None, fetch: ingest.Fetcher | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Timeline, tuple[ingest.Skipped | str, ...]]:
    """Read the sources like :func:`make_brief` (none when no path is given and the topic lists
    none: the stored articles alone), store new articles, and make the timeline as of ``as_of``;
    no brief is stored.  Also returns the sources left out, the fetcher's notes and how many undated articles a later
    first sight leaves out."""
    skipped: tuple[ingest.Skipped | str, ...] = ()
    if paths or topic.sources:
        loaded, _, notes = read_sources(config, topic, store, paths, today=today, now=now, fetch=fetch, progress=progress,
                                        as_of=as_of)
        skipped = (*loaded.skipped, *notes)
    day = as_of or today
    if undated := store.undated_seen_after(topic.name, None, day):  # (the topic's stored articles are the timeline's)
        skipped = (*skipped, undated_after_words(undated, day.isoformat()))
    return timeline_of(store, topic, day, settings or TimelineSettings()), skipped


def make_brief(
    config: Config,
    topic: TopicConfig,
    store: Store,
    *,
    today: date,
    now: datetime,
    paths: Sequence[str] | None = None,
    as_of: date | None = None,
    words: int | None = None,
    algorithm: str | None = None,
    fetch: ingest.Fetcher | None = None,
    progress: Callable[[int, int], None] | None = None,
    save: bool = True,
) -> Result:
    """Read the sources, store new articles, and make and store the brief as of ``as_of``.

    With ``save=False`` (``brief --no-store``, ``post --dry-run``) the brief is made but not stored:
    the articles read are stored as by any run (the next brief still counts them as new), the
    brief is not, so the next brief's "what changed" is against the last stored one.
    """
    loaded, added, notes = read_sources(config, topic, store, paths, today=today, now=now, fetch=fetch, progress=progress,
                                        as_of=as_of)
    settings = settings_for(topic, words=words, algorithm=algorithm)
    brief, text, stored = compose_and_store(store, topic, settings, as_of=as_of or today, now=now, loaded=loaded, notes=notes,
                                            save=save)
    return Result(brief, text, stored, added, loaded.skipped, tuple(notes))


def local_today(topic: TopicConfig, now: datetime) -> date:
    """The day it is in the topic's zone at ``now``."""
    return now.astimezone(ZoneInfo(topic.timezone)).date()


@dataclass(frozen=True)
class PostResult:
    stored: StoredBrief
    outcomes: tuple[Outcome, ...]
    skipped: tuple[ingest.Skipped | str, ...] = ()  # sources left out, and notes the user should read

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "failed"]


def post(config: Config, topic: TopicConfig, store: Store, env: Mapping[str, str], *, clock: Clock, holder: Holder,
         as_of: date | None = None, today: date | None = None, sleep: Callable[[float], None] = time.sleep) -> PostResult:
    """Make the topic's brief (stored first), then deliver it and any unfinished earlier ones.

    A day that every target has already is not made again: each target says so at once, and no
    source is read.  ``today`` defaults to the day it is in the topic's zone.  The ``deliver:<topic>`` lock keeps
    two processes from delivering the same topic at once; a lock left by a process on this host
    that has died is taken over at once.
    """
    from briefbot.deliver.exactly_once import Context
    from briefbot.deliver.targets import require_targets

    ctx = Context(config, topic, env, now=clock, sleep=sleep)
    targets = require_targets(config, topic, env)
    today = today or local_today(topic, clock())
    delivered = already_delivered(store, topic, targets, as_of or today)
    if delivered is not None:  # said before any source is read
        return PostResult(delivered, _deliver_locked(store, ctx, targets, holder, today=today, stored=None, day=as_of or today))
    result = make_brief(config, topic, store, today=today, now=clock(), as_of=as_of)
    outcomes = _deliver_locked(store, ctx, targets, holder, today=today, stored=result.saved(), day=result.brief.as_of)
    return PostResult(result.saved(), outcomes, (*result.skipped, *result.notes))


def already_delivered(store: Store, topic: TopicConfig, targets: Sequence[Target], day: date) -> StoredBrief | None:
    """The brief of ``day`` if every target has it already, else None."""
    found = [store.delivery(topic.name, day, t.key) for t in targets]
    if not found or any(d is None or d.status != "done" for d in found):
        return None
    first = found[0]
    return store.brief(first.brief_id) if first is not None else None


def _deliver_locked(store: Store, ctx: Context, targets: Sequence[Target], holder: Holder, *, today: date,
                    stored: StoredBrief | None, day: date) -> tuple[Outcome, ...]:
    """Under the topic's delivery lock: finish unfinished earlier deliveries, then deliver ``stored``
    (None: the day is delivered already, each target says so)."""
    from briefbot.deliver.exactly_once import Outcome, deliver, retry_unfinished

    topic = ctx.topic
    lock = f"deliver:{topic.name}"
    if not store.acquire_lock(lock, holder, ctx.now(), DELIVERY_LOCK_TTL):
        held = store.lock_holder(lock, ctx.now())
        who = f" ({held.describe()})" if held is not None else ""
        raise DeliveryError(
            f"another briefbot process{who} is delivering topic {topic.name!r} right now: the brief is stored; "
            "run post again when it has finished"
        )
    try:
        outcomes = retry_unfinished(store, targets, ctx, today=today, exclude=day)
        if stored is None:
            outcomes += [Outcome(t.key, day, "already") for t in targets]
        else:
            outcomes += deliver(store, stored, targets, ctx)
    finally:
        store.release_lock(lock, holder)
    return tuple(outcomes)


def plan_post(config: Config, topic: TopicConfig, store: Store, env: Mapping[str, str], *, clock: Clock,
              as_of: date | None = None) -> dict[str, Any]:
    """``post --dry-run``: make the brief and say what would be sent and written where; nothing is
    sent, written or stored but the articles read (see :func:`make_brief`)."""
    from briefbot.deliver.exactly_once import dry_run
    from briefbot.deliver.targets import targets_for

    made = make_brief(config, topic, store, today=local_today(topic, clock()), now=clock(), as_of=as_of, save=False)
    return dry_run(made.brief, made.markdown, targets_for(config, topic), env)


def scheduled_runner(config: Config, env: Mapping[str, str], *, holder: Holder, clock: Clock,
                     sleep: Callable[[float], None] = time.sleep) -> Runner:
    """The real scheduled run: :func:`post` for the topic, the brief dated by the run's day in the topic's zone."""
    import logging  # (only ``serve`` logs: a brief's process need not import it)

    log = logging.getLogger("briefbot.serve")

    def run(store: Store, topic: TopicConfig, scheduled_for: datetime) -> str:
        as_of = local_today(topic, scheduled_for)
        result = post(config, topic, store, env, clock=clock, holder=holder, as_of=as_of,
                      today=max(local_today(topic, clock()), as_of), sleep=sleep)
        for warning in result.skipped:  # what `post` would print: sources left out, notes (serve logs them)
            log.warning("topic %s: %s", topic.name, warning)
        parts = "; ".join(o.line().split(" ", 1)[1] for o in result.outcomes) or "no target"
        if result.failed:
            raise DeliveryError(f"brief #{result.stored.id} as of {as_of} stored; {parts}")
        return f"brief #{result.stored.id} as of {as_of}; {parts}"

    return run


def service(config: Config, env: Mapping[str, str], *, clock: Clock, holder: Holder) -> Service:
    """``serve``: every topic with a schedule, each run a :func:`post`; checks targets and credentials first."""
    from briefbot.deliver.targets import require_targets
    from briefbot.schedule.service import Service, jobs_for

    Store(config.store_path).close()  # opened once to check and migrate it; each run opens its own
    jobs = jobs_for(config)
    for job in jobs:
        require_targets(config, job.topic, env)
    return Service(jobs, lambda: Store(config.store_path, clock=clock),
                   scheduled_runner(config, env, holder=holder, clock=clock), holder=holder, clock=clock)


def config_report(config: Config, env: Mapping[str, str], now: datetime) -> tuple[list[str], list[str]]:
    """``check-config``'s lines and problems: each topic's sources, targets and next five runs.

    Secrets are only ever said to be "set" or "not set".
    """
    from briefbot.deliver.secrets import TOKEN_ENV, WEBHOOK_ENV
    from briefbot.deliver.targets import markdown_path, slack_auth, targets_for
    from briefbot.deliver.transports import check_webhook_url
    from briefbot.schedule.cron import make_trigger, next_runs

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
            lines.append(f"  source: {urls.public(s)}{'  (missing)' if missing else ''}")
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
                elif slack_auth(env) == "webhook":
                    try:
                        check_webhook_url(env[WEBHOOK_ENV].strip())
                    except DeliveryError as exc:
                        problems.append(f"topic {topic.name}: {exc}")
            else:
                lines.append(f"  target: Markdown {markdown_path(t.folder, topic.name, date(2000, 1, 1)).parent}/YYYY-MM-DD.md")
        if not targets:
            lines.append("  targets: none (set slack_channel and/or markdown_dir to use post and serve)")
            if topic.schedule:
                problems.append(f"topic {topic.name} has a schedule but nowhere to deliver: set slack_channel or markdown_dir")
        if topic.schedule:
            trigger = make_trigger(topic.schedule, topic.timezone)
            lines.append(f"  schedule: {topic.schedule} ({topic.timezone}; catch-up {topic.catch_up_hours:g} h)")
            for when in next_runs(trigger, now, 5):
                lines.append(f"    next: {when.strftime('%a %Y-%m-%d %H:%M %Z')}")
        else:
            lines.append("  schedule: none (serve will not run it)")
    return lines, problems
