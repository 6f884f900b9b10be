"""Files written whole or not at all."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from briefbot.errors import DeliveryError


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file and a rename: never a half-written file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DeliveryError(f"cannot write {path}: the disk is full ({exc.strerror}); free some space and run again") from None
        if exc.errno == errno.EROFS:
            raise DeliveryError(f"cannot write {path}: the file system is read-only; write somewhere else") from None
        raise DeliveryError(f"cannot write {path} ({exc.strerror or exc}): check the folder exists and is writable") from None
