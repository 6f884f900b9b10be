"""A brief of a small folder of invented wire copy: every line holds up (golden file on purpose)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from builders import afp_copy, ap_copy, bbc_copy, guardian_copy, reuters_copy, write_article
from click.testing import CliRunner
from test_render import check_golden

from briefbot.cli import cli

DAY1 = (
    "The Velan river burst its banks north of Kestrel on Monday, flooding 14 villages, the regional governor said.",
    "Rescue crews in boats moved about 2,000 people to schools and sports halls on higher ground.",
    "Ostravia's weather service said more heavy rain was expected in the mountains over the next two days.",
)
DAY1_AP = (
    "Floodwater from the Velan river covered 14 villages north of Kestrel on Monday, local officials said.",
    "Army engineers began piling sandbags along the embankment below the Orlo dam.",
)
DAY2 = (
    "The regional governor said on Wednesday that three people had died in the floods and two were missing.",
    "Engineers found cracks in the Orlo dam wall and ordered the release of water from its reservoir.",
    "The European Union offered pumps and rescue teams after Ostravia asked for help.",
)
DAY2_AFP = (
    "The regional governor said on Wednesday that three people had died in the floods and two were missing.",
    "Villages below the Orlo dam were evacuated overnight as a precaution, police said.",
)
GADGETS = (
    "The new e-reader from Lumio has a brighter screen and a battery that lasts six weeks, reviewers said.",
    "It sells for 129 euros in shops across Europe from next month, the company said.",
)
CONFIG = '''[topics.floods]
title = "Velan river floods"
focus = "Floods along the Velan river in Ostravia: villages flooded, evacuations, deaths, the Orlo dam and aid."
'''
FURNITURE = re.compile(r"\((?:Reuters|AP|AFP)\)|REUTERS/|AP Photo|Getty Images|Editing by|Reporting by|Image caption|"
                       r"Media playback|Full Article|\| (?:Mon|Tue|Wed)|^By |Share this|Related:|Copyright|Photograph:")


def wire_folder(root: Path) -> Path:
    folder = root / "wire"
    write_article(folder, "01_reuters.txt", reuters_copy(DAY1, place="KESTREL, Ostravia", when="Mon Apr 4, 2022 6:16 pm EDT"),
                  published="2022-04-04")
    write_article(folder, "02_ap.txt", ap_copy(DAY1_AP, place="KESTREL, Ostravia"), published="2022-04-04")
    write_article(folder, "03_bbc.txt", bbc_copy(DAY2, headline="Three dead in Ostravia floods",
                                                 caption="Rescuers search a flooded street in Kestrel"),
                  published="2022-04-06")
    write_article(folder, "04_afp.txt", afp_copy(DAY2_AFP, place="KESTREL", when="April 6"), published="2022-04-06")
    write_article(folder, "05_guardian.txt", guardian_copy(GADGETS), published="2022-04-06",
                  title="Lumio's new e-reader reviewed")
    (root / "briefbot.toml").write_text(CONFIG, encoding="utf-8")
    return folder


def brief_of(root: Path, *extra: str) -> str:
    result = CliRunner().invoke(cli, ["brief", "wire", "--config", "briefbot.toml", "--db", "wire.db",
                                      "--as-of", "2022-04-06", *extra])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_golden_brief_of_invented_wire_copy(tmp_path: Path) -> None:
    wire_folder(tmp_path)
    check_golden("wire_copy_2022-04-06.md", brief_of(tmp_path))


def test_every_line_of_the_wire_brief_holds_up(tmp_path: Path) -> None:
    folder = wire_folder(tmp_path)
    data = json.loads(brief_of(tmp_path, "--json"))
    originals = {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()}
    by_id = {s["article_id"]: s for s in data["sources"]}
    points = data["summary"] + data["changes"]
    assert points
    for p in points:
        assert not FURNITURE.search(p["text"]), p["text"]
        for a in p["article_ids"]:  # every cited article carries the sentence, the quoted one first
            assert p["text"] in originals[Path(by_id[a]["origin"]).name], (p["text"], by_id[a]["origin"])
        assert not set(p["also_reported"]) & set(p["article_ids"])
    for s in data["sources"]:
        assert not FURNITURE.search(s["title"]) and "|" not in s["title"], s["title"]
    assert [Path(s["origin"]).name for s in data["off_topic"]] == ["05_guardian.txt"]
    assert "e-reader" not in json.dumps(points)
