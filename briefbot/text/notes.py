"""An outlet's correction notices (pure): notes about its own text, not news of the story.

A page that was corrected says so, at its top or its end: "The article incorrectly said that ...",
"An earlier version of this story misstated ...", "This article misspelled the name of ...",
"The following correction was printed in ...", and a note's block at a page's end ("This article
was amended on 6 May 2010." / "The original said ..." / "This has been corrected."), or an update's
note on what the page added, under its label and stamp ("Update 3/4/25 09:10 EST: Added a statement from
the water board."; a label before news, "Update: Police have arrested a man.", is the story's). Quoted as a
point, such a line reads as news of the topic ("The article incorrectly said that Sen. Jo Lee
chairs the committee."). Only the note's own lines are known: a fact it states on a line of its
own after it ("Lee chairs the budget committee.") stays, as its kind is not known.

An opinion page or a review ends on who wrote it: "Jo Lee is a contributing writer to the Kestrel
Review and a former Velan Times editor." (:func:`writer_bio`). It is the page's note on its writer, a
line about no one in the story; quoted as a point it reads as news. Only a page's last line (or the
one before a short sign-off) is one: a line in a story's body that says who someone is ("Jo Lee is a
professor of hydrology at Kestrel University.") introduces a source.  Under a byline that names the writer
("By Jo Lee, Contributing Columnist"), the last line says who they are in any role ("Jo Lee is a retired civil
engineer who lives in Kelby.").

And a page asks its readers for their part (:func:`reader_calls`): "Send us your comments and
experiences using the form below.", "The BBC may edit your comments and not all emails will be
published.", "Share your photos with iReport." A line that opens so is the page's, whatever follows;
a story's sentence that quotes such a call ("Officials urged residents to send their pictures ...")
does not open on it.

It sells its own products to them too (:func:`promotions`), each sentence of the line a call to
follow, download, get, watch, listen to, save or sign up for the outlet's app, newsletter, alerts,
updates, articles or reports ("Download the NBC News app for breaking news and alerts.", "Follow
NBC News on X for the latest updates.", "Get the latest news delivered straight to your inbox.",
"NEW You can now listen to Fox News articles!", "Check out what's clicking on Foxnews.com."), or a call to use a
readers' service, its address or number all that follows ("To find your zone, visit zones.example.gov.", "For
questions call 555-010-0142."), or
its disclaimers and notes to the reader ("The views expressed in this commentary are his own.",
"Editor's note: This story contains descriptions of ...", "NPR transcripts are created on a rush
deadline ...", a transcript's preamble: "The following is a transcript of a press conference held on ... It
has been lightly edited for clarity."), and the site's notices that no story's sentence with a speaker is: whose opinions a
commentary gives ("The opinions expressed in this commentary are solely those of Jo Lee.", "The views
expressed here do not necessarily reflect ..."), a paywall's prompt, an old page's banner ("This article
was published more than 6 months ago. Some information may no longer be current."), a newsletter's
greeting, welcome, thanks and sponsor and why the reader gets it ("Good morning, readers!", "Welcome back to The Dam
Letter.", "Here's what you need to know today.", "Thanks for reading The Dam Letter!", "This edition is sponsored by
...", "You're receiving this newsletter because ..."), a call to
write for the site or republish it, its promise to update the page ("KVLO will update this story as more
information becomes available.", "This is a developing story and will be updated.", a bulletin's "The next advisory will be
issued at 1500 UTC."), a statement's translation note
and sign-off ("Unofficial translation from the Ostravian original.", "Issued in Velano, 11 April 2026."), a live page's standfirst
on itself ("Updates from KVLO reporters across the valley.", "All times local.", "Good morning and welcome to our live coverage of
the floods.", "Welcome to the Dam Watch blog, where ..."). A sentence that quotes a call ("Follow the evacuation orders,"
the governor said) is the story's: it does not open on one, or its speaker says it.

A commentary says so in such a note (:func:`commentary`) or in its writer's bio (:func:`opinion_bio`); a book review
lists the book it reviews with its price ("By Jo Lee | Kestrel Press. $22.95", "Kestrel Univ. 346 pp. $23.95":
:func:`book_review`). Such a page is its writer's view.
"""

from __future__ import annotations

import re

from briefbot.text.boilerplate import page_blocks
from briefbot.text.dates import MONTH_WORD
from briefbot.text.labels import label_lines
from briefbot.text.seamwords import SPEECH_VERBS

__all__ = ["LIVE_PAGE_NOTE", "book_review", "commentary", "correction_notes", "opinion_bio", "page_notes", "promotions", "reader_calls",
           "writer_bio"]

_PIECE = r"(?:article|story|post|blog post|column|editorial|transcript|edited transcript|graphic|caption|headline|piece|item)"
# a note about the outlet's own text, at a line's start
_NOTE = re.compile(  # (under an update's label too: "UPDATE: A previous version of this article misspelled ...")
    rf"\W{{0,3}}(?:(?:updated?|updates|editor['’]?s note)\s*:\s*)?"
    rf"(?:(?:an?|the) (?:earlier|previous|prior|original) versions? of this {_PIECE}"
    rf"|(?:earlier|previous|prior) versions of this {_PIECE}"
    rf"|(?:this|the|our) {_PIECE} (?:incorrectly|mistakenly|wrongly|erroneously) \w+"
    rf"|(?:this|the|our) {_PIECE} mis(?:stated|spelled|spelt|identified|quoted|attributed|named|reported)"
    rf"|correction\s*:|clarification\s*:"
    # an update's note on what the page added or changed, under its label and stamp: "Update 5/13/25 14:30 EDT: Added a
    # statement from the ministry.", "UPDATED: Adds comment from the mayor" (a label before news is the story's: "Update:
    # Police have arrested a man.")
    rf"|updated?\b[^\n]{{0,40}}?:\s*(?:added|adds|updated|updates|corrected|corrects|changed|changes|revised|revises|"
    rf"clarified|clarifies|includes|removed|removes|this {_PIECE} (?:has been|was) (?:updated|amended|corrected))(?!\w))(?!\w)", re.I)
# "The article wrongly ..." is a note only as the outlet's own voice, not news of another outlet's error
# with its source ("The story mistakenly reported that ..., NPR said in a correction.")
_THE = re.compile(r"\W{0,3}the\b", re.I)
_ATTRIBUTED = re.compile(r",\s+(?:[\w'’.-]+\s+){1,6}(?:said|says|ruled|found|reported|concluded|admitted|acknowledged|"
                         r"conceded|wrote|announced)\b")
# the same anywhere in a line: a newspaper's correction column quoted on the page
_PRINTED = re.compile(r"\bthe following (?:correction|clarification) was (?:printed|published|made|appended)\b", re.I)
# a note's block at a page's end: the notice of an amendment, what the original said, its close
_AMENDED = re.compile(rf"\bthis {_PIECE} (?:was|has been) (?:amended|corrected|updated)\b", re.I)
_ORIGINAL = re.compile(r"\bthe original\b", re.I)  # "The original said ...", "... was misspelt in the original."
_CLOSED = re.compile(r"\W{0,3}(?:this|it|that|the error) has (?:now )?been (?:corrected|amended)\.?\s*$", re.I)
_NOTE_WORDS = 30  # words of a note's line before its close, at most


# a correction's apology ("We apologise for the error."), and on a page that has a note, what an earlier piece said
# ("An article published on 10 March, "...", said the motion passed by 86 votes to 59.", "The article also said that
# ..."): the claims they quote are the wrong ones; a line with its speaker ("..., his spokesman said.") is news
_PUBLISHED_SAID = re.compile(
    rf"\W{{0,3}}(?:an?|the|our) {_PIECE} (?:published|printed|posted|broadcast|that appeared|which appeared) (?:on|in|last)\b"
    r"[^.!?]{0,160}?\b(?:said|stated|reported|gave|described|referred|misstated|misspelled|wrongly|incorrectly|mistakenly)\b", re.I)
_APOLOGY = re.compile(r"[^\w\"“‘']{0,3}we (?:apologi[sz]e|regret)(?: for)?"
                      r"(?: (?:the|this|these|that|any))? (?:errors?|mistakes?|inaccurac(?:y|ies)|confusion)\b[^.!?]{0,40}[.!]?\s*$",
                      re.I)  # (not a quoted one with its speaker: '"We apologise for the confusion," the airline said.')
# a speaker's word: what is said with it is quoted news, no note of the page's (looked for only once a note's words are)
_SPOKEN = re.compile(rf"\b(?:say|according to|{SPEECH_VERBS})\b", re.I)
_ALSO_SAID = re.compile(rf"\W{{0,3}}(?:the|this|that) {_PIECE} also (?:said|stated|reported|gave|described|misstated)\b", re.I)


def correction_notes(lines: list[str]) -> set[int]:
    """The indexes of ``lines`` (an article, one paragraph a line) that are correction notes."""
    notes = {k for k, line in enumerate(lines)
             if (_NOTE.match(line) and not (_THE.match(line) and _ATTRIBUTED.search(line))) or _PRINTED.search(line)
             or (_APOLOGY.match(line) and not _SPOKEN.search(line))}
    if notes:  # (a page that corrects: what an earlier piece said is the note's; elsewhere it may be news of another outlet)
        notes |= {k for k, line in enumerate(lines)
                  if (_PUBLISHED_SAID.match(line) or _ALSO_SAID.match(line)) and not _ATTRIBUTED.search(line)}
    for k, line in enumerate(lines):
        if _CLOSED.match(line):  # "This has been corrected.", and the note's lines before it
            notes.add(k)
            for j in range(k - 1, max(-1, k - 3), -1):
                before = lines[j]
                if len(before.split()) > _NOTE_WORDS or not (_ORIGINAL.search(before) or _AMENDED.search(before)):
                    break
                notes.add(j)
    return notes


# a writer's bio: a full name, then what they write for or teach ("is a contributing writer to", "is a senior fellow
# at", "is the author of", "is an assistant managing editor of", "is a P-I columnist", "is director of"), in the present
# a full name at a line's start ("Jo Lee", "Ann van der Berg")
_NAME_HEAD = r"[\W_]{0,3}[A-Z][\w.'’-]+(?:\s+(?:(?:de|van|von|der|da|di|al|el|la|le|bin)\s+)?[A-Z][\w.'’-]+){1,3}"
_BIO = re.compile(
    _NAME_HEAD + r"\s+is\s+"
    r"(?:(?:an?|the)\s+)?(?:[\w.’'-]+,?\s+){0,4}?"
    r"(?:writer|columnist|editor|correspondent|reporter|contributor|journalist|(?:senior |research |visiting )?fellow|"
    r"professor|lecturer|author|blogger|scholar|economist|analyst|director|producer|anchor|presenter|host|"
    r"commentator|photographer|researcher|bureau chief)s?\b")
_BIO_WORDS = 40  # words of a bio line, at most
_SIGN_OFF_WORDS = 8  # a last line this short after the bio signs the page off ("(c) 2008 The Kestrel Times")
_SIGN_OFF = re.compile(r"©|\(c\)|copyright|all rights reserved|@|e-?mail|twitter", re.I)  # ... or one that ends on a full stop says so


# a byline: "By Jo Lee, Staff Writer", "by Jo Lee"
_BY = re.compile(r"\W{0,3}[Bb]y(?:\s++(?:and\s++)?[A-Z][\w.'’-]*+,?+){1,6}(?:,[^.!?]{0,60})?$")


def writer_bio(lines: list[str], promoted: set[int] | None = None) -> set[int]:
    """The index of the writer's bio that ends the page (see the module's note), if there is one: a line
    about someone the page names nowhere else (a story's last line that says who its source is names
    someone it quoted: "Ann Marsh is a professor of hydrology at ..." after "..., Marsh said."); or the
    one under the page's byline at its top, about the writer the byline names (:func:`_bio_under_byline`)."""
    promoted = promotions(lines) if promoted is None else promoted  # (a disclaimer after it is no story)
    filled = [k for k, line in enumerate(lines) if line.strip() and k not in promoted]
    under = _bio_under_byline(lines, filled)
    if under:
        return under
    byline = next((lines[k] for k in filled[:_TOP_BYLINE] if _BY.match(lines[k].strip())), "")
    for at, k in enumerate(reversed(filled[-2:])):
        line = lines[k].strip()
        m = _BIO.match(line) or _bylined(_WHO.match(line), byline)
        if m and len(line.split()) <= _BIO_WORDS:
            name = _bio_name(m)  # (a _WHO line's "was" and "has been" too: not the role's last word)
            elsewhere = re.compile(rf"(?<!\w){re.escape(name.split()[-1])}(?!\w)")  # ("Jr." ends on no word character)
            named = any(elsewhere.search(other) for j, other in enumerate(lines)  # (the name alone heads an author's box)
                        if j != k and j not in promoted and not _BY.match(other) and other.strip() != name)
            box = {j for j in filled[-3:] if j < k and lines[j].strip() == name}  # the author's box: the name, the bio
            return set() if named else {k} | box  # (the page's byline names its writer: "By Jo Lee")
        if at == 0 and (len(line.split()) > _SIGN_OFF_WORDS or (line.endswith(".") and not _SIGN_OFF.search(line))):
            break  # a short sentence of the story ("She said the dam was safe.") is no sign-off
    return set()


# ... and under the byline that names them, what they are or were, whatever the role ("Jo Lee is a former chief
# information security officer of ...", "Jo Lee was the Velan water board's engineer for 20 years.")
_WHO = re.compile(_NAME_HEAD + r"\s+(?:is|was|has been)\s+(?:an?|the|former|currently|now)\b")


def _bio_name(m: re.Match[str]) -> str:
    """The name a bio line (a ``_BIO`` or ``_WHO`` match) opens on: its words before "is", "was" or "has been"."""
    return re.split(r"\s+(?:is|was|has been)\s+", m.group(0))[0].strip(" \t-–—*•·(_")


def _bylined(m: re.Match[str] | None, byline: str) -> re.Match[str] | None:
    """A line that says who someone is or was, whatever the role, about the writer the page's byline names word for word
    ("By Jo Lee, Contributing Columnist" ... "Jo Lee is a retired civil engineer who lives in Kelton.")."""
    name = _bio_name(m) if m else ""
    return m if name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", byline) else None


def _bio_under_byline(lines: list[str], filled: list[int]) -> set[int]:
    """The writer's bio under the page's byline at its top, about the writer the byline names ("By Jo Lee" / "Jo Lee is a
    professor of hydrology at ...", any role under it: ``_WHO``): an opinion page's note on its writer, never news."""
    for at, k in enumerate(filled[:_TOP_BYLINE]):
        if _BY.match(lines[k].strip()):
            for j in filled[at + 1:at + 3]:
                m = _BIO.match(lines[j].strip()) or _WHO.match(lines[j].strip())
                name = _bio_name(m).split() if m else []
                # (the bio's whole name is the byline's, word for word, and the story does not name them again)
                if (name and len(lines[j].split()) <= _BIO_WORDS and re.search(rf"(?<!\w){re.escape(' '.join(name))}(?!\w)", lines[k])
                        and not any(re.search(rf"(?<!\w){re.escape(name[-1])}(?!\w)", lines[i]) for i in filled if i > j)):
                    return {j}
    return set()


_TOP_BYLINE = 6  # filled lines at a page's top a byline with the writer's bio under it is looked for in


# a call for readers' comments, experiences or pictures, at a line's start
_CALL = re.compile(
    r"[*•·\-–—\s]{0,3}(?:(?:(?:you can|please|why not)\s+)?(?:send|e-?mail|share|submit|tell)\s+(?:us\s+)?(?:about\s+)?your\s+"
    r"(?:comments?|experiences?|pictures|photos|videos|stories|story|views|questions|opinions)"
    r"|add your comments?|leave a (?:comment|reply)(?=\W*$)|(?:a selection of )?your comments (?:may|will) be published|"
    r"(?:the )?[\w.]+ (?:may|will|reserves the right to) edit your comments)\b", re.I)  # (after a bullet or a dash)


def reader_calls(lines: list[str]) -> set[int]:
    """The indexes of the page's calls for its readers' comments and pictures (see the module's note)."""
    return {k for k, line in enumerate(lines) if _CALL.match(line)}


# the outlet's products a promotion offers ("the NBC News app", "our newsletter", "on X", "Foxnews.com")
_PRODUCT = (r"(?:apps?|website|newsletters?|inbox|(?:breaking news )?alerts?|updates|podcasts?|articles|reading list|full report|"
            r"(?:live )?coverage|headlines|on (?:X|Twitter|Facebook|Instagram|TikTok|YouTube|WhatsApp|Telegram|Threads)"
            r"|(?:WhatsApp|Telegram|Signal) (?:channel|group|community)"
            r"|[\w-]+\.(?:com|co\.uk|org|net)|more (?:[\w-]+ ){0,3}(?:news|analysis|coverage|stories|reporting))")  # (what a call offers)
# a call the story quotes has its speaker, and a sentence with an auxiliary tells, it does not call: both looked for
# only once a call's words are (``_TELLS``, ``_SPOKEN``), not on every line
_CALL_TO_ACT = re.compile(
    r"[*•·\-–—\s]{0,3}(?:NEW:?\s+)?(?:(?:you can(?: now)?|why not|be sure to|don['’]t forget to)\s+)?"
    r"(?:follow|download|get|watch|listen to|save|sign up|subscribe|check out|stream|find us|like us|join|catch(?: up on)?)(?![-\w])"
    # (followed as a call is: "Follow us", "Get the ...", "Save articles"; not a noun's "Stream levels rose")
    rf"(?=\s+(?:us|our|your|the|a|an|this|more|all|live|what|here|for|to|now|on|(?-i:[A-Z])|\w+['’]s\b|{_PRODUCT}))"
    rf"[^.!?\"“”]{{0,160}}?\b{_PRODUCT}(?![\w.-]*\w)[^\"“”]{{0,80}}$", re.I)
# ... or to use a readers' service, its address or number all that follows: "To find your zone, visit zones.example.gov.",
# "For questions call 555-010-0142.", "Visit kestrel.example.org/floods." (not "For a week, call centres were swamped.")
_SERVICE = re.compile(
    r"[*•·\-–—\s]{0,3}(?:(?:to|for) [^.!?,]{1,60}?,?\s+)?(?:please\s+)?(?:visit|go to|call|phone|dial|text)\s+(?:us\s+at\s+)?"
    r"(?:(?:[\w-]+\.)+(?:com|org|net|gov|edu|info|io|us|uk)(?:/\S*)?|\+?\d[\d -]{7,}\d)[.!]?\s*$", re.I)
_TELLS = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would)\b", re.I)
_PROMOTION = re.compile(
    r"[^.!?]{0,40}\btop headlines are here\W*$"  # a video player's label
    r"|(?:further|more) updates will be posted(?: (?:as (?:needed|necessary|required)|when available))?[.!]?\s*$"  # (see _NOTICE)
    r"|editor['’]?s note\s*:|while you['’]re here\s*:|you may (?:occasionally )?receive promotional"
    r"|by (?:signing up|subscribing|clicking)\b[^.]{0,40}\byou (?:agree|consent)"
    r"|[\w ]{0,20}\btranscripts? (?:is|are) (?:created|produced|prepared) on a rush deadline"
    # a transcript's preamble: "The following is a transcript of a press conference held ...", "It has been lightly edited
    # for clarity." (what it is and how it was edited: the document's, not the story's)
    r"|(?:the following|below|this|what follows) is an? (?:(?:full|partial|complete|edited|unofficial|rush) )*transcript of\b"
    r"|(?:it|this transcript|the transcript|this interview|the interview) (?:has been|was|is|have been) (?:lightly |slightly )?"
    r"(?:edited|condensed)(?: and (?:edited|condensed))? for (?:clarity|length|brevity)\b"
    r"|(?:this text|the authoritative record)\b.{0,60}\b(?:final form|audio record)|accuracy and availability may vary", re.I)
# the site's notes to its reader that no story's sentence with a speaker is: a disclaimer ("The opinions expressed in
# this commentary are solely those of Jo Lee.", "The views expressed here do not necessarily reflect those of the
# Herald."), a paywall's prompt ("You're reading a preview, subscribe to read more."), an old page's banner ("This
# article was published more than 6 months ago.", "This article is more than 2 days old", "Some information may no
# longer be current."), a newsletter's greeting and thanks ("Welcome back to The Dam Letter.", "If you were forwarded
# this email, you can sign up below.", "Thanks for reading The Dam Letter!", "Subscribe for free to receive new
# posts."), a site's call to write for it or republish it ("Want to write?", "Write an article and join a growing
# community of 9,000 academics."), an edition's translation credit ("Translated from the German by the English desk.") or
# note ("Unofficial translation from the Ostravian original.", "This is an unofficial English translation."), a statement's
# sign-off, where and when it was issued and nothing else ("Issued in Velano, 11 April 2026.", "Done at Kestrel on 3 May 2025.")
_SIGNED_DATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{MONTH_WORD})|(?:{MONTH_WORD}) \d{{1,2}}(?:st|nd|rd|th)?,?)\s+\d{{4}}"
                r"|\d{1,2}[./]\d{1,2}[./]\d{4}")
# whose views a disclaimer says a page gives: its writer's alone, or not the outlet's (read by _NOTICE and _COMMENTARY)
_WHOSE_VIEWS = (r"(?:are (?:solely |entirely |strictly )?(?:those of|(?:his|her|their|the (?:author|writer)['’]?s?)(?: own)?)"
                r"|(?:do|does) not necessarily (?:reflect|represent))\b")
# a live page's standfirst, what it carries from whom, its clocks' zone and its welcome: "Updates from KVLO reporters across
# the valley.", "Live updates from our team in Velano.", "Live coverage from the Castrel Daily News team.", "All times local.",
# "All times are GMT.", "Good morning and welcome to our live coverage of the floods.", a blog's welcome ("Welcome to the Dam
# Watch blog, where our reporters post ..."); an outlet's own people, no figure: not "Reports from rescue teams in the north put
# the toll at 40.", "News from medical teams suggests ...": the story's
_LIVE_PAGE = (
    r"(?:live |the latest |latest )?(?:updates|coverage|reporting) from (?:our |the |[\w.'’&-]+['’]s |(?-i:[A-Z][\w.'’&-]*) ){1,4}?"
    r"(?:reporters|correspondents|journalists|team|newsroom|staff)\b[^.!?\d]{0,80}[.!]?\s*$"
    r"|all times (?:are |in )?(?:local|(?-i:[A-Z]{2,5}))(?: time)?[.!]?\s*$"
    r"|(?:good (?:morning|afternoon|evening),? (?:and )?)?welcome (?:back )?to (?:our|the|[\w.'’&-]+['’]s) (?:[\w'’-]+ ){0,5}?"
    r"(?:live (?:coverage|blog|updates|page)|blog)\b[^.!?]{0,80}[.!]?\s*$")
LIVE_PAGE_NOTE = re.compile(rf"[*•·\-–—\s]{{0,3}}(?:{_LIVE_PAGE})", re.I)  # (one sentence of it: text/promos reads it too)
_NOTICE = re.compile(
    r"[*•·\-–—\s]{0,3}(?:"
    r"(?:the )?(?:views|opinions)(?: and (?:views|opinions))? expressed(?: (?:in|on) this \w+| (?:in|on) (?:these|the) (?:article|"
    r"commentar(?:y|ies)|columns?|piece|post|blog|essay|op-ed|story|site|website|video|podcast|programme|program))?"
    rf"(?: here| above| below)? {_WHOSE_VIEWS}"
    r"|you(?:['’]re| are) reading a preview\b|(?:subscribe|sign in|log in|register)(?: now)? to (?:read|continue reading|keep "
    r"reading|unlock)\b|already a (?:subscriber|member)\?"
    r"|this (?:article|story|page|content) (?:was|is) (?:published |written )?(?:more than |over )?(?:\d+|a|an|one|two|three|six)"
    r" (?:years?|months?|weeks?|days?) (?:ago|old)\b"
    r"|some (?:of (?:the|its) )?(?:information|details|content|links) (?:in (?:it|this \w+) )?"
    r"may (?:(?:no longer|not) be (?:current|accurate|up[ -]to[ -]date)|be out of date)\b"
    r"|welcome back to [^.!?]{1,60}[.!]\s*$|if you (?:were|have been|are) forwarded this (?:email|newsletter)\b"
    # a newsletter's greeting, its welcome under its name, its sponsor and what it is, and why the reader gets it: "Good
    # morning, readers!", "Welcome to The Sluice Gate, the newsletter for ...", "Here's what you need to know today.", "This
    # edition is sponsored by ...", "You're receiving this newsletter because you signed up at ...", "Unsubscribe here."
    r"|(?:good (?:morning|afternoon|evening)|hello|hi)(?:,? (?:and welcome|readers|everyone|all|friends|there|again))?[.!]\s*$"
    r"|welcome to [^.!?]{1,60}?\b(?:newsletter|briefing|digest|roundup|round-up|edition|bulletin)\b[^.!?]{0,60}[.!]\s*$"
    r"|here['’]s what (?:you need|to know|we know)\b[^.!?]{0,40}[.:!]\s*$"
    r"|(?:this|today['’]s) (?:edition|newsletter|issue|email|briefing)(?: of [^.!?]{1,40})? is (?:sponsored|brought to you|presented)"
    r" by\b|you(?:['’]re| are) receiving this (?:newsletter|email|e-mail|message)\b|(?:click here to )?unsubscribe(?: here)?[.!]?\s*$"
    r"|(?:thanks|thank you) for (?:reading|subscribing to)\b[^.!?]{0,60}[.!]\s*$|subscribe (?:now |today )?for free\b"
    # an outlet's promise to update the page: "NTV7 will update this story as more information becomes available.", "This
    # story will be updated.", "This is a developing story and will be updated."; not a source's ("..., the police said")
    r"|(?:(?:[\w.'’&-]+ ){1,4}will (?:continue to )?update this (?:article|story|page|post)"
    r"|this (?:is a (?:developing|breaking)(?: news)? story|(?:article|story|page|post) is developing)[.,]?(?: (?:and|that|which) "
    r"(?:will|may) be updated)?|this (?:article|story|page|post) (?:will|may) be updated)\b[^.!?]{0,80}[.!]?\s*$"
    # ... and a bulletin's on its next issue, when and nothing else: "The next advisory will be issued at 1500 UTC 09/11/2026."
    r"|the next (?:advisory|bulletin|warning|update|statement|report) will be (?:issued|published|released|posted) (?:at|on|by|"
    r"in|around|no later than)\b[^.!?]{1,50}[.!]?\s*$"
    r"|(?:further|more) updates will (?:follow|be (?:issued|provided|given|shared))(?: as (?:needed|necessary)| when available)?[.!]?\s*$"
    r"|(?:a|the) new (?:press release|bulletin|statement|update) will (?:follow|be issued)[.!]?\s*$"
    # a series' note on the piece's place in it: "This is the first of two pieces on ...", "This article is part of a series
    # on ...", "This is the second part of our series ..." (the outlet's plan, no event of the story)
    r"|this is (?:the )?(?:first|second|third|fourth|fifth|sixth|last|final|latest)(?: (?:part|piece|article|instalment|installment))?"
    r" (?:of|in) (?:a |an |our |the |this )?(?:two|three|four|five|six|\d+)?[- ]?(?:part )?(?:pieces|parts|articles|stories|"
    r"reports|instalments|installments|series)\b|this (?:article|story|piece|report) is (?:the \w+ )?part of (?:a|an|our|the) "
    r"[^.!?]{0,60}\bseries\b"
    r"|want to write\?|write an article and join\b|republish (?:this article|our articles)\b|register now\W*$|(?:log|sign) in\W*$"
    # an edition's translation credit: "Translated from the German by the English desk.", "Translation: Jo Lee"
    r"|\(?translated(?: from (?:the )?[a-z]+)?(?: (?:in)?to english)? by(?: the)?(?-i:(?:\s+[A-Z][\w.'’-]*)+)"
    r"(?:\s+(?:english |foreign |news |translation )?(?:desk|staff|team|service))?[.)]*\s*$"
    r"|\(?translation\s*:(?-i:\s*[A-Z][\w.'’-]*){1,4}[.)]*\s*$"  # (not a writer's "Translation: as much as ...")
    r"|\(?(?:this is an? )?(?:unofficial|informal|courtesy|working|official) (?:english )?translation(?: (?:from|of) (?:the )?"
    r"(?-i:[A-Z][\w'’-]*)(?: (?:original|text|version))?)?[.)]*\s*$"
    rf"|(?:issued|done|signed|given|made) (?:in|at) (?-i:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,3}}),? (?:on |this )?"
    rf"(?:{_SIGNED_DATE})\.?\s*$"
    rf"|{_LIVE_PAGE})",
    re.I)
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


# a commentary's own note on whose views it gives ("The opinions expressed in this commentary are solely those of Jo Lee.",
# "The views expressed here do not necessarily reflect those of the Herald.", "... are his own."): the page is its writer's
# opinion; not a site's note on its readers' comments ("... are those of our users and do not necessarily reflect ...").  A
# byline "special to" the outlet is not read so: CNN's commentators have it, and so do other papers' freelance reporters
_COMMENTARY = re.compile(r"[*•·\-–—\s]{0,3}(?:the )?(?:views|opinions)(?: and (?:views|opinions))? (?:expressed|in th(?:is|ese) \w+)\b"
                         rf"(?![^.!?]*\b(?:users|readers|comments?|commenters)\b)[^.!?]{{0,80}}?\b{_WHOSE_VIEWS}", re.I)


def commentary(lines: list[str]) -> bool:
    """Whether a page says it is a commentary: its disclaimer (``_COMMENTARY``)."""
    return any(_COMMENTARY.match(line.strip()) for line in lines)


def promotions(lines: list[str]) -> set[int]:
    """The indexes of the lines each of whose sentences is the outlet's promotion of its products or a
    note to the reader (see the module's note)."""
    return {k for k, line in enumerate(lines)
            if line.strip() and all(_promotion(piece) for piece in _SENTENCES.split(line.strip()))}


def _promotion(piece: str) -> bool:
    """Whether one sentence of a line is a promotion or a notice (see :func:`promotions`)."""
    if (_CALL_TO_ACT.match(piece) or _SERVICE.match(piece)) and not (_SPOKEN.search(piece) or _TELLS.search(piece)):
        return True
    return bool(_PROMOTION.match(piece) or (_NOTICE.match(piece) and not _SPOKEN.search(piece)))


def page_notes(lines: list[str]) -> set[int]:
    """The indexes of every line that is the page's note rather than story: its corrections, its writer's
    bio, its calls for readers' comments, its promotions and notes to the reader, its standing blocks (an issuer's
    boilerplate, a site's disclosures: text/boilerplate) and its section labels alone on a line (text/labels)."""
    promoted = promotions(lines)
    return (correction_notes(lines) | writer_bio(lines, promoted) | reader_calls(lines) | promoted | page_blocks(lines)
            | label_lines(lines))


# a reviewed book's listing, as reviews give it: its author and publisher with its price ("By Jo Lee | Kestrel Press.
# $22.95") or its pages and price ("Kestrel Univ. 346 pp. $23.95"); a news story that names a book's price writes it in
# its sentence, in brackets ("(Kestrel Press, $25)"), and is no review
_LISTED_BOOK = re.compile(r"\bBy\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*\|\s*[A-Z][\w&.,'’ -]{1,40}?\.?\s*[$£€]\s?\d"
                          r"|\b\d{2,4}\s*pp\.?\s*[,.]?\s*[$£€]\s?\d")


# the roles of a bio that says its writer gives a view, not a report: a column's, a commentator's, an expert's
# (its first role, up to "and" or a comma, in lower case: not "a Herald reporter and the author of ...", "The Economist's
# Beijing correspondent")
_HOLDS_VIEWS = re.compile(r"\b(?:columnist|commentator|blogger|fellow|professor|lecturer|author|scholar|economist|analyst|"
                          r"director|contributor|contributing)s?\b")
_FIRST_ROLE = re.compile(r"\s(?:is|was|has been)\s+([^,;]*?)(?:\s+and\s|[,;.(]|$)")


def opinion_bio(lines: list[str]) -> bool:
    """Whether a page carries its writer's bio (:func:`writer_bio`) in a role that gives views ("Jo Lee is a senior fellow at
    the Kestrel Institute.", "Jo Lee is a Herald columnist."): an op-ed or a column; a reporter's or an editor's bio ("The
    BBC's Jo Lee is one of the first journalists ...") tells nothing of the kind."""
    roles = [m.group(1) for k in writer_bio(lines) if (m := _FIRST_ROLE.search(lines[k]))]
    return any(_HOLDS_VIEWS.search(role) for role in roles)


def book_review(lines: list[str]) -> bool:
    """Whether a page reviews a book: it lists one with its price (``_LISTED_BOOK``; a page may break the line before the
    price, "Public Affairs." / "$22.95 ..."), not in brackets inside a sentence ("... (Kestrel Press, 346 pp., $25) ...")."""
    page = "\n".join(lines)
    for m in _LISTED_BOOK.finditer(page):
        line = page[page.rfind("\n", 0, m.start()) + 1:m.start()]
        if line.count("(") <= line.count(")"):
            return True
    return False

