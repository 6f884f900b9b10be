"""Sources -> articles.  Files and folders are read here; feeds and web pages go through
:mod:`briefbot.ingest.feeds` and :mod:`briefbot.ingest.pages` (the network is in :mod:`briefbot.ingest.http`).

The rules, as the README documents them:

* A folder is read recursively: ``.txt``, ``.md``, ``.markdown``, ``.text`` and ``.html``/``.htm``
  files; hidden files are skipped.  A file named on the command line is read whatever its suffix.
* A leading `` date YYYY-MM-DD`` header (or a ``Date:`` line in the forms people write:
  ``13 November 2023``, RFC 2822, ISO; or ``date:`` in ``---`` front matter, or among leading
  ``Title:``, ``Date:``, ``URL:`` lines in any order; or a ``Date:`` line under the headline, a kicker or a byline:
  :mod:`briefbot.ingest.headers`) is the publication date and never part of the text; without one, a
  stamp in the page's top lines ("Issued on: 09/06/2025", "Published on 9 June 2025":
  :mod:`briefbot.text.stated`) is, and no text either.  An article without one is *undated*: it
  counts as of the day briefbot first saw it, and the brief says so.  A date header that names no
  real day (``date 2023-13-45``, ``Date: 2023-02-30``), or two (``Date: 11/05/2025``), is taken out
  too, with a warning naming the file (and the two readings); the article is kept, undated.
* A short first line that reads as a headline (at most 20 words, no closing full stop, more text
  after it, not a byline, dateline or other wire furniture; a wire's slug cut off its start: ``FACTBOX-``, ``UPDATE 3-``),
  or a Markdown ``# heading``, becomes the title; under a page's masthead (a site's name, a kicker:
  :mod:`briefbot.text.mastheads`), the first such line.
* Every article is cleaned of wire furniture once, as it is read (:mod:`briefbot.text.clean`):
  what its dateline said becomes the article's ``place`` and ``filed``, and a headline glued in
  front of the dateline, a staff byline or a caption its title when it has none; a known title
  repeated at the start of the text comes off it.  An article that is only furniture is kept as
  read (the brief finds nothing in it to quote and says so).
* Files that are empty, binary, undecodable (UTF-8 is tried, then cp1252), larger than the cap
  (``MAX_FILE_BYTES``, 2 MB) or unreadable are skipped with one warning naming the file and why;
  so is a subfolder that cannot be listed (the rest of the folder is read).
* A pipe (``/dev/stdin``, a shell's ``<(...)``) is read like ``-``, up to the cap, and known by its content.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from briefbot.errors import SkipSource
from briefbot.ingest import urls
from briefbot.ingest.headers import date_under_headline, read_header
from briefbot.ingest.same_page import merge_same_url
from briefbot.models import Article, SourceHealth
from briefbot.text.clean import clean_article, is_furniture_line
from briefbot.text.datelines import AGENCY_LINE
from briefbot.text.entries import newest_first
from briefbot.text.glue import staff_byline
from briefbot.text.mastheads import headline_over_byline, page_headline, reads_as_headline, unglued
from briefbot.text.notes import book_review, commentary, correction_notes, opinion_bio
from briefbot.text.releases import press_release
from briefbot.text.stated import stated_date
from briefbot.text.terms import normalize
from briefbot.text.voice import own_words
from briefbot.text.written import filed_day

MAX_FILE_BYTES = 2_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}  # a feed file named on the command line (not read from folders)

_MD_HEADING = re.compile(r"^#{1,3}\s+(.+?)\s*#*\s*$")


@dataclass(frozen=True)
class Skipped:
    source: str
    reason: str
    network: bool = False  # the host could not be reached (offline?), not a bad source

    def __str__(self) -> str:
        return f"skipped {self.source}: {self.reason}"


@dataclass(frozen=True)
class Loaded:
    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]
    health: SourceHealth
    warnings: tuple[str, ...] = ()  # about articles kept: "a.txt: the date header '2023-13-45' is not a real day: ..."


def content_hash(title: str | None, text: str) -> str:
    return hashlib.sha256(f"{title or ''}\n{text}".encode()).hexdigest()


def parse_article(raw: str, *, key: str, origin: str, url: str | None = None, problems: list[str] | None = None) -> Article:
    """An article from the decoded contents of a text or Markdown file (pure).  A date header that
    names no real day (``date 2023-13-45``, ``Date: 2023-02-30``) is taken out of the text, the
    article stays undated, and ``problems`` (when given) gets a line saying so."""
    problems = problems if problems is not None else []
    header = read_header(normalize(raw), problems, url)
    text, published, title, url = header.text, header.published, header.title, header.url
    found, day, below = date_under_headline(text, [] if published else problems)  # "Harbour fire" / "Date: 2 March 2026"
    if found:  # (a date above the headline wins: the line under it is no text either)
        published, text = published or day, below

    day, text = stated_date(text, url)  # "Issued on: 09/06/2025 - 10:21" near the page's top (text/stated)
    published = published or day
    voice, under = "", page_headline(text, url) if title is None else None  # a headline under a masthead
    if under is not None:  # (a label on it says whose words the article is, "ANALYSIS-Why the dam failed"; the slug leaves the title)
        title, text, voice = unglued(under[0]), under[1], own_words(under[0], None)
    lines = text.split("\n")
    first = lines[0].strip() if lines else ""
    rest = "\n".join(lines[1:]).strip()
    heading = _MD_HEADING.match(first)
    if heading and title is None:
        title, text = heading.group(1).strip(), rest
    elif title is None and rest and (reads_as_headline(first) or headline_over_byline(first, rest)) and not is_furniture_line(
            unglued(first)):  # (a slug: "FACTBOX-...")
        at, end = staff_byline(first)  # "By the CNN Wire Staff <headline>": the byline is not the headline's
        headline = first[end:].strip() if end and not at else first
        title, text, voice = unglued(headline), rest, own_words(headline, None)  # (a slug that says whose words: "ANALYSIS-...")
    text = text.strip()
    if not text:
        raise SkipSource("no text after the header")
    return Article(key=key, origin=origin, text=text, content_hash=content_hash(title, text), title=title, published=published,
                   url=url, voice=voice)


def cleaned(article: Article) -> Article:
    """``article`` without wire furniture, its dateline kept as data (see :mod:`briefbot.text.clean`). An article that is
    nothing but furniture is kept as read: the brief finds nothing in it to quote and says so; one that is nothing
    but readers' comments, or a wire service's budget (every line of it a note to editors), is kept with no text (a
    comment, a budget's listing, is no sentence of the news to quote). Its content hash stays that of the text as
    read, so the same file read again is the same article. Its correction notes
    (:func:`briefbot.text.notes.correction_notes`), taken out of the text, are kept as its ``corrections``: what
    they retract is no line of a brief; a live page whose entries run newest first is marked so
    (:func:`briefbot.text.entries.newest_first`), its text in page order; a page whose disclaimer says it is a
    commentary (:func:`briefbot.text.notes.commentary`) is its writer's opinion, and one that lists a book with its
    price (:func:`briefbot.text.notes.book_review`) is a review (:func:`_voice`)."""
    result = clean_article(article.text, article.title)
    if not result.text.strip():
        return replace(article, text="") if result.no_story else article
    lines = article.text.split("\n")
    story = lines[:result.thread]  # (readers' comments under it are not the page's: found once, by clean_article)
    notes = "\n".join(lines[k].strip() for k in sorted(correction_notes(story)) if lines[k].strip())
    filed = article.filed or result.time  # (an agency's dateline dated the day before its copy's date: the day it was written)
    written = filed_day(filed, article.published) if AGENCY_LINE.search(article.text[:400]) else None
    return replace(article, text=result.text, place=article.place or result.place, filed=filed, published=written or article.published,
                   title=article.title or result.headline, corrections=article.corrections or notes or None,
                   newest_first=article.newest_first or newest_first(story),
                   voice=article.voice or _voice(story))


def _voice(story: list[str]) -> str:
    """What kind of one party's words a page says it is: a commentary's disclaimer, a reviewed book's listing, a writer's
    bio in a role that gives views (see :mod:`briefbot.text.notes`), a press release's label or close (:mod:`briefbot.text.releases`);
    "" for a report."""
    if commentary(story):
        return "opinion"
    return "review" if book_review(story) else "opinion" if opinion_bio(story) else "press release" if press_release(story) else ""


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else cp1252; binary data is refused."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with its byte-order mark (Windows editors save it)
        try:
            return _not_binary(data.decode("utf-16"))
        except UnicodeDecodeError:
            raise SkipSource("undecodable: UTF-16 text with errors") from None
    if b"\x00" in data[:8192]:
        raise SkipSource("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise SkipSource("undecodable: neither UTF-8 nor cp1252 text") from None
    return _not_binary(text)


def _not_binary(text: str) -> str:
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.01 * min(len(text), 8192):
        raise SkipSource("binary file (control characters)")
    return text


def _read_capped(stream: BinaryIO, max_bytes: int) -> bytes:
    """All of a stream whose size is not known before it is read (a pipe, standard input), up to the cap."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise SkipSource(f"too large (more than {max_bytes:,} bytes)")
    return data


def read_text_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """The decoded text of a file.  A pipe or other stream (``/dev/stdin``, ``<(cmd)``) is read up
    to the cap: its size is not known before it is read."""
    try:
        if path.is_dir():  # checked first: a folder's st_size is 0 or a block size, not its contents
            raise SkipSource("is a directory")
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            with path.open("rb") as stream:
                data = _read_capped(stream, max_bytes)
            if not data:
                raise SkipSource("empty input")
        elif info.st_size > max_bytes:
            raise SkipSource(f"too large ({info.st_size:,} bytes; the cap is {max_bytes:,})")
        elif info.st_size == 0:
            raise SkipSource("empty file")
        else:
            data = path.read_bytes()
    except PermissionError:
        raise SkipSource("permission denied") from None
    except IsADirectoryError:
        raise SkipSource("is a directory") from None
    except OSError as exc:
        raise SkipSource(f"unreadable ({exc.strerror or exc})") from None
    text = decode(data)
    if not text.strip():
        raise SkipSource("empty file (only whitespace)")
    return text


def expand_paths(paths: Iterable[str], unreadable: list[Skipped] | None = None) -> list[str]:
    """Files of the given paths in a stable order; folders are walked; URLs pass through.

    A subfolder that cannot be listed (no permission, an I/O error) is added to ``unreadable``
    (when given) and the rest of its folder is read.
    """
    out: list[str] = []
    for p in paths:
        if "://" in p:
            out.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            out += _walk(path, unreadable)
        else:
            out.append(str(path))
    return out


def _walk(folder: Path, unreadable: list[Skipped] | None) -> list[str]:
    """The article files under ``folder``, sorted; hidden files and folders are left out."""

    def failed(exc: OSError) -> None:
        if unreadable is None or exc.filename is None:
            return
        why = "permission denied" if isinstance(exc, PermissionError) else f"unreadable ({exc.strerror or exc})"
        name = os.fsdecode(exc.filename)
        rest = "" if Path(name) == folder else f"; the rest of {folder} was read"
        unreadable.append(Skipped(name, f"folder not read: {why}{rest}"))

    found: list[Path] = []
    for root, dirs, names in os.walk(folder, onerror=failed):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            child = Path(root, name)
            if not name.startswith(".") and child.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES and child.is_file():
                found.append(child)
    return [str(f) for f in sorted(found)]


STDIN = "-"  # the source that is one article read from standard input


def read_stdin(max_bytes: int = MAX_FILE_BYTES, problems: list[str] | None = None) -> Article:
    """One text or Markdown article from standard input (``briefbot brief -``), keyed by its content."""
    try:
        data = _read_capped(sys.stdin.buffer, max_bytes)
    except (OSError, ValueError) as exc:
        raise SkipSource(f"unreadable ({exc})") from None
    text = decode(data)
    if not text.strip():
        raise SkipSource("empty input")
    return _keyed_by_content(text, "standard input", problems)


def _keyed_by_content(raw: str, origin: str, problems: list[str] | None) -> Article:
    """An article read from a stream, which has no lasting name: known by its content."""
    article = parse_article(raw, key="stdin", origin=origin, problems=problems)
    return replace(article, key=f"stdin:{article.content_hash[:16]}")


def load_file(path: str, max_bytes: int = MAX_FILE_BYTES, problems: list[str] | None = None) -> Article:
    """The article of a file (``-``: standard input); ``problems`` gets what is wrong with a kept one."""
    if path == STDIN:
        return read_stdin(max_bytes, problems)
    p = Path(path)
    if not p.exists():
        raise SkipSource("no such file or folder")
    raw = read_text_file(p, max_bytes)
    if not p.is_file():  # a pipe: /dev/stdin, /dev/fd/63 of a shell's <(...)
        return _keyed_by_content(raw, path, problems)
    return parse_article(raw, key=str(p.resolve()), origin=path, problems=problems)


Fetcher = Callable[[str], list[Article]]


def is_fetched(item: str) -> bool:
    """URLs, HTML files and feed files are read by the fetcher (:mod:`briefbot.feeds`)."""
    return "://" in item or Path(item).suffix.lower() in HTML_SUFFIXES | FEED_SUFFIXES


def source_health(paths: Sequence[str], given_of: Sequence[tuple[str, str]], failures: dict[str, list[str]]) -> SourceHealth:
    """Sources counted as the user gave them: a folder is one source, read if any of its files was;
    a folder with no article file in it failed."""
    counts: dict[str, int] = {}
    for _, given in given_of:
        counts[given] = counts.get(given, 0) + 1
    failed: list[tuple[str, str]] = []
    for p in dict.fromkeys(paths):
        if not counts.get(p):
            failed.append((urls.public(p), "no text, Markdown or HTML files in it"))
        elif len(failures.get(p, ())) == counts[p]:
            reasons = failures[p]
            failed.append((urls.public(p), reasons[0] if len(reasons) == 1 else f"none of its {len(reasons)} files could be read"))
    total = len(dict.fromkeys(paths))
    return SourceHealth(read=total - len(failed), total=total, failures=tuple(failed))


def load(
    paths: Sequence[str],
    *,
    max_bytes: int = MAX_FILE_BYTES,
    fetch: Fetcher | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Loaded:
    """Read every source; a bad one is skipped with a reason and the rest go on.

    ``fetch`` reads URLs and HTML files (given by the pipeline: see :mod:`briefbot.feeds`).
    Folders count as one source each in the health line; their files are skipped one by one.
    """
    articles: list[Article] = []
    unreadable: list[Skipped] = []  # subfolders that could not be listed: warned about, the rest is read
    given_of = [(f, p) for p in paths for f in expand_paths([p], unreadable)]  # each file with the source it came from
    files = [f for f, _ in given_of]
    skipped: list[Skipped] = list(unreadable)
    failures: dict[str, list[str]] = {}
    warnings: list[str] = []
    for done, (item, given) in enumerate(given_of, 1):
        shown = urls.public(item)  # a feed URL's user:password never reaches a warning or the brief
        try:
            if is_fetched(item):
                if fetch is None:
                    raise SkipSource("feeds and web pages are not available in this build")
                articles.extend(cleaned(a) for a in fetch(item))
            else:
                problems: list[str] = []
                articles.append(cleaned(load_file(item, max_bytes, problems)))
                warnings += [f"{shown}: {problem}" for problem in problems]
        except SkipSource as exc:
            skipped.append(Skipped(shown, str(exc), exc.network))
            failures.setdefault(given, []).append(str(exc))
        if progress is not None:
            progress(done, len(files))
    health = source_health(paths, given_of, failures)
    merged, merge_notes = merge_same_url(articles)
    return Loaded(merged, tuple(skipped), health, tuple(warnings) + merge_notes)
