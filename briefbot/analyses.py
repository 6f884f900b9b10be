"""Each article's analysis kept in the store between runs, so that a brief analyses only what is new.

A brief's older articles (up to ``context_articles`` of them) were briefed before: their analysis
(:mod:`briefbot.brief.analysis`) is read back and told to the pure stages instead of being made again.
It is kept under :func:`version`, a digest of briefbot's own code and of what the analysis reads
outside it (the stemmer, the stop words, Python's Unicode tables): after any change of those, kept
analyses are stale, left unread and made (and kept) again.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
import unicodedata
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from briefbot.brief import analysis
from briefbot.models import Article
from briefbot.store.db import Store
from briefbot.text.terms import stop_words


@lru_cache(maxsize=1)
def version() -> str:
    """The version analyses are kept under: the analysis format and a digest of the code that makes
    it (read when this module was loaded, see ``_CODE``) and of the libraries it reads."""
    import Stemmer  # PyStemmer (the stems), imported by any brief anyway

    libraries = [_library(name) for name in _LIBRARIES]
    outside = [Stemmer.version(), *map(str, libraries), unicodedata.unidata_version, sys.version, *sorted(stop_words())]
    if _CODE is None or None in libraries:  # code without its source: this process's own version, so no kept analysis is ever read
        return f"{analysis.FORMAT}:unknown-code-{uuid.uuid4().hex}"
    return f"{analysis.FORMAT}:{_digest(_CODE, outside)}"


# the packages whose code makes an analysis besides briefbot's: figure mentions read number words
# with text2num, dates with python-dateutil
_LIBRARIES = ("text_to_num", "dateutil")
_LIBRARY_CODE = ("*.py", "*.so", "*.pyd")  # Python files and compiled extensions


def _library(name: str) -> str | None:
    """A digest of the code of the installed package ``name``, found without importing it (reading the
    packages' versions with ``importlib.metadata`` took 0.02 s of every brief, mostly importing it);
    "NAME ?" when it is not installed, None when its code cannot be read."""
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        return f"{name} ?"
    origin = Path(spec.origin)
    if spec.submodule_search_locations is None:  # a module of one file: its own code, not its folder's
        digest = code_digest(origin.parent, patterns=(origin.name,), deep=False)
    else:
        digest = code_digest(origin.parent, patterns=_LIBRARY_CODE)
    return f"{name} {digest}" if digest is not None else None


def code_digest(root: Path, outside: Sequence[str] = (), patterns: Sequence[str] = ("*.py",), *,
                deep: bool = True) -> str | None:
    """A digest of the files under ``root`` (in it alone when not ``deep``) that match one of
    ``patterns`` (names and contents) and of ``outside``; None when there is no such file to read."""
    files = sorted({path for pattern in patterns for path in (root.rglob(pattern) if deep else root.glob(pattern))})
    if not files:
        return None
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return _digest(digest.hexdigest(), outside)


def _digest(code: str, outside: Sequence[str]) -> str:
    """A digest of a code's digest and of ``outside`` (the versions of what else the analysis reads)."""
    return hashlib.sha256("\0".join([code, *outside]).encode()).hexdigest()[:32]


# briefbot's code as this process loaded it: read now, not when the first brief is made, so that a
# process that outlives an update of the files (``serve``, a run begun before it) keeps its kept
# analyses under its own code's version, not the new one's
_CODE = code_digest(Path(__file__).resolve().parent)


@contextmanager
def recalled(store: Store, articles: Sequence[Article]) -> Iterator[set[int]]:
    """The kept analyses of ``articles`` told for the run inside the block (the ids of those told),
    forgotten after it: a long-lived ``serve`` holds no article of an earlier run."""
    try:
        yield recall(store, articles)
    finally:
        analysis.forget()


def recall(store: Store, articles: Sequence[Article]) -> set[int]:
    """Tell the kept analyses of ``articles`` (those of this version); the ids of those told."""
    kept = store.analyses([a.id for a in articles if a.id is not None], version())
    return {a.id for a in articles if a.id is not None and a.id in kept and analysis.tell(a, kept[a.id])}


def keep(store: Store, articles: Sequence[Article], told: set[int]) -> None:
    """Keep the analysis of each of ``articles`` not ``told`` (made by the brief that read them just now)."""
    rows = [(a.id, text) for a in articles if a.id is not None and a.id not in told
            and (text := analysis.written(a)) is not None]
    store.keep_analyses(rows, version())
