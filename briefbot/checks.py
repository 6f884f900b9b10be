"""``check-config``: the config as far as it can be checked without the network (each topic's
sources, targets and next runs), and with ``--online`` against the real services: Slack's
``auth.test`` and each topic's channel, one conditional GET per feed or page URL, and the store
opened for writing.  One line per check; nothing is posted, fetched state is not stored."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from briefbot.config import Config
from briefbot.deliver.slack_check import check_slack
from briefbot.deliver.targets import targets_for
from briefbot.errors import StoreError
from briefbot.ingest.source_check import check_source
from briefbot.schedule.cron import make_trigger, next_runs
from briefbot.store.db import Store


@dataclass(frozen=True)
class Check:
    what: str
    status: str  # "ok", "FAIL" (exit 1), "skip" (could not be checked; says why)
    detail: str

    def line(self) -> str:
        return f"{self.status:<4} {self.what}: {self.detail}"


def store_check(config: Config) -> Check:
    what = f"store {config.store_path}"
    try:
        store = Store.open_existing(config.store_path, read_only=False)
        if store is None:
            Store.check_creatable(config.store_path)
            return Check(what, "ok", "does not exist yet; the first brief makes it (its folder is writable)")
        with store:
            store.check_writable()
    except StoreError as exc:
        return Check(what, "FAIL", str(exc))
    return Check(what, "ok", "opens for writing")


def online_checks(config: Config, env: Mapping[str, str]) -> list[Check]:
    """Every online check, in order: store, Slack, then each topic's feed and page URLs once."""
    checks = [store_check(config)]
    topics = list(config.topics.values())
    checks += [Check(*found) for found in check_slack(config, topics, env)]
    store = Store.open_existing(config.store_path) if config.store_path.exists() else None
    try:
        for topic in topics:
            for source in (config.resolve(s) for s in topic.sources):
                if "://" not in source:
                    continue
                etag, modified = store.validators(topic.name, source) if store is not None else (None, None)
                status, detail = check_source(source, config.fetch, etag=etag, last_modified=modified)
                checks.append(Check(f"feed {source} (topic {topic.name})", status, detail))
    finally:
        if store is not None:
            store.close()
    return checks


def facts(config: Config, env: Mapping[str, str], now: datetime) -> dict[str, Any]:
    """The config as ``check-config --json`` gives it (secrets only as set or not)."""
    from briefbot.deliver.targets import slack_auth

    topics = []
    for topic in config.topics.values():
        runs = next_runs(make_trigger(topic.schedule, topic.timezone), now, 5) if topic.schedule else []
        topics.append({"name": topic.name, "sources": [config.resolve(s) for s in topic.sources],
                       "targets": [t.key for t in targets_for(config, topic)], "schedule": topic.schedule,
                       "timezone": topic.timezone, "next_runs": [r.isoformat() for r in runs]})
    return {"config": str(config.path) if config.path else None, "store": str(config.store_path),
            "slack": slack_auth(env), "topics": topics}
