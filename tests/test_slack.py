"""Block Kit rendering (briefbot.slack): limits, splitting, escaping of untrusted text.  Pure: no server."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from slack_server import check_blocks

from briefbot.models import Brief, Disagreement, Figure, Point, Reading, Source, SourceHealth, Status
from briefbot.output import slack

HOSTILE = "Crowd chanted <!channel> and <!here>, pinged <@U123> & shared <https://evil.example|click me>."


def make_brief(*, summary: list[str] | None = None, changes: list[str] | None = None, title: str = "Kosovo",
               sources: tuple[Source, ...] | None = None, nothing_new: bool = False, previous: date | None = None) -> Brief:
    summary = ["The bridge reopened on Monday. [x]", "Traffic returned to normal."] if summary is None else summary
    srcs = sources if sources is not None else (
        Source(1, 11, "Bridge reopens", "a.txt", date(2024, 3, 1), url="https://example.com/a?x=1&y=2"),
        Source(2, 12, "Traffic", "b.txt", None, undated=True),
    )
    return Brief(
        topic="kosovo", title=title, as_of=date(2024, 3, 2), previous_as_of=previous,
        summary=tuple(Point(t, (11,)) for t in summary),
        changes=tuple(Point(t, (12,), Status.NEW) for t in (changes or [])),
        figures=(Figure(3, "attackers killed", "three gunmen were killed", (11,)),),
        disagreements=(Disagreement("attackers killed", (Figure(3, "attackers killed", "three", (11,)),
                                                         Figure(4, "attackers killed", "four", (12,)))),),
        sources=srcs, nothing_new=nothing_new, new_articles=2, health=SourceHealth(2, 2),
    )


def all_text(messages: tuple[slack.SlackMessage, ...]) -> str:
    parts = []
    for m in messages:
        parts.append(m.text)
        for b in m.blocks:
            if isinstance(b.get("text"), dict):
                parts.append(b["text"]["text"])
            parts += [e["text"] for e in b.get("elements", [])]
    return "\n".join(parts)


def test_main_message_has_the_headline_and_the_thread_the_rest() -> None:
    msgs = slack.messages(make_brief())
    assert len(msgs) == 2
    main, reply = msgs
    assert main.blocks[0] == {"type": "header", "text": {"type": "plain_text", "text": "Kosovo", "emoji": False}}
    main_text = all_text((main,))
    assert [b["type"] for b in main.blocks] == ["header", "context", "section"]
    assert main.blocks[2]["text"]["text"] == (
        "*What changed*\n"
        "This is the first brief on this topic. The main points (all of them in the thread):\n"
        "• The bridge reopened on Monday. [x] (Bridge reopens)\n"
        "• Traffic returned to normal. (Bridge reopens)")
    reply_text = all_text((reply,))
    for heading in ("*Situation*", "*Figures*", "*Sources disagree*", "*Sources*"):
        assert heading in reply_text and heading not in main_text
    # the thread's full lines show the day a relative date means, beside the words, as Markdown does
    assert "• The bridge reopened on Monday [26 Feb]. [x] [1]" in reply_text
    assert main.text.startswith("Kosovo — brief as of 2024-03-02")


def outlet_brief(n_changes: int) -> Brief:
    sources = (Source(1, 11, "Bridge reopens after a long and very costly repair programme", "clippings/a.txt", date(2024, 3, 1)),
               Source(2, 12, "Traffic", "BBC News - World", date(2024, 3, 1), url="https://bbc.example/t"),
               Source(3, 13, "Ferry", "https://www.reuters.example/feed.rss", date(2024, 3, 1)),
               Source(4, 14, "Bus", "AP", date(2024, 3, 1)))
    changes = tuple(Point(f"Change {i:02d} happened.", (11, 12, 13, 14) if i == 0 else (12,), Status.NEW)
                    for i in range(n_changes))
    return replace(make_brief(previous=date(2024, 3, 1), sources=sources), changes=changes)


def test_the_main_message_names_outlets_and_keeps_what_changed_to_eight_lines() -> None:
    main, *thread = slack.messages(outlet_brief(20))
    assert [b["type"] for b in main.blocks] == ["header", "context", "section"]
    lines = main.blocks[2]["text"]["text"].split("\n")
    assert lines[0] == "*What changed since 2024-03-01*"
    assert lines[1] == "• *New:* Change 00 happened. (Bridge reopens after a long and very…, BBC News - World +2)"
    assert lines[2] == "• *New:* Change 01 happened. (BBC News - World)"
    assert len(lines) == 1 + slack.TOP_LINES and lines[-1] == "… and 13 more in the thread"
    more = next(b["text"]["text"] for m in thread for b in m.blocks if b["text"]["text"].startswith("*More changes*"))
    assert more.split("\n")[1:] == [f"• *New:* Change {i:02d} happened. [2]" for i in range(7, 20)]
    # a point with three outlets named in full in the thread, briefly in the main message
    assert slack.short_cites(outlet_brief(1), (13, 14)) == " (reuters.example, AP)"


def test_an_updated_point_names_where_the_old_value_was_reported_as_its_message_does() -> None:
    # the main message has no numbered list: "[2]" there would point at nothing the reader sees
    three = Reading(3, "arrested three suspects", (12,), date(2024, 2, 28))
    updated = Point("Police arrested five suspects.", (13,), Status.UPDATED, was=three)
    brief = replace(outlet_brief(0), changes=(updated,))
    main = slack.messages(brief)[0]
    assert main.blocks[2]["text"]["text"].split("\n")[1] == (
        "• *Updated:* Police arrested five suspects. (reuters.example)"
        " — “arrested three suspects” on 2024-02-28 (BBC News - World)")
    assert re.search(r"\[\d", main.blocks[2]["text"]["text"]) is None


def test_eight_changes_fit_in_the_main_message() -> None:
    main, *thread = slack.messages(outlet_brief(8))
    assert main.blocks[2]["text"]["text"].count("\n• ") == 8
    assert "More changes" not in all_text(tuple(thread))


def test_mrkdwn_formatting_characters_in_quoted_text_render_as_written() -> None:
    quoted = "Officials said *not* final_total_count ~approx~ and `code`."
    brief = make_brief(summary=[quoted], changes=[quoted], previous=date(2024, 3, 1),
                       sources=(Source(1, 11, "A *bold* _title_", "x_y.txt", date(2024, 3, 1), url="https://a.example/x_y"),
                                Source(2, 12, "B", "b.txt", None)))
    text = all_text(slack.messages(brief))
    assert "Officials said ∗not∗ finalˍtotalˍcount ∼approx∼ and ˋcodeˋ." in text
    assert "<https://a.example/x_y|A ∗bold∗ ˍtitleˍ>" in text  # the URL itself is left alone
    for m in slack.messages(brief):
        for b in m.blocks:
            body = b["text"]["text"] if "text" in b else b["elements"][0]["text"]
            if b["type"] == "header":
                continue
            stripped = re.sub(r"<https?://[^|>]*\|", "<", body)
            stripped = re.sub(r"\*[A-Za-z0-9][^*\n]*\*", "", stripped)  # our own bold headings, labels and figures
            assert not set("*_~`") & set(stripped), stripped


def test_a_line_longer_than_a_section_never_splits_inside_a_link() -> None:
    title = "Headline " * 700
    sources = (Source(1, 11, title, "a.txt", date(2024, 3, 1), url="https://example.com/" + "p" * 1400),
               Source(2, 12, "Short", "b.txt", date(2024, 3, 1), url="https://example.com/b"))
    msgs = slack.messages(make_brief(sources=sources, summary=["x " * 1600]))
    for m in msgs:
        assert check_blocks(list(m.blocks)) is None
        for b in m.blocks:
            if b["type"] == "section":
                body = b["text"]["text"]
                assert body.count("<") == body.count(">")
    links = re.findall(r"<(https://[^|>]+)\|([^>]*)>", all_text(msgs))
    assert [u for u, _ in links] == ["https://example.com/" + "p" * 1400, "https://example.com/b"]
    assert len(links[0][1]) <= slack.LABEL_MAX and links[0][1].endswith("…")


def test_payload_turns_link_previews_off_and_has_a_text_fallback() -> None:
    payload = slack.messages(make_brief())[0].payload()
    assert payload["unfurl_links"] is False and payload["unfurl_media"] is False
    assert payload["text"] and isinstance(payload["blocks"], list)


def test_sources_are_links_where_there_is_a_url() -> None:
    text = all_text(slack.messages(make_brief()))
    assert "1. <https://example.com/a?x=1&amp;y=2|Bridge reopens> — 2024-03-01 — a.txt" in text
    assert "2. Traffic — undated, first seen no date — b.txt" in text


def test_untrusted_text_cannot_ping_or_forge_links() -> None:
    hostile_source = Source(1, 11, "Title <!everyone> | <@U9>", "<!here>.txt", None,
                            url="https://x.example/a|b>c<d e")
    brief = make_brief(summary=[HOSTILE], changes=[HOSTILE], title="<!channel> alert & more", previous=date(2024, 3, 1),
                       sources=(hostile_source,))
    msgs = slack.messages(brief)
    text = all_text(msgs)
    assert "<!" not in text and "<@" not in text
    assert "&lt;!channel&gt;" in text and "&lt;@U123&gt;" in text and "&lt;https://evil.example|click me&gt;" in text
    # the only real link is ours, with the URL's | > < and space encoded and the title's | and > harmless
    links = re.findall(r"<([^<>]*)>", text)
    assert links == ["https://x.example/a%7Cb%3Ec%3Cd%20e|Title &lt;!everyone&gt; ¦ &lt;@U9&gt;"]
    assert msgs[0].blocks[0]["text"]["text"] == "&lt;!channel&gt; alert &amp; more"
    for m in msgs:
        for b in m.blocks:
            if b["type"] in ("section", "context"):
                objs = [b["text"]] if "text" in b else b["elements"]
                assert all(o.get("verbatim") is True for o in objs)


def test_non_http_urls_are_not_linked() -> None:
    assert slack.link("javascript:alert(1)", "x") == "x"
    assert slack.link(None, "a > b") == "a &gt; b"
    assert slack.link("https://ok.example/p", "") == "<https://ok.example/p|https://ok.example/p>"


def test_long_title_is_cut_to_the_header_limit_without_breaking_an_entity() -> None:
    header = slack.header_block("&" * 200, slack.Budget())["text"]["text"]
    assert len(header) <= 150 and header.endswith("…")
    assert re.fullmatch(r"(&amp;)+…", header)


def test_a_long_brief_is_split_within_every_limit_and_keeps_every_point_in_order() -> None:
    points = [f"Point {i:03d} " + "word " * 80 for i in range(300)]
    msgs = slack.messages(make_brief(summary=points))
    assert len(msgs) > 3
    for m in msgs:
        assert check_blocks(list(m.blocks)) is None
        assert len(m.blocks) <= 50
        assert sum(slack.block_text_length(b) for b in m.blocks) <= slack.MESSAGE_TEXT_BUDGET
        for b in m.blocks:
            if b["type"] == "section":
                assert len(b["text"]["text"]) <= 3000
    found = re.findall(r"Point (\d{3})", all_text(tuple(m for m in msgs)).split("*Figures*")[0])
    firsts = list(dict.fromkeys(found))  # fallback text repeats the first point
    assert firsts == [f"{i:03d}" for i in range(300)]


def test_many_short_points_respect_the_block_count() -> None:
    sources = tuple(Source(i, 100 + i, f"S{i}", f"s{i}.txt", None) for i in range(1, 400))
    msgs = slack.messages(make_brief(sources=sources))
    assert all(len(m.blocks) <= 50 for m in msgs)
    assert all(check_blocks(list(m.blocks)) is None for m in msgs)


def test_one_huge_sentence_is_split_at_spaces() -> None:
    main, *thread = slack.messages(make_brief(summary=["word " * 2000]))
    assert len(all_text((main,))) < 1000  # the main message gives the point's start only
    sections = [b for m in thread for b in m.blocks if b["type"] == "section" and "word" in b["text"]["text"]]
    assert len(sections) >= 4 and all(len(b["text"]["text"]) <= 3000 for b in sections)
    assert sum(b["text"]["text"].count("word") for b in sections) == 2000


def test_nothing_new_is_one_short_line() -> None:
    msgs = slack.messages(make_brief(nothing_new=True, previous=date(2024, 3, 1)))
    assert [m.payload() for m in msgs] == [{
        "text": "Kosovo — 2024-03-02: nothing new since the brief of 2024-03-01.",
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "verbatim": True,
                                                "text": "Kosovo — 2024-03-02: nothing new since the brief of 2024-03-01."}}],
        "unfurl_links": False, "unfurl_media": False}]


def test_payloads_mark_main_and_replies() -> None:
    assert [p["thread"] for p in slack.payloads(make_brief())] == ["main", "reply"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab <>&|!@#\n"), max_size=400))
def test_escaped_text_has_no_control_characters(text: str) -> None:
    out = slack.escape(text)
    assert "<" not in out and ">" not in out
    assert out.replace("&amp;", "").replace("&lt;", "").replace("&gt;", "").count("&") == 0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet="ab &<>\n", min_size=1, max_size=30).map(slack.escape),
                          st.just(slack.link("https://x.example/p", "a link with spaces"))), max_size=60),
       st.integers(min_value=40, max_value=200))
def test_split_never_exceeds_the_limit_nor_cuts_a_link_or_entity(pieces: list[str], limit: int) -> None:
    text = " ".join(pieces)
    chunks = slack.split_mrkdwn(text, limit)
    assert all(len(c) <= limit for c in chunks)
    for c in chunks:
        assert c.count("<") == c.count(">")
        assert re.search(r"&(?!amp;|lt;|gt;)", c) is None
    squash = re.sub(r"\s+", "", text)
    assert re.sub(r"\s+", "", "".join(chunks)) == squash
