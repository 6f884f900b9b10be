"""Source text in the Markdown brief renders as the source's words and nothing else (issue 13 item 7).

Checked with a real CommonMark renderer (markdown-it-py, HTML enabled as on most sites): quoted
text, titles and origins produce only plain text, and only http(s) URLs become links.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from test_render import hand_built

from briefbot.models import Figure, Point, Source, Status
from briefbot.output import markdown as render

HOSTILE = "[<script>alert(1)</script> <img src=x onerror=alert(2)>](javascript:alert(3))"
MD = MarkdownIt("commonmark", {"html": True})


def inline_kinds(markdown: str) -> set[str]:
    """The kinds of inline tokens a renderer makes of ``markdown`` (plain text only: {"text"})."""
    kinds = set()
    for block in MD.parse(markdown):
        for tok in block.children or []:
            kinds.add(tok.type)
    return kinds


def test_the_issue_s_payload_renders_as_words() -> None:
    brief = replace(
        hand_built(), title=f"Kosovo {HOSTILE}",
        changes=(Point(f"Officials said {HOSTILE} on Monday.", (11,), Status.NEW),),
        summary=(Point("*Police* said `rm -rf` and <b>more</b> &amp; __less__ happened.", (12,)),),
        figures=(Figure(5, "suspects <i>arrested</i>", "arrested *five* suspects", (12,)),),
        sources=(Source(1, 11, HOSTILE, "feeds/<x>.xml", date(2024, 3, 2), url="javascript:alert(3)"),
                 Source(2, 12, "Raid [north]", "news/raid.txt", date(2024, 3, 1), url="https://news.example/a b(c)")),
    )
    md = render.markdown(brief)
    html = MD.render(md)
    assert "<script" not in html and "<img" not in html and "<b>" not in html and "<i>" not in html
    assert 'href="javascript' not in html
    assert html.count("<a href=") == 1 and 'href="https://news.example/a%20b%28c%29"' in html
    assert "<em>Police" not in html and "<strong>less" not in html and "<em>five" not in html and "<code>" not in html
    assert "*Police* said `rm -rf` and &lt;b&gt;more&lt;/b&gt; &amp;amp; __less__ happened." in html


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=60))
def test_any_source_text_renders_as_plain_text(text: str) -> None:
    escaped = render.escape(text)
    assert "\n" not in escaped
    for line in (f"- {escaped} [1]", f"1. {escaped} — 2024-03-02 — x", f"# {escaped}"):
        assert inline_kinds(line) <= {"text", "softbreak"}, (text, line)
    words = " ".join(text.split())
    if words:  # the words come back whole (the renderer undoes the escaping)
        rendered = "".join(t.content for b in MD.parse(f"- {escaped}") for t in b.children or [])
        assert rendered == words.lstrip() or rendered == words


def test_only_http_links() -> None:
    assert render.safe_url("javascript:alert(3)") is None
    assert render.safe_url("data:text/html,<b>x</b>") is None
    assert render.safe_url("file:///etc/passwd") is None
    assert render.safe_url("https://news.example/a?b=1") == "https://news.example/a?b=1"
    assert render.safe_url("HTTP://news.example/x y") == "HTTP://news.example/x%20y"
