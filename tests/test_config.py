"""The TOML configuration: strict keys, no secrets, types, validation, paths and where it is found."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbot.config import (
    DEFAULT_TOPIC,
    Config,
    TopicConfig,
    default_store_path,
    find_config,
    load_config,
    parse_config,
)
from briefbot.errors import ConfigError, UsageError

GOOD = """
[store]
path = "data/briefbot.db"

[defaults]
words = 180
timezone = "Europe/London"

[topics.kosovo]
title = "Kosovo and Serbia"
sources = ["articles/kosovo", "https://example.org/feed.xml"]
schedule = "0 7 * * mon-fri"

[topics.ports]
words = 300
algorithm = "textrank"
"""


def write(folder: Path, text: str, name: str = "briefbot.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def load(text: str, tmp_path: Path, env: dict[str, str] | None = None) -> Config:
    path = write(tmp_path / "conf", text)
    return load_config(path, env or {}, tmp_path)


# -- a good file -----------------------------------------------------------------------------------


def test_a_good_file(tmp_path: Path) -> None:
    config = load(GOOD, tmp_path)
    conf_dir = tmp_path / "conf"
    assert config.path == conf_dir / "briefbot.toml" and config.base_dir == conf_dir
    assert config.store_path == conf_dir / "data" / "briefbot.db"  # relative to the file's folder, not the cwd
    kosovo = config.topic("kosovo")
    assert kosovo == TopicConfig(
        name="kosovo", title="Kosovo and Serbia", sources=("articles/kosovo", "https://example.org/feed.xml"),
        words=180, timezone="Europe/London", schedule="0 7 * * mon-fri",
    )
    ports = config.topic("ports")
    assert (ports.words, ports.algorithm, ports.timezone) == (300, "textrank", "Europe/London")  # topic beats defaults
    assert config.resolve("articles/kosovo") == str(conf_dir / "articles" / "kosovo")
    assert config.resolve("/abs/folder") == "/abs/folder"
    assert config.resolve("https://example.org/feed.xml") == "https://example.org/feed.xml"


def test_absolute_and_home_store_paths(tmp_path: Path) -> None:
    assert load('[store]\npath = "/var/lib/b.db"', tmp_path).store_path == Path("/var/lib/b.db")
    home = load('[store]\npath = "~/b.db"', tmp_path, {"HOME": str(tmp_path / "home")}).store_path
    assert home == Path.home() / "b.db"  # conftest points HOME at tmp_path/home


def test_briefbot_db_overrides_the_file(tmp_path: Path) -> None:
    config = load(GOOD, tmp_path, {"BRIEFBOT_DB": str(tmp_path / "env.db")})
    assert config.store_path == tmp_path / "env.db"


def test_default_store_path() -> None:
    assert default_store_path({"BRIEFBOT_DB": "/x/b.db", "XDG_DATA_HOME": "/d"}) == Path("/x/b.db")
    assert default_store_path({"XDG_DATA_HOME": "/d"}) == Path("/d/briefbot/briefbot.db")
    assert default_store_path({"HOME": "/h"}) == Path("/h/.local/share/briefbot/briefbot.db")


def test_numbers_may_be_written_as_integers_for_floats(tmp_path: Path) -> None:
    config = load("[fetch]\ntimeout = 5\n[topics.a]\ncatch_up_hours = 2", tmp_path)
    assert config.fetch.timeout == 5.0 and isinstance(config.fetch.timeout, float)
    assert config.topic("a").catch_up_hours == 2.0


# -- strict keys -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("colour = 1", "colour"),
        ("[store]\nfile = 'x.db'", "store.file"),
        ("[topics.kosovo]\nwordz = 100", "topics.kosovo.wordz"),
        ("[defaults]\nalgoritm = 'lsa'", "defaults.algoritm"),
        ("[defaults]\ntitle = 'Every topic'", "defaults.title"),  # per topic only
        ("[slack]\nchannel = '#news'", "slack.channel"),
        ("[fetch]\nretries = 3", "fetch.retries"),
    ],
)
def test_unknown_keys_are_rejected_by_name(tmp_path: Path, text: str, key: str) -> None:
    with pytest.raises(ConfigError, match=rf"unknown key {key} \(known keys here: "):
        load(text, tmp_path)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("token = 'xoxb-1'", "token"),
        ("[slack]\ntoken = 'xoxb-1'", "slack.token"),
        ("[slack]\nwebhook_url = 'https://hooks.slack.com/x'", "slack.webhook_url"),
        ("[topics.kosovo]\nslack_bot_token = 'xoxb-1'", "topics.kosovo.slack_bot_token"),
        ("[defaults]\nWebhook_URL = 'https://hooks.slack.com/x'", "defaults.Webhook_URL"),
    ],
)
def test_secrets_are_refused_and_pointed_to_the_environment(tmp_path: Path, text: str, key: str) -> None:
    with pytest.raises(ConfigError) as info:
        load(text, tmp_path)
    message = str(info.value)
    assert f"{key} looks like a secret" in message
    assert "SLACK_BOT_TOKEN" in message and "SLACK_WEBHOOK_URL" in message and "environment" in message
    assert "xoxb" not in message and "hooks.slack.com" not in message  # the secret is not echoed


# -- types and values ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("[topics.a]\nwords = 'many'", r"topics\.a\.words must be an integer, not str"),
        ("[topics.a]\nwords = true", r"topics\.a\.words must be an integer, not a boolean"),
        ("[topics.a]\nwords = 2.5", r"topics\.a\.words must be an integer, not float"),
        ("[topics.a]\nsources = 'articles'", r"topics\.a\.sources must be a list, not str"),
        ("[topics.a]\nsources = ['ok', 3]", r"topics\.a\.sources\[\] must be a string, not int"),
        ("[topics.a]\nschedule = 7", r"topics\.a\.schedule must be a string, not int"),
        ("[fetch]\nfetch_pages = 'yes'", r"fetch\.fetch_pages must be true or false, not str"),
        ("[store]\npath = 42", r"store\.path must be a string, not int"),
        ("store = 'x.db'", r"store must be a table \(\[store\]\)"),
        ("topics = ['a']", r"topics must be a table"),
        ("[topics]\nkosovo = 'x'", r"topics\.kosovo must be a table \(\[topics\.kosovo\]\)"),
    ],
)
def test_wrong_types_are_rejected(tmp_path: Path, text: str, match: str) -> None:
    with pytest.raises(ConfigError, match=match):
        load(text, tmp_path)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("[topics.a]\nalgorithm = 'bert'", r"topics\.a\.algorithm = 'bert' is unknown: use one of lexrank, textrank"),
        ("[defaults]\nalgorithm = 'bert'", r"algorithm = 'bert' is unknown"),
        ("[topics.a]\ntimezone = 'Mars/Olympus'", r"timezone = 'Mars/Olympus' is not a known time zone: use an IANA name"),
        ("[topics.a]\ntimezone = '../../etc/passwd'", r"is not a known time zone"),
        ("[topics.a]\nschedule = '0 7 * *'", r"topics\.a\.schedule = '0 7 \* \*': a schedule needs five fields"),
        ("[topics.a]\nschedule = '0 7 * * monday'", r"schedule = '0 7 \* \* monday': 'monday' is not a weekday"),
        ("[topics.a]\nschedule = '0 25 * * *'", r"schedule = '0 25 \* \* \*'"),
        ("[topics.a]\nwords = 5", r"topics\.a\.words = 5 is out of range: use a number from 20 to 5000"),
        ("[topics.a]\nwindow_days = -1", r"window_days = -1 is out of range: use a number from 0 to 36500"),
        ("[topics.a]\nmax_articles = 0", r"max_articles = 0 is out of range: use a number from 1 to 10000"),
        ("[fetch]\ntimeout = 0", r"fetch\.timeout = 0 is out of range: use a number from 0\.1 to 300"),
        # numbers far out of range (issue 13): each one error with its range, never an overflow later
        ("[topics.a]\ncatch_up_hours = 1e12", r"topics\.a\.catch_up_hours = 1000000000000 is out of range: use a number from 0 to 720"),
        ("[topics.a]\nwindow_days = 800000", r"window_days = 800000 is out of range: use a number from 0 to 36500"),
        ("[defaults]\nfirst_run_days = 99999999", r"first_run_days = 99999999 is out of range: use a number from 0 to 3650"),
        ("[topics.a]\ncontext_articles = 10001", r"context_articles = 10001 is out of range"),
        ("[topics.a]\nwords = 9999999", r"words = 9999999 is out of range: use a number from 20 to 5000"),
        ("[fetch]\nmax_bytes = 10000000000", r"fetch\.max_bytes = 10000000000 is out of range: use a number from 1000 to 50000000"),
        ("[fetch]\nmax_redirects = 1000", r"fetch\.max_redirects = 1000 is out of range: use a number from 0 to 20"),
        ("[slack]\ntimeout = 1e9", r"slack\.timeout = 1000000000 is out of range: use a number from 0\.1 to 300"),
        ("[slack]\nmax_retries = 500", r"slack\.max_retries = 500 is out of range: use a number from 0 to 20"),
    ],
)
def test_bad_values_are_rejected(tmp_path: Path, text: str, match: str) -> None:
    with pytest.raises(ConfigError, match=match):
        load(text, tmp_path)


def test_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load("[topics.a]\nwords = 'many'", tmp_path)
    assert str(info.value).startswith(f"{tmp_path / 'conf' / 'briefbot.toml'}: ")
    with pytest.raises(ConfigError, match=r"^config: unknown key x"):
        parse_config({"x": 1}, path=None, env={})


def test_invalid_toml(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"briefbot\.toml is not valid TOML \(.*line 2.*\): fix the syntax"):
        load("[topics.a]\nwords = = 3\n", tmp_path)


def test_a_missing_or_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"does not exist: create it"):
        load_config(tmp_path / "nope.toml", {}, tmp_path)
    bad = tmp_path / "latin.toml"
    bad.write_bytes(b"[topics.caf\xe9]\n")
    with pytest.raises(ConfigError, match=r"cannot read config file"):
        load_config(bad, {}, tmp_path)
    with pytest.raises(ConfigError, match=r"cannot read config file"):
        load_config(tmp_path, {}, tmp_path)  # a folder


# -- where the file is found -----------------------------------------------------------------------


def test_look_up_order(tmp_path: Path) -> None:
    cwd, xdg = tmp_path / "cwd", tmp_path / "xdg"
    explicit = write(tmp_path / "explicit", "")
    from_env = write(tmp_path / "env", "")
    local = write(cwd, "")
    user = write(xdg / "briefbot", "")
    env = {"BRIEFBOT_CONFIG": str(from_env), "XDG_CONFIG_HOME": str(xdg)}
    assert find_config(explicit, env, cwd) == explicit
    assert find_config(None, env, cwd) == from_env
    assert find_config(None, {"XDG_CONFIG_HOME": str(xdg)}, cwd) == local
    assert find_config(None, {"XDG_CONFIG_HOME": str(xdg)}, tmp_path) == user
    assert find_config(None, {"XDG_CONFIG_HOME": str(tmp_path / "empty")}, tmp_path) is None
    dotconfig = write(tmp_path / "home" / ".config" / "briefbot", "")
    assert find_config(None, {"HOME": str(tmp_path / "home")}, tmp_path) == dotconfig
    assert find_config(None, {"BRIEFBOT_CONFIG": str(tmp_path / "missing.toml")}, cwd) == tmp_path / "missing.toml"  # named: used


def test_no_file_gives_the_embedded_defaults(tmp_path: Path) -> None:
    config = load_config(None, {"BRIEFBOT_DB": str(tmp_path / "x.db")}, tmp_path)
    assert config.path is None and config.topics == {} and config.store_path == tmp_path / "x.db"
    assert config.topic(None) == TopicConfig(name=DEFAULT_TOPIC)
    assert config.topic("anything") == TopicConfig(name="anything")


def test_the_cwd_file_is_used_by_load_config(tmp_path: Path) -> None:
    write(tmp_path, '[topics.local]\ntitle = "Local"')
    assert list(load_config(None, {}, tmp_path).topics) == ["local"]


# -- choosing a topic ------------------------------------------------------------------------------


def test_topic_with_one_or_several(tmp_path: Path) -> None:
    one = load("[topics.only]\nwords = 100", tmp_path)
    assert one.topic(None).name == "only" and one.topic("only").words == 100
    assert one.topic(DEFAULT_TOPIC) == TopicConfig(name=DEFAULT_TOPIC)
    assert load(GOOD, tmp_path).topic(DEFAULT_TOPIC) == TopicConfig(name=DEFAULT_TOPIC, words=180, timezone="Europe/London")
    several = load(GOOD, tmp_path)
    with pytest.raises(ConfigError, match=r"several topics \(kosovo, ports\): choose one with --topic NAME"):
        several.topic(None)
    with pytest.raises(UsageError, match=r"no topic 'kosov' in .*\.toml \(topics: kosovo, ports\): add a \[topics\.kosov\]"):
        several.topic("kosov")
    with_default = load(GOOD + "\n[topics.default]\nwords = 99\n", tmp_path)
    assert with_default.topic(None).words == 99


def test_defaults_apply_to_the_implicit_default_topic(tmp_path: Path) -> None:
    config = load("[defaults]\nwords = 120\ntimezone = 'Europe/Berlin'", tmp_path)
    assert config.topics == {}
    assert config.topic(None) == TopicConfig(name=DEFAULT_TOPIC, words=120, timezone="Europe/Berlin")
    assert config.topic(DEFAULT_TOPIC) == config.topic(None)
    with pytest.raises(UsageError, match=r"no topic 'x' .*\(topics: none\)"):
        config.topic("x")


@pytest.mark.parametrize("text", ["[slack]\ntimeout = inf", "[topics.a]\ncatch_up_hours = nan", "[fetch]\ntimeout = -inf"])
def test_non_finite_numbers_are_rejected(tmp_path: Path, text: str) -> None:
    with pytest.raises(ConfigError, match="must be a finite number"):
        load(text, tmp_path)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[slack]\nbase_url = 'https://slack.com/api/xoxb-1234-5678-abcdefghij'", "slack.base_url"),
        ("[topics.a]\nslack_channel = 'xoxp-1234-5678-abcdef'", "topics.a.slack_channel"),
        ("[topics.a]\nsources = ['news/', 'https://hooks.slack.com/services/T0001/B0002/abcdefSECRET']", "topics.a.sources[]"),
        ("[topics.a]\ntitle = 'Kosovo xoxe-1-abcdef'", "topics.a.title"),
        ("[defaults]\nmarkdown_dir = 'https://proxy.example/services/T0ABC/B0DEF/abcdefSECRET'", "defaults.markdown_dir"),
        ("[fetch]\nuser_agent = 'bot xoxa-2-abcdef'", "fetch.user_agent"),
    ],
)
def test_token_shapes_in_any_value_are_refused_without_echo(tmp_path: Path, text: str, key: str) -> None:
    with pytest.raises(ConfigError) as info:
        load(text, tmp_path)
    message = str(info.value)
    assert f"{key} holds what looks like a Slack token or webhook URL" in message
    assert "SLACK_BOT_TOKEN" in message and "environment" in message
    assert "abcdef" not in message and "xox" not in message and "hooks.slack.com" not in message


def test_check_config_does_not_print_a_pasted_token(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from briefbot.cli import cli

    conf = tmp_path / "t.toml"
    conf.write_text("[topics.a]\nsources = ['news/']\nslack_channel = 'xoxb-1111-2222-SECRETVALUE'\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check-config", "--config", str(conf)])
    assert result.exit_code == 1
    assert "SECRETVALUE" not in result.output and "xoxb" not in result.output
    assert "topics.a.slack_channel holds what looks like a Slack token" in result.output
