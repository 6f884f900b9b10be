"""The operator's commands: ``status``, ``serve`` and ``check-config``, on :data:`briefbot.cli.cli`.

Thin like the rest of the command line: parse, call :mod:`briefbot.app` / :mod:`briefbot.status` /
:mod:`briefbot.checks`, print.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from briefbot.cli import _config, cli, common_options, handle_errors
from briefbot.clock import system_clock


@cli.command("status", short_help="Show each topic's last brief, deliveries and next run.")
@click.option("--topic", metavar="NAME", help="Only this topic (default: every topic of the config).")
@click.option("--json", "as_json", is_flag=True, help="Print the status as JSON (one object per topic).")
@common_options
@handle_errors
def status_command(topic: str | None, as_json: bool, config_path: Path | None, db: Path | None) -> None:
    """Show, per topic, the last brief (day, points, new articles, source health), where and when it
    was delivered and whether completely, the last scheduled run and the next one.  Only reads."""
    import json

    from briefbot import status
    from briefbot.store.db import Store

    config = _config(config_path, db)
    store = Store.open_existing(config.store_path)
    if store is not None:
        with store:
            found = status.gather(config, store, system_clock(), topic)
    else:
        found = status.gather(config, None, system_clock(), topic)
    if as_json:
        click.echo(json.dumps(status.as_json(found), indent=2, ensure_ascii=False))
    else:
        click.echo("\n".join(status.lines(found)))


@cli.command("serve", short_help="Run every topic's schedule (Ctrl-C stops it).")
@common_options
@handle_errors
def serve_command(config_path: Path | None, db: Path | None) -> None:
    """Run each topic's schedule in the foreground, logging to stderr, until Ctrl-C (exit 130) or SIGTERM (exit 0)."""
    import logging
    import signal
    import threading

    from briefbot import app
    from briefbot.store.db import Holder

    service = app.service(_config(config_path, db), dict(os.environ), clock=system_clock, holder=Holder.this_process())
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s", stream=sys.stderr)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    stop = threading.Event()
    received: list[int] = []

    def on_signal(signum: int, frame: object) -> None:
        received.append(signum)
        stop.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, on_signal)
    service.run_forever(stop)
    if signal.SIGINT in received:  # Ctrl-C: like any interrupted command; SIGTERM is a normal stop
        sys.exit(130)


@cli.command("check-config", short_help="Check the config, credentials and store.")
@click.option("--online", is_flag=True,
              help="Also check Slack (auth.test, each channel), fetch each feed once and open the store for writing.")
@click.option("--json", "as_json", is_flag=True, help="Print the report and the checks as JSON.")
@common_options
@handle_errors
def check_config_command(online: bool, as_json: bool, config_path: Path | None, db: Path | None) -> None:
    """Validate the config and show each topic's sources, targets and next five runs; with --online,
    check that tomorrow's run will work: one line per check, exit 1 if any fails.  Posts nothing."""
    import json

    from briefbot import app, checks
    from briefbot.errors import ConfigError
    from briefbot.store.db import Store

    config = _config(config_path, db)
    store = Store.open_existing(config.store_path, read_only=False)  # an existing store must open (and migrate) ...
    if store is not None:
        store.close()
    else:  # ... a missing one is not made, but it must be possible to make
        Store.check_creatable(config.store_path)
    env = dict(os.environ)
    lines, problems = app.config_report(config, env, system_clock())
    found = checks.online_checks(config, env) if online else []
    failed = [c for c in found if c.status == "FAIL"]
    if as_json:
        report = {**checks.facts(config, env, system_clock()), "problems": problems,
                  "checks": [{"what": c.what, "status": c.status.lower(), "detail": c.detail} for c in found],
                  "ok": not problems and not failed}
        click.echo(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        for line in lines:
            click.echo(line)
        if online:
            click.echo("online checks:")
            for check in found:
                click.echo(f"  {check.line()}")
    if problems:
        for problem in problems[1:]:
            click.echo(f"problem: {problem}", err=True)
        raise ConfigError(problems[0])
    if failed:
        raise ConfigError(f"{len(failed)} of {len(found)} online checks failed: fix them and run check-config --online again")
    if not as_json:
        click.echo("config OK" + (" (online checks passed)" if online else ""))
