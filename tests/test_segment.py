"""Tests of briefbot.segment (self-contained: no /work/shared data needed)."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from growth import assert_linear
from hypothesis import given, settings
from hypothesis import strategies as st
from scripts import run_script

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from briefbot.text.segment import sentences, split_sentences  # noqa: E402

# --- hand-written cases ---------------------------------------------------------------------

CASES = [
    # plain terminators
    ("The vote passed. Protests followed.", ["The vote passed.", "Protests followed."]),
    ("Is it over? Nobody knows.", ["Is it over?", "Nobody knows."]),
    ("Run! They are coming.", ["Run!", "They are coming."]),
    ("Really?! Yes.", ["Really?!", "Yes."]),
    ("Enough!!! We leave now.", ["Enough!!!", "We leave now."]),
    # titles and other abbreviations that never end a sentence
    ("Mr. Okafor met Dr. Lee and Gen. Ruiz.", ["Mr. Okafor met Dr. Lee and Gen. Ruiz."]),
    ("Sen. Patel and Rep. Moore disagreed.", ["Sen. Patel and Rep. Moore disagreed."]),
    ("Some fruits, e.g. plums, are sour.", ["Some fruits, e.g. plums, are sour."]),
    ("Use the tool, i.e. the hammer.", ["Use the tool, i.e. the hammer."]),
    ("Spain vs. Italy ended 2-1.", ["Spain vs. Italy ended 2-1."]),
    ("The appeal in Kessel v. Orban County was heard on Monday.", ["The appeal in Kessel v. Orban County was heard on Monday."]),
    ("Case No. 12-44 | Crown v. Dale | High Court", ["Case No. 12-44 | Crown v. Dale | High Court"]),
    # ... but a capital "V." may be a name's initial or a numeral that ends one
    ("The play ended with Henry V. The crowd stood.", ["The play ended with Henry V.", "The crowd stood."]),
    # numbers, money, dates
    ("Prices rose 4.2 percent in May.", ["Prices rose 4.2 percent in May."]),
    ("It cost $42.50 in total. Nobody paid.", ["It cost $42.50 in total.", "Nobody paid."]),
    ("The talks began on Feb. 3 in Geneva.", ["The talks began on Feb. 3 in Geneva."]),
    ("She was ranked No. 7 last year.", ["She was ranked No. 7 last year."]),
    ("See p. 12 for details.", ["See p. 12 for details."]),
    ("The score was 3-1. 2024 was a good year.", ["The score was 3-1.", "2024 was a good year."]),
    # company suffixes
    ("Acme Corp. said profits fell.", ["Acme Corp. said profits fell."]),
    ("Shares of Globex Inc. Chief rival fell.", ["Shares of Globex Inc. Chief rival fell."]),
    ("He joined Acme Inc. It was 1999.", ["He joined Acme Inc.", "It was 1999."]),
    # times
    ("It starts at 9 a.m. and ends at 5 p.m. sharp.", ["It starts at 9 a.m. and ends at 5 p.m. sharp."]),
    ("The shop shut at 8 p.m. The crowd left.", ["The shop shut at 8 p.m.", "The crowd left."]),
    ("By 7 a.m. Mrs. Diaz was gone.", ["By 7 a.m. Mrs. Diaz was gone."]),
    ("Talks resume at 10 a.m. Friday.", ["Talks resume at 10 a.m. Friday."]),
    # after a time, a capitalised word before a lower-case one opens a sentence, unless it is a day, month or
    # zone, or the time qualifies it
    ("Zone K-12 was ordered out at 1:30 p.m. New warnings were issued for Tarn.",
     ["Zone K-12 was ordered out at 1:30 p.m.", "New warnings were issued for Tarn."]),
    ("The crews arrived around 6 p.m. Police said two were hurt.", ["The crews arrived around 6 p.m.", "Police said two were hurt."]),
    ("Polls close at 9 a.m. Velan time on Sunday.", ["Polls close at 9 a.m. Velan time on Sunday."]),
    ("It began at 7 a.m. Eastern time.", ["It began at 7 a.m. Eastern time."]),
    ("The hearing opens at 2 p.m. Tuesday in Velano.", ["The hearing opens at 2 p.m. Tuesday in Velano."]),
    ("She took the 7 p.m. Kestrel and was home by ten.", ["She took the 7 p.m. Kestrel and was home by ten."]),
    ("The strike begins at 6 a.m. Easter morning.", ["The strike begins at 6 a.m. Easter morning."]),  # a feast's day
    ("The vigil begins at 7 p.m. Christmas eve in the square.", ["The vigil begins at 7 p.m. Christmas eve in the square."]),
    # acronyms and initials
    ("She moved to the U.K. last spring.", ["She moved to the U.K. last spring."]),
    ("He flew to the U.K. Then he rested.", ["He flew to the U.K.", "Then he rested."]),
    ("The U.N. Security Council met.", ["The U.N. Security Council met."]),
    ("Author J. R. Tolkien wrote it.", ["Author J. R. Tolkien wrote it."]),
    ("Ask Mary T. Okoro about it.", ["Ask Mary T. Okoro about it."]),
    ("It was just him and I. Then rain came.", ["It was just him and I.", "Then rain came."]),
    ("Talks with then-U.S. Rep. Lee stalled.", ["Talks with then-U.S. Rep. Lee stalled."]),
    # quotes and brackets
    ("She said, “Go.” Then she left.", ["She said, “Go.”", "Then she left."]),
    ("“Is that all?” Maria asked.", ["“Is that all?” Maria asked."]),
    ("“Why now?” asked the mayor.", ["“Why now?” asked the mayor."]),
    ('"We won." they cheered.', ['"We won." they cheered.']),
    ("He left (it was late.) after dinner.", ["He left (it was late.) after dinner."]),
    # URLs and e-mail addresses
    (
        "Read it at http://news.example.org/a/b.html. Then reply.",
        ["Read it at http://news.example.org/a/b.html.", "Then reply."],
    ),
    ("Write to info.desk@example.net. We answer.", ["Write to info.desk@example.net.", "We answer."]),
    # ellipses
    ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
    ("Wait... what was that?", ["Wait... what was that?"]),
    ("The text [...] was cut.", ["The text [...] was cut."]),
    ("Well . . . I suppose so.", ["Well . . . I suppose so."]),
    ("It ended.... A new day began.", ["It ended....", "A new day began."]),
    # lists
    ("1) buy milk 2) buy bread", ["1) buy milk", "2) buy bread"]),
    ("1. Apples are red. 2. Limes are green.", ["1. Apples are red.", "2. Limes are green."]),
    ("• one thing • another thing", ["• one thing", "• another thing"]),
    # line breaks are hard boundaries
    ("First line\nsecond line", ["First line", "second line"]),
    ("One.\r\n\r\n  Two.  ", ["One.", "Two."]),
    ("A heading\n\nBody text here. More text.", ["A heading", "Body text here.", "More text."]),
    # degenerate input
    ("", []),
    ("   \n\t ", []),
    ("...", ["..."]),
    ("No terminal punctuation", ["No terminal punctuation"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hand_written_cases(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


NEWS_CASES = [
    (
        "The U.S. Ambassador to Kosovo, Jeffrey M. Hovenier, expressed concern.",
        ["The U.S. Ambassador to Kosovo, Jeffrey M. Hovenier, expressed concern."],
    ),
    (
        "Kosovo says the U.S. has yet to respond. Talks continue.",
        ["Kosovo says the U.S. has yet to respond.", "Talks continue."],
    ),
    ("He said, “Stop.” Then he left.", ["He said, “Stop.”", "Then he left."]),
    ("“Who ordered this?” Kurti asked.", ["“Who ordered this?” Kurti asked."]),
    # a count in words opens the sentence a caption or headline ran into ("... a blame game Eleven people died ...")
    ("Velan dam report: the blame game Eleven people died when the dam failed.",
     ["Velan dam report: the blame game", "Eleven people died when the dam failed."]),
    ("The school was closed as a precaution Two new cases were confirmed in Velano.",
     ["The school was closed as a precaution", "Two new cases were confirmed in Velano."]),
    ("Students were given advice about the flu Seventeen new cases were confirmed.",
     ["Students were given advice about the flu", "Seventeen new cases were confirmed."]),
    # ... not after a word that takes it, nor inside a name
    ("Leaders of the group of Eight nations met in Velano.", ["Leaders of the group of Eight nations met in Velano."]),
    ("You have just had Eight years of that.", ["You have just had Eight years of that."]),
    ("The so-called Big Three carmakers asked for aid.", ["The so-called Big Three carmakers asked for aid."]),
    ("The storm grew into a category Four hurricane on Tuesday.", ["The storm grew into a category Four hurricane on Tuesday."]),
    ("The vaccine is now in phase Two trials in Velan.", ["The vaccine is now in phase Two trials in Velan."]),
    ("The plant's reactor Four was damaged in the blast.", ["The plant's reactor Four was damaged in the blast."]),
    ("Leaders of the big Three carmakers met the president.", ["Leaders of the big Three carmakers met the president."]),
    # a cry quoted inside a sentence that runs on after it in lower case is no end
    (
        "Lee voted Sunday amid some 1,000 supporters roaring, ``Lee! Lee!'' and ``Viva Ostravia!'' As he left, crowds ran after him.",
        ["Lee voted Sunday amid some 1,000 supporters roaring, ``Lee! Lee!'' and ``Viva Ostravia!''", "As he left, crowds ran after him."],
    ),
    ("They chanted “Go! Go! Go!”, and the police moved in.", ["They chanted “Go! Go! Go!”, and the police moved in."]),
    ("They chanted “Don't go! Don't go!” and the police moved in.", ["They chanted “Don't go! Don't go!” and the police moved in."]),
    ('The crowd shouted "Out! Out!" as the minister left. He did not reply.',
     ['The crowd shouted "Out! Out!" as the minister left.', "He did not reply."]),
    # ... but a quotation that runs on as sentences, or a cry before a capitalised word, still ends there
    ("He said: “We won! Now we rebuild.” He left.", ["He said: “We won!", "Now we rebuild.”", "He left."]),
    ("“Why? Nobody knows,” she said.", ["“Why?", "Nobody knows,” she said."]),
    ("Fans cried “Out! Out!” Police moved in.", ["Fans cried “Out!", "Out!”", "Police moved in."]),
    (
        "The blast happened at around 3am local time. Police arrived soon after.",
        ["The blast happened at around 3am local time.", "Police arrived soon after."],
    ),
    ("She has $100.00 in savings.", ["She has $100.00 in savings."]),
    ("Inflation hit 3.5 percent.", ["Inflation hit 3.5 percent."]),
    ("He is seeded No. 5 this year.", ["He is seeded No. 5 this year."]),
    ("The court heard Case No. KU-41/2026 on Monday.", ["The court heard Case No. KU-41/2026 on Monday."]),
    ("Asked if he would go, he said No. Then he left.", ["Asked if he would go, he said No.", "Then he left."]),
    ("Asked about the summit, he said no. G7 leaders met later.", ["Asked about the summit, he said no.", "G7 leaders met later."]),
    ("Mr. Kurti met Dr. Osmani.", ["Mr. Kurti met Dr. Osmani."]),
    ("Gen. Ruiz and Sen. Kim spoke.", ["Gen. Ruiz and Sen. Kim spoke."]),
    ("It happened on Jan. 12 in Pristina.", ["It happened on Jan. 12 in Pristina."]),
    ("Widgets Inc. and Gadgets Corp. merged.", ["Widgets Inc. and Gadgets Corp. merged."]),
    ("From 9 a.m. to 5 p.m. the border was shut.", ["From 9 a.m. to 5 p.m. the border was shut."]),
    ("Some towns, e.g. Mitrovica, i.e. the north, voted.", ["Some towns, e.g. Mitrovica, i.e. the north, voted."]),
    ("Officials met in Washington, D.C. The talks failed.", ["Officials met in Washington, D.C.", "The talks failed."]),
    # a caption, headline or source label run into the story without a full stop (rule 4)
    (
        "Ministers and envoys posed for a group photo in Valdora The summit was held under tight security.",
        ["Ministers and envoys posed for a group photo in Valdora", "The summit was held under tight security."],
    ),
    (
        "Jo Lee was rehearsing for a tour when she died The coroner said two drugs were found.",
        ["Jo Lee was rehearsing for a tour when she died", "The coroner said two drugs were found."],
    ),
    (
        "Markets close: index down 157.47 The markets digest the vote. Traders wait.",
        ["Markets close: index down 157.47", "The markets digest the vote.", "Traders wait."],
    ),
    (
        "Dozens died in Kestrel (photo: AFP/HO) The mission chief said the shooting stopped.",
        ["Dozens died in Kestrel (photo: AFP/HO)", "The mission chief said the shooting stopped."],
    ),
    (  # more than one in a line: a headline, a caption, the story
        "Port reopens after storm Dock workers clear debris in Tarn The port reopened on Monday after three days.",
        ["Port reopens after storm Dock workers clear debris in Tarn", "The port reopened on Monday after three days."],
    ),
    # a clause's subject and its verb: "The" and a name, a pronoun, "There"
    (
        "Council members backed a statement on the plan for Velania The United States has warned Velania.",
        ["Council members backed a statement on the plan for Velania", "The United States has warned Velania."],
    ),
    (
        "Several farms were hit by shelling, residents say There are fears the war will spread.",
        ["Several farms were hit by shelling, residents say", "There are fears the war will spread."],
    ),
    (
        "The funnel is a 40ft tall iron box It will be placed over the leak.",
        ["The funnel is a 40ft tall iron box", "It will be placed over the leak."],
    ),
    # a capitalised preposition or conjunction opening a sentence, after a word in lower case
    (
        "Envoys met in Geneva to try to end the violence in velania For 16 months, troops have fought.",
        ["Envoys met in Geneva to try to end the violence in velania", "For 16 months, troops have fought."],
    ),
    (
        "Pumping will last as long as 48 hours If pressure drops, the well will be reopened.",
        ["Pumping will last as long as 48 hours", "If pressure drops, the well will be reopened."],
    ),
    (  # a quantity, or the people a report cites, opening the clause
        "Booms held back some of the oil near the shore Experts warn the clean-up could take years.",
        ["Booms held back some of the oil near the shore", "Experts warn the clean-up could take years."],
    ),
    (
        "Fishing boats stay in port as the slick spreads Several countries have offered ships to help.",
        ["Fishing boats stay in port as the slick spreads", "Several countries have offered ships to help."],
    ),
    (  # the people a caption shows, and a count that grows
        "Investigators said a criminal inquiry had been opened Workers in Velano clear oil from the beach.",
        ["Investigators said a criminal inquiry had been opened", "Workers in Velano clear oil from the beach."],
    ),
    (
        "The true number who fled is far higher than the official figure given Increasing numbers of families cross each day.",
        ["The true number who fled is far higher than the official figure given", "Increasing numbers of families cross each day."],
    ),
    (
        "Rebels retreat from the coast road Having lost the bridge, they fell back to the town.",
        ["Rebels retreat from the coast road", "Having lost the bridge, they fell back to the town."],
    ),
    # ... not after a word that takes it, nor before a name
    ("The aid pays for the training of the Velan Army and Police which is going well.",
     ["The aid pays for the training of the Velan Army and Police which is going well."]),
    ("The ministry said Police Chief Jo Lee would lead the inquiry.", ["The ministry said Police Chief Jo Lee would lead the inquiry."]),
    ("The Democratic Workers Party won the vote in Velano.", ["The Democratic Workers Party won the vote in Velano."]),
    ("The campaign group For the Sake of the Rivers met on Monday.", ["The campaign group For the Sake of the Rivers met on Monday."]),
    ("Readers send stories to the blog This Just In for the page.", ["Readers send stories to the blog This Just In for the page."]),
    # a clause that ends on its date (and an age), then a capitalised word and its verb
    (
        "Jo Vell died in June 2009 aged 50 Executors of her estate have asked a channel to drop the show.",
        ["Jo Vell died in June 2009 aged 50", "Executors of her estate have asked a channel to drop the show."],
    ),
    (
        "The protests started in Tarn on 18 March Political parties were banned for years.",
        ["The protests started in Tarn on 18 March", "Political parties were banned for years."],
    ),
    ("They noted that in 1949 Ostravia was able to leave the union.", ["They noted that in 1949 Ostravia was able to leave the union."]),
    ("In June 2009 Jo Vell died at her home in Tarn.", ["In June 2009 Jo Vell died at her home in Tarn."]),
    ("Talks began on 3 May after the ceasefire was signed.", ["Talks began on 3 May after the ceasefire was signed."]),
    # ... unless the word before takes the name as its object or names it: a reported clause, a role
    ("Officials say The Hague has no say over the case.", ["Officials say The Hague has no say over the case."]),
    ("They shot to fame with the single The Final Countdown and have toured since.",
     ["They shot to fame with the single The Final Countdown and have toured since."]),
    ("Critics of the plan wrote in The Lancet that it was unsafe.", ["Critics of the plan wrote in The Lancet that it was unsafe."]),
    ("The star is touring to promote This Is It tour dates.", ["The star is touring to promote This Is It tour dates."]),
    # inside a quotation that closes after it, a missing stop is the speaker's, not a page's run-on: no cut
    (
        "“We waited all night in Tarn The water kept rising,” the harbour master said.",
        ["“We waited all night in Tarn The water kept rising,” the harbour master said."],
    ),
    (
        "``We waited all night in Tarn The water kept rising,'' the harbour master said.",
        ["``We waited all night in Tarn The water kept rising,'' the harbour master said."],
    ),
    (  # a quotation closed before it, and its attribution after the comma, leave the cut
        "“We waited all night in Tarn,” he said The water kept rising in the port.",
        ["“We waited all night in Tarn,” he said", "The water kept rising in the port."],
    ),
    (
        "Jo Lee said “no” to the port plan in Tarn The water kept rising in the port.",
        ["Jo Lee said “no” to the port plan in Tarn", "The water kept rising in the port."],
    ),
    # a page's no-break space, two spaces or a tab before it, as one space
    (
        "Ministers posed for a group photo in Valdora\u00a0The summit was held under tight security.",
        ["Ministers posed for a group photo in Valdora", "The summit was held under tight security."],
    ),
    (
        "Ministers posed for a group photo in Valdora  The summit was held under tight security.",
        ["Ministers posed for a group photo in Valdora", "The summit was held under tight security."],
    ),
    (
        "Ministers posed for a group photo in Valdora\tThe summit was held under tight security.",
        ["Ministers posed for a group photo in Valdora", "The summit was held under tight security."],
    ),
    ("The envoy flew to\u00a0The Hague on Monday.", ["The envoy flew to\u00a0The Hague on Monday."]),
    # a speaker's verb before it opens a quotation without marks (a transcript's, a translation's): no cut, or the
    # quoted words would stand alone as a claim; after a comma the verb closes an attribution, and the cut stays
    (
        "Rebel spokesman Ali Baro said The army is lying about the dead in Kestrel.",
        ["Rebel spokesman Ali Baro said The army is lying about the dead in Kestrel."],
    ),
    (
        "The harbour board statement read The port bears no blame for the spill.",
        ["The harbour board statement read The port bears no blame for the spill."],
    ),
    (  # the verb and lower-case words after it: still the quotation's opening
        "Velan's foreign ministry said in a statement The port remains closed to all shipping.",
        ["Velan's foreign ministry said in a statement The port remains closed to all shipping."],
    ),
    ("The minister told reporters It is over for the port.", ["The minister told reporters It is over for the port."]),
    (  # a headline's speaker after the verb closes it: cut
        "Harbour chief not resigning says Velan The total cost is up from Friday's figure.",
        ["Harbour chief not resigning says Velan", "The total cost is up from Friday's figure."],
    ),
    (
        "Six monitors reached the port on Sunday, state radio said The rest arrive on Monday.",
        ["Six monitors reached the port on Sunday, state radio said", "The rest arrive on Monday."],
    ),
    (  # "A" or "An" after an attribution that closes its clause
        "Two boats sank near the port on Sunday, the coastguard says A new search will begin at dawn.",
        ["Two boats sank near the port on Sunday, the coastguard says", "A new search will begin at dawn."],
    ),
    (
        "Dozens have left the town in the past few days, residents say An army convoy reached it on Monday.",
        ["Dozens have left the town in the past few days, residents say", "An army convoy reached it on Monday."],
    ),
    # elsewhere a letter that names ("influenza A virus", "Plan A"), or the quotation's own words
    ("The strain of influenza A virus has spread to ten countries, officials said.",
     ["The strain of influenza A virus has spread to ten countries, officials said."]),
    ("Officials said A new test would be ready within weeks.", ["Officials said A new test would be ready within weeks."]),
    ("In the port, they say A is for anchor and B is for boat.", ["In the port, they say A is for anchor and B is for boat."]),
    ("In a statement on Tuesday, the exam board said A level results would be released on Thursday.",
     ["In a statement on Tuesday, the exam board said A level results would be released on Thursday."]),
    # "The" inside a sentence is a name's or a title's, its next word capitalised; a short start stays
    ("The envoy flew to The Hague on Monday.", ["The envoy flew to The Hague on Monday."]),
    ("Officials told The Times the plan was over.", ["Officials told The Times the plan was over."]),
    ("Oil spill The latest news from the coast.", ["Oil spill The latest news from the coast."]),
    ("He said, The end is near, and left.", ["He said, The end is near, and left."]),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_CASES)
def test_news_cases(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_offsets_point_into_the_text() -> None:
    text = "  Mr. Smith arrived.  He sat down.\nThen  he left!  "
    spans = split_sentences(text)
    assert spans == [(2, 20), (22, 34), (35, 49)]
    assert [text[s:e] for s, e in spans] == sentences(text)


def test_long_input_is_read_in_linear_time() -> None:
    paragraph = (
        "The U.S. Ambassador, Jeffrey M. Hovenier, met Mr. Kurti at 3 p.m. on Jan. 5. "
        "“Who ordered this?” Kurti asked. Prices rose 3.5 percent... Then talks resumed.\n"
    )
    assert len(split_sentences(paragraph * 2000)) == 4 * 2000  # about 0.3 MB
    assert_linear(lambda n: paragraph * n, split_sentences, 250)


@pytest.mark.parametrize(
    ("make", "n"),
    [
        (lambda n: "!" * n + "x", 6_250),
        (lambda n: "a" + " ." * n + "”x", 6_250),
        (lambda n: "Mr. " * n, 2_500),
        (lambda n: "1. a" + " 2." * n, 3_750),
        (lambda n: "• a" + " •" * n, 3_750),
        (lambda n: "x" * n + ". Then", 12_500),
        (lambda n: "“" + "a b c The x" * n + "”", 6_250),
        (lambda n: "Jo Lee said" + " The x said" * n + ".", 3_125),
        (lambda n: "a, b says" + " A x, b says" * n + ".", 1_875),
        (lambda n: "x died in June 2009 Xy said" * n, 1_250),
    ],
    ids=["exclamations", "dots", "titles", "numbered", "bullets", "one long word", "run-ons in a quotation",
         "speakers' run-ons", "attributions' run-ons", "dates' run-ons"],
)
def test_pathological_input_stays_linear(make: Callable[[int], str], n: int) -> None:
    assert_linear(make, split_sentences, n)


# --- properties -----------------------------------------------------------------------------

LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
TRICKY = st.lists(
    st.sampled_from(
        [
            *"aAbIzZ09 .!?…\"'“”‘’()[]\n\t•⁃$@-/",
            "Mr",
            "U.S",
            "a.m",
            "No",
            "Inc",
            " . . .",
            "1.)",
            "he",
            "The",
            "said",
            "\u00a0",
            "\u2028",
        ]
    ),
    max_size=60,
).map("".join)
ANY_TEXT = st.one_of(st.text(max_size=200), TRICKY)


def check_invariants(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    covered = [False] * len(text)
    for start, end in spans:
        assert previous_end <= start < end <= len(text)  # ordered, in bounds, non-empty
        sentence = text[start:end]
        assert sentence == sentence.strip()  # trimmed
        assert not any(ch in LINE_BREAKS for ch in sentence)  # line breaks are hard boundaries
        for i in range(start, end):
            covered[i] = True
        previous_end = end
    assert all(covered[i] for i, ch in enumerate(text) if not ch.isspace())
    assert sentences(text) == [text[s:e] for s, e in spans]


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_offsets_invariants(text: str) -> None:
    check_invariants(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([t for t, _ in CASES + NEWS_CASES]), max_size=6), st.sampled_from([" ", "\n", "  "]))
def test_joined_cases_keep_invariants(parts: list[str], sep: str) -> None:
    check_invariants(sep.join(parts))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([t for t, _ in CASES + NEWS_CASES if t.strip()]), min_size=1, max_size=5))
def test_paragraphs_split_independently(parts: list[str]) -> None:
    assert sentences("\n".join(parts)) == [s for part in parts for s in sentences(part)]


# --- the benchmark script -------------------------------------------------------------------


def test_benchmark_script_runs_on_tiny_files(tmp_path: Path) -> None:
    rules = [
        {"id": 1, "text": "It rained. We stayed in.", "expected": ["It rained.", "We stayed in."]},
        {"id": 2, "text": "Ask Dr. Ito today.", "expected": ["Ask Dr. Ito today."]},
    ]
    rules_path = tmp_path / "rules.json"
    rules_path.write_text(json.dumps(rules), encoding="utf-8")
    task = {"id": "t1", "rounds": [{"articles": [{"text": "One story. Another line.\nMore news here."}]}]}
    news_path = tmp_path / "news.jsonl.gz"
    with gzip.open(news_path, "wt", encoding="utf-8") as f:
        f.write(json.dumps(task) + "\n")

    status, out, err = run_script("segmentation", "--rules", str(rules_path), "--news", str(news_path))
    assert status == 0, err
    assert "| splitter |" in out
    assert "| briefbot | 2 |" in out
    assert "Golden Rules briefbot fails: 0" in out


def test_benchmark_script_reports_missing_file(tmp_path: Path) -> None:
    status, _, err = run_script("segmentation", "--rules", str(tmp_path / "missing.json"))
    assert status == 1
    assert err.strip().count("\n") == 0
    assert "missing.json" in err
