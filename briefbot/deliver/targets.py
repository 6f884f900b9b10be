"""Where a topic's briefs go: ``slack:<channel>`` and/or ``markdown:<folder>``.

A topic has a Slack target when it has ``slack_channel`` (posted with the bot token in
``SLACK_BOT_TOKEN`` via ``chat.postMessage``, else with the incoming webhook in
``SLACK_WEBHOOK_URL``), and a Markdown target when it has ``markdown_dir`` (the brief goes to
``<markdown_dir>/<topic>/<YYYY-MM-DD>.md``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from briefbot.config import Config, TopicConfig
from briefbot.deliver.secrets import TOKEN_ENV, WEBHOOK_ENV
from briefbot.errors import ConfigError


@dataclass(frozen=True)
class Target:
    kind: str  # "slack" or "markdown"
    key: str  # as stored in deliveries.target
    channel: str = ""  # a Slack target's channel (an ID, #name or name)
    folder: Path = Path()  # a Markdown target's folder


def targets_for(config: Config, topic: TopicConfig) -> list[Target]:
    """Where a topic's briefs go, from its config (credentials are checked when sending)."""
    targets = []
    if topic.slack_channel:
        channel = topic.slack_channel.strip()
        targets.append(Target("slack", f"slack:{channel}", channel=channel))
    if topic.markdown_dir:
        folder = Path(config.resolve(topic.markdown_dir)).resolve()
        targets.append(Target("markdown", f"markdown:{folder}", folder=folder))
    return targets


def slack_auth(env: Mapping[str, str]) -> str | None:
    """How Slack is reached: "token", "webhook" or None (never the secret itself)."""
    if env.get(TOKEN_ENV, "").strip():
        return "token"
    if env.get(WEBHOOK_ENV, "").strip():
        return "webhook"
    return None


def require_targets(config: Config, topic: TopicConfig, env: Mapping[str, str]) -> list[Target]:
    targets = targets_for(config, topic)
    if not targets:
        raise ConfigError(
            f"topic {topic.name!r} has nowhere to deliver: set slack_channel and/or markdown_dir in [topics.{topic.name}]"
        )
    if any(t.kind == "slack" for t in targets) and slack_auth(env) is None:
        raise ConfigError(
            f"topic {topic.name!r} posts to Slack but neither {TOKEN_ENV} nor {WEBHOOK_ENV} is set: "
            f"export {TOKEN_ENV}=xoxb-... (a bot token with chat:write, invited to the channel)"
        )
    return targets


def markdown_path(folder: Path, topic: str, as_of: date) -> Path:
    safe = re.sub(r"[^\w.-]+", "_", topic).strip("._") or "topic"
    return folder / safe / f"{as_of.isoformat()}.md"
