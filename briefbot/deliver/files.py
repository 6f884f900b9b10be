"""Files written whole or not at all, and only where a file belongs.

:func:`write_file` looks at what is at the path first (through symlinks, which stay links):

* nothing, or a regular file: written atomically (a temporary file in the same folder, then a
  rename), so a reader never sees half a brief.  A new file gets the usual mode (0666 less the
  umask, as any program's would), a replaced file keeps its own.
* a character device or a FIFO (``/dev/null``, a named pipe, ``/dev/stdout`` and the other
  ``/dev/fd/N`` paths): written directly, never replaced by a regular file.
* anything else (a folder, a socket, a block device) and the store's own files: refused with one line.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import uuid
from collections.abc import Sequence
from pathlib import Path

from briefbot.errors import BriefbotError, DeliveryError

_STREAM_PATH = re.compile(r"^/(?:dev/(?:stdout|stderr|fd/\d+)|proc/(?:self|\d+)/fd/\d+)$")
_STORE_SUFFIXES = ("", "-wal", "-shm", "-journal")


def check_target(path: Path, *, protect: Sequence[Path] = (), error: type[BriefbotError] = DeliveryError) -> None:
    """Raise ``error`` when ``path`` is no place for a brief: a folder, a socket, a block device, or
    one of the files of the store at ``protect`` (the SQLite file and its journals)."""
    if _STREAM_PATH.match(str(path)):
        return
    real = Path(os.path.realpath(path))
    for store in protect:
        store_real = os.path.realpath(store)
        if any(str(real) == store_real + suffix for suffix in _STORE_SUFFIXES):
            raise error(f"{path} is the store ({store}): writing the brief there would destroy it; give another file")
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise error(f"cannot use {path} ({exc.strerror or exc}): give a file you may write") from None
    if stat.S_ISDIR(mode):
        raise error(f"{path} is a folder: give a file name, e.g. {Path(path) / 'brief.md'}")
    if not (stat.S_ISREG(mode) or stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        kind = "a socket" if stat.S_ISSOCK(mode) else "a block device" if stat.S_ISBLK(mode) else "not a file"
        raise error(f"{path} is {kind}: give a regular file, a new file name or - for standard output")


def write_file(path: Path, text: str, *, protect: Sequence[Path] = ()) -> None:
    """Write ``text`` at ``path`` as the module docstring says (atomically where a file is replaced)."""
    check_target(path, protect=protect)
    if _STREAM_PATH.match(str(path)):
        _write_directly(path, text)
        return
    real = Path(os.path.realpath(path))  # a symlink is written through: the link stays, its target changes
    try:
        mode = os.stat(real).st_mode
    except OSError:
        mode = None
    if mode is not None and (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        _write_directly(real, text)
    else:
        write_atomic(real, text, mode=stat.S_IMODE(mode) if mode is not None else None)


def _write_directly(path: Path, text: str) -> None:
    try:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
    except OSError as exc:
        raise _error(path, exc) from None


def write_atomic(path: Path, text: str, *, mode: int | None = None) -> None:
    """Write ``text`` to ``path`` via a temporary file and a rename: never a half-written file.

    The file gets ``mode``, or when it is None the usual mode of a new file (0666 less the umask).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.parent / f".{path.name}.{uuid.uuid4().hex[:12]}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask applies, as for any new file
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                if mode is not None:
                    os.fchmod(fh.fileno(), mode)
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise _error(path, exc) from None


def _error(path: Path, exc: OSError) -> DeliveryError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DeliveryError(f"cannot write {path}: the disk is full ({exc.strerror}); free some space and run again")
    if exc.errno == errno.EROFS:
        return DeliveryError(f"cannot write {path}: the file system is read-only; write somewhere else")
    return DeliveryError(f"cannot write {path} ({exc.strerror or exc}): check the folder exists and is writable")
