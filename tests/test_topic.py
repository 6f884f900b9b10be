"""Articles not about the topic do not become points; sentences that cannot stand alone are not quoted."""

from __future__ import annotations

import re
from datetime import date

import pytest
from builders import article
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefbot.brief import topic
from briefbot.brief.compose import Settings, compose_brief
from briefbot.brief.topic import Topic
from briefbot.text.language import foreign
from briefbot.text.standalone import _ANY_FIRST_PERSON, _in_first_person, _unquoted, fits_a_point, stands_alone

FLU = Topic("H1N1 swine flu", "The 2009 pandemic: its spread, deaths, vaccines and the response of health bodies.")
ON = "Health officials confirmed 12 new cases of swine flu in Glasgow, bringing the total to 40."
KINDLE = "The new Kindle has a sharper screen and a longer battery life, the company said at its launch."


@pytest.mark.parametrize(("text", "about"), [
    (ON, True),
    ("The H1N1 virus has now reached every region of the country.", True),
    ("Doctors said the vaccine would be offered first to pregnant women and health workers.", True),  # two focus words
    (KINDLE, False),
    ("The awards ceremony honoured the year's best films and actors.", False),
])
def test_title_and_focus_decide_what_is_on_topic(text: str, about: bool) -> None:
    assert FLU.about(text) is about


_SCHEDULE = " ".join(f"{day} 09:00 The morning show with music, news and guests from across the region." for day in
                     ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday") * 8)


def test_a_passing_mention_deep_in_a_long_page_is_not_about_the_topic() -> None:
    # a schedule that lists one programme on swine flu among a week of others
    page = f"{_SCHEDULE} Sunday 21:00 Doctors discuss the swine flu outbreak. {_SCHEDULE}"
    assert not FLU.about(page)
    assert FLU.about(page, headline="Swine flu: a week of programmes")  # its headline names it
    assert FLU.about(f"Swine flu reached the valley on Monday. {page}")  # its first words do


def test_a_topic_of_a_title_alone_keeps_an_article_that_names_it_once() -> None:
    # without a focus the title's few words are too few to weigh a long article's use of them
    page = f"{_SCHEDULE} The clinics said the swine flu vaccine would arrive in June. {_SCHEDULE}"
    assert Topic("Swine flu").about(page) and not FLU.about(page)


def test_a_long_article_that_names_the_topic_often_is_about_it_wherever_it_starts() -> None:
    opening = " ".join(["The valley's schools reopened on Monday after a week of storms and power cuts."] * 8)
    body = " ".join(["Health officials said swine flu cases had doubled, and the H1N1 vaccine would come in June."] * 6)
    assert FLU.about(f"{opening} {body}")


_MATCH_REPORT = [f"Rovers {k} Albion {k + 1}: the home side were booed off after a poor second half in the rain."
                 for k in range(60)]


def test_a_topic_named_again_and_again_in_two_paragraphs_of_a_long_page_is_not_its_subject() -> None:
    # a football page whose fans' chant names the topic: dense with its words, but in two of its 62 paragraphs
    chant = ["Swine flu, swine flu, H1N1 swine flu, we've all got the swine flu pandemic!",
             "Swine flu, H1N1, the swine flu pandemic is coming for you!"]
    page = [*_MATCH_REPORT[:40], *chant, *_MATCH_REPORT[40:]]
    assert not FLU.about("\n".join(page))
    # the same words in one paragraph of every ten: the page is about it
    spread = [line for k, report in enumerate(_MATCH_REPORT) for line in ([report, chant[k % 2]] if k % 10 == 5 else [report])]
    assert FLU.about("\n".join(spread))
    # a live page's time stamps on lines of their own are no paragraphs
    assert FLU.about("\n".join(line for k, entry in enumerate(spread) for line in (f"{10 + k // 60}:{k % 60:02d} GMT", entry)))


@settings(max_examples=300, deadline=None)
@given(have=st.frozensets(st.text("aben", min_size=1, max_size=7), max_size=12), term=st.text("aben", min_size=1, max_size=7))
@example(have=frozenset({"egyptian"}), term="egypt")  # a word the term begins
@example(have=frozenset({"egy", "egypt"}), term="egyptian")  # a word that begins the term (one too short to count)
@example(have=frozenset({"egyptian"}), term="egyptology")  # sharing only a beginning: no match
def test_a_topics_words_are_matched_as_before_by_lookups(have: frozenset[str], term: str) -> None:
    # the speed-up of Topic._names (looked up, not a loop over an article's words) answers as _matches does
    assert topic._matcher(have)(term) is topic._matches(term, have)


def test_include_and_exclude_terms() -> None:
    topic = Topic("H1N1 swine flu", include=("Tamiflu",), exclude=("Kindle",))
    assert topic.about("Pharmacies ran short of Tamiflu in several towns.")
    assert not topic.about("A swine flu app for the Kindle was launched.")
    assert Topic(exclude=("Kindle",)).about("Anything at all without the word.")


def test_a_topic_without_title_focus_or_terms_keeps_everything() -> None:
    assert Topic().keeps_everything and Topic().about(KINDLE)


def test_off_topic_articles_are_left_out_and_listed() -> None:
    d = date(2009, 5, 1)
    arts = [article(f"{ON} Schools in the area were closed for a week as a precaution.", id=1, published=d),
            article(f"{KINDLE} It goes on sale next month in shops across Europe and Asia.", id=2, published=d)]
    brief = compose_brief(Settings(topic="t", title=FLU.title, focus=FLU.focus), d, arts, [], None)
    assert [s.article_id for s in brief.off_topic] == [2] and brief.new_articles == 1
    assert all(2 not in p.article_ids for p in brief.summary) and brief.summary
    everything = compose_brief(Settings(topic="t"), d, arts, [], None)
    assert everything.off_topic == () and everything.new_articles == 2



def test_an_article_read_with_no_text_to_quote_is_no_off_topic_article() -> None:
    """A page of readers' comments or a wire's budget is read with no text (ingest): read, about nothing, not left out."""
    d = date(2009, 5, 1)
    arts = [article(f"{ON} Schools in the area were closed for a week as a precaution.", id=1, published=d),
            article("", id=2, published=d, title=None), article(f"{KINDLE} It goes on sale next month.", id=3, published=d)]
    brief = compose_brief(Settings(topic="t", title=FLU.title, focus=FLU.focus), d, arts, [], None)
    assert [s.article_id for s in brief.off_topic] == [3] and brief.new_articles == 2
    # ... unless its headline says it is another story's
    arts.append(article("", id=4, published=d, title="New e-reader goes on sale: readers' comments"))
    brief = compose_brief(Settings(topic="t", title=FLU.title, focus=FLU.focus), d, arts, [], None)
    assert sorted(s.article_id for s in brief.off_topic) == [3, 4] and brief.new_articles == 2


# a page in another language saved in ASCII with its accents stripped, as a site's copy of it reads (invented)
STRIPPED = ("Cum heo lan r ng t i nhi u n c ch u u, B Y t cho bi t h m nay. Nh ng ng i b nhi m c m heo ang c i u tr t i "
            "b nh vi n v s c kh e c a h n nh. Ch nh ph kh y n c o ng i d n r a tay th ng xuy n v tr nh n i ng ng i.")


def test_a_page_in_another_language_is_about_no_topic_of_english_words() -> None:
    d = date(2009, 5, 1)
    arts = [article(f"{ON} Schools in the area were closed for a week as a precaution.", id=1, published=d),
            article(f"H1N1 swine flu: {STRIPPED}", id=2, published=d)]
    brief = compose_brief(Settings(topic="t", title=FLU.title), d, arts, [], None)
    assert [s.article_id for s in brief.off_topic] == [2] and brief.new_articles == 1
    assert all(2 not in p.article_ids for p in (*brief.summary, *(p for e in brief.timeline for p in e.events)))
    later = compose_brief(Settings(topic="t", title=FLU.title), d, [article(ON, id=3, published=d)], arts, brief)  # stored too
    assert all(2 not in p.article_ids for p in (*later.summary, *later.changes))
    everything = compose_brief(Settings(topic="t"), d, arts, [], None)  # a topic that keeps everything keeps it
    assert everything.off_topic == () and everything.new_articles == 2


@pytest.mark.parametrize(("text", "other"), [
    (STRIPPED, True),
    ("Rebels fired on the port at dawn. The governor said that the town would hold, and that help was on its way from "
     "the capital, where the army has massed its tanks for a week.", False),
    ("Hang Seng Index 18,234.5 up 1.2 Hang Seng China Enterprises 10,321.7 down 0.4 Hang Seng Finance 29,876.1 up 0.8 "
     "Hang Seng Utilities 41,002.3 up 0.1 Hang Seng Properties 25,667.9 down 1.1 Hang Seng Commerce 12,345.6 up 0.3 "
     "Turnover totalled 54.3 billion dollars, the exchange said.", False),  # a table of names and values, with its line
    ("Kholood says the tanks came at night.", False),  # too short to tell
    ("Наводнение в долине Кестрел унесло жизни сорока человек, сообщили власти в понедельник. Спасатели продолжают поиски "
     "пропавших, а жители нижнего города ночуют в школах и на вокзале, пока вода не спадёт.", True),  # another script
])
def test_a_page_in_another_language_is_told_by_its_share_of_english_function_words(text: str, other: bool) -> None:
    assert foreign(text) is other


def test_a_round_of_off_topic_articles_only_says_they_arrived() -> None:
    from briefbot.output import markdown as render

    d, later = date(2009, 5, 1), date(2009, 5, 8)
    settings_ = Settings(topic="t", title=FLU.title, focus=FLU.focus)
    first = compose_brief(settings_, d, [article(f"{ON} Schools in the area were closed for a week.", id=1, published=d)],
                          [], None)
    kindle = article(f"{KINDLE} It goes on sale next month in shops across Europe and Asia.", id=2, published=later)
    brief = compose_brief(settings_, later, [kindle], [article(ON, id=1, published=d)], first)
    md = render.markdown(brief)
    assert brief.nothing_new and [s.article_id for s in brief.off_topic] == [2]
    assert "Nothing new: the one article that arrived since the brief of 2009-05-01 is not about the topic." in md
    assert "no article has arrived" not in md


@pytest.mark.parametrize(("sentence", "alone"), [
    ("Rescue crews moved about 2,000 people to schools on higher ground.", True),
    ("He said the dam would hold if the rain eased overnight.", False),
    ("This followed a week of heavy rain in the mountains north of the city.", False),
    ("The two men were arrested at the border on Friday evening.", False),
    # a name or a title in quotation marks is nobody's words
    ("A book of 2019, “Flood Country: A History of the Kestrel Valley,” was reprinted after the dam burst.", True),
    ("The council's plan, known as “Keep the valley dry,” was approved on Monday.", True),
    ("The council's plan would “keep the valley dry for a hundred years” if approved.", False),
    # a number for people named before, a connective that sets the sentence beside the one before
    ("The six were charged with causing bodily harm to the valley's farmers.", False),
    ("Aside from that, only 63 percent of the valley's homes are insured.", False),
    ("Whatever the reason, the river rose faster than the engineers expected.", False),
    ("Apart from the dam, the valley has no defences against floods.", True),
    ("The six main opposition parties said on Monday they would boycott the vote in Velano.", True),  # the number names them
    ("Sept. 11, 2001 — the day the dam first cracked — is remembered each year in the valley.", True),  # an aside, no entry
    # a quantity for what came before, any verb after a modal
    ("One would create about 15,000 new places in the valley's shelters.", False),
    ("Some will argue that the dam should never have been built.", False),
    ("One dam would hold the river back for a year, engineers said.", True),
    # a chronology's entry with its date label and a dash: a box's line
    ("Nov. 26 -- The Kestrel council grants the dam's builder a permit for the repairs.", False),
    ("June 1 — The court rules for the valley's farmers against the water board.", False),
    ("May 4-5 storms flooded 12 villages in the Kestrel valley, officials said.", True),
    # a relative pronoun whose antecedent is the sentence before, not a question's "Which ..."
    ("Which is why the council voted against the dam plan on Monday.", False),
    ("Which means the talks on the dam will resume in Kestrel next week.", False),
    ("Which prompted the council to close the Kestrel bridge on Monday.", False),
    ("Which in turn means the dam must be rebuilt before the winter rains.", False),
    ("Which villages will be evacuated first is still unclear, the council said.", True),
    ("There were no reports of injuries after the second blast, police said.", True),
    ("“We have never seen water rise this fast in the valley,” the mayor of Kestrel said.", True),
    ("“We have never seen water rise this fast in the valley.”", False),
    ("“We have never seen water rise this fast in the valley,” he said.", False),
    ("Its engineers found cracks in the dam wall on Tuesday morning.", False),
    # the writer's own first person: a column's, a live blog's or a reader's voice is nobody's alone
    ("Twenty years ago, in another flood, I was part of the crew that rebuilt the Kestrel dam.", False),
    ("Then I realised the water would not go down before the weekend.", False),
    ("We know that the council has no money left for the repairs.", False),
    ("Our correspondent in Kestrel says the mood in the valley is tense.", False),
    ("The mayor told us the dam would hold through the weekend.", False),
    ("I'm not sure the council can pay for the repairs this year.", False),
    # quoted first person, US, a name's numeral
    ("Mayor Ann Vale said the council would ‘do what we must’ to keep the dam safe.", True),
    ("“We will rebuild every house in the valley,” Mayor Ann Vale said.", True),
    ("US engineers said the dam wall had moved by 3 cm since Monday.", True),
    ("A memorial to the dead of World War I was damaged when the river rose.", True),
    ("On Monday I went down to the river to see the damage for myself.", False),
    ("Phase I trials of the flood vaccine began in Kestrel on Monday.", True),
    ("Doctors said the boy had type I diabetes and needed insulin at the shelter.", True),
    ("Our Lady of Kestrel church was flooded to the altar on Monday.", True),
    # a quotation's end (typed apart from its words, or not), its opening in the sentence before: its words cut from their
    # start, and a mark closing nothing, even with its speaker named
    ("We are going to have to wait and see, \" said Jo Lee, the Kestrel county engineer.", False),
    ("We are going to have to wait and see, \" he said.", False),
    ("We will govern for everyone in this valley,” Mayor Ann Vale told reporters after the signing.", False),
    ("“Kestrel has waited long enough. We will govern for everyone,” Mayor Ann Vale said.", True),
    # a pronoun or a possessive after a fronted phrase, an act left out after "if it did", a number or "other" for what came before
    ("On Tuesday, his coalition partner, the Farmers' League, repeated its demand that the minister resign.", False),
    ("On Tuesday, the Farmers' League repeated its demand that the minister resign.", True),
    ("In his speech on Tuesday, Mayor Ann Vale said the dam would hold.", True),
    ("When it did, the council's only line was that the report was \"only a draft\".", False),
    ("When it comes to the dam, the council has never published its inspections.", True),
    ("Two were found safe at the Kestrel shelter last night, the sheriff's office said.", False),
    ("Two hikers were found safe at the Kestrel shelter last night, the sheriff's office said.", True),
    ("2023 was the wettest year on record in the Kestrel valley.", True),
    ("Most other systems, including patient records, remain offline.", False),
    ("Other towns along the river have opened shelters.", False),
    ("Several other European countries have opened their borders to Kestrel's evacuees.", False),  # (a review's)
    ("At least two were found dead in the rubble of the Kestrel flats.", False),
    ("At least two residents were found dead in the rubble of the Kestrel flats.", True),
    ("5,000 civilians have been killed in Kestrel since March, says the UN.", True),  # (a number, then its noun)
    ("Other than the dam, no structure in Kestrel was damaged.", True),
    ("In other flooded districts, shelters are running short of blankets.", False),
    ("Among other steps, the council closed the Kestrel bridge to lorries.", False),
    ("In other developments, the Kestrel council closed the river bridge to lorries.", True),  # (a wire's transition)
    ("Another safety agency, the Kestrel Water Board, says the dam is sound.", False),
    ("Another witness told reporters that the river rose a metre in an hour.", False),
    ("Another fifteen families were moved to the Kestrel shelter overnight.", True),  # (more of a count: its own news)
    ("Another forty families were moved to the Kestrel shelter overnight.", True),
    ("Another powerful storm struck the Kestrel valley on Thursday, killing two people.", True),  # (one more of a series)
    ("Another hiker has died on the Kestrel ridge, the sheriff's office said.", True),
    ("Another option is to drain the Kestrel reservoir.", False),
    ("In other violence, a roadside bomb killed three soldiers near Kestrel on Monday.", True),  # (a wire's turn)
    ("Among other things, the bill bans lorries from the Kestrel bridge.", True),
    # ... but a possessive whose owner the fronted phrase names, and an idiom, stand alone (a review's)
    ("In Velano, its mayor ordered the evacuation of the lower town.", True),
    ("For Jo Lind, her acquittal on Monday ends a five-year fight over the Kestrel dam.", True),
    ("From modest beginnings in Kestrel, his firm grew into the valley's largest builder.", False),  # (a place, not its owner)
    ("In March, its board approved the sale of the Kestrel dam.", False),
    ("As it is, the port of Kestrel handles 40% of the country's trade.", True),
    # a short quotation's tail: a reply cut from its question ('"Do I accept it? I do," she told ...')
    ("I do,\" Mayor Ann Vale told reporters outside the court in Kestrel.", False),
    ("Never,\" said Jo Lee, the Kestrel county engineer.", False),
    ("The miners’, rescuers’ and families’ groups met the governor in Kestrel on Monday.", True),  # (apostrophes)
    ("A 55\" television and two laptops were stolen from the Kestrel shelter.", True),  # (an inch mark)
    ("The county engineer told reporters, \" We have never seen the river this high in March.\"", True),
    ("The county engineer told reporters: \" We have never seen the river this high in March.", True),
    # the start of a quotation that closes in a later sentence needs its speaker before it as well
    ("\" Rescue crews will not reach the upper valley before Friday.", False),
    ("“The river has never risen this fast in the valley.", False),
    ("``The water came in faster than anyone had expected.", False),
    ("Later that night he told reporters: “The river has never risen this fast.", False),
    ("Mayor Ann Vale told reporters: “The river has never risen this fast in the valley.", True),
    ("Mayor Ann Vale: \" The river has never risen this fast in the valley.", True),
    ("Villagers chanted “Save the valley” outside the council offices on Monday.", True),
    ("The engineers say the answer is no, \" said Jo Lee, the Kestrel county engineer.", False),  # (a quotation's end: see above)
    # British single quotes: an apostrophe inside ("can’t") does not close them; a quotation of several
    # sentences opens or closes in another; a plural's apostrophe ("farmers’") closes nothing
    ("‘We can’t leave our homes,’ Mayor Ann Vale said on Monday.", True),
    ("‘We won’t let our town die’, Mayor Ann Vale said.", True),
    ("Mayor Ann Vale said: ‘We won’t rebuild our town on the same spot.", True),
    ("Our town will stand again,’ Mayor Ann Vale said.", False),  # (its opening in the sentence before)
    ("We know the farmers’ fields will stay under water until May.", False),
    # and like a double-quoted one it needs its named speaker
    ("‘We can’t leave our homes now that the river has risen.’", False),
    ("‘We can’t leave our homes now that the river has risen,’ she said.", False),
    # the same typed in ASCII (a plural's apostrophe, "players'", and an elision, "'em", open nothing)
    ("Mayor Ann Vale said the council would 'do what we must' to keep the dam safe.", True),
    ("'We can't leave our homes,' Mayor Ann Vale said on Monday.", True),
    ("The players' union said 'we will strike on Monday' in a statement.", True),
    ("'We can't leave our homes now that the river has risen.'", False),
    ("Nuke 'em, we say, and thank 'em later.", False),
    # reported words whose speaker is only a pronoun at the end: whose they are is in another sentence
    ("The dam will be under the army's control by the end of the week, they said.", False),
    ("The valley will be rebuilt within a year, she affirmed on Monday.", False),
    ("Another 18 people were killed in the river towns on Sunday, it added.", False),  # a ministry's, a report's
    ("Investigators seized two servers and 40,000 euros in cryptocurrency, it said in a statement.", False),
    ("The ministry said investigators had seized two servers, and it added that more arrests were likely.", True),
    ("The valley will be rebuilt within a year, Mayor Ann Vale affirmed on Monday.", True),
    ("The engineers said the dam would hold, and they expected the river to fall.", True),
    # ... or between commas inside it
    ("Ambulances were still being diverted to other hospitals, she said, and the major incident remained in force.", False),
    ("Food supplies in the valley were ample, he said, but medicines were scarce.", False),
    ("Food supplies in the valley were ample, the mayor said, but medicines were scarce.", True),
    ("Mayor Ann Vale said the levee held overnight, but, she said, the river would crest again on Friday.", True),  # (named)
    ("Residents were told to leave their homes, she said, and the school remained closed.", False),  # (told: no name)
    # a subject that "also" acts goes on from the sentence before; "also" further in does not
    ("Ostravia's president also said the army would take control of the border on Wednesday.", False),
    ("The company also hoped to close one of the three leaks by the end of the week.", False),
    ("Jo Lee is also a Velan activist who has recently come out of prison.", False),
    ("The agency said it would also send engineers to the dam on Friday.", True),
    ("Jo Lee, who is also the finance minister, said the budget was sound.", True),
    # "The <noun> came as ..." names what the sentence before told
    ("The order came as health officials confirmed 40 more cases in Kestrel.", False),
    ("The rains came after three dry months that had already cost the region its harvest.", True),
    # a fronted clause or phrase whose pronoun or demonstrative points back
    ("According to him, the dam was built on a fault line in 1987.", False),
    ("If they fail, the toll could rise well above 40 in the valley.", False),
    ("Even at that rate, the reservoir will be empty by the end of March.", False),
    ("Of the four reports, the agency's is the most cautious about the dam.", False),
    ("According to the agency, the dam was built on a fault line in 1987.", True),
    # a connective that answers, adds to or sets against what the sentence before told; not with its own object
    ("In response, the water board has opened the sluices of the Velano dam.", False),
    ("In addition, 40 people were injured in the lower town.", False),
    ("As a result, the ferry to Kestrel will not run until Friday.", False),
    ("Nevertheless, the dam held through the night.", False),
    ("In response to the floods, the water board has opened the sluices of the Velano dam.", True),
    ("As a result of the floods, the ferry to Kestrel will not run until Friday.", True),
    ("In this year's budget, Ostravia cut spending on dams by 4 percent.", True),
    ("Additionally, the water board closed two sluices of the Velano dam.", False),
    ("For its part, the water board said the dam had never been at risk.", False),
    ("At the same time, engineers found a second crack below the spillway.", False),
    ("On the other hand, the ferry to Kestrel ran all week.", False),
    ("Similarly, the Kestrel dam was closed to traffic on Monday.", False),
    ("Then the river rose another metre in two hours.", False),
    ("In fact the sluices had been opened a day earlier.", False),
    ("Thus the lower town was cut off by Monday night.", False),
    # ... not the same words as a place, a length of time or a sentence's own comparison
    ("Further north, the river burst its banks at Kestrel on Monday.", True),
    ("Rather than wait, the water board opened the sluices on Monday.", True),
    ("Thus far, 12 people have died in the floods in the valley.", True),
    ("Then-mayor Ann Vale ordered the dam's first inspection in 1998.", True),
    ("Then Prime Minister Ann Vale ordered the dam's first inspection in 1998.", True),
    ("Then chancellor Ann Vale cut the budget for dams by half in 1999.", True),
    ("Again and again, engineers warned the water board of cracks in the dam.", True),
    ("Equally important is the state of the Kestrel dam, engineers said.", True),
    ("Rather, who anchored Velan television's evening news for 24 years, died on Saturday.", True),
    ("Indeed Hiring Lab said job postings in Velano fell 3 percent in March.", True),  # (a company's name)
    ("Furthermore the ministry closed two sluices on Monday.", False),  # (no other reading: no comma needed)
    ("For Kestrel's part, the council said the dam had never been at risk.", False),
    ("Once again, the ferry to Kestrel did not run.", False),
    # one of a list, in capitals (not a title's capitals: "The Others was released in 2001.")
    ("The SECOND are the engineers who ignored the cracks in the dam.", False),
    ("The Others, a ghost story filmed in Velano, was released in 2001.", True),
    # an act told as another's done again, where the sentence does not say whose first
    ("The Kestrel council did the same on Tuesday.", False),
    ("On Tuesday, the Kestrel council followed suit.", False),  # (a fronted phrase names no one's act)
    ("Ostravia's president declined to follow suit, saying the dam was safe.", False),
    ("Norway has done likewise.", False),
    ("Much the same thing happened in Kestrel a week later.", False),
    ("The dam cracked in 1998, and the same thing happened in 2004.", True),
    ("Velano closed its schools on Monday, and Kestrel followed suit on Tuesday.", True),
    ("If Velano closes its schools, Kestrel will do the same.", True),
    ("Velano's decision to close its schools on Monday led Kestrel to follow suit.", True),
    ("Other towns did the same after Velano closed its schools on Monday.", True),
    ("Women who do the same job as men in Velano are paid 14 percent less.", True),  # ("the same" with its own noun)
    ("When it rains in Velano, the river floods the lower town within hours.", True),
    # a quantity standing for people or things named before, its verb next; not one with its own noun or number
    ("Another said the water had reached the second floor of the clinic.", False),
    ("Most were rescued from rooftops on Monday night.", False),
    ("Several were taken to the hospital in Kestrel with cuts.", False),
    ("Others have tried to cross the river on foot.", False),
    ("One is Ann Vale, a retired engineer who built the dam.", False),
    ("Some say the sluices were opened too late.", False),
    ("A second is that the dam was never inspected.", False),
    ("Most reported cuts and bruises, the clinic said.", False),
    ("Another 12 people were rescued from rooftops on Monday night.", True),
    ("Some 200 people were rescued from rooftops on Monday night.", True),
    ("Most Kestrel residents were rescued from rooftops on Monday night.", True),
    ("One person was swept away by the river near Kestrel.", True),
    ("A second dam cracked below Kestrel on Tuesday.", True),
    ("One day after the floods, the ferry to Kestrel ran again.", True),
    ("Others, however, said the sluices had been opened on time.", False),  # (past an aside)
    ("Another, who asked not to be named, said the guards had fled.", False),
    ("Some will never return to their homes in the lower town.", False),
    ('"Many have lost everything," Kestrel\'s mayor, Jo Lee, told reporters.', True),  # (its speaker named)
    ("Most Were Strangers, a film shot in Kestrel, won the jury prize on Sunday.", True),  # (a title)
    # an answer to a question the reader does not see; a demonstrative subject after a fronted phrase
    ("Yes, but the next flood will almost certainly be different.", False),
    ("Most of that aid is going to the eastern part of the valley.", False),
    ("Some of them were rescued from rooftops on Monday night.", False),
    ("Most of the aid is going to the eastern part of the valley.", True),
    ("Most of those killed in Saturday's bombing were pilgrims, police said.", True),  # "those" + who or a participle
    ("Many of those who fled the fighting have found shelter in camps across the border.", True),
    ("Much of this year's harvest in the valley was lost to the floods.", True),
    ("Well, the river is going to stay high for months.", False),
    ("Of all the towns in the valley, this was supposed to be the safest from floods.", False),
    ("In some districts, these are the first floods in a century.", False),
    ("Wellington, the capital, was calm on Monday.", True),
    ("By Monday, thousands had fled the lower town.", True),
    ("In Velano, this year's rains were the heaviest on record.", True),
    # a pronoun subject after a fronted phrase points back as it would without the phrase; not after a fronted clause
    # that may hold its referent, nor after a name's possessive
    ("Under questioning, she said she had been promised a reduced sentence.", False),
    ("On Friday, they filed an appeal with the Velan Supreme Court.", False),
    ("Today, those objections to the Kestrel dam seem almost quaint.", False),  # and so a demonstrative
    ("In 2010, that decision was reversed by the Velan Supreme Court.", False),
    ("On Monday, this week's talks on the Kestrel dam collapsed.", True),  # (a span of time)
    ("In Tarn, those who fled the floods returned home on Monday.", True),
    ("In a statement, she accused the water board of hiding the cracks.", False),
    ("In 1998, it was reported that the dam had cracked.", False),  # as "It was reported ..."
    ("After Jo Lee testified, she left the court by a side door.", True),
    ("By the water board's own count, it has spent 4 million euros on the dam.", True),
    ("By Kestrel's own count, it has spent 4 million euros on the dam.", True),
    ("On Friday, the engineers filed their report with the Velan water board.", True),
    # a time told from a moment the sentence does not name, opening it or ending a sentence of one clause; not where the
    # sentence names the moment itself, nor a time told from now
    ("Hours later, the water board opened the sluices of the Velano dam.", False),
    ("The next day, engineers found a second crack in the dam wall.", False),
    ("Shortly afterwards, the Velan water board ordered the lower town evacuated.", False),
    ("Earlier, the Velan water board had ordered the lower town evacuated.", False),
    ("Since then, the river has fallen by a metre at Velano.", False),
    ("The new pumps can clear an amount of water equal to 300 of these each day.", False),  # a demonstrative for a noun before
    ("The water board has never seen a flood like this.", False),
    ("The mayor spoke of this year's floods as the worst in living memory.", True),  # its own noun
    # "these" after a word, for things the sentences before told; not in a quotation, after a comma naming them, "these days"
    ("The majority of these attacks were on clinics and schools in Tarn.", False),
    ("Engineers could find themselves drilling through these soft clay layers below the Velano dam.", False),
    ("The average household in Tarn owns three boats, and 40 percent of these are uninsured.", True),  # (named before it)
    ("Police seized 40 rifles in Tarn, and officials said these weapons were smuggled from Velan.", True),
    ("The ministry named these five towns as the worst hit: Arvel, Pell and Tarn.", True),  # (a list after it)
    ("The Tarn band's album All These Years sold well in Velan.", True),
    ("Arvel and Pell, these hillside towns north of Kestrel, were hit hardest.", True),
    ("Prices of sandbags rise fast these days in the valley.", True),
    ("\"We will not accept these terms,\" Ann Marsh of the water board said.", True),
    # a fronted clause or phrase whose demonstrative points back; a day fronted without its comma before a pronoun
    ("When this happens, engineers said, the sluices open by themselves.", False),
    ("Without this amplification, the river would rise only a metre, engineers said.", False),
    ("When this year's floods ended, the Velan water board retired its old pumps.", True),
    ("On Friday he will make a second visit to the Velano dam.", False),
    ("On 12 March their lawyer said the case against the water board would be dropped.", False),
    ("On Friday heavy rain fell on the Velano dam.", True),
    ("On Sunday His Holiness Pope Pell III said mass in Tarn.", True),
    ("On Friday its board voted to close the Velano dam.", False),
    ("Until this week, Velan had reported no cases of cholera.", True),
    ("Until this Friday, the Velano dam stays shut.", True),
    ("Given that the reservoir is full, officials opened the sluices of the Velano dam.", True),
    ("Unlike that of Tarn, the Velano dam has held.", True),
    # (a second review's cases: a dash ends a clause, a thousands comma does not; a present time; a restrictive "those")
    ("Police arrested 40 men in Tarn on Monday - most of these were freed later.", True),
    ("More than 1,200 of these refugees crossed into Velan on Monday.", False),
    ("Prices of sandbags rose in these hard times, traders in Tarn said.", True),
    ("Unlike those in Tarn, the dams in Velan survived the quake.", True),
    ("On Sunday it emerged that the Tarn minister had resigned.", True),
    ("Until this fall, Velan had reported no cases of cholera.", True),
    ("The ministry banned these three pesticides - Arvelin, Pellor and Tarnex - in March.", True),  # (a list after it)
    # "either", "both", "neither" standing for nouns of the sentence before; not before their own noun
    ("For years the water board has worked without much of either.", False),
    ("Most engineers expect the board to try a bit of both.", False),
    ("Talks between both sides on the Velano dam resumed in Kestrel.", True),
    ("Velano and Kestrel agreed a truce on Tuesday, and diplomats urged restraint from both.", True),  # (the two named)
    ("Jo Lee and Ana Ruiz were charged, and a lawyer for both, Ana Cruz, said they would appeal.", True),
    ("Symptoms of both -- fever and a rash -- appear within days.", True),  # (a dash may name them)
    # a paper or a recording the article has introduced, named by its common noun alone as what the sentence tells
    ("According to the affidavit, the coroner had seen the toxicology results by then.", False),
    ("In the survey, 60 percent of voters in Tarn call the floods a disaster.", False),
    ("The indictment alleges that the dam's owners laundered 2 million euros.", False),
    ("Observers said the poll in Tarn was largely free and fair.", True),  # ("poll": often the election)
    ("In the study, published in The Lancet on Thursday, researchers found fewer cases in Tarn.", True),
    ("In the video posted on YouTube, a man is seen opening the sluices.", True),
    ("In the video game industry, sales in Tarn fell by a third.", True),
    ("A video of the dam spread online, but the army said the video was fake.", True),
    ("The reporters' union said the report was a fabrication.", False),  # ("reporters" names no report)
    ("Velan's attorney general said the complaint alleged that the dam's owners ignored warnings.", False),
    ("The documents go on to say that the engineers had warned of cracks in March.", False),
    ("Two sluices failed in the first hour, the report said.", True),  # (a closing tag: what it tells stands alone)
    ("According to the report of the Velan water board, two sluices failed in the first hour.", True),
    ("In the study in the journal Nature, researchers found the Tarn glacier had shrunk by half.", True),
    # a head set against what the sentence before told ("The town itself was quiet"); not a name's ("The Velan ...")
    ("The town itself was quiet; shops were shut and the streets empty.", False),
    ("The engineers themselves say the dam wall could fail within days.", False),
    ("The Velan water board itself ordered the lower town evacuated.", True),
    ("The rebels themselves say they are now poised to take the port.", False),
    ("The debate itself almost did not happen.", False),
    # ... not a reflexive object, nor in a quotation its speaker names
    ("The government distanced itself from the minister's remarks on Tuesday.", True),
    ("The rebels found themselves surrounded in the hills above Velano.", True),
    ("The gunman killed himself after the attack, police said.", True),
    ("The government describes itself as a caretaker administration.", True),
    ('"The system itself is broken," said Jo Lee, the mayor of Velano.', True),
    ('"I have never seen anything like this," said Jo Lee, the mayor of Velano.', True),  # (the speaker's, in the quotation)
    ("Earlier it emerged that the water board had known of the cracks for a year.", False),
    ("Later he told reporters the sluices would stay shut.", False),
    ("Millions of litres of water have poured into the valley since then.", False),
    ("The dam cracked on 4 March and water has poured into the valley since then.", True),
    ("Earlier this month the water board ordered the lower town evacuated.", True),
    ("Earlier it emerged on Tuesday that the water board had known of the cracks.", True),  # it names its moment
    ("Earlier on Monday, the Velan water board ordered the lower town evacuated.", True),
    ("Earlier, on Monday, the Velan water board ordered the lower town evacuated.", True),
    ("Earlier the agency said it had no plans to open the sluices.", False),  # (no comma, before its subject)
    ("Earlier there were reports of gunfire near the dam.", False),
    ("Earlier Velan government figures put the death toll at 40.", True),  # (before a name: an adjective's as often)
    ("Later a frustrated Jo Lee tells the mayor the sluices will stay shut.", False),
    ("Earlier Monday, the water board opened two sluices.", True),
    ("Earlier the same day, the water board opened two sluices.", False),  # (as "earlier that day": which day?)
    ("Later the same day the minister resigned over the dam.", False),
    ("Earlier reports said 12 people had died in the floods in the valley.", True),  # (the adjective's)
    ("Earlier U.N. estimates put the death toll in the valley at 40.", True),
    ("Earlier the agency said Tuesday that it had no plans to open the sluices.", True),  # (its day, AP's way)
    ("Earlier the agency said in a statement dated March 3 that the dam was safe.", True),
    ("Earlier Christmas Day, the bishop called for calm in the valley.", True),
    ("Since 4 March, the river has fallen by a metre at Velano.", True),
    ("A second tremor shook the valley about two hours later.", False),
    ("The dam cracked on 4 March and gave way two days later.", True),
    ("The tremor cracked the dam, and the wall gave way two days later.", True),
    ("The day after the flood, the water board met in Kestrel.", True),
    ("The Velan water board will meet later this week to decide on the sluices.", True),
    # a figure compared with one the sentence does not give (a comparative without "than", no number)
    ("Residents say the true toll is far higher.", False),
    ("Aid groups believe the real number of displaced could be much larger.", False),
    ("A correspondent on the border says the real number of displaced people is probably much higher.", False),
    ("The water board counted 300 homes flooded, though residents say the real figure is much higher.", True),
    ("The toll is higher than after the floods of 1998.", True),
    # a speaker and where they spoke, their words in the next paragraph
    ("Jo Lee, a Velan government spokesman, told reporters in Kestrel on Sunday.", False),
    ("The dam will hold, Jo Lee, a Velan government spokesman, told reporters in Kestrel.", True),
    # a chronology's entry with its date label
    ("Sept. 7: The government of Ostravia takes over the two largest mortgage lenders.", False),
    ("20 April: An explosion on the Kestrel drilling platform kills 11 workers.", False),
    ("On Sept. 7, the government of Ostravia took over the two largest mortgage lenders.", True),
    # an outlet's promo for its video: what its reporter shows, not what happened
    ("CNN's Jo Lee reports on the families sleeping in the schools of Velano as the river rises.", False),
    ("The BBC's Ann Poe looks at what the floods mean for the harvest in the valley.", False),
    ("The BBC talks to farmers in Velano about the flood and the lost harvest.", False),
    ("The Kestrel Times examines how the dam came to be built on a fault line.", False),
    ("Ann Poe reports from Velano.", False),
    ("The Velan Water Board meets on Sunday to decide whether to open the sluices.", True),
    ("Ostravia asks the IMF for a loan of four billion dollars to rebuild the valley.", True),
    ("Kestrel's Governor Jo Lee said the dam would hold.", True),
    # ... nor an institution's own present, "also" in a relative clause, a comparison with "came as"
    ("The World Health Organization looks at whether to declare a pandemic at its meeting on Thursday.", True),
    ("The Velan Supreme Court examines the water law in a three-day hearing starting on Monday.", True),
    ("The Kestrel Times reports on Sunday that the ministry will cut 4,000 jobs.", True),
    ("Ostravia's Chancellor Jo Lee meets the Velan president at the palace on Friday.", True),
    ("People who also have diabetes or asthma are at higher risk from the virus, the agency said.", True),
    ("The water came as high as the first floor of homes in Velano, residents said on Tuesday.", True),
    # a definite head naming only what the sentences before told: one of a list, a person by role alone, a thing,
    # event or place just described; not one a phrase or a name says which, nor the topic's own nouns
    ("The first is a review of the dam's sluice gates by engineers from Kestrel.", False),
    ("The other was found on a riverbank near Velano on Tuesday.", False),
    ("The woman, who had asthma, died in hospital in Kestrel on Sunday.", False),
    ("The doctor said the first of the injured arrived at the hospital before dawn.", False),
    ("The refugees told the Kestrel Times that soldiers had burned their homes.", False),
    ("The procedure, which could take two days, has never been tried at such depths.", False),
    ("The findings were contained in a sealed report released by the court on Monday.", False),
    ("The plan will take four days to set up, engineers said.", False),
    ("The question is whether the dam will hold through the spring rains.", False),
    ("The town was quiet on Tuesday, with residents afraid to leave their homes.", False),
    ("The plan to lower the reservoir by two metres was approved on Monday.", True),
    ("The doctor who treated the injured miners said all nine would recover.", True),
    ("The mayor, Jo Lee, said the town would be rebuilt within a year.", True),
    ("The doctor, Conrad Murray, said the singer still had a faint pulse.", True),  # a role named at once (a name's
    ("The spokesman, Oren Paske, said the sluices would stay shut.", True),  # capital, not a word boundary, after it)
    ("The suspect, identified as Jo Lee, 34, was arrested in Kestrel on Friday.", True),
    ("The ruling, handed down by the Velan Supreme Court on Friday, strikes down the dam law.", True),
    ("The plan, announced by the transport ministry on Monday, would close the bridge.", True),
    ("The men, women and children who fled the valley are sheltering in schools.", True),
    ("The government said it would send 1,500 soldiers to the valley.", True),
    ("The flood killed at least 40 people in the lower town, officials said.", True),
    ("The first cases of the virus in Kestrel were confirmed on Monday.", True),
    # a caveat on the claim before it: the outlet could not verify it, or it could not be
    ("CNN could not independently confirm the report.", False),
    ("The BBC can not verify the authenticity of these testimonies.", False),
    ("Reuters was unable to verify the footage.", False),
    ("The figures can not be independently verified.", False),
    ("These claims could not be confirmed as foreign reporters are barred from Velano.", False),
    ("The reports, carried by a news agency quoting unnamed police sources, have not been confirmed.", False),
    ("The figures have not yet been independently verified.", False),
    ("The Associated Press could not immediately verify the authenticity of the video.", False),
    ("CNN was not immediately able to verify the report.", False),
    ("Casualty figures could not be independently verified.", False),
    ("The claims can not be verified as foreign reporters are barred from Velano.", False),
    # ... or on the outlet's own access to the story and means to check it
    ("The Velanese government has not responded to repeated requests from CNN for access to the country.", False),
    ("The government keeps tight control on communications and has not responded to repeated requests for access to "
     "the country, though CNN has spoken to several witnesses by phone.", False),
    ("Events in Velano are very difficult to confirm, since the government has not answered repeated CNN requests for "
     "visas.", False),
    ("Velano has barred foreign reporters, including those from the BBC, making it impossible to verify reports.", False),
    ("The government keeps tight control of communications and has not replied to requests for access to the country.",
     False),
    ("CNN has spoken to several residents of the valley by telephone.", False),
    ("CNN has interviewed, however, numerous witnesses by phone.", False),
    ("CNN continues to have many teams in place.", False),  # where the outlet has its people, and nothing else
    ("The BBC has a correspondent in Velano.", False),
    ("With foreign reporters barred from Velano, much of the reporting of the siege has depended on footage posted by "
     "activists.", False),  # what its reporting has had to rest on
    ("The coverage from Tarn has relied largely on videos sent by residents.", False),
    ("CNN has a team in Velano, where shelling resumed on Monday.", True),
    ("The BBC has people on the ground who saw the tanks enter the town.", True),
    ("The army said its operation has depended on air support from Kestrel.", True),
    ("The minister said the coverage of the floods has relied on rumours, the BBC reported.", True),
    # ... nor the outlet's people held or hurt, its coverage's critics, nor what follows its caveat (the review's cases)
    ("The Guardian has a reporter jailed in Ostravia since March.", True),
    ("The New York Times has a reporter in detention in Velano.", True),  # (the second review's cases)
    ("Much of the reporting has depended on footage from activists and on Tuesday the army admitted shelling the town.",
     True),
    ("Much of the reporting has depended on footage from activists and yesterday the army admitted shelling the town.",
     True),
    ("CNN has a team on the scene.", False),  # (the third review's)
    ("Much of the reporting has depended on footage from activists and the army has admitted shelling the town.", True),
    ("CNN has a crew held by Velan security forces.", True),
    ("The BBC has journalists under house arrest in Velano.", True),
    ("The coverage of the siege has drawn accusations of bias from both sides.", True),
    ("Much of the reporting on the siege has depended on footage from activists, but on Tuesday the army admitted "
     "shelling the hospital.", True),
    ("Critics said the coverage had relied too heavily on government sources.", True),
    ("Police said it was difficult to confirm how many people had died in the flood.", True),  # (no outlet's)
    ("The government has not responded to repeated UN requests for access to the besieged town of Tarn.", True),
    ("CNN has learned that the minister resigned on Monday.", True),
    # ... nor a source's words the outlet reports, nor what follows a call by phone (the review's cases)
    ("Aid agencies say the junta has rejected repeated requests for visas for relief workers, the BBC reports.", True),
    ("A UN spokesman told the BBC that the agency's requests for access to the camps had been refused.", True),
    ("The UN told Reuters it was difficult to verify reports of mass graves in the east.", True),
    ("Police said it was difficult to confirm how many people had died, the BBC reported.", True),
    ("Velano has not responded to repeated requests for access to the country by UN inspectors.", True),
    ("The BBC has spoken to the hijackers by phone and they demanded $2m for the crew.", True),
    ("The ministry turned down a request from Reuters for comment on the dam.", True),
    # ... a caveat that goes on to tell something else carries news
    ("The Kestrel Herald could not confirm the payments, but the minister said on Monday that he would resign.", True),
    ("Reuters could not verify the video, which appeared to show troops firing on protesters in Velano.", True),
    ("The ballots cannot be verified until the electoral commission finishes its count on Friday, officials said.", True),
    ("The nominee has not been confirmed by the Senate.", True),
    # ... not what a source could not confirm, nor what the outlet reported
    ("Police could not confirm whether the man was armed, the mayor of Velano said.", True),
    ("The water board could not confirm reports that the dam had cracked on Monday.", True),
    ("Reuters reported that 40 people had died in the flood north of Kestrel.", True),
])
def test_points_stand_alone(sentence: str, alone: bool) -> None:
    assert stands_alone(sentence) is alone


def test_long_sentences_do_not_fit_a_point() -> None:
    long = "Officials said " + "the water rose again in the valley and " * 5 + "villagers left."
    assert len(long.split()) > 35 and not fits_a_point(long)
    assert fits_a_point("Officials said the water rose again in the valley overnight.")


@pytest.mark.parametrize(("sentence", "fits"), [
    ("The rebels ' stronghold of Velano is to the east of Kestrel.", False),
    ("After the failure of the ` top kill ' repair, the company said it would try again.", False),
    ("The minister spoke with CNN s Ann Poe about the flood on Monday.", False),
    # the same written as people write
    ("The rebels' stronghold of Velano is to the east of Kestrel.", True),
    ("After the failure of the 'top kill' repair, the company said it would try again.", True),
    ("The minister spoke with CNN's Ann Poe about the flood on Monday.", True),
    ("Officials said the villages' wells had been poisoned by the flood water.", True),
    ("``We will rebuild every house,'' the governor of Velano said on Monday.", True),
    ("The minister spoke with CNN 's Ann Poe about the flood on Monday.", False),
    ("The governor did n't say when the sluices would open.", False),
    ("Troops -LRB- about 300 -RRB- reached Velano on Monday.", False),
    ("Troops -LSB- about 300 -RSB- reached Velano on Monday.", False),
    ("The ministry said the letter s had been left off the new road signs in Velano.", True),
    ("The car reached 100 km/h in 4.2 s on the test track outside Kestrel.", True),
    ("Police in 's-Hertogenbosch said the flood had not reached the town.", True),
    ("The governor called the plan `a disgrace' on Monday, in a speech in Velano.", True),
])
def test_a_tokenisers_debris_does_not_fit_a_point(sentence: str, fits: bool) -> None:
    assert fits_a_point(sentence) is fits


def test_a_brief_prefers_sentences_that_stand_alone() -> None:
    d = date(2024, 3, 1)
    text = ("Heavy rain flooded 14 villages north of Kestrel on Monday, officials said. "
            "He said the dam would hold if the rain eased overnight in the mountains. "
            "This followed a week of heavy rain in the mountains north of the city.")
    brief = compose_brief(Settings(topic="t", words=400), d, [article(text, id=1, published=d)], [], None)
    assert [p.text for p in brief.summary] == ["Heavy rain flooded 14 villages north of Kestrel on Monday, officials said."]


_PIECES = ["we", "We", "our", "ours", "us", "US", "my", "My", "me", "I", "I'm", "I’ve", "II", "World", "War", "said",
           "the", "police", "Kosovo", "was", "here", ".", ",", ";", ":", "!", "?", "“", "”", "‘", "’", '"', "''", "``",
           "(", ")", "-", "—", "'", "’s", "\u00a0", "  "]


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16), st.lists(st.booleans(), max_size=16))
def test_a_sentence_without_a_first_person_word_is_never_read_as_in_the_first_person(pieces: list[str], glued: list[bool]) -> None:
    """The first person is looked for outside quotation marks only when the sentence holds one of its
    words at all (a cheap test first): every sentence found in the first person holds one."""
    text = "".join(p + ("" if g else " ") for p, g in zip(pieces, [*glued, *[False] * len(pieces)], strict=False)).strip()
    if _in_first_person(_unquoted(text)):
        assert _ANY_FIRST_PERSON.search(text), text


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from([*_PIECES, "em", "can't", "can’t", "farmers'", "(", "a", "’‘", "'‘", "a‘", "a'", "('", "(‘",
                                 "('We", "(‘We", "gone'", "gone’"]), max_size=16),
       st.lists(st.booleans(), max_size=16))
@example(["('We", "gone'", "a"], [])
@example(["’‘", "We", "gone’", "a"], [])
def test_single_quotes_test_what_is_before_them_after_finding_them(pieces: list[str], glued: list[bool]) -> None:
    """A single quote's opening tests the character before it once the mark is found (fast): it finds
    what the test before the mark finds."""
    from briefbot.text import standalone

    text = "".join(p + ("" if g else " ") for p, g in zip(pieces, [*glued, *[False] * len(pieces)], strict=False)).strip()
    curly = r"(?<![\w’'])‘[^‘]*?’(?!\w)"
    ascii_single = r"(?:^|(?<=[\s(]))'(?!(?:em|cause|til|n|tis|twas|s)\b)(?=[^\W\d_])[^\"]*?(?<=\S)'(?!\w)"
    def spans(pattern: re.Pattern[str] | str) -> list[tuple[int, int]]:
        return [m.span() for m in re.finditer(pattern, text)]

    assert spans(standalone._QUOTE) == spans(rf"[“\"][^”\"]+[”\"]|{curly}|{ascii_single}")
    assert spans(standalone._OPENING) == spans(r"“|``|(?:^|(?<=\s))(?:''|\")|(?<![\w’'])‘")


# a feed of a town's hospital cyberattack, each article a story of its own (invented)
_HACK = [
    "A cyberattack on the Kelby hospitals forced the trust to divert ambulances to Harwick on Monday, the trust said.",
    "The ransomware gang Nightfang claimed the attack on Kelby's hospitals and posted samples of patient records online.",
    "Surgeons at Kelby General Hospital have postponed 112 operations since the cyberattack, the trust said on Wednesday.",
    "The Kelby hospitals trust said on Thursday it would not pay the ransom demanded by the hackers.",
    "Police arrested a 24-year-old man in Harwick on suspicion of involvement in the ransomware attack on the Kelby hospitals.",
    "Email and some scheduling systems were back online at the Kelby hospitals on Saturday, six days after the attack.",
    "Hackers published the personal data of about 340,000 patients of the Kelby hospitals trust on Sunday.",
    "The national cyber agency said the hackers who attacked the Kelby hospitals got in through an unpatched flaw.",
]
_DERBY = article("Kelby Rovers came from a goal down to beat Harwick Athletic 3-1 in the derby on Saturday night. Striker Jo "
                 "Meer scored twice and the club moved up to fourth in the league table.", id=99, published=date(2026, 9, 15),
                 title="Kelby Rovers win derby")


def test_a_stray_that_names_the_topics_place_is_left_out_among_many_stories() -> None:
    """A feed of a town's hospital cyberattack carries the town's football derby: it names the town (a title word) but
    tells another story, so among six stories or more it is left out and counted (the readers' feeds had three)."""
    from briefbot.brief.items import strays

    d = date(2026, 9, 15)
    arts = [article(text, id=n + 1, published=d) for n, text in enumerate(_HACK)]
    assert strays([*arts, _DERBY]) == {8} and strays([*arts[:4], _DERBY]) == set()  # (too few to tell)
    settings = Settings(topic="t", title="Kelby hospital ransomware attack", focus="cyberattack on the Kelby hospitals")
    brief = compose_brief(settings, d, [_DERBY, *arts[:2]], arts[2:], None)
    assert [s.article_id for s in brief.off_topic] == [99] and all(99 not in p.article_ids for p in brief.summary)
    # a point an earlier brief of fewer articles took from it is no news gone once it is a stray
    first = compose_brief(settings, d, [_DERBY, *arts[:3]], [], None)
    assert any(99 in p.article_ids for p in first.summary)
    later = compose_brief(settings, date(2026, 9, 16), arts[3:], [_DERBY, *arts[:3]], first)
    assert not any(99 in p.article_ids for p in later.changes)


_STRIKE = [
    "About 2,400 dock workers at the Port of Marl walked off the job at 6 a.m. on Monday, halting container traffic at the port.",
    "Picket lines formed at the three main gates of the Port of Marl before dawn on Monday as dock workers began a strike.",
    "The dock workers' union has demanded that the Marl port authority raise pay by 9% and cap shifts at 10 hours.",
    "The strike at the Port of Marl continued on Tuesday, with 27 ships waiting at anchor outside the harbour, the port said.",
    "Talks between the dock workers' union and the Marl port authority are continuing at the conciliation service.",
    "The Marl port authority has offered dock workers a 4% increase in basic pay, backdated to January.",
]


def test_a_stray_is_told_among_six_stories_and_not_among_five() -> None:
    """A strike's first days: six stories and the town's football result (session 31's reader saw it as a point of the
    first brief, of seven articles); among five, a median tells too little."""
    from briefbot.brief.items import strays

    d = date(2027, 5, 4)
    football = article("Marl Rovers beat Dunmore Athletic 3-1 at the Harbour Road ground on Tuesday night to move up to third "
                       "in the table. Rovers travel to Kellwick on Saturday.", id=99, published=d, title="Rovers climb to third")
    arts = [article(text, id=n + 1, published=d) for n, text in enumerate(_STRIKE)]
    assert strays([*arts, football]) == {6} and strays([*arts[:5], football]) == {5}
    assert strays([*arts[:4], football]) == set()


def test_copies_of_one_wire_story_count_once_and_leave_the_other_stories_in() -> None:
    """Six reprints of one wire story and six other stories of the feed: the median is no reprint's, and an explainer or
    a victim's obituary, far from the wire story's words, stays (a reviewer's case of the first rule, which left them out)."""
    from briefbot.brief.items import strays

    d = date(2026, 9, 15)
    wire = ("KELBY (Reuters) - A cyberattack on the Kelby hospitals trust forced it to divert ambulances to Harwick on Monday, "
            "the trust said. Staff were using paper records after computer systems went down overnight.")
    copies = [article(wire, id=n + 1, published=d, title=f"Kelby hospitals hit by cyberattack ({n})") for n in range(6)]
    others = [article(text, id=n + 10, published=d) for n, text in enumerate(_HACK[1:6])]
    explainer = article("Ransomware is malicious software that encrypts a victim's files and demands payment for the key, as "
                        "in the attack on the Kelby hospitals; gangs often steal data first and threaten to publish it.",
                        id=30, published=d, title="What is ransomware? How the Kelby hospital attack worked")
    obituary = article("Family and friends paid tribute to Edna Marsh, 81, a retired teacher from Kelby who died after the "
                       "ambulance carrying her was diverted during the hospital cyberattack.", id=31, published=d)
    assert strays([*copies, *others, explainer, obituary]) == set()
    assert strays([*copies, explainer, obituary, others[0]]) == set()  # (four stories: too few to tell; the review's case)
