"""The one place where I/O and the pure stages meet.

``make_brief`` reads the sources, stores the articles, composes the brief against the previous
one and stores it; it takes ``today``/``now`` and any network fetcher from its caller.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from briefbot.brief.compose import Settings, compose_brief
from briefbot.config import Config, TopicConfig
from briefbot.errors import IngestError, UsageError
from briefbot.ingest import files as ingest
from briefbot.models import Brief
from briefbot.output import markdown as render
from briefbot.store.db import AddResult, Store, StoredBrief


@dataclass(frozen=True)
class Result:
    brief: Brief
    markdown: str
    stored: StoredBrief
    added: AddResult
    skipped: tuple[ingest.Skipped, ...]
    notes: tuple[str, ...] = ()  # what the user should know: feed items left out on a first run, max_articles


def settings_for(topic: TopicConfig, *, words: int | None = None, algorithm: str | None = None) -> Settings:
    return Settings(topic=topic.name, title=topic.title, focus=topic.focus, words=words or topic.words,
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
        raise IngestError(f"no usable article in {', '.join(sources)} ({reasons}): {fix}", skipped=loaded.skipped)
    added = store.add_articles(topic.name, loaded.articles, seen=today, now=now)
    return loaded, added


def compose_and_store(
    store: Store, topic: TopicConfig, settings: Settings, *, as_of: date, now: datetime, loaded: ingest.Loaded | None,
    notes: list[str] | None = None,
) -> tuple[Brief, str, StoredBrief]:
    """Compose the brief as of ``as_of`` against the previous one and store it; ``notes`` gets what the user should know."""
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
    brief = compose_brief(settings, as_of, new, old, previous.brief if previous else None,
                          health=loaded.health if loaded else None)
    text = render.markdown(brief)
    stored = store.save_brief(brief, text, watermark=watermark, previous_id=previous.id if previous else None, now=now)
    return stored.brief, stored.markdown, stored


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
) -> Result:
    """Read the sources, store new articles, and make and store the brief as of ``as_of``."""
    sources = sources_for(config, topic, paths)
    feed_fetcher = None
    if fetch is None and any(ingest.is_fetched(s) for s in ingest.expand_paths(sources)):
        from briefbot.ingest.feeds import fetcher  # the network lives there; imported only when needed

        fetch = feed_fetcher = fetcher(config.fetch, store, topic, today=today)
    loaded, added = ingest_sources(config, topic, store, sources, today=today, now=now, fetch=fetch, progress=progress)
    notes: list[str] = []
    if feed_fetcher is not None:
        feed_fetcher.commit()  # HTTP validators and seen feed items, only once the articles are stored
        notes += feed_fetcher.notes
    settings = settings_for(topic, words=words, algorithm=algorithm)
    brief, text, stored = compose_and_store(store, topic, settings, as_of=as_of or today, now=now, loaded=loaded, notes=notes)
    return Result(brief, text, stored, added, loaded.skipped, tuple(notes))
