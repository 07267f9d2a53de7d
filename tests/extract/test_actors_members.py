"""Office holders placed by party and home (issue 15): the country of a lawmaker or official that political
reporting gives by a state, a party-and-home tag or a party word, never by a place that merely appears in the
clause. Sentences and names are our own.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger.models import Analysis, Entity

Analyze = Callable[..., Analysis]


def _person(a: Analysis, word: str) -> Entity:
    start = a.document.text.find(word)
    assert start >= 0, f"{word!r} is not in the text"
    found = next((e for e in a.entities if any(m.start <= start < m.end for m in e.mentions)), None)
    assert found is not None, f"no entity has {word!r}: {[(e.name, e.type) for e in a.entities]}"
    return found


@pytest.mark.parametrize(("text", "name"), [
    ("Sen. Dana Whitlock (R-Tenn.) said the measure would stall in committee.", "Whitlock"),
    ("\"We will not blink,\" said Rep. Ivo Brandt, D-Vt., after the vote.", "Brandt"),
    ("Rep. Sula Penrose (D-Calif.) told reporters that the hearing would go ahead.", "Penrose"),
])
def test_a_party_and_state_tag_after_the_name(analyze: Analyze, text: str, name: str) -> None:
    assert _person(analyze(text, published="2016-03-01"), name).country == "USA"


@pytest.mark.parametrize(("text", "name"), [
    # The NER types this name an organisation (its bare surname mentions weigh in): the tag says a person.
    ("The measure is backed by Sens. Luis Ibarra (D-N.M.) and Leda Fenwick (R-Ga.), who both voted against the treaty"
     " in June. Ibarra wrote the first draft in the spring. \"We cannot wait for the courts,\" Ibarra said. Ibarra"
     " added that the timing was not a concern.", "Ibarra"),
    ("The measure is backed by Sens. Luis Ibarra (D-N.M.) and Leda Fenwick (R-Ga.), who both voted against the treaty"
     " in June.", "Fenwick"),
])
def test_a_tagged_name_in_a_list_of_lawmakers_is_a_person(analyze: Analyze, text: str, name: str) -> None:
    person = _person(analyze(text, published="2016-03-01"), name)
    assert (person.type, person.country) == ("PERSON", "USA")


def test_a_state_alone_after_a_lawmakers_name(analyze: Analyze) -> None:
    a = analyze("In May, Rep. Ansel Varick (Tex.), chairman of a House panel, led a group of colleagues to the border.",
                published="2016-03-01")
    assert _person(a, "Varick").country == "USA"


def test_a_state_alone_after_a_name_with_no_office_gives_nothing(analyze: Analyze) -> None:
    a = analyze("Orla Fitch (Tex.) wrote the letter that the group sent on Monday.", published="2016-03-01")
    assert _person(a, "Fitch").country is None


@pytest.mark.parametrize(("text", "name"), [
    ("Senator Mara Quill, Democrat of Oregon, said the plan was reckless.", "Quill"),
    ("Representative Olin Tusk, a Utah Republican who chairs a budget panel, said the deal was weak.", "Tusk"),
    ("The plan drew fire from Margaret Doyle, a Republican, who said it cost too much.", "Doyle"),
    # The party word modifies the apposition's title, coordinated with an office.
    ("\"The party needs a fighter,\" said Gordon Ashwell, a Republican and former Idaho governor and senator who"
     " toyed with a White House run.", "Ashwell"),
])
def test_an_apposition_headed_by_a_party_member(analyze: Analyze, text: str, name: str) -> None:
    assert _person(analyze(text, published="2016-03-01"), name).country == "USA"


@pytest.mark.parametrize(("text", "name"), [
    ("Former Ohio Gov. Bram Kettle said the party would recover by the autumn.", "Kettle"),
    ("Democratic Rep. Nell Farrow said the vote would be close.", "Farrow"),
    ("Nebraska state Senator Hollis Vane argued that the tax would hurt farmers.", "Vane"),
])
def test_a_state_or_party_in_the_title_before_the_name(analyze: Analyze, text: str, name: str) -> None:
    assert _person(analyze(text, published="2016-03-01"), name).country == "USA"


def test_an_unnamed_state_senator(analyze: Analyze) -> None:
    a = analyze("The Nevada senator told reporters that the count would take a week.", published="2016-03-01")
    assert _person(a, "senator").country == "USA"


@pytest.mark.parametrize(("text", "name"), [
    # A place in the clause is where something happens, not whose the speaker is.
    ("Marit Olsen said in Ohio on Tuesday that the strike would go on.", "Olsen"),
    # A party named in an apposition that the person only criticises.
    ("Lia Hartwell, a critic of the Republican Party, said the plan failed.", "Hartwell"),
    # Parentheses after a name that are no party tag.
    ("Osric Bell (pictured) said the museum would reopen in May.", "Bell"),
])
def test_no_country_from_other_slots(analyze: Analyze, text: str, name: str) -> None:
    assert _person(analyze(text, published="2016-03-01"), name).country is None


def test_a_listed_person_named_with_a_middle_initial(analyze: Analyze) -> None:
    a = analyze("Vladimir V. Putin said on Tuesday that the pipeline would be finished next year.",
                published="2015-06-02")
    putin = _person(a, "Putin")
    assert (putin.country, putin.ref) == ("RUS", "Vladimir Putin")


def test_a_state_holder_is_not_another_states_holder(analyze: Analyze) -> None:
    a = analyze("The Texas senator spoke first at the forum. The Florida senator said the plan would fail.",
                published="2016-03-01")
    assert _person(a, "Florida senator").id != _person(a, "Texas senator").id


def test_a_listed_person_named_by_the_full_form_of_the_given_name(analyze: Analyze) -> None:
    # The list knows "Bob Dadae" (Papua New Guinea); a formal story writes the given name in full.
    a = analyze("Robert Dadae told parliament on Friday that the budget would be tabled next week.",
                published="2012-05-02")
    assert _person(a, "Dadae").country == "PNG"
    b = analyze("Robert Dadge told parliament on Friday that the budget would be tabled next week.",
                published="2012-05-02")
    assert _person(b, "Dadge").country is None


def test_a_state_after_the_titled_name(analyze: Analyze) -> None:
    a = analyze("\"The rule is a mess,\" said Representative Ingrid Salo of Kansas, who sits on the farm panel.",
                published="2016-03-01")
    assert _person(a, "Salo").country == "USA"


@pytest.mark.parametrize("text", [
    "Peru's President Ana Ruiz left for the summit on Monday. Ruiz spokesman Tomas Veliz said she would return.",
    "Peru's President Ana Ruiz left for the summit on Monday. Tomas Veliz, a spokesman for Ms. Ruiz, said "
    "she would return.",
    "Peru's President Ana Ruiz left for the summit on Monday. \"She will be back,\" said Tomas Veliz, an aide to "
    "Ms. Ruiz, on Tuesday.",
])
def test_the_voice_of_a_person_with_a_country(analyze: Analyze, text: str) -> None:
    assert _person(analyze(text), "Veliz").country == "PER"


def test_a_lawyer_for_a_person_keeps_no_country(analyze: Analyze) -> None:
    a = analyze("Peru's President Ana Ruiz left for the summit on Monday. Tomas Veliz, a lawyer for Ms. Ruiz, said "
                "she would return.")
    assert _person(a, "Veliz").country is None


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Mirta Olave, who runs Chile's tax agency, said the audit was over.", "Olave", "CHL"),
    ("\"The border is calm,\" said Gen. Tobias Renner, who has commanded the Austrian army since May.", "Renner",
     "AUT"),
    ("Mirta Olave, who met Chile's tax agency on Monday, said the audit was over.", "Olave", None),
])
def test_a_relative_clause_says_whose_body_the_person_heads(analyze: Analyze, text: str, name: str,
                                                             country: str | None) -> None:
    assert _person(analyze(text), name).country == country


def test_an_office_only_one_state_has(analyze: Analyze) -> None:
    a = analyze("Pope Benedetto told pilgrims in the square that walls divide families. The pope later flew to Lima.",
                published="2016-03-01")
    assert _person(a, "Benedetto").country == "VAT"


def test_a_qualified_office_is_not_the_single_states(analyze: Analyze) -> None:
    a = analyze("Coptic Pope Shenouda said the church would hold a vigil in Cairo.", published="2016-03-01")
    assert _person(a, "Shenouda").country != "VAT"
