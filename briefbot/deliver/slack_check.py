"""``check-config --online`` for Slack: the token (``auth.test``) and each topic's channel
(``conversations.info``: it exists, is not archived, and the bot is a member).  Reads only: nothing
is posted.  An incoming webhook cannot be checked without posting, and says so."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from briefbot.config import Config, TopicConfig
from briefbot.deliver.secrets import TOKEN_ENV, WEBHOOK_ENV
from briefbot.deliver.slack_errors import explain
from briefbot.deliver.targets import slack_auth, targets_for
from briefbot.deliver.transports import CHANNEL_ID, BotTransport

Found = tuple[str, str, str]  # (what was checked, "ok" / "FAIL" / "skip", what was found or how to fix it)


def check_slack(config: Config, topics: Sequence[TopicConfig], env: Mapping[str, str]) -> list[Found]:
    channels = [(topic, t.channel) for topic in topics for t in targets_for(config, topic)
                if t.kind == "slack" and t.channel]
    if not channels:
        return []
    auth = slack_auth(env)
    if auth is None:
        return [("slack", "FAIL", f"neither {TOKEN_ENV} nor {WEBHOOK_ENV} is set: export {TOKEN_ENV}=xoxb-...")]
    if auth == "webhook":
        return [("slack webhook", "skip", "an incoming webhook cannot be checked without posting "
                 "(post --dry-run shows what would be sent)")]
    from slack_sdk import WebClient
    from slack_sdk.errors import SlackApiError

    client = WebClient(token=env[TOKEN_ENV].strip(), base_url=config.slack.base_url,
                       timeout=max(1, int(config.slack.timeout)), retry_handlers=[])
    try:
        who = client.auth_test()
    except SlackApiError as exc:
        return [("slack auth.test", "FAIL", explain(_error(exc), channel="", topic=""))]
    except OSError as exc:
        return [("slack auth.test", "FAIL", f"cannot reach Slack at {config.slack.base_url} ({getattr(exc, 'reason', exc)}): "
                 "check the network connection and [slack] base_url")]
    out: list[Found] = [("slack auth.test", "ok", f"token of {who.get('user')} in {who.get('team')}")]
    for topic, channel in channels:
        out.append(_channel(client, topic, channel))
    return out


def _error(exc: Any) -> str:
    data = exc.response.data if isinstance(exc.response.data, dict) else {}
    return str(data.get("error") or f"HTTP {exc.response.status_code}")


def _channel(client: Any, topic: TopicConfig, channel: str) -> Found:
    from slack_sdk.errors import SlackApiError

    what = f"slack channel {channel} (topic {topic.name})"
    try:
        channel_id = channel if CHANNEL_ID.match(channel) else BotTransport(client, channel, topic=topic.name).resolve(channel)
        if channel_id is None:
            return what, "FAIL", explain("channel_not_found", channel=channel, topic=topic.name)
        info = client.conversations_info(channel=channel_id).get("channel") or {}
    except SlackApiError as exc:
        error = _error(exc)
        if error == "missing_scope":
            return what, "skip", "cannot check it: the token lacks channels:read (and groups:read for a private channel)"
        return what, "FAIL", explain(error, channel=channel, topic=topic.name)
    except OSError as exc:
        return what, "FAIL", f"cannot reach Slack ({getattr(exc, 'reason', exc)})"
    if info.get("is_archived"):
        return what, "FAIL", explain("is_archived", channel=channel, topic=topic.name)
    if not info.get("is_member"):
        return what, "FAIL", explain("not_in_channel", channel=channel, topic=topic.name)
    return what, "ok", f"the bot is a member of #{info.get('name', channel)} ({channel_id})"
