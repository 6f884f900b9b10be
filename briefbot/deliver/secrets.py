"""Secrets never leave delivery: error messages and stored errors pass through :func:`redact`."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

TOKEN_ENV = "SLACK_BOT_TOKEN"
WEBHOOK_ENV = "SLACK_WEBHOOK_URL"


def secrets_of(env: Mapping[str, str]) -> tuple[str, ...]:
    return tuple(v.strip() for k in (TOKEN_ENV, WEBHOOK_ENV) if (v := env.get(k, "")) and v.strip())


def redact(text: str, secrets: Sequence[str]) -> str:
    """``text`` without the given secrets, Slack token shapes or webhook URLs' paths."""
    for secret in secrets:
        if secret:  # the secret, its escaped form (in a repr) and each part between control characters
            escaped = secret.encode("unicode_escape").decode("ascii")
            for form in (secret, escaped, *re.split(r"[\x00-\x1f\x7f]+", secret)):
                if len(form) >= 4:
                    text = text.replace(form, "***")
    text = re.sub(r"xox[a-z]-[A-Za-z0-9-]+(?:(?:\\[rnt]|[\r\n\t])+[A-Za-z0-9-]+)*", "xox?-***", text)
    # any webhook-looking URL (Slack's, or one behind a proxy) keeps only its host
    return re.sub(r"(https?://[^\s/]+)/\S*", lambda m: m.group(1) + "/***" if "hooks" in m.group(0) else m.group(0), text)
