"""Readers' comments under a page's story (pure): where the thread starts, so that it is not read
as the article.

A news page saved whole often carries its readers' comments after the story, each stamped with
its date and time and a link to answer or report it ("February 21, 2011 at 12:12 am | Report abuse
| I find it ...", "March 9, 2011 at 10:05 am | Reply I agree ...", "March 9, 2011 10:05 am at 10:05 am |
I agree ...", "Posted by: jo_lee | March 9, 2011 10:05 AM | Report abuse ..."). Their sentences are a reader's
voice, not the outlet's: quoted alone as a point they would read as the article's words.  The
thread is known by those stamps: two or more of them, or one followed by the link to answer or
report the comment (a post's own "Posted March 9, 2011 at 10:05 am" has neither).  A blog may
open each comment with its stamp and its writer instead ("At 20:04 30th Apr 2009, jo_lee wrote: ...").  The comment
before the first stamp is part of the thread too, which is why it starts after the story's own
last line when the story closes with the outlet's disclaimer ("The views expressed in this
commentary are solely those of ...") a few lines before.  A readers' forum says where its readers'
words start instead ("This debate is now closed.", "A selection of your comments appear below.",
"Readers in Velano have been sending their accounts ..."): the thread starts after the last such line
(a form's notice that comments "may be published" starts none). A blog post signs off with its writers on a line of
its own ("Post by: The Kestrel Wire and Jo Lee", "By Jo Lee | March 9, 2011; 10:05 AM ET"), and a blog's readers'
comments may follow it with no stamp at all, or run on from it before the first stamped one: the thread starts at the
last such signature below the post's first lines (a signature at the top is the post's byline; "Posted by:" opens a
post, an entry or a comment as often, and is none).

An outlet's live question-and-answer chat carries its readers' words inside the page instead: each
question labelled with where its reader writes from ("Arlington, Va.: Why October?", "Washington,
D.C.: ...") and running on to the host's labelled answer ("Jo Lee: Good question. ..."). A page with two
such questions and an answer is a chat; its questions are left out (:func:`chat_questions`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

# a comment's stamp: a date with its year, "at" a clock time, then the bar before its links (with no
# "at", only before the link: "2008 10:30 AM | ..." may be a table's row)
_STAMP = re.compile(
    r"\b\d{4},?\s+(?P<at>(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)\s+)?at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)?\s*(?:[A-Z]{2,4}\s*)?\|"
    r"(?P<link>\s*(?:Report abuse|Reply)\b)?"
)
# a blog's comment opening with its stamp and its writer's handle: "At 20:04 30th Apr 2009, jo_lee wrote: ...",
# "At 6:19 pm on 01 Jun 2009, JoLee wrote: ..." (a story quoting dated e-mails names their writers in words)
_WROTE = re.compile(
    r"(?:^|(?<=\s))At\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+on)?\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?\s+\d{4},"
    r"\s+(?!(?:the|a|an|his|her|their|its|our|my|your)\b)[^\s,]{1,40}\s+wrote:"  # a handle, one word: not "the rig's manager"
)
_DISCLAIMER = re.compile(
    r"^\W*(?:The\s+)?(?:views?|opinions?)\s+expressed\s+(?:in\s+this\s+\w+\s+)?(?:are|is)\s+(?:solely\s+)?"
    r"(?:those|that)\s+of\b", re.I)
DISCLAIMER_REACH = 15  # lines before the first stamp in which the story's closing disclaimer is looked for
# a forum's own words on where its readers' start: a line's last sentence, the whole of it (a page runs it on from its
# standfirst), never a sentence that quotes or reports it ('The minister said: "This debate is now closed."')
_FORUM = re.compile(
    r"(?:this debate is (?:now )?closed|(?:a|here is a) selection of (?:your|readers'?) (?:comments|e-?mails|views|"
    r"experiences)(?: (?:to|on) this (?:debate|story|page))? (?:appears?|are|is) below|readers? (?:in [^.]{0,80} )?(?:have|has) "
    r"been sending (?:us )?(?:their )?(?:accounts|comments|experiences|views|e-?mails)\b[^.\"“”]{0,60})[.!]?\s*$", re.I)
FORUM_REACH = 30  # lines from a page's top in which a forum says where its readers' words start
# a blog post's closing signature on a line of its own: "Post by:" with no stamp's bar after it (never "Posted by:", which
# opens a post, an entry or a comment as often)
_SIGNED = re.compile(r"Post by:\s+(?=\S)(?![^|\n]{0,80}\|)"  # ... or its writers and the post's stamp, a bar between
                     r"|By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+\|\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\b"
                     # (the post's time and its zone, then words run on from it: a reader's, or the page's "| Comments (2)";
                     # a byline alone on its line opens a post or an entry)
                     r"[^\n]{0,20}?\b(?:ET|EST|EDT|GMT|BST|[AP]M)\b\s*\S+(?:\s+\S+){2}")
SIGNED_BELOW = 3  # lines of a post, not blank, above its closing signature at least (one higher up is the post's byline)


def _forum_note(line: str) -> bool:
    """Whether ``line`` ends on a forum's note on where its readers' words start: a sentence of its own,
    capitalised (run on from a standfirst too: "... its spread This debate is now closed."), after no
    quotation mark or colon."""
    if not any(word in line.lower() for word in ("debate", "selection", "sending")):  # most lines: one cheap look
        return False
    m = _FORUM.search(line)
    before = line[:m.start()].rstrip() if m else ""
    return m is not None and m.group(0)[:1].isupper() and before[-1:] not in ("\"", "“", "‘", "'", ":")


def thread_start(lines: Sequence[str]) -> int | None:
    """The index of the first line of the readers' comments in ``lines`` (one paragraph a line), or
    None when there are none: the first stamped line, or the story's closing disclaimer a few
    lines before it, or the line after a forum's note on where its readers' words start, or a blog
    post's closing signature."""
    forum = max((k for k, line in enumerate(lines[:FORUM_REACH]) if _forum_note(line)), default=None)
    told = [k for k, line in enumerate(lines) if line.strip()]
    signed = max((k for k in told[SIGNED_BELOW:] if lines[k].startswith(("Post", "By")) and _SIGNED.match(lines[k])), default=None)
    starts = [k for k in (_stamped(lines), None if forum is None else forum + 1, signed) if k is not None]
    return min(starts, default=None)


def _stamped(lines: Sequence[str]) -> int | None:
    """The first line of a thread known by its stamps (see the module's docstring), or None."""
    first: int | None = None
    stamps = 0
    linked = False
    for k, line in enumerate(lines):
        if "|" in line:
            for m in _STAMP.finditer(line):
                if not (m.group("at") or m.group("link")):
                    continue
                stamps += 1
                linked = linked or m.group("link") is not None
                first = k if first is None else first
        if " wrote:" in line:
            for _ in _WROTE.finditer(line):
                stamps += 1
                first = k if first is None else first
    if first is None or not (stamps >= 2 or linked):
        return None
    for k in range(first - 1, max(first - 1 - DISCLAIMER_REACH, -1), -1):
        if _DISCLAIMER.match(lines[k]):
            return k
    return first


# a reader's question in a live chat, labelled with the place the reader writes from
_ASKED = re.compile(r"(?:[A-Z][a-z.'’-]+ ){0,3}[A-Z][a-z.'’-]+, (?:[A-Z][a-z]{1,5}\.|D\.C\.|[A-Z]{2}|[A-Z][a-z]+):\s")
_ANSWERED = re.compile(r"(?:[A-Z][\w.'’-]* ){1,3}[A-Z][\w.'’-]*:\s")  # the host's answer, labelled with a name


def chat_questions(lines: Sequence[str]) -> set[int]:
    """The lines of readers' questions in a live chat (see the module): from each question's label
    to the next label, when two or more lines are labelled as questions that ask something (a "?"
    in them: a live blog's entries labelled with their places, "Kabul, Afghanistan: Blasts were
    heard ...", ask nothing) and one as an answer."""
    asked = [_ASKED.match(line) is not None for line in lines]
    answered = [not a and _ANSWERED.match(line) is not None for a, line in zip(asked, lines, strict=True)]
    if sum(asked) < 2 or not any(answered):
        return set()
    blocks: list[list[int]] = []  # each question's lines: its label's, then the unlabelled ones after it
    for k in range(len(lines)):
        if asked[k]:
            blocks.append([k])
        elif blocks and not answered[k] and blocks[-1][-1] == k - 1:
            blocks[-1].append(k)
    if sum(1 for block in blocks if any("?" in lines[j] for j in block)) < 2:
        return set()
    return {j for block in blocks for j in block}


# a question's label after the last sentence of an answer on the same line ("... at least in D.C. West Falls Church,
# Va.: Did any ...": the page lost the line break)
_ASKED_INSIDE = re.compile(rf"(?<=[.!?] ){_ASKED.pattern}")


def chat_lines(lines: Sequence[str]) -> list[str]:
    """A live chat's lines (see :func:`chat_questions`) with each question labelled inside a line after a sentence's end
    opening a line of its own, so that it is left out with the other questions; any other page's lines as they are."""
    if not chat_questions(lines):
        return list(lines)
    return [piece for line in lines for piece in _split_at_labels(line)]


def _split_at_labels(line: str) -> list[str]:
    """``line`` cut before each question's label inside it, where no label that began a few words before goes on
    ("Lake St. Louis, Mo.:" is one label, not "Lake St." and "Louis, Mo.:")."""
    starts = [0]
    for m in _ASKED_INSIDE.finditer(line):
        words = [w.start() for w in re.finditer(r"(?<!\S)\S", line[:m.start()])][-3:]
        if "?" in line[m.end():] and not any((label := _ASKED.match(line, w)) is not None and label.end() > m.start()
                                              for w in words):  # (a question asks: a host's list of places does not)
            starts.append(m.start())
    starts.append(len(line))
    return [line[a:b].rstrip() for a, b in pairwise(starts) if a < b]
