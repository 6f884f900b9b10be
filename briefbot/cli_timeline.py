"""``briefbot timeline``, on :data:`briefbot.cli.cli`: thin like the rest of the command line (parse,
call :func:`briefbot.app.make_timeline`, print)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from briefbot.cli import (
    Progress,
    _parse_date,
    _refuse_future,
    _warn_skipped,
    cli,
    common_options,
    ends_after_one_brief,
    handle_errors,
    load,
)
from briefbot.clock import system_clock


@cli.command("timeline", short_help="Print the dated events of a topic (Markdown or JSON).")
@click.argument("paths", nargs=-1)
@click.option("--topic", help="Topic name from the config (default: its only topic, or 'default').")
@click.option("--as-of", "as_of", callback=_parse_date, metavar="DATE", help="The timeline up to DATE (YYYY-MM-DD; default: today).")
@click.option("--dates", "k", type=click.IntRange(1, 365), default=5, show_default=True,
              help="How many days to show: those the most articles speak of (by date or by naming the day), not the latest.")
@click.option("--sentences", "n", type=click.IntRange(1, 20), default=2, show_default=True, help="At most this many events a day.")
@click.option("--json", "as_json", is_flag=True, help="Print the timeline as JSON instead of Markdown.")
@common_options
@handle_errors
def timeline_command(paths: tuple[str, ...], topic: str | None, as_of: date | None, k: int, n: int, as_json: bool,
                     config_path: Path | None, db: Path | None) -> None:
    """Read PATHs like `brief` (storing their articles) and print the topic's dated events; no brief is stored."""
    _refuse_future(as_of)
    ends_after_one_brief()
    for p in paths:
        if "://" not in p and p != "-" and not Path(p).exists():
            raise click.UsageError(f"{p} does not exist: give an existing file or folder, or a feed URL")
    from briefbot import app
    from briefbot.brief.timeline import TimelineSettings
    from briefbot.errors import IngestError
    from briefbot.output.markdown import timeline_markdown
    from briefbot.output.serialize import timeline_to_json

    config, store = load(config_path, db)
    with store:
        topic_config = config.topic(topic)
        try:
            timeline, skipped = app.make_timeline(
                config, topic_config, store, today=date.today(), now=system_clock(), paths=paths or None,
                as_of=as_of, settings=TimelineSettings(dates=k, sentences=n), progress=Progress(),
            )
        except IngestError as exc:
            _warn_skipped(exc.skipped)
            raise
    _warn_skipped(skipped)
    click.echo(timeline_to_json(timeline, indent=2) if as_json else timeline_markdown(timeline), nl=as_json)
