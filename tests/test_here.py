"""A wire story's "here" is its dateline's place: shown beside the words once cleaning has taken the dateline off."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from briefbot.brief.compose import Settings, compose_brief
from briefbot.ingest.files import cleaned, parse_article
from briefbot.output.markdown import markdown
from briefbot.output.serialize import brief_from_json, brief_to_json
from briefbot.text.here import here_notes, place_name


@pytest.mark.parametrize(("place", "name"), [
    ("ULAN BATOR", "Ulan Bator"),
    ("DAR ES SALAAM, Tanzania", "Dar es Salaam, Tanzania"),
    ("NEWPORT, R.I.", "Newport, R.I."),
    ("WINSTON-SALEM, N.C.", "Winston-Salem, N.C."),
    ("Kestrel Bay", "Kestrel Bay"),
    ("ST. LOUIS", "St. Louis"),
    ("PORT-AU-PRINCE", "Port-au-Prince"),
    ("N'DJAMENA", "N'Djamena"),
    ("EL PASO, Texas", "El Paso, Texas"),
    ("WASHINGTON DC", "Washington DC"),
])
def test_a_datelines_place_is_written_as_a_reader_writes_it(place: str, name: str) -> None:
    assert place_name(place) == name


def shown(sentence: str, place: str | None) -> str:
    out, last = [], 0
    for at, name in here_notes(sentence, place):
        out += [sentence[last:at], f" [{name}]"]
        last = at
    return "".join([*out, sentence[last:]])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The minister said here on Friday that talks would resume.", "The minister said here [Port Aven] on Friday that talks "
     "would resume."),
    ("Envoys met here with the mayor, then left here for the coast.", "Envoys met here [Port Aven] with the mayor, then left "
     "here [Port Aven] for the coast."),
    # not the story's own "here": a quotation's, "here is", "here and there", "from here on"; nor a place it names
    ("“We are here to help,” the envoy said.", "“We are here to help,” the envoy said."),
    ("Here is what the council decided.", "Here is what the council decided."),
    ("Fires broke out here and there overnight.", "Fires broke out here and there overnight."),
    ("From here on, the road is closed.", "From here on, the road is closed."),
    ("Officials in Port Aven said here that the port reopened.", "Officials in Port Aven said here that the port reopened."),
    ("‘We are here to help,’ the envoy said.", "‘We are here to help,’ the envoy said."),
    ("We will stay here until the end,” he said.", "We will stay here until the end,” he said."),  # a quotation's last sentence
    ("The figures cited here come from the ministry.", "The figures cited here come from the ministry."),
    # ... but outside a quotation in double marks that opens and closes in the sentence, the story's "here" is read
    ("Fans crowded the “Star Fleet” convention here on Sunday, the films' makers said.", "Fans crowded the “Star Fleet” "
     "convention here [Port Aven] on Sunday, the films' makers said."),
    ('The envoy said here on Monday that the vote was "overwhelmingly free".', 'The envoy said here [Port Aven] on Monday '
     'that the vote was "overwhelmingly free".'),
    ("“We are here to help,” the envoy said here on Monday.", "“We are here to help,” the envoy said here [Port Aven] on "
     "Monday."),
    ("He said he would stay here, ‘whatever happens,’ until May.", "He said he would stay here, ‘whatever happens,’ until May."),
    ("Click here for the full list.", "Click here for the full list."),
    ("The quarrel is neither here nor there.", "The quarrel is neither here nor there."),
    ("The here-and-now matters more.", "The here-and-now matters more."),
    ("Ferries sailed from here to the islands.", "Ferries sailed from here to the islands."),
])
def test_here_means_the_datelines_place(sentence: str, expected: str) -> None:
    assert shown(sentence, "PORT AVEN") == expected


def test_no_place_no_note() -> None:
    assert here_notes("The minister said here that talks would resume.", None) == []
    assert here_notes("The minister said here that talks would resume.", " ") == []
    assert here_notes("The minister said here that talks would resume.", "VELANO/TARSK") == []  # which of the two?


def test_a_place_named_in_the_sentence_is_a_whole_word() -> None:
    assert here_notes("Rovena Hall's envoy spoke here on Friday.", "HALL") == []
    assert here_notes("Jerome Powell spoke here on Friday.", "ROME") == [(24, "Rome")]


RAW = ("Title: Port Aven talks resume\nDate: 1997-02-22\n\n"
       "PORT AVEN, February 21 (Xinhua) -- The harbour minister of Kestrelia said here Friday that talks on the"
       " fishing treaty would resume next month.\n"
       "The two delegations agreed on a timetable for the remaining chapters of the treaty.\n")


def test_a_brief_shows_the_place_of_a_wire_storys_here() -> None:
    a = replace(cleaned(parse_article(RAW, key="talks", origin="talks.txt")), id=1)
    assert a.place == "PORT AVEN" and not a.text.startswith("PORT AVEN")
    brief = compose_brief(Settings(topic="treaty", title="Fishing treaty", words=120), date(1997, 2, 23), [a], [], None)
    assert "said here [Port Aven] Friday [21 Feb] that talks" in markdown(brief)
    again = brief_from_json(brief_to_json(brief))
    assert again.sources[0].place == "PORT AVEN" and "said here [Port Aven]" in markdown(again)
