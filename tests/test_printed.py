"""What briefbot prints cannot drive a terminal or leak a secret (issue 13 items 10 and 11)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from briefbot.cli import cli, printable
from briefbot.deliver.secrets import redact

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_escape_sequences_and_newlines_in_file_names_stay_on_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    evil = tmp_path / "evil\x1b]0;pwned\x07\nname.txt"
    evil.write_bytes(b"")  # empty: skipped with a warning, and a failed source (given apart from the folder)
    for seed in sorted(SEEDS.iterdir())[:2]:
        (folder / seed.name).write_bytes(seed.read_bytes())
    result = CliRunner().invoke(cli, ["brief", str(folder), str(evil)])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    (warning,) = [line for line in result.stderr.splitlines() if "empty" in line]
    assert warning.startswith("warning: skipped ") and "evil\\x1b]0;pwned\\x07\\nname.txt" in warning
    # the sources list of the Markdown keeps one line per source
    health = [line for line in result.stdout.splitlines() if line.startswith("*Sources:")]
    assert len(health) == 1 and "\x1b" not in result.stdout


@pytest.mark.parametrize("token", ["xoxb-1111-2222\rSECONDHALF", "xoxb-1111-2222\r\nSECONDHALF"])
def test_a_token_with_a_carriage_return_is_redacted_whole(token: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", token)
    for message in (f"ValueError: Invalid header value b'Bearer {token!r}'", f"error: bad {token}", repr(token)):
        line = printable(message)
        assert "SECONDHALF" not in line and "2222" not in line and "\r" not in line and "\n" not in line
    assert "SECONDHALF" not in redact(f"x {token!r} y", [])  # the shape alone, without knowing the secret


def test_an_internal_error_line_is_redacted_and_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    token = "xoxb-9999-8888\rHIDDENPART"
    monkeypatch.setenv("SLACK_BOT_TOKEN", token)

    def boom(*args: object, **kwargs: object) -> None:
        raise ValueError(f"Invalid header value {('Bearer ' + token).encode()!r}")

    monkeypatch.setattr("briefbot.app.make_brief", boom)
    result = CliRunner().invoke(cli, ["brief", str(SEEDS)])
    assert result.exit_code == 1 and "internal error" in result.stderr
    assert "HIDDENPART" not in result.stderr and "8888" not in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_read_file_with_escapes_and_a_newline_in_its_name_is_one_line_of_the_sources_list(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "evil\x1b[31m\nname.txt").write_text(
        "date 2023-11-13\nFloods close the valley road\n\nHeavy rain flooded the valley road on Monday, officials said.\n",
        encoding="utf-8")
    result = CliRunner().invoke(cli, ["brief", str(folder), "--as-of", "2023-11-13"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout
    sources = result.stdout.split("## Sources\n\n", 1)[1].strip().splitlines()
    assert len(sources) == 1 and sources[0].startswith("1. Floods close the valley road") and sources[0].endswith("name.txt")
