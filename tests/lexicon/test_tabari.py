"""TABARI/PETRARCH actor dictionaries: the reader, the split of codes, and ``newsledger actors import --format
petrarch`` end to end (the imported people and bodies code the actors of a text). The dictionaries are our own."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.config import load_settings
from newsledger.lexicon.actors import load_actor_vocabulary
from newsledger.lexicon.tabari import DatedCode, read_actor_dictionary, split_code, title_stripper, write_user_files
from newsledger.models import Analysis, Entity
from newsledger.pipeline import analyze_text
from newsledger.serve.cli import cli

DICTIONARY = """<!-- A dictionary of our own, in the TABARI format.
     Nothing in this block is an entry: FAKE_ENTRY_ [FAK] -->
# a comment line
VALDORIA_ [VLD]
+VALDORIAN
MARTA_ELSWICK_  # a foreign minister, later a senator
\t[VLDGOVFRN 180301-210630]
\t[VLDLEG >210701]
PRESIDENT_TOMAS_BRENNER_ [VLDGOV]
VALDORIAN_COAST_GUARD_ [VLDMIL]
+VALDORIA_COAST_GUARD_
NORTHERN_FRONT_
NORTH_FRONT_
\t[VLDREB]
OLD_NAME_ [---]
LORN_PORT_ [VLD/KRS]
BAD_DATE_ [VLDGOV 991399-000101]
"""


def _dictionary(tmp_path: Path, text: str = DICTIONARY) -> Path:
    path = tmp_path / "mine.actors.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_reader_keeps_entries_spellings_dates_and_blocks(tmp_path: Path) -> None:
    records = {r.ident: r for r in read_actor_dictionary(_dictionary(tmp_path))}
    assert "FAKE_ENTRY" not in records and "OLD_NAME" in records and "BAD_DATE" not in records
    assert records["VALDORIA"].variants == ["VALDORIA", "VALDORIAN"]
    assert records["MARTA_ELSWICK"].codes == [DatedCode("VLDGOVFRN", "2018-03-01", "2021-06-30"),
                                              DatedCode("VLDLEG", "2021-07-01", "")]
    assert records["MARTA_ELSWICK"].comment.startswith("a foreign minister")
    # Two names without codes of their own share the codes below them.
    assert records["NORTHERN_FRONT"].codes == records["NORTH_FRONT"].codes == [DatedCode("VLDREB")]
    assert records["OLD_NAME"].usable == []  # a discard
    assert [c.code for c in records["LORN_PORT"].codes] == ["VLD", "KRS"]


def test_a_solitary_entry_without_codes_is_dropped_not_shared(tmp_path: Path) -> None:
    text = "ANNA_VOSS_  # ruler\nNORTHERN_FRONT_\n\t[VLDREB]\n"
    path = _dictionary(tmp_path, text)
    assert {r.ident for r in read_actor_dictionary(path)} == {"ANNA_VOSS", "NORTHERN_FRONT"}
    kept = read_actor_dictionary(path, solitary=lambda r: "ruler" in r.comment)
    assert [r.ident for r in kept] == ["NORTHERN_FRONT"]


@pytest.mark.parametrize(("code", "parts"), [
    ("NORGOVLEG", ("NOR", "GOV", "LEG")),
    ("IGOUNO", ("", "IGO", "UNO")),
    ("MNCNORBUS", ("NOR", "BUS", "")),
    ("NORELI", ("NOR", "", "ELI")),
])
def test_split_code(code: str, parts: tuple[str, str, str]) -> None:
    assert split_code(code, {"NOR", "SWE"}) == parts


def test_writer_makes_people_rows_and_vocabulary_rows(tmp_path: Path) -> None:
    vocab = load_actor_vocabulary(None)
    people, actors = tmp_path / "people.csv", tmp_path / "actors.tsv"
    counts = write_user_files(read_actor_dictionary(_dictionary(tmp_path)), people, actors,
                              set(vocab.country_names), title_stripper(vocab))
    rows = list(csv.DictReader(people.open(encoding="utf-8")))
    assert [(r["name"], r["country"], r["sector"], r["role"], r["start"], r["end"]) for r in rows] == [
        ("Marta Elswick", "VLD", "GOV", "FRN", "2018-03-01", "2021-06-30"),
        ("Marta Elswick", "VLD", "LEG", "", "2021-07-01", ""),
        ("Tomas Brenner", "VLD", "GOV", "", "", ""),  # a name after a title is a person, undated
    ]
    forms = {r[1]: r for r in csv.reader(actors.open(encoding="utf-8"), delimiter="\t")}
    assert forms["Valdorian"] == ["country", "Valdorian", "VLD", ""]  # the dictionary's own state
    assert forms["Valdoria Coast Guard"] == ["institution", "Valdoria Coast Guard", "VLD", "MIL"]
    assert forms["North Front"][3] == forms["Northern Front"][3] == "REB"
    assert "Old Name" not in forms
    assert (counts.people, counts.people_rows, counts.skipped) == (2, 3, 1)


def _entity(a: Analysis, word: str) -> Entity:
    start = a.document.text.index(word)
    return next(e for e in a.entities if any(m.start <= start < m.end for m in e.mentions))


def test_actors_import_petrarch_codes_people_and_bodies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name in ("NEWSLEDGER_CONFIG", "NEWSLEDGER_PEOPLE_FILE", "NEWSLEDGER_ACTORS_FILE"):
        monkeypatch.delenv(name, raising=False)
    source = _dictionary(tmp_path, "NORWAY_ [NOR]\nKARI_VESTBY_\n\t[NORGOV 190101-221231]\n"
                                   "FJORD_DEFENCE_LEAGUE_ [NORREB]\n")
    result = CliRunner().invoke(cli, ["actors", "import", str(source)])
    assert result.exit_code == 0, result.output
    assert "1 people" in result.output and "2 names of bodies" in result.output
    home = tmp_path / "home" / ".config" / "newsledger"
    assert (home / "people.csv").is_file() and (home / "actors.tsv").is_file()
    text = ("Kari Vestby said on Monday that the Fjord Defence League had attacked a ferry terminal near "
            "Bergen. Vestby called the attack cowardly.")
    a = analyze_text(text, dt.date(2020, 5, 4), load_settings())
    person, group = _entity(a, "Kari Vestby"), _entity(a, "Fjord Defence League")
    assert (person.country, person.sector) == ("NOR", "GOV")
    assert (group.country, group.sector) == ("NOR", "REB")
    later = analyze_text(text, dt.date(2024, 5, 4), load_settings())
    assert (_entity(later, "Kari Vestby").country, _entity(later, "Kari Vestby").sector) == ("NOR", None)


def test_actors_import_petrarch_bad_file_keeps_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    source = tmp_path / "empty.txt"
    source.write_text("# only a comment\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["actors", "import", str(source)])
    assert result.exit_code != 0 and "no entry with a code" in result.output
    assert not (tmp_path / "home" / ".config" / "newsledger").exists()
    forced = tmp_path / "list.csv"
    forced.write_text("NORWAY_ [NOR]\n", encoding="utf-8")  # --format decides, not the suffix
    result = CliRunner().invoke(cli, ["actors", "import", "--format", "petrarch", str(forced)])
    assert result.exit_code == 0, result.output
