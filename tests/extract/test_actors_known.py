"""Who the people are (issue 15): the people lists code a named person by the code valid on the publication day.

The shipped list is generated from the Phoenix dictionaries (``tools/build_actors_phoenix.py``); its entries
are facts about public office holders. The user's list (``people_file``, ``newsledger actors import``) comes
first. Sentences are our own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsledger.config import load_settings
from newsledger.lexicon.loader import LexiconError
from newsledger.lexicon.people import Code, Known, read_user_people
from newsledger.models import Analysis, Entity
from newsledger.pipeline import analyze_text
from newsledger.serve.cli import cli

Analyze = Callable[..., Analysis]


def _holder(a: Analysis, word: str, nth: int = 1) -> Entity:
    start = -1
    for _ in range(nth):
        start = a.document.text.find(word, start + 1)
        assert start >= 0, f"{word!r} is not in the text"
    found = next((e for e in a.entities if any(m.start <= start < m.end for m in e.mentions)), None)
    assert found is not None, f"no entity has {word!r}: {[(e.name, e.type) for e in a.entities]}"
    return found


def test_code_on_picks_the_office_of_the_day() -> None:
    d = dt.date
    known = Known("X", "Lena Marsk", "person", (
        Code(d(1990, 1, 1), d(2004, 12, 31), "SWE", None, "ELI"),
        Code(d(2005, 1, 1), d(2010, 6, 30), "SWE", "GOV", None),
        Code(d(2010, 7, 1), None, None, "IGO", "UNO"),
    ))
    assert known.code_on(d(2007, 3, 1)) == Code(d(2005, 1, 1), d(2010, 6, 30), "SWE", "GOV", None)
    assert known.code_on(d(2012, 1, 1)).sector == "IGO"  # type: ignore[union-attr]
    former = Known("Y", "Tor Brek", "person", (Code(d(2001, 1, 1), d(2003, 1, 1), "NOR", "GOV", None),))
    later = former.code_on(d(2015, 1, 1))
    assert later is not None and later.country == "NOR" and later.sector is None  # keeps his country only
    assert former.code_on(d(1995, 1, 1)) is None


def test_a_listed_head_of_state_gets_country_and_sector(analyze: Analyze) -> None:
    a = analyze("Vladimir Putin said on Tuesday that the pipeline would be finished next year. Putin added "
                "that talks with buyers in Asia were going well.", published="2015-06-02")
    putin = _holder(a, "Vladimir Putin")
    assert (putin.country, putin.sector, putin.ref) == ("RUS", "GOV", "Vladimir Putin")
    assert _holder(a, "Putin", 2) is putin


def test_a_place_in_the_clause_does_not_decide(analyze: Analyze) -> None:
    a = analyze("Vladimir Putin ordered his troops to pull out of Syria, officials in Damascus said on Monday.",
                published="2016-03-15")
    assert _holder(a, "Vladimir Putin").country == "RUS"


def test_a_shared_surname_is_not_the_listed_person(analyze: Analyze) -> None:
    a = analyze("Michelle Obama visited a school in Chicago on Friday. Barack Obama spoke at a rally in Ohio "
                "the same day.", published="2014-05-09")
    michelle, barack = _holder(a, "Michelle Obama"), _holder(a, "Barack Obama")
    assert michelle is not barack
    assert michelle.ref is None
    assert (barack.ref, barack.country, barack.sector) == ("Barack Obama", "USA", "GOV")


def test_without_a_list_entry_nothing_is_invented(analyze: Analyze) -> None:
    a = analyze("Tamsin Okorafor-Vell said on Monday that the port would reopen.", published="2015-06-02")
    person = _holder(a, "Tamsin Okorafor-Vell")
    assert person.ref is None and person.country is None


HOME_CASES = [
    # A cabinet title with no country word takes the story's home country, also split from the name by an
    # apposition or followed by a relative clause.
    ("OSLO, May 3 (Reuters) - Interior Minister Halvard Brenn, who also leads the Centre Party, said on Monday "
     "that the border would stay closed.", "Halvard Brenn", "NOR"),
    ("NAIROBI, June 2 (Reuters) - The foreign minister, Amina Barasa, who took office in March, said the talks "
     "would resume.", "Amina Barasa", "KEN"),
    ("NAIROBI, June 2 (Reuters) - Amina Barasa, the foreign minister, said the talks would resume.",
     "Amina Barasa", "KEN"),
    # A country that is only where the troops go is not the minister's.
    ("Defence Minister Oren Valtis said on Tuesday that troops would leave Mali by the end of the year.",
     "Oren Valtis", None),
    ("Defence Minister Oren Valtis said on Tuesday that the last soldiers had pulled out of Mali.",
     "Oren Valtis", None),
    # A country that acts in the story still makes it the home one.
    ("Mali's government said on Tuesday that it had extended the curfew. Defence Minister Oren Valtis said "
     "the army was ready.", "Oren Valtis", "MLI"),
]


@pytest.mark.parametrize(("text", "name", "country"), HOME_CASES, ids=[c[1] + str(n) for n, c in
                                                                      enumerate(HOME_CASES)])
def test_title_and_story_give_the_country(analyze: Analyze, text: str, name: str, country: str | None) -> None:
    person = _holder(analyze(text), name)
    assert person.type == "PERSON" and person.country == country


CSV = ("name,aliases,country,sector,role,start,end\n"
       "Ilsabet Varnholm,I. Varnholm,NOR,GOV,,2024-01-01,\n"
       "Ilsabet Varnholm,,NOR,LEG,,2015-01-01,2023-12-31\n")


def test_the_users_list_codes_by_date(tmp_path: Path, nlp: object) -> None:
    path = tmp_path / "people.csv"
    path.write_text(CSV, encoding="utf-8")
    settings = load_settings(people_file=str(path))
    text = "Ilsabet Varnholm said on Monday that the fishing talks would resume."
    now = analyze_text(text, dt.date(2025, 3, 3), settings)
    then = analyze_text(text, dt.date(2019, 3, 4), settings)
    assert (_holder(now, "Ilsabet").country, _holder(now, "Ilsabet").sector) == ("NOR", "GOV")
    assert _holder(then, "Ilsabet").sector == "LEG"
    plain = analyze_text(text, dt.date(2025, 3, 3), load_settings(people_file=""))
    assert _holder(plain, "Ilsabet").country is None


@pytest.mark.parametrize(("content", "line", "words"), [
    ("name,aliases,country,sector,role,start\nA B,,NOR,GOV,,\n", 1, "lacks the column(s) end"),
    ("name,aliases,country,sector,role,start,end\nA B,,NOR,GOV,,,\nC D,,Norway,GOV,,,\n", 3, "ISO 3166"),
    ("name,aliases,country,sector,role,start,end\nA B,,NOR,BOSS,,,\n", 2, "CAMEO agent code"),
    ("name,aliases,country,sector,role,start,end\nA B,,NOR,GOV,,2020-13-01,\n", 2, "not a date"),
    ("name,aliases,country,sector,role,start,end\nA B,,NOR,GOV,,2020-01-01,2019-01-01\n", 2, "before start"),
    ("name,aliases,country,sector,role,start,end\n,,NOR,GOV,,,\n", 2, "name is empty"),
    ("name,aliases,country,sector,role,start,end\nA B,,,,,,\n", 2, "needs a country or a sector"),
    ("name,aliases,country,sector,role,start,end\nA B,,NOR\n", 2, "expected 7 fields"),
])
def test_a_bad_row_names_its_line(tmp_path: Path, content: str, line: int, words: str) -> None:
    path = tmp_path / "people.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        read_user_people(path)
    assert err.value.line == line and words in str(err.value)


def test_actors_import_keeps_the_list_and_the_query_still_works(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("NEWSLEDGER_PEOPLE_FILE", raising=False)
    monkeypatch.delenv("NEWSLEDGER_CONFIG", raising=False)
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_text(CSV, encoding="utf-8")
    bad.write_text(CSV + "Bad Row,,NOR,GOV,,2020-01-01,2019-01-01\n", encoding="utf-8")
    kept = tmp_path / "home" / ".config" / "newsledger" / "people.csv"
    runner = CliRunner()
    result = runner.invoke(cli, ["actors", "import", str(bad)])
    assert result.exit_code != 0 and "bad.csv:4" in result.output and not kept.exists()
    result = runner.invoke(cli, ["actors", "import", str(good)])
    assert result.exit_code == 0, result.output
    assert kept.read_text(encoding="utf-8") == CSV
    query = runner.invoke(cli, ["actors", "--db", str(tmp_path / "none.db")])
    assert query.exit_code != 0 and "no ledger" in query.output.lower()  # the query ran (and found no ledger)


def test_the_hand_kept_list_knows_later_office_holders(analyze: Analyze) -> None:
    a = analyze("Justin Trudeau said on Friday that Canada would raise its defence spending. Trudeau spoke in "
                "Ottawa.", published="2019-06-14")
    person = _holder(a, "Justin Trudeau")
    assert (person.country, person.sector, person.ref) == ("CAN", "GOV", "Justin Trudeau")
    later = analyze("Justin Trudeau said on Friday that he would write a book.", published="2025-09-12")
    assert (_holder(later, "Justin Trudeau").country, _holder(later, "Justin Trudeau").sector) == ("CAN", None)


def test_hyphens_and_spaces_in_a_name_are_one_form(analyze: Analyze) -> None:
    a = analyze("Bashar al Assad met his generals in Damascus on Sunday, state media said.", published="2016-02-07")
    assert _holder(a, "Bashar").ref == "Bashar al-Assad"


def test_forms_a_list_knows_as_one_person_are_one_entity(analyze: Analyze) -> None:
    a = analyze("Vladimir V. Putin arrived in Minsk on Friday. Later, President Vladimir Putin told reporters the "
                "visit was useful, and Putin's spokesman said talks would go on.", published="2017-04-07")
    first = _holder(a, "Vladimir V. Putin")
    assert _holder(a, "Vladimir Putin") is first and _holder(a, "Putin", 3) is first
    assert sum(e.type == "PERSON" and e.ref == "Vladimir Putin" for e in a.entities) == 1


def test_a_former_official_is_a_namesake_unless_the_story_names_his_country(analyze: Analyze) -> None:
    # The generated list knows a Salvadoran minister of 2007-2009 of this name.
    a = analyze("Carlos Guerrero, 55, an actor in Los Angeles, said he would vote in November.",
                published="2016-05-02")
    assert _holder(a, "Carlos Guerrero").ref is None and _holder(a, "Carlos Guerrero").country is None
    b = analyze("Carlos Guerrero, a former minister, said El Salvador should protect its forests.",
                published="2016-05-02")
    assert _holder(b, "Carlos Guerrero").ref == "Carlos Guerrero"


def test_a_bare_surname_of_another_person_in_the_story_is_not_the_listed_one(analyze: Analyze) -> None:
    # The hand-kept list gives the bare "Trudeau" to one person; here another Trudeau is named in full.
    a = analyze("Margot Trudeau, a teacher in Halifax, said the school would close. Trudeau added that parents "
                "had been told.", published="2019-06-14")
    assert all(e.ref is None for e in a.entities if e.type == "PERSON")


def test_actors_import_writes_where_the_settings_say(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    target = tmp_path / "lists" / "mine.csv"
    monkeypatch.setenv("NEWSLEDGER_PEOPLE_FILE", str(target))
    source = tmp_path / "in.csv"
    source.write_text(CSV, encoding="utf-8")
    result = CliRunner().invoke(cli, ["actors", "import", str(source)])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8") == CSV
    assert not (tmp_path / "home" / ".config" / "newsledger" / "people.csv").exists()


def test_a_listed_body_gives_an_organisation_its_codes(analyze: Analyze) -> None:
    # A Yemeni armed group of the generated list (YEM, REB), named in a sentence of our own.
    a = analyze("The Aden Abyan Islamic Army said on Sunday that it had attacked the checkpoint.",
                published="2015-06-02")
    group = next(e for e in a.entities if "Aden Abyan" in e.name)
    assert (group.country, group.sector, group.ref) == ("YEM", "REB", "Aden Abyan Islamic Army")


def test_a_former_official_called_so_by_the_text_is_the_listed_one(analyze: Analyze) -> None:
    # The generated list knows a Norwegian minister of 2005-2008 of this name; the story never names Norway,
    # but the title run calls her a former office holder, so she is no namesake (nor does "U.N." make her
    # office an international one).
    a = analyze("Former U.N. Ambassador Aslaug Haga told a conference in Houston on Friday that the fund would "
                "be wound down. Haga said the board had agreed.", published="2016-05-02")
    haga = _holder(a, "Aslaug Haga")
    assert (haga.ref, haga.country) == ("Aslaug Haga", "NOR")
    b = analyze("Aslaug Haga, 41, a teacher in Houston, said the school would stay open.", published="2016-05-02")
    assert _holder(b, "Aslaug Haga").country is None  # no "former": still a namesake


def test_an_international_office_holder_keeps_the_country_of_his_other_entry(analyze: Analyze) -> None:
    # The generated list gives this name twice: a 2003 international office with no country, and the same
    # man's later national office (Greece) under a longer spelling of his name.
    a = analyze("George Papandreou, who chairs the meetings of the bloc's foreign ministers, said on Monday in "
                "Vienna that the talks would go on.", published="2003-03-10")
    assert _holder(a, "George Papandreou").country == "GRC"
