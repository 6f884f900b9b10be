"""The clock: timezone-aware UTC time, read only at the edges (cli, app, the scheduler) and passed in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The time now, timezone-aware UTC."""
    return datetime.now(UTC)
