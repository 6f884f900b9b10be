"""Configuration: a TOML file read into frozen dataclasses.

Look-up order for the file: ``--config``, then ``$BRIEFBOT_CONFIG``, then ``briefbot.toml`` in the
current directory, then ``$XDG_CONFIG_HOME/briefbot/briefbot.toml``; with none of them, the
embedded defaults (one topic named ``default``).  Relative paths inside a file are relative to the
file's own folder.  Unknown keys are rejected by name.  Secrets never live here: Slack
credentials come from ``SLACK_BOT_TOKEN`` / ``SLACK_WEBHOOK_URL`` in the environment.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from briefbot.errors import ConfigError, UsageError

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    _D = TypeVar("_D", bound=DataclassInstance)

ALGORITHMS = ("lexrank", "textrank", "lsa", "luhn", "sumbasic", "kl", "edmundson", "reduction")
DEFAULT_ALGORITHM = "lexrank"
DEFAULT_WORDS = 250
DEFAULT_TOPIC = "default"
SECRET_KEYS = ("token", "bot_token", "webhook_url", "slack_bot_token", "slack_webhook_url")
# Slack tokens (xoxb-, xoxp-, ...) and incoming-webhook URLs: secrets that belong in the environment
SECRET_SHAPES = re.compile(r"xox[abeposr]-|hooks\.slack(?:-gov)?\.com/|/services/T[A-Z0-9]+/B[A-Z0-9]+/", re.I)

# Every number of the config, with the range it must be in (inclusive).
Range = tuple[float, float]
TOPIC_RANGES: dict[str, Range] = {
    "words": (20, 5000), "window_days": (0, 36_500), "max_articles": (1, 10_000), "context_articles": (0, 10_000),
    "first_run_days": (0, 3_650), "catch_up_hours": (0, 720),
}
SLACK_RANGES: dict[str, Range] = {"timeout": (0.1, 300), "max_retries": (0, 20)}
FETCH_RANGES: dict[str, Range] = {"timeout": (0.1, 300), "max_bytes": (1_000, 50_000_000), "max_redirects": (0, 20)}


@dataclass(frozen=True)
class TopicConfig:
    name: str
    title: str = ""  # empty: made from the articles' most frequent names
    focus: str = ""
    include: tuple[str, ...] = ()  # terms that make an article on topic (besides the title and focus)
    exclude: tuple[str, ...] = ()  # terms that make an article off topic
    sources: tuple[str, ...] = ()
    words: int = DEFAULT_WORDS
    algorithm: str = DEFAULT_ALGORITHM
    window_days: int = 0  # if set, articles this many days older than the newest one leave the brief (0: no limit)
    max_articles: int = 400  # a brief reads at most this many new articles (the newest)
    context_articles: int = 150  # ... and at most this many older ones, for the situation summary
    first_run_days: int = 2  # feeds: on a topic's first run only items this recent count as new
    schedule: str | None = None  # crontab, e.g. "0 7 * * mon-fri"
    timezone: str = "UTC"
    catch_up_hours: float = 6.0  # a run missed while down happens at start-up within this time
    slack_channel: str | None = None
    markdown_dir: str | None = None  # deliver to <markdown_dir>/<topic>/<YYYY-MM-DD>.md
    post_when_nothing_new: bool = True  # Slack: a day with nothing new posts one short line (false: nothing)


@dataclass(frozen=True)
class SlackConfig:
    base_url: str = "https://slack.com/api/"
    timeout: float = 30.0
    max_retries: int = 4


@dataclass(frozen=True)
class FetchConfig:
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    user_agent: str = "briefbot/{version} (news situation briefs; set [fetch] user_agent to add a contact)"
    fetch_pages: bool = False  # fetch each feed entry's linked page when it carries only a summary
    private_links: tuple[str, ...] = ()  # listed feeds whose entries may link to private addresses


@dataclass(frozen=True)
class Config:
    store_path: Path
    topics: Mapping[str, TopicConfig]
    slack: SlackConfig = field(default_factory=SlackConfig)
    fetch: FetchConfig = field(default_factory=FetchConfig)
    path: Path | None = None  # the file it was read from, if any
    base_dir: Path = Path(".")
    defaults: TopicConfig = field(default_factory=lambda: TopicConfig(name=DEFAULT_TOPIC))  # [defaults]

    def topic(self, name: str | None) -> TopicConfig:
        """The topic called ``name``; with no name, the only topic (or ``default``)."""
        if name is None:
            if not self.topics:
                return self.defaults
            if len(self.topics) == 1:
                return next(iter(self.topics.values()))
            if DEFAULT_TOPIC in self.topics:
                return self.topics[DEFAULT_TOPIC]
            names = ", ".join(sorted(self.topics))
            raise ConfigError(f"the config has several topics ({names}): choose one with --topic NAME")
        if not name.strip():
            raise UsageError("--topic needs a name: give a topic of the config, or leave --topic out")
        if name in self.topics:
            return self.topics[name]
        if self.path is None or name == DEFAULT_TOPIC:
            return replace(self.defaults, name=name)
        names = ", ".join(sorted(self.topics)) or "none"
        raise UsageError(
            f"no topic {name!r} in {self.path} (topics: {names}): add a [topics.{name}] table or fix --topic"
        )

    def resolve(self, path: str) -> str:
        """A source or folder named in the config, relative to the config file's folder."""
        if "://" in path:
            return path
        p = Path(path).expanduser()
        return str(p if p.is_absolute() else self.base_dir / p)


def default_store_path(env: Mapping[str, str]) -> Path:
    if env.get("BRIEFBOT_DB"):
        return Path(env["BRIEFBOT_DB"]).expanduser()
    data = env.get("XDG_DATA_HOME") or str(Path(env.get("HOME", "~")) / ".local" / "share")
    return Path(data).expanduser() / "briefbot" / "briefbot.db"


def find_config(explicit: Path | None, env: Mapping[str, str], cwd: Path) -> Path | None:
    if explicit is not None:
        return explicit
    if env.get("BRIEFBOT_CONFIG"):
        return Path(env["BRIEFBOT_CONFIG"]).expanduser()
    local = cwd / "briefbot.toml"
    if local.is_file():
        return local
    home = Path(env.get("XDG_CONFIG_HOME") or str(Path(env.get("HOME", "~")) / ".config")).expanduser()
    user = home / "briefbot" / "briefbot.toml"
    return user if user.is_file() else None


def load_config(explicit: Path | None, env: Mapping[str, str], cwd: Path) -> Config:
    """Read the configuration (see the module docstring for where it is looked for)."""
    path = find_config(explicit, env, cwd)
    if path is None:
        return Config(store_path=default_store_path(env), topics={}, base_dir=cwd)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"config file {path} does not exist: create it (see config/briefbot.toml) or fix --config") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML ({exc}): fix the syntax at that place") from None
    return parse_config(raw, path=path, env=env)


def parse_config(raw: Mapping[str, Any], *, path: Path | None, env: Mapping[str, str]) -> Config:
    where = str(path) if path else "config"
    _refuse_secrets(raw, where, "")
    _check_keys(raw, {"store", "defaults", "slack", "fetch", "topics"}, where, "")
    base_dir = path.parent if path else Path(".")

    store = _table(raw, "store", where)
    _check_keys(store, {"path"}, where, "store.")
    if env.get("BRIEFBOT_DB"):
        store_path = Path(env["BRIEFBOT_DB"]).expanduser()
    elif "path" in store:
        p = Path(_typed(store["path"], str, where, "store.path")).expanduser()
        store_path = p if p.is_absolute() else base_dir / p
    else:
        store_path = default_store_path(env)

    slack_raw = _table(raw, "slack", where)
    slack = _dataclass_from(SlackConfig, slack_raw, where, "slack.")
    fetch = _dataclass_from(FetchConfig, _table(raw, "fetch", where), where, "fetch.")
    _check_ranges(fetch, FETCH_RANGES, where, "fetch.")
    _check_ranges(slack, SLACK_RANGES, where, "slack.")

    defaults_raw = _table(raw, "defaults", where)
    topic_fields = {f for f in TopicConfig.__dataclass_fields__ if f != "name"}
    _check_keys(defaults_raw, topic_fields - {"title", "focus", "include", "exclude", "sources"}, where, "defaults.")
    defaults = _dataclass_from(TopicConfig, {"name": DEFAULT_TOPIC, **defaults_raw}, where, "defaults.")

    topics: dict[str, TopicConfig] = {}
    for name, table in _table(raw, "topics", where).items():
        if not isinstance(table, Mapping):
            raise ConfigError(f"{where}: topics.{name} must be a table ([topics.{name}])")
        if "name" in table:
            raise ConfigError(f"{where}: unknown key topics.{name}.name (a topic's name is its table name: [topics.{name}])")
        merged = {**{k: getattr(defaults, k) for k in defaults_raw}, **table, "name": name}
        topic = _dataclass_from(TopicConfig, merged, where, f"topics.{name}.")
        topics[name] = _validate_topic(topic, where)
    defaults = _validate_topic(defaults, where)
    return Config(store_path=store_path, topics=topics, slack=slack, fetch=fetch, path=path, base_dir=base_dir,
                  defaults=defaults)


def _validate_topic(topic: TopicConfig, where: str) -> TopicConfig:
    prefix = f"{where}: topics.{topic.name}"
    if topic.algorithm not in ALGORITHMS:
        raise ConfigError(f"{prefix}.algorithm = {topic.algorithm!r} is unknown: use one of {', '.join(ALGORITHMS)}")
    _check_ranges(topic, TOPIC_RANGES, where, f"topics.{topic.name}.")
    try:
        ZoneInfo(topic.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"{prefix}.timezone = {topic.timezone!r} is not a known time zone: use an IANA name such as 'Europe/London'"
        ) from None
    if topic.schedule is not None:
        from briefbot.schedule.cron import parse_crontab  # light, pure

        try:
            parse_crontab(topic.schedule)
        except ValueError as exc:
            raise ConfigError(f"{prefix}.schedule = {topic.schedule!r}: {exc}") from None
    return replace(topic, sources=tuple(topic.sources), include=tuple(topic.include), exclude=tuple(topic.exclude))


def _check_ranges(values: Any, ranges: Mapping[str, Range], where: str, prefix: str) -> None:
    for key, (low, high) in ranges.items():
        value = getattr(values, key)
        if not low <= value <= high:
            raise ConfigError(f"{where}: {prefix}{key} = {_number(value)} is out of range: "
                              f"use a number from {_number(low)} to {_number(high)}")


def _number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _refuse_secrets(value: Any, where: str, key: str) -> None:
    """A Slack token or webhook URL anywhere in the file is refused, naming the key, never the value."""
    if isinstance(value, Mapping):
        for k, v in value.items():
            _refuse_secrets(v, where, f"{key}.{k}" if key else str(k))
    elif isinstance(value, list | tuple):
        for v in value:
            _refuse_secrets(v, where, f"{key}[]")
    elif isinstance(value, str) and SECRET_SHAPES.search(value):
        if key.rsplit(".", 1)[-1].lower() in SECRET_KEYS:
            _check_keys({key.rsplit(".", 1)[-1]: value}, set(), where, key.rpartition(".")[0] + "." if "." in key else "")
        raise ConfigError(
            f"{where}: {key} holds what looks like a Slack token or webhook URL: remove it from the file (and revoke it "
            "if the file was shared), then set SLACK_BOT_TOKEN or SLACK_WEBHOOK_URL in the environment"
        )


def _table(raw: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
    value = raw.get(key, {})
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where}: {key} must be a table ([{key}])")
    return value


def _check_keys(table: Mapping[str, Any], allowed: set[str], where: str, prefix: str) -> None:
    for key in table:
        if key.lower() in SECRET_KEYS:
            raise ConfigError(
                f"{where}: {prefix}{key} looks like a secret: remove it and set SLACK_BOT_TOKEN or SLACK_WEBHOOK_URL "
                "in the environment instead"
            )
        if key not in allowed:
            known = ", ".join(sorted(allowed))
            raise ConfigError(f"{where}: unknown key {prefix}{key} (known keys here: {known})")


def _typed(value: Any, kind: type | tuple[type, ...], where: str, key: str) -> Any:
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, float) and not math.isfinite(value):
        raise ConfigError(f"{where}: {key} must be a finite number, not {value}")
    if isinstance(value, bool) and kind is not bool:
        raise ConfigError(f"{where}: {key} must be {_kind_name(kind)}, not a boolean")
    if not isinstance(value, kind):
        raise ConfigError(f"{where}: {key} must be {_kind_name(kind)}, not {type(value).__name__}")
    return value


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {str: "a string", int: "an integer", float: "a number", bool: "true or false", list: "a list"}
    if isinstance(kind, tuple):
        return " or ".join(names.get(k, k.__name__) for k in kind)
    return names.get(kind, kind.__name__)


_FIELD_TYPES: dict[str, type | tuple[type, ...]] = {
    "str": str, "int": int, "float": float, "bool": bool, "str | None": str,
    "tuple[str, ...]": list,
}


def _dataclass_from(cls: type[_D], table: Mapping[str, Any], where: str, prefix: str) -> _D:
    declared_by_name = {f.name: str(f.type) for f in fields(cls)}
    _check_keys(table, set(declared_by_name), where, prefix)
    values: dict[str, Any] = {}
    for key, value in table.items():
        declared = declared_by_name[key]
        kind = _FIELD_TYPES.get(declared, object)
        if declared == "tuple[str, ...]":
            if isinstance(value, tuple):
                value = list(value)
            _typed(value, list, where, prefix + key)
            for item in value:
                _typed(item, str, where, f"{prefix}{key}[]")
            value = tuple(value)
        elif key != "name":
            value = _typed(value, kind, where, prefix + key)
        values[key] = value
    return cls(**values)
