"""The command line: thin click commands over the library.  The only place that prints or exits.

Exit codes: 0 success, 1 error, 2 usage.  Every error is one line on stderr that says what went
wrong and how to fix it.  Heavy modules (sumy, numpy, scipy, slack_sdk) load only when a command
needs them, so ``briefbot --help`` is instant.
"""

from __future__ import annotations

import functools
import gc
import os
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from briefbot import __version__, allocator, collector
from briefbot.clock import system_clock
from briefbot.errors import BriefbotError

if TYPE_CHECKING:
    from briefbot.config import Config
    from briefbot.store.db import Store

F = TypeVar("F", bound=Callable[..., Any])
EARLIEST = date(1900, 1, 1)  # an --as-of before this is a typo (and date arithmetic near year 1 overflows)


def printable(line: str) -> str:
    """A line fit for a terminal: secrets redacted, control characters (escape sequences, newlines
    in file names) shown as escapes, so nothing printed can drive the terminal or split a line."""
    from briefbot.deliver.secrets import redact, secrets_of

    line = redact(line, secrets_of(os.environ))
    return re.sub(r"[\x00-\x1f\x7f-\x9f]", lambda m: m.group().encode("unicode_escape").decode("ascii"), line)


def _fail(message: str, code: int) -> None:
    click.echo(printable(f"error: {message}"), err=True)
    sys.exit(code)


def ends_after_one_brief() -> None:
    """This process makes one brief (or timeline), then ends: the cyclic collector is off
    (:func:`briefbot.collector.collect_none`) and malloc keeps what it frees (:mod:`briefbot.allocator`)."""
    collector.collect_none()
    allocator.keep_freed()


def handle_errors(func: F) -> F:
    """Library errors become one line on stderr and an exit code, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (click.exceptions.ClickException, click.exceptions.Abort, click.exceptions.Exit):
            raise  # click's own usage errors: its message and exit code 2
        except BriefbotError as exc:
            _fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            click.echo("interrupted: nothing already stored was lost", err=True)
            sys.exit(130)
        except BrokenPipeError:
            _silence_stdout()
            sys.exit(1)
        except Exception as exc:  # last resort: a bug must still not print a traceback
            if os.environ.get("BRIEFBOT_DEBUG"):
                raise
            from briefbot.deliver.secrets import redact, secrets_of

            message = redact(f"{type(exc).__name__}: {exc}", secrets_of(os.environ))
            _fail(f"internal error ({message}); rerun with BRIEFBOT_DEBUG=1 and report it", 1)

    return wrapper  # type: ignore[return-value]


def _silence_stdout() -> None:
    """After standard output failed, send what is still buffered nowhere (no second error at exit)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file (click's test runner): nothing buffered to lose
        pass


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD, e.g. 2023-11-13") from None
    if day < EARLIEST:
        raise click.BadParameter(f"{value} is too early: give a day from {EARLIEST.isoformat()} on")
    return day


def _refuse_future(as_of: date | None) -> None:
    """A brief as of a future day would stand first in the history forever (a day of slack for time zones)."""
    if as_of is not None and as_of > date.today() + timedelta(days=1):
        raise click.UsageError(f"--as-of {as_of} is in the future: give today or an earlier day")


def common_options(func: F) -> F:
    func = click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path),
                        help="SQLite store (default: $BRIEFBOT_DB or ~/.local/share/briefbot/briefbot.db).")(func)
    func = click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
                        help="Config file (default: $BRIEFBOT_CONFIG, ./briefbot.toml, ~/.config/briefbot/briefbot.toml).")(func)
    return func


def _config(config_path: Path | None, db: Path | None) -> Config:
    from dataclasses import replace

    from briefbot.config import load_config

    config = load_config(config_path, os.environ, Path.cwd())
    return replace(config, store_path=db) if db is not None else config


def load(config_path: Path | None, db: Path | None) -> tuple[Config, Store]:
    from briefbot.store.db import Store

    config = _config(config_path, db)
    return config, Store(config.store_path)


def load_existing(config_path: Path | None, db: Path | None) -> Store | None:
    """The store for a command that only reads it, or None when its file does not exist yet."""
    from briefbot.store.db import Store

    return Store.open_existing(_config(config_path, db).store_path)


def _warn_skipped(skipped: Sequence[object]) -> None:
    for source in skipped:
        click.echo(printable(f"warning: {source}"), err=True)


class Progress:
    """click's progress bar (with an ETA) on stderr while many sources are read, only when stderr is a
    terminal; the bar is cleared when the reading is done, so that only the warnings stay."""

    MIN_SOURCES = 20
    CLEAR = "\x1b[1A\r\x1b[2K"  # up to the bar's line and erase it (click ends the bar with a newline)

    def __init__(self, file: Any = None) -> None:
        self.file = file if file is not None else sys.stderr
        self.enabled = self.file.isatty()
        self.bar: Any = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < self.MIN_SOURCES:
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="reading sources", file=self.file, show_eta=True, width=30)
            self.bar.__enter__()
        self.bar.update(done - self.bar.pos)
        if done >= total:
            self.bar.__exit__(None, None, None)
            self.file.write(self.CLEAR)
            self.file.flush()
            self.bar = None


class _Group(click.Group):
    """click's usage errors as one line on stderr ("error: ... (see `briefbot brief --help`)"), exit 2."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        standalone = standalone_mode
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.exceptions.NoArgsIsHelpError as exc:  # bare `briefbot`: the help, not an error
            if not standalone:
                raise
            click.echo(exc.ctx.get_help() if exc.ctx is not None else exc.format_message())
            sys.exit(0)
        except click.ClickException as exc:
            if not standalone:
                raise
            ctx = getattr(exc, "ctx", None)
            hint = f" (see `{ctx.command_path} --help`)" if ctx is not None else ""
            click.echo(f"error: {exc.format_message()}{hint}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            if not standalone:
                raise
            click.echo("aborted", err=True)
            sys.exit(1)
        if standalone:
            sys.exit(rv if isinstance(rv, int) else 0)
        return rv


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="briefbot")
def cli() -> None:
    """Dated situation briefs from news articles: what is going on, what changed, and who says so."""


@cli.command(short_help="Read sources and write a brief (Markdown or JSON).")
@click.argument("paths", nargs=-1, metavar="[PATH|URL|-]...")
@click.option("--topic", metavar="NAME", help="Topic name from the config (default: its only topic, or 'default').")
@click.option("--as-of", "as_of", callback=_parse_date, metavar="DATE", help="Make the brief as it would have been on DATE (YYYY-MM-DD).")
@click.option("-o", "--out", "out", default="-", metavar="FILE|-",
              help="Write the brief to FILE, Markdown or (with --json) JSON (default: -, standard output).")
@click.option("--words", type=click.IntRange(20, 5000), help="Word budget of the brief (default: the topic's, 250).")
@click.option("--algorithm", type=click.Choice(["lexrank", "textrank", "lsa", "luhn", "sumbasic", "kl", "edmundson", "reduction"]),
              help="sumy summarizer that ranks sentences (default: the topic's, lexrank).")
@click.option("--json", "as_json", is_flag=True, help="Write the brief as JSON instead of Markdown.")
@click.option("--no-store", "no_store", is_flag=True,
              help="Do not store the brief (a preview; the articles read are stored, as by any run).")
@common_options
@handle_errors
def brief(paths: tuple[str, ...], topic: str | None, as_of: date | None, out: str, words: int | None,
          algorithm: str | None, as_json: bool, no_store: bool, config_path: Path | None, db: Path | None) -> None:
    """Read the sources, store new articles, make the brief, store it and write it.

    PATHs are files, folders (read recursively), feed or page URLs, and - for one article read
    from standard input; without any, the topic's sources from the config.
    """
    _refuse_future(as_of)
    ends_after_one_brief()
    for p in paths:
        if "://" not in p and p != "-" and not Path(p).exists():
            raise click.UsageError(f"{p} does not exist: give an existing file or folder, or a feed URL")
    from briefbot import app
    from briefbot.errors import IngestError
    from briefbot.output.serialize import brief_to_json
    from briefbot.store.db import Store

    config = _config(config_path, db)
    if out != "-":  # before anything is read or stored: never the store itself, a folder or a socket
        from briefbot.deliver.files import check_target
        from briefbot.errors import UsageError

        check_target(Path(out), protect=[config.store_path], error=UsageError)
    store = Store(config.store_path)
    with store:
        topic_config = config.topic(topic)
        try:
            result = app.make_brief(
                config, topic_config, store, today=date.today(), now=system_clock(), paths=paths or None,
                as_of=as_of, words=words, algorithm=algorithm, progress=Progress(), save=not no_store,
            )
        except IngestError as exc:
            _warn_skipped(exc.skipped)
            raise
    _warn_skipped((*result.skipped, *result.notes))
    text = brief_to_json(result.brief, indent=2) + "\n" if as_json else result.markdown
    write_output(out, text, store_path=config.store_path)
    if out != "-":
        what = f"brief #{result.stored.id}" if result.stored is not None else "not stored"
        click.echo(f"wrote {out} ({what}, as of {result.brief.as_of})", err=True)


def write_output(out: str, text: str, *, store_path: Path) -> None:
    if out == "-":
        try:
            click.echo(text, nl=False)
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            _silence_stdout()
            raise BriefbotError(f"cannot write to standard output ({exc.strerror or exc}): free some space, "
                                "or write to a file with --out FILE") from None
        return
    from briefbot.deliver.files import write_file

    write_file(Path(out), text, protect=[store_path])


@cli.command(short_help="List the stored briefs, newest first.")
@click.option("--topic", metavar="NAME", help="Only this topic.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=20, show_default=True, help="List at most this many briefs.")
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON (one object per brief).")
@common_options
@handle_errors
def history(topic: str | None, limit: int, as_json: bool, config_path: Path | None, db: Path | None) -> None:
    """List the stored briefs, newest first."""
    import json

    from briefbot.status import point_count

    store = load_existing(config_path, db)
    rows = []
    if store is not None:
        with store:
            rows = store.history(topic, limit)
    if as_json:
        click.echo(json.dumps([{"id": r.id, "as_of": r.as_of.isoformat(), "topic": r.topic, "new_articles": r.brief.new_articles,
                                "points": point_count(r.brief), "sources": len(r.brief.sources),
                                "made": r.created_at.isoformat()} for r in rows], indent=2, ensure_ascii=False))
        return
    if not rows:
        click.echo("no briefs yet: make one with `briefbot brief PATH`")
        return
    click.echo(f"{'id':>4}  {'as of':10}  {'topic':16}  {'new':>4}  {'points':>6}  {'sources':>7}  made")
    for r in rows:
        b = r.brief
        click.echo(f"{r.id:>4}  {r.as_of.isoformat():10}  {r.topic[:16]:16}  {b.new_articles:>4}  {point_count(b):>6}  "
                   f"{len(b.sources):>7}  {r.created_at.astimezone().replace(tzinfo=None).isoformat(timespec='seconds')}")


@cli.command(short_help="Print a stored brief by its id or as-of date.")
@click.argument("which", metavar="ID|DATE")
@click.option("--topic", metavar="NAME", help="With a DATE: the brief of this topic.")
@click.option("--json", "as_json", is_flag=True, help="Print the stored brief as JSON.")
@common_options
@handle_errors
def show(which: str, topic: str | None, as_json: bool, config_path: Path | None, db: Path | None) -> None:
    """Print a stored brief, by its id or its as-of date."""
    from briefbot.output.serialize import brief_to_json

    day = None
    if not re.fullmatch(r"[0-9]{1,18}", which):
        try:
            day = date.fromisoformat(which)
        except ValueError:
            raise click.UsageError(f"{which!r} is neither a brief id nor a date (YYYY-MM-DD)") from None
    store = load_existing(config_path, db)
    stored = None
    if store is not None:
        with store:
            stored = store.brief(int(which)) if day is None else store.brief_on(topic, day)
    if stored is None:
        raise BriefbotError(f"no brief {which} in the store: list them with `briefbot history`")
    click.echo(brief_to_json(stored.brief, indent=2) if as_json else stored.markdown, nl=as_json)


# -- delivery and schedule: post, serve, check-config ---------------------------------------------


@cli.command("post", short_help="Make today's brief and deliver it, once.")
@click.option("--topic", metavar="NAME", help="Topic name from the config (default: its only topic, or 'default').")
@click.option("--as-of", "as_of", callback=_parse_date, metavar="DATE", help="Make and post the brief as of DATE (YYYY-MM-DD).")
@click.option("--dry-run", is_flag=True,
              help="Print the Slack messages and the Markdown as JSON; send, write and store nothing but the articles read.")
@common_options
@handle_errors
def post_command(topic: str | None, as_of: date | None, dry_run: bool, config_path: Path | None, db: Path | None) -> None:
    """Make the topic's brief and deliver it to Slack and/or its Markdown folder, once."""
    _refuse_future(as_of)
    ends_after_one_brief()
    import json

    from briefbot import app
    from briefbot.errors import DeliveryError
    from briefbot.store.db import Holder

    config, store = load(config_path, db)
    env = dict(os.environ)
    with store:
        topic_config = config.topic(topic)
        if dry_run:
            plan = app.plan_post(config, topic_config, store, env, clock=system_clock, as_of=as_of)
            click.echo(json.dumps(plan, indent=2, ensure_ascii=False))
            return
        result = app.post(config, topic_config, store, env, clock=system_clock, holder=Holder.this_process(), as_of=as_of)
    _warn_skipped(result.skipped)
    for outcome in result.outcomes:
        if outcome.status != "failed":
            click.echo(outcome.line())
    if result.failed:
        detail = "; ".join(f"{o.target}: {o.detail}" for o in result.failed)
        raise DeliveryError(f"brief #{result.stored.id} is stored but not delivered to {detail}")


BLAS_THREADS = "OPENBLAS_NUM_THREADS"


def main() -> None:
    # numpy's OpenBLAS starts a thread per core as numpy is imported, which spin waiting for work
    # that never comes (briefbot's dense products are tiny): 0.06 s of every brief's process.  One
    # thread, unless the environment says otherwise (see the README's Speed section)
    os.environ.setdefault(BLAS_THREADS, "1")
    collector.collect_less()  # a brief keeps millions of objects and makes next to no cyclic garbage
    try:
        cli(prog_name="briefbot")
    finally:
        # the process ends now: what is alive is freed as the interpreter shuts down, whose full
        # collections would walk it all once more (0.1 s after a daily brief) to find no garbage
        gc.freeze()


from briefbot import (  # noqa: E402  (commands registered on the group above)
    cli_operate,  # noqa: F401  (status, serve, check-config: registered on the group above)
    cli_timeline,  # noqa: F401  (timeline: registered on the group above)
)
