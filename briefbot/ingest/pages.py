"""Web pages -> articles (pure: bytes or text in, an article out; the network is in :mod:`briefbot.ingest.http`).

The main text of a page comes from trafilatura, with its title and date when it states them; a
feed entry's HTML fragment becomes plain text here too.
"""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from briefbot.errors import SkipSource
from briefbot.ingest.files import content_hash, decode
from briefbot.models import Article
from briefbot.text.terms import count_words, normalize

if TYPE_CHECKING:
    from briefbot.ingest.http import Response

MIN_PAGE_WORDS = 15  # an extracted page with fewer words has no text worth a brief
TABLE_PROSE_WORDS = 8  # a table cell with this many words is article text, not data
MAX_SNIFF_CHARSET = 4096  # <meta charset> is looked for in a page's first bytes
MAX_SNIFF_TABLES = 2_000_000  # ... and <table> in its first two million


_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr",
          "table", "section", "article", "header", "footer", "figure", "hr", "dd", "dt", "dl", "main", "aside"}
_SKIP = {"script", "style", "noscript", "iframe", "svg", "figcaption", "template", "object", "button", "form"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """An HTML fragment (a feed entry's content) as plain text, one paragraph per line (pure)."""
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in normalize("".join(parser.parts)).split("\n"))
    return "\n".join(line for line in lines if line)


def parse_page(html: bytes | str, *, key: str, origin: str | None, url: str | None, today: date,
               fallback: str | None = None) -> Article:
    """The main text of an HTML page (trafilatura), with its title and date when it states them; its origin is
    ``origin``, else the site's name the page gives, else ``fallback``, else its host.

    Table rows that hold prose (a cell of :data:`TABLE_PROSE_WORDS` words or more: an article laid
    out in a table) are kept as lines of text; rows of short cells (a data table) are left out.
    """
    import trafilatura

    head = html[:MAX_SNIFF_TABLES].lower()
    tables = b"<table" in head if isinstance(head, bytes) else "<table" in head
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=tables,
        date_extraction_params={"extensive_search": False, "original_date": True, "max_date": today.isoformat()},
    )
    text = normalize(getattr(doc, "text", None) or "") if doc is not None else ""
    if tables:
        text = "\n".join(_table_row(line) if line.lstrip().startswith("|") else line for line in text.split("\n"))
        text = "\n".join(line for line in text.split("\n") if line.strip())
    title = normalize(getattr(doc, "title", None) or "").strip() or None  # repaired as the text is
    lines = text.split("\n")
    if title and lines and lines[0].strip() == title:
        text = "\n".join(lines[1:]).strip()
    if count_words(text) < MIN_PAGE_WORDS:
        raise SkipSource("no text found")
    published = _iso(getattr(doc, "date", None))
    site = (getattr(doc, "sitename", None) or "").strip()
    if site and "." in site and host_of(url) and site.lower().split(":")[0] in host_of(url).lower():
        site = ""  # (trafilatura's guess from the address, "reuters.com": the host is no name the page gives; "Reuters" is)
    return Article(key=key, origin=origin or site or fallback or host_of(url) or key, text=text, content_hash=content_hash(title, text),
                   title=title, published=published, url=url)


def _table_row(line: str) -> str:
    """A table row as trafilatura writes it ("| a | b |"): its cells as one line if one holds prose, else ''."""
    cells = [c.strip() for c in line.strip().strip("|").split("|") if c.strip()]
    return " — ".join(cells) if any(count_words(c) >= TABLE_PROSE_WORDS for c in cells) else ""


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)


def decode_html(data: bytes, declared: str | None = None) -> str:
    """An HTML page's text: the charset the server declared, else the page's own ``<meta charset>``
    (or ``http-equiv`` Content-Type), else UTF-8 or cp1252 as for text files."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data)
    found = _META_CHARSET.search(data[:MAX_SNIFF_CHARSET])
    for charset in (declared, found.group(1).decode("ascii") if found else None):
        if charset:
            try:
                return data.decode(charset, errors="replace")
            except LookupError:
                continue
    return decode(data)


def page_html(resp: Response) -> bytes | str:
    """A fetched page as text when its charset is declared (header or meta), else as bytes for trafilatura to guess."""
    if resp.charset or _META_CHARSET.search(resp.body[:MAX_SNIFF_CHARSET]):
        return decode_html(resp.body, resp.charset)
    return resp.body


def _iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def host_of(url: str | None) -> str:
    return (urlsplit(url).hostname or "") if url else ""
