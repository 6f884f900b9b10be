"""What each of Slack's error codes means for a user, and what to do about it."""

from __future__ import annotations

FIXES = {
    "invalid_auth": "Slack rejected the bot token (invalid_auth): set SLACK_BOT_TOKEN to the app's Bot User OAuth Token",
    "not_authed": "no token reached Slack (not_authed): set SLACK_BOT_TOKEN to the app's Bot User OAuth Token (xoxb-...)",
    "account_inactive": "the Slack bot's account is deactivated (account_inactive): reinstall the app and update SLACK_BOT_TOKEN",
    "token_revoked": "the Slack token was revoked (token_revoked): reinstall the app and update SLACK_BOT_TOKEN",
    "token_expired": "the Slack token expired (token_expired): issue a new one and update SLACK_BOT_TOKEN",
    "missing_scope": "the Slack token lacks a scope (missing_scope): add chat:write under OAuth & Permissions and reinstall",
    "channel_not_found": "Slack channel {channel} was not found (channel_not_found): fix slack_channel in [topics.{topic}] "
                         "(a channel ID such as C0123456789, or #name of a channel the app can see)",
    "not_in_channel": "the Slack app is not in {channel} (not_in_channel): invite it there with /invite @your-app",
    "is_archived": "Slack channel {channel} is archived (is_archived): unarchive it or change slack_channel",
    "restricted_action": "Slack refused to post to {channel} (restricted_action): ask an admin who may post there",
    "no_permission": "Slack refused to post to {channel} (no_permission): give the app access to the channel",
    "invalid_blocks": "Slack rejected the message's blocks (invalid_blocks): this is a briefbot bug, please report it",
    "msg_blocks_too_long": "Slack found the message too long (msg_blocks_too_long): this is a briefbot bug, please report it",
    # incoming webhooks answer with plain text
    "no_service": "the webhook in SLACK_WEBHOOK_URL no longer exists (no_service): create a new incoming webhook and update it",
    "invalid_token": "the webhook in SLACK_WEBHOOK_URL is invalid (invalid_token): copy its URL again from the app's settings",
    "no_team": "the webhook's workspace is gone (no_team): create a new incoming webhook and update SLACK_WEBHOOK_URL",
    "team_disabled": "the webhook's workspace is disabled (team_disabled): create a new webhook and update SLACK_WEBHOOK_URL",
    "channel_is_archived": "the webhook's channel is archived (channel_is_archived): unarchive it or create a new webhook",
    "action_prohibited": "an admin forbids posting with this webhook (action_prohibited): ask them, or use SLACK_BOT_TOKEN",
}


def explain(error: str, *, channel: str, topic: str) -> str:
    template = FIXES.get(error, "Slack answered {error}: check SLACK_BOT_TOKEN / SLACK_WEBHOOK_URL and slack_channel")
    return template.format(error=error, channel=channel, topic=topic)
