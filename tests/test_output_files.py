"""Where ``--out`` (and a Markdown folder) may write, and how (issue 13 item 1).

Regular files and new paths are replaced atomically with the usual mode; devices, FIFOs and
/dev/fd paths are written directly; symlinks are written through; the store itself, folders and
sockets are refused with one line before anything is read or stored.
"""

from __future__ import annotations

import os
import socket
import stat
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefbot.cli import cli
from briefbot.deliver.files import write_atomic, write_file
from briefbot.errors import DeliveryError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def brief(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["brief", str(SEEDS), *args])


@pytest.fixture
def umask_022():  # type: ignore[no-untyped-def]
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_out_equal_to_the_store_is_refused_and_the_store_survives(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    assert brief("--db", str(db), "--out", str(tmp_path / "first.md")).exit_code == 0
    before = db.read_bytes()
    result = brief("--db", str(db), "--out", str(db))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "is the store" in result.stderr and "give another file" in result.stderr
    assert db.read_bytes() == before
    # also through another spelling of the same file, and its journal
    assert brief("--db", str(db), "--out", str(tmp_path / "." / "s.db")).exit_code == 2
    assert brief("--db", str(db), "--out", f"{db}-wal").exit_code == 2


def test_a_new_store_path_is_refused_too(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    result = brief("--db", str(db), "--out", str(db))
    assert result.exit_code == 2 and "is the store" in result.stderr
    assert not db.exists()  # nothing was read or stored


def test_a_folder_or_a_socket_is_refused(tmp_path: Path) -> None:
    result = brief("--out", str(tmp_path))
    assert result.exit_code == 2 and "is a folder: give a file name" in result.stderr
    sock_path = tmp_path / "s.sock"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(sock_path))
        result = brief("--out", str(sock_path))
    assert result.exit_code == 2 and "is a socket" in result.stderr


def test_a_fifo_is_written_directly_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    result = brief("--out", str(fifo))
    reader.join(timeout=60)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert got and got[0].startswith(b"# ")


def test_a_dev_fd_path_is_written_directly(tmp_path: Path) -> None:
    read_end, write_end = os.pipe()
    try:
        write_file(Path(f"/dev/fd/{write_end}"), "# A brief\n")
        os.close(write_end)
        assert os.read(read_end, 100) == b"# A brief\n"
    finally:
        os.close(read_end)


def _a_null_device(tmp_path: Path) -> Path:
    """A character device to write to: a private null device node when the tests may make one
    (root), so that a broken write_file replaces that node and never the machine's /dev/null;
    otherwise /dev/null itself, which a user without root cannot replace."""
    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        with node.open("w"):
            pass
    except OSError:  # not root, or a filesystem mounted nodev
        node.unlink(missing_ok=True)
        return Path("/dev/null")
    return node


def test_a_character_device_stays_a_device(tmp_path: Path) -> None:
    device = _a_null_device(tmp_path)
    write_file(device, "# A brief\n")
    assert stat.S_ISCHR(os.stat(device).st_mode)


def test_a_symlink_is_written_through(tmp_path: Path) -> None:
    target = tmp_path / "site" / "brief.md"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "latest.md"
    link.symlink_to(target)
    result = brief("--out", str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text(encoding="utf-8").startswith("# ")
    assert sorted(p.name for p in target.parent.iterdir()) == ["brief.md"]  # no temporary file left


def test_new_files_get_the_umask_mode_and_replaced_files_keep_theirs(tmp_path: Path, umask_022: None) -> None:
    new = tmp_path / "new.md"
    assert brief("--out", str(new)).exit_code == 0
    assert stat.S_IMODE(new.stat().st_mode) == 0o644
    kept = tmp_path / "kept.md"
    kept.write_text("old\n", encoding="utf-8")
    kept.chmod(0o640)
    assert brief("--out", str(kept)).exit_code == 0
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640 and kept.read_text(encoding="utf-8").startswith("# ")


def test_markdown_folder_files_are_readable_by_a_web_server(tmp_path: Path, umask_022: None) -> None:
    path = tmp_path / "briefs" / "topic" / "2024-03-01.md"
    write_atomic(path, "# A brief\n")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_delivery_into_a_folder_fails_as_a_delivery_error(tmp_path: Path) -> None:
    (tmp_path / "2024-03-01.md").mkdir()
    with pytest.raises(DeliveryError, match="is a folder"):
        write_file(tmp_path / "2024-03-01.md", "# A brief\n")
