"""The set of sources a topic is briefed from, to notice another project's topic of the same name.

Two projects that share a store (the default one, when neither sets ``[store] path``) and both
have a topic ``floods`` mix their articles.  Each run's sources are kept per topic in the store
(:meth:`briefbot.store.db.Store.record_topic_sources`), as :func:`identity` gives them: absolute
paths, and URLs without credentials.  A run warns when *none* of its sources is related to the
ones the topic was last briefed from (:func:`unrelated`): adding a feed, dropping one or replacing
some keeps one in common and is a project's own change; a wholly different set is most likely
another project.  The warning is said once for a change made on purpose (the new set is kept),
and on every run while two projects alternate.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path, PurePath
from urllib.parse import urlsplit, urlunsplit

from briefbot.ingest import urls
from briefbot.ingest.files import STDIN


def identity(source: str) -> str | None:
    """``source`` as it is kept and compared: an absolute path, or a URL without its user:password,
    its fragment and a closing slash (scheme and host in lower case); None for standard input
    and pipes, which have no lasting name."""
    if source == STDIN:
        return None
    if "://" in source:
        shown = urls.public(source)
        try:
            parts = urlsplit(shown)
        except ValueError:
            return shown
        return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/"), parts.query, ""))
    path = Path(source).expanduser()
    try:
        if path.exists() and not (path.is_file() or path.is_dir()):
            return None  # /dev/stdin, <(cmd)
        return str(path.resolve())
    except OSError:
        return str(path.absolute())


def identities(sources: Iterable[str]) -> frozenset[str]:
    return frozenset(i for s in sources if (i := identity(s)) is not None)


def related(a: str, b: str) -> bool:
    """The same source, a file inside a folder (or folders one inside the other), or two side by
    side in one folder (today's file or folder where yesterday's was)."""
    if a == b:
        return True
    if "://" in a or "://" in b:
        return False
    pa, pb = PurePath(a), PurePath(b)
    return pa in pb.parents or pb in pa.parents or pa.parent == pb.parent


def unrelated(before: frozenset[str], now: frozenset[str]) -> bool:
    """Whether ``now`` shares nothing with ``before`` (both known): the warning case."""
    return bool(before) and bool(now) and not any(related(a, b) for a in before for b in now)


def change_warning(topic: str, before: frozenset[str], store: Path) -> str:
    shown = sorted(before)
    listed = ", ".join(shown[:3]) + (f" and {len(shown) - 3} more" if len(shown) > 3 else "")
    return (f"topic {topic!r} was last briefed from other sources ({listed}) in the store {store}, and their articles "
            f"mix with these: use a store per project ([store] path = \"briefbot.db\" in its config, or --db), "
            "or another topic name (said once if you changed the sources on purpose)")
