"""Sources -> articles.  Files and folders are read here; feeds and web pages go through
:mod:`briefbot.ingest.feeds` and :mod:`briefbot.ingest.pages` (the network is in :mod:`briefbot.ingest.http`).

The rules, as the README documents them:

* A folder is read recursively: ``.txt``, ``.md``, ``.markdown``, ``.text`` and ``.html``/``.htm``
  files; hidden files are skipped.  A file named on the command line is read whatever its suffix.
* A leading `` date YYYY-MM-DD`` header (or a ``Date:`` line in the forms people write:
  ``13 November 2023``, RFC 2822, ISO; or ``date:`` in ``---`` front matter) is the publication
  date and never part of the text.  An article without one is *undated*: it
  counts as of the day briefbot first saw it, and the brief says so.
* A short first line that reads as a headline (at most 20 words, no closing full stop, more text
  after it, not a byline, dateline or other wire furniture), or a Markdown ``# heading``, becomes
  the title.
* Every article is cleaned of wire furniture once, as it is read (:mod:`briefbot.text.clean`):
  what its dateline said becomes the article's ``place`` and ``filed``, and a headline glued in
  front of the dateline its title when it has none.  An article that is only furniture is kept as
  read (the brief finds nothing in it to quote and says so).
* Files that are empty, binary, undecodable (UTF-8 is tried, then cp1252), larger than the cap
  (``MAX_FILE_BYTES``, 2 MB) or unreadable are skipped with one warning naming the file and why.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from briefbot.errors import SkipSource
from briefbot.ingest import urls
from briefbot.models import Article, SourceHealth
from briefbot.text.clean import clean_article, is_furniture_line
from briefbot.text.dates import parse_date
from briefbot.text.terms import normalize

MAX_FILE_BYTES = 2_000_000
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}  # a feed file named on the command line (not read from folders)

_DATE_HEADER = re.compile(r"^\s*date\s*:?\s*(\d{4}-\d{2}-\d{2})\b[ \t]*", re.I)
_DATE_LINE = re.compile(r"^\s*date\s*:[ \t]*(\S[^\n]*?)[ \t]*(?:\n|$)", re.I)
_FRONT_MATTER = re.compile(r"^---\n(.*?)\n---\n", re.S)
_FM_LINE = re.compile(r"^(\w+)\s*:\s*(.*?)\s*$")
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


def content_hash(title: str | None, text: str) -> str:
    return hashlib.sha256(f"{title or ''}\n{text}".encode()).hexdigest()


def parse_article(raw: str, *, key: str, origin: str, url: str | None = None) -> Article:
    """An article from the decoded contents of a text or Markdown file (pure)."""
    text = normalize(raw)
    published: date | None = None
    title: str | None = None

    fm = _FRONT_MATTER.match(text + "\n")
    if fm:
        for line in fm.group(1).splitlines():
            m = _FM_LINE.match(line)
            if not m:
                continue
            name, value = m.group(1).lower(), m.group(2).strip("'\"")
            if name == "date":
                published = parse_date(value) or published
            elif name == "title" and value:
                title = value
            elif name in {"url", "link"} and value:
                url = value
        text = text[fm.end():].lstrip("\n")

    m = _DATE_HEADER.match(text)
    if m:
        published = _iso_date(m.group(1)) or published
        text = text[m.end():].lstrip()
    else:
        m = _DATE_LINE.match(text)
        day = parse_date(m.group(1)) if m else None
        if m and day:
            published = day
            text = text[m.end():].lstrip()

    lines = text.split("\n")
    first = lines[0].strip() if lines else ""
    rest = "\n".join(lines[1:]).strip()
    heading = _MD_HEADING.match(first)
    if heading and title is None:
        title, text = heading.group(1).strip(), rest
    elif title is None and rest and _reads_as_headline(first) and not is_furniture_line(first):
        title, text = first, rest
    text = text.strip()
    if not text:
        raise SkipSource("no text after the header")
    return Article(
        key=key, origin=origin, text=text, content_hash=content_hash(title, text),
        title=title, published=published, url=url,
    )


def cleaned(article: Article) -> Article:
    """``article`` without wire furniture, its dateline kept as data (see :mod:`briefbot.text.clean`).
    An article that is nothing but furniture is kept as read: the brief finds nothing in it to quote
    and says so.  Its content hash stays that of the text as read, so the same file read again is
    the same article."""
    result = clean_article(article.text)
    if not result.text.strip():
        return article
    return replace(article, text=result.text, place=article.place or result.place, filed=article.filed or result.time,
                   title=article.title or result.headline)


def _iso_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _reads_as_headline(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 20
        and len(line) <= 160
        and not line.endswith((".", ",", ";", ":"))
        and line[:1].isupper()
    )


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


def read_text_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    try:
        if path.is_dir():  # checked first: a folder's st_size is 0 or a block size, not its contents
            raise SkipSource("is a directory")
        size = path.stat().st_size
        if size > max_bytes:
            raise SkipSource(f"too large ({size:,} bytes; the cap is {max_bytes:,})")
        if size == 0:
            raise SkipSource("empty file")
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


def expand_paths(paths: Iterable[str]) -> list[str]:
    """Files of the given paths in a stable order; folders are walked; URLs pass through."""
    out: list[str] = []
    for p in paths:
        if "://" in p:
            out.append(p)
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if child.is_file() and child.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES:
                    out.append(str(child))
        else:
            out.append(str(path))
    return out


STDIN = "-"  # the source that is one article read from standard input


def read_stdin(max_bytes: int = MAX_FILE_BYTES) -> Article:
    """One text or Markdown article from standard input (``briefbot brief -``), keyed by its content."""
    try:
        data = sys.stdin.buffer.read(max_bytes + 1)
    except (OSError, ValueError) as exc:
        raise SkipSource(f"unreadable ({exc})") from None
    if len(data) > max_bytes:
        raise SkipSource(f"too large (more than {max_bytes:,} bytes)")
    text = decode(data)
    if not text.strip():
        raise SkipSource("empty input")
    article = parse_article(text, key="stdin", origin="standard input")
    return replace(article, key=f"stdin:{article.content_hash[:16]}")


def load_file(path: str, max_bytes: int = MAX_FILE_BYTES) -> Article:
    if path == STDIN:
        return read_stdin(max_bytes)
    p = Path(path)
    if not p.exists():
        raise SkipSource("no such file or folder")
    raw = read_text_file(p, max_bytes)
    return parse_article(raw, key=str(p.resolve()), origin=path)


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
    skipped: list[Skipped] = []
    given_of = [(f, p) for p in paths for f in expand_paths([p])]  # each file with the source it came from
    files = [f for f, _ in given_of]
    failures: dict[str, list[str]] = {}
    for done, (item, given) in enumerate(given_of, 1):
        try:
            if is_fetched(item):
                if fetch is None:
                    raise SkipSource("feeds and web pages are not available in this build")
                articles.extend(cleaned(a) for a in fetch(item))
            else:
                articles.append(cleaned(load_file(item, max_bytes)))
        except SkipSource as exc:
            shown = urls.public(item)  # a feed URL's user:password never reaches a warning or the brief
            skipped.append(Skipped(shown, str(exc), exc.network))
            failures.setdefault(given, []).append(str(exc))
        if progress is not None:
            progress(done, len(files))
    health = source_health(paths, given_of, failures)
    return Loaded(merge_same_url(articles), tuple(skipped), health)


def _url_key(url: str) -> str:
    return url.split("#", 1)[0].rstrip("/")


def merge_same_url(articles: Sequence[Article]) -> tuple[Article, ...]:
    """One article per URL: a page also given as a feed's entry (or twice) is one source.

    The text kept is the longest (a page over a feed's summary); the key is the first one's, so
    that the article keeps one identity from run to run whatever the order of the sources.
    """
    first: dict[str, int] = {}
    out: list[Article] = []
    for a in articles:
        k = _url_key(a.url) if a.url else None
        if k is None or k not in first:
            if k is not None:
                first[k] = len(out)
            out.append(a)
            continue
        kept = out[first[k]]
        if len(a.text) > len(kept.text):
            out[first[k]] = replace(a, key=kept.key)
    return tuple(out)
