"""The shipped example config: valid, complete, secret-free, and working offline on seeds/."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

from click.testing import CliRunner

from briefbot.cli import cli
from briefbot.config import FetchConfig, SlackConfig, TopicConfig, load_config

EXAMPLE = Path(__file__).resolve().parent.parent / "config" / "briefbot.toml"


def test_example_config_parses_and_names_its_seeds_topic(tmp_path: Path) -> None:
    config = load_config(EXAMPLE, {"HOME": str(tmp_path)}, tmp_path)
    topic = config.topic(None)
    assert topic.name == "kosovo" and topic.focus
    assert [Path(config.resolve(s)).resolve() for s in topic.sources] == [EXAMPLE.parent.parent.joinpath("seeds").resolve()]


def test_every_key_is_documented_in_the_example() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    keys = {f.name for f in fields(TopicConfig)} - {"name"}
    keys |= {f.name for f in fields(SlackConfig)} | {f.name for f in fields(FetchConfig)} | {"path"}
    missing = [k for k in sorted(keys) if not re.search(rf"^#?\s*{k}\s*=", text, re.M)]
    assert missing == []


def test_the_example_holds_no_secret() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert not re.search(r"xox[bpa]-|hooks\.slack\.com/services/T", text)


def test_a_brief_from_the_example_config_works_offline(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["brief", "--config", str(EXAMPLE), "--db", str(tmp_path / "b.db"), "--as-of", "2023-11-13"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# ") and "## Situation" in result.stdout
