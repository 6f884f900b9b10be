"""deploy/: the systemd unit and the Dockerfile run `briefbot serve` as the README says.

The unit is checked by systemd itself (``systemd-analyze verify``, when it is installed); docker
cannot build images on the machines the tests run on, so the Dockerfile is read, not built.
"""

from __future__ import annotations

import configparser
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from briefbot.cli import cli

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
ROOT = DEPLOY.parent


def unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(re.sub(r"(?m)^#.*\n", "", (DEPLOY / "briefbot.service").read_text(encoding="utf-8")))
    return parser


def test_the_unit_runs_serve_stops_with_sigterm_and_keeps_secrets_out() -> None:
    service = unit()["Service"]
    assert service["ExecStart"].split()[1:] == ["serve"]
    assert service["ExecStartPre"].split()[1:] == ["check-config"]
    assert service["KillSignal"] == "SIGTERM" and int(service["TimeoutStopSec"]) >= 60
    assert service["Restart"] == "on-failure"
    assert service["Environment"].startswith("BRIEFBOT_") and "SLACK" not in service["Environment"]
    assert service["EnvironmentFile"].startswith("-/etc/briefbot/")
    assert service["StateDirectory"] == "briefbot" and "/var/lib/briefbot/" in (DEPLOY / "briefbot.service").read_text()
    assert "Timer" not in unit() and unit()["Install"]["WantedBy"] == "multi-user.target"


def test_every_command_the_deploy_files_run_exists() -> None:
    text = (DEPLOY / "briefbot.service").read_text() + (DEPLOY / "Dockerfile").read_text()
    used = set(re.findall(r"briefbot (status|serve|check-config|post|brief|history|show)\b", text))
    assert used >= {"serve", "status", "check-config"}
    assert used <= set(cli.commands)


@pytest.mark.skipif(shutil.which("systemd-analyze") is None or shutil.which("briefbot") is None,
                    reason="systemd-analyze or an installed briefbot is missing")
def test_systemd_accepts_the_unit(tmp_path: Path) -> None:
    text = (DEPLOY / "briefbot.service").read_text().replace("/usr/local/bin/briefbot", str(shutil.which("briefbot")))
    (tmp_path / "briefbot.service").write_text(text)
    done = subprocess.run(["systemd-analyze", "verify", str(tmp_path / "briefbot.service")], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0 and done.stdout + done.stderr == "", done.stdout + done.stderr


def test_the_dockerfile_runs_serve_with_the_store_on_a_volume() -> None:
    lines = [ln for ln in (DEPLOY / "Dockerfile").read_text().replace("\\\n", " ").splitlines()
             if ln.strip() and not ln.startswith("#")]
    by = {}
    for ln in lines:
        word, _, rest = ln.partition(" ")
        by.setdefault(word, []).append(rest.strip())
    assert json.loads(by["CMD"][-1]) == ["briefbot", "serve"]
    volumes = json.loads(by["VOLUME"][-1])
    env = dict(re.findall(r"(\w+)=(\S+)", " ".join(by["ENV"])))
    assert str(Path(env["BRIEFBOT_DB"]).parent) in volumes
    assert by["STOPSIGNAL"] == ["SIGTERM"] and by["USER"] != ["root"]
    assert not any("SLACK" in v for v in env)
    for copy in by["COPY"]:
        *sources, _ = copy.split()
        assert all((ROOT / s).exists() for s in sources), copy
