"""The error hierarchy. Every message says what went wrong and how to fix it."""

from __future__ import annotations


class BriefbotError(Exception):
    """Base class of every error briefbot reports to a user (exit code 1)."""

    exit_code = 1


class UsageError(BriefbotError):
    """The command line asked for something impossible (exit code 2)."""

    exit_code = 2


class ConfigError(BriefbotError):
    """The configuration file or an environment variable is wrong."""


class IngestError(BriefbotError):
    """No usable article could be read.  ``skipped`` says why each source was left out."""

    def __init__(self, message: str, skipped: tuple[object, ...] = ()) -> None:
        super().__init__(message)
        self.skipped = skipped


class StoreError(BriefbotError):
    """The SQLite store cannot be opened, migrated or written."""


class DeliveryError(BriefbotError):
    """A brief could not be delivered (Slack, files)."""


class SkipSource(BriefbotError):
    """One source (a file, feed or page) is unusable and is left out of the brief; ``str(exc)`` is the
    short reason shown beside it.  Raised and caught inside ingest, where it becomes a ``Skipped``."""

    network = False  # True: the source's host could not be reached


class FetchFailed(SkipSource):
    """A URL could not be fetched; ``str(exc)`` is the short reason."""


class Unreachable(FetchFailed):
    """The host could not be reached at all (offline, a name that does not resolve, no route)."""

    network = True
