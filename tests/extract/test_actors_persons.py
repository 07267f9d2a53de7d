"""One entity per person in a document, and never one for two people (issue 15).

Invented news text in our own words. A surface ``"X#2"`` is the second occurrence of X in the text. Full name,
surname, title or honorific + surname, middle initials and possessives name one person; two people who share a
surname stay two, and a bare surname that nothing ties to one of them is left to neither.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.tokens import Span

from newsledger.extract.actors.entities import entities
from newsledger.lexicon import Lexicon
from newsledger.models import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from entity_mentions import describe as _describe
from entity_mentions import holder as _holder

Analyze = Callable[..., Analysis]


SAME: list[tuple[str, list[str]]] = [
    # Middle initials, the full name again, the bare surname.
    ("Governor Maria L. Santos opened the session in Manila on Monday. Maria Santos said the budget was balanced. "
     "Later Santos told reporters the talks would resume.", ["Maria L. Santos", "Maria Santos", "Santos#3"]),
    ("Prime Minister Keir B. Holloway arrived in Oslo on Sunday. Mr. Holloway met the king, and Keir Holloway "
     "later said the visit had gone well.", ["Keir B. Holloway", "Holloway#2", "Keir Holloway"]),
    ("Hillary Anne Mbeki, the finance minister, presented the budget. Hillary Mbeki said spending would fall, "
     "and Mbeki's deputy agreed.", ["Hillary Anne Mbeki", "Hillary Mbeki", "Mbeki#3"]),
    # Honorifics and abbreviated titles before the surname.
    ("Dr. Amina K. Osei, Ghana's health minister, warned of a shortage of vaccines. Osei said clinics needed "
     "supplies. Ms. Osei added that donors had been slow.", ["Amina K. Osei", "Osei#2", "Osei#3"]),
    ("Sen. Robert Kline of Ohio blocked the measure on Tuesday. Sen. Kline said the bill was rushed.",
     ["Robert Kline", "Kline#2"]),
    ("Gen. Paul Ndlovu took command of the army in March. Gen. Ndlovu later said his troops were ready.",
     ["Paul Ndlovu", "Ndlovu#2"]),
    # An abbreviated title written without its stop (British style).
    ("Governor Helen Marsh signed the bill in Topeka. Gov Marsh said it would cut taxes.",
     ["Helen Marsh", "Gov Marsh"]),
    ("Rep. Dana Ruiz introduced the bill. Ruiz said it would cut costs. Ms Ruiz later said she would not "
     "compromise.", ["Dana Ruiz", "Ruiz#2", "Ruiz#3"]),
    # Possessives and the office of the person.
    ("Senator Grace Whitfield met farmers in Kansas. Whitfield's office said on Friday that she would vote no.",
     ["Grace Whitfield", "Whitfield's office"]),
    ("Brazil's trade minister, Lucia Ferreira, flew to Geneva. Ferreira's remarks were welcomed there.",
     ["Lucia Ferreira", "Ferreira#2"]),
    # A double surname: the paternal one alone names the person.
    ("Mexico's envoy, Luis Alberto Garza Fuentes, criticised the plan. Garza said it would hurt farmers.",
     ["Luis Alberto Garza Fuentes", "Garza#2"]),
    ("Peru's foreign minister, Jorge Enrique Castillo Vargas, resigned on Friday. Castillo gave no reason, "
     "aides said.", ["Jorge Enrique Castillo Vargas", "Castillo#2"]),
    # A three-word name keeps its last-word surname.
    ("Lee Ann Porter, a county clerk in Ohio, refused the order. Porter said she would appeal.",
     ["Lee Ann Porter", "Porter#2"]),
    # The family name written first (East Asian order): a listed family name, or one before a hyphenated given
    # name, is the surname a later bare mention repeats; the last word still is one ("Kim Ostrander").
    ("Chinese Premier Tang Wenhao arrived in Jakarta on Monday. Tang said trade would grow.",
     ["Tang Wenhao", "Tang#2"]),
    ("South Korean Foreign Minister Paek Song-il met the envoy in Seoul. Paek said the talks were frank.",
     ["Paek Song-il", "Paek#2"]),
    ("Former president Hwang Min Seo spoke to students in Busan. Hwang said he regretted nothing.",
     ["Hwang Min Seo", "Hwang#2"]),
    ("Vietnam's trade minister, Pham Thi Lan, signed the accord. Pham said exports would rise.",
     ["Pham Thi Lan", "Pham#2"]),
    ("Kim Ostrander, a county clerk in Iowa, refused the order. Ostrander said she would appeal.",
     ["Kim Ostrander", "Ostrander#2"]),
    # Particles: the surname with its particle ("Le Gall", "van Dijk", "von Brandt", "Al-Rashidi"), whatever type
    # the NER gives the short form.
    ("Belgium's far-right party leader, Sophie Le Gall, voiced support for the candidate. \"It is all about the "
     "economy,\" Le Gall told reporters in an interview.", ["Sophie Le Gall", "Le Gall#2"]),
    ("The Dutch minister, Pieter van Dijk, spoke. \"We are ready,\" van Dijk said.", ["Pieter van Dijk",
                                                                                       "van Dijk#2"]),
    ("German lawmaker Klaus von Brandt criticized the plan. Von Brandt said it was unfair.",
     ["Klaus von Brandt", "Von Brandt"]),
    ("Saudi cleric Abdullah al-Rashidi issued a ruling. Al-Rashidi said the ruling was final.",
     ["Abdullah al-Rashidi", "Al-Rashidi"]),


    # A given name alone, where the NER cut the name short: the one person of the story with that given name.
    ("Gloria Estrada, the Chilean envoy, arrived on Monday. Gloria told reporters that the deal was close.",
     ["Gloria Estrada", "Gloria#2"]),
]


@pytest.mark.parametrize(("text", "surfaces"), SAME)
def test_one_person_one_entity(analyze: Analyze, text: str, surfaces: list[str]) -> None:
    a = analyze(text)
    holders = [_holder(a, s) for s in surfaces]
    assert holders[0] is not None, _describe(a)
    assert all(h is holders[0] for h in holders), _describe(a)
    assert holders[0].type == "PERSON"


APART: list[tuple[str, str, str]] = [
    # Two people, one surname: the nearest full name before a bare surname is the one meant.
    ("Senator Claire Dobson met farmers in Kansas on Monday. Her cousin Tom Dobson, who runs a grain "
     "cooperative, said prices had collapsed. Dobson said the cooperative would survive.", "Claire Dobson",
     "Dobson#3"),
    ("Judge Ines Moreau opened the trial. The defendant, Luc Moreau, denied the charges. Moreau said he had "
     "never seen the documents.", "Ines Moreau", "Moreau#3"),
    # A gendered honorific decides where the nearest full name would not.
    ("Mrs. Claire Dobson chaired the hearing. Mr. Tom Dobson, a grain trader, testified first. Mrs. Dobson said "
     "the committee would report in May.", "Tom Dobson", "Dobson#3"),
    ("Mr. Omar Haddad opened the shop in 1990. Mrs. Leila Haddad, his wife, runs it now. Mr. Haddad said the rent "
     "had doubled.", "Leila Haddad", "Haddad#3"),
    # Two people of one family name written first stay two.
    ("Tang Wenhao chaired the meeting in Beijing. His rival, Tang Meiling, spoke next. Tang said the vote had "
     "been rigged.", "Tang Wenhao", "Tang#3"),
]


@pytest.mark.parametrize(("text", "one", "other"), APART)
def test_two_people_who_share_a_surname_stay_apart(analyze: Analyze, text: str, one: str, other: str) -> None:
    a = analyze(text)
    first, second = _holder(a, one), _holder(a, other)
    assert first is not None and second is not None, _describe(a)
    assert first is not second, _describe(a)
    full = [e for e in a.entities if e.type == "PERSON" and len(e.name.split()) >= 2]
    assert len(full) >= 2, _describe(a)  # both people are there, each with their full name


@pytest.mark.parametrize("text", [
    "Dobson rejected the plan on Monday. Claire Dobson, a senator, and Tom Dobson, a trader, met in Topeka.",
    "Moreau was not in court on Tuesday. Judge Ines Moreau and her brother Luc Moreau both sent lawyers.",
])
def test_an_undecided_surname_is_left_to_neither(analyze: Analyze, text: str) -> None:
    a = analyze(text)
    bare = _holder(a, text.split()[0])
    assert bare is not None, _describe(a)
    assert all(len(m.text.split()) == 1 for m in bare.mentions if m.text[:1].isupper()), _describe(a)


@pytest.mark.parametrize(("text", "person", "cue_words"), [
    ("Sen. Robert Kline of Ohio blocked the measure on Tuesday. Mr. Kline's aides said he would offer an "
     "amendment.", "Robert Kline", "aides"),
    ("Gen. Paul Ndlovu took command of the army in March. The next day Ndlovu's spokeswoman said the drills "
     "would continue.", "Paul Ndlovu", "spokeswoman"),
    ("Brazil's trade minister, Lucia Ferreira, flew to Geneva. Ferreira's advisers said a deal was close.",
     "Lucia Ferreira", "advisers"),
])
def test_the_people_of_a_person_speak_for_that_person(analyze: Analyze, text: str, person: str,
                                                      cue_words: str) -> None:
    a = analyze(text)
    owner = _holder(a, person)
    assert owner is not None, _describe(a)
    stmt = next(s for s in a.statements if cue_words in s.speaker_text)
    speaker = next(e for e in a.entities if e.id == stmt.speaker)
    assert speaker.affiliation == owner.id and speaker is not owner, _describe(a)
    assert owner.name.split()[-1] in speaker.name and not speaker.name.startswith("'"), _describe(a)


@pytest.mark.parametrize(("text", "content"), [
    ("Senator Grace Whitfield met farmers in Kansas. Whitfield's office said on Friday that she would vote no.",
     "she would vote no"),
    ("Daniel Okafor, the prime minister, arrived in Oslo. Okafor later said he would return in May.",
     "he would return in May"),
    ("President Maria L. Santos spoke first. Santos told reporters the talks would resume.",
     "the talks would resume"),
])
def test_a_surname_or_office_speaks_as_the_person(analyze: Analyze, text: str, content: str) -> None:
    a = analyze(text)
    stmt = next(s for s in a.statements if content in s.content.text)
    speaker = next((e for e in a.entities if e.id == stmt.speaker), None)
    assert speaker is not None and speaker.type == "PERSON" and len(speaker.name.split()) >= 2, _describe(a)
    assert not any(e.name.startswith(("'s", "’s")) for e in a.entities), _describe(a)


@pytest.mark.parametrize(("text", "pronoun", "person"), [
    ("Mr. Omar Haddad visited the embassy in Amman with Mrs. Leila Haddad. She said the visas had been approved.",
     "She", "Leila Haddad"),
    ("Ms. Ines Moreau met Mr. Luc Moreau on Monday. He said the hearing had been postponed.",
     "He", "Luc Moreau"),
])
def test_an_honorific_tells_the_gender_a_pronoun_refers_by(analyze: Analyze, text: str, pronoun: str,
                                                           person: str) -> None:
    a = analyze(text)
    assert _holder(a, pronoun) is not None and _holder(a, pronoun) is _holder(a, person), _describe(a)


@pytest.mark.parametrize(("text", "one", "other"), [
    # A title makes no name longer: the titled surname is read after both full names.
    ("President Okafor arrived late. Grace Okafor, his wife, and Daniel Okafor, the president, waved to the "
     "crowd.", "Grace Okafor", "Okafor"),
    ("Governor Lindqvist spoke first. Then Maria Lindqvist, a teacher, and Johan Lindqvist, the governor, cut "
     "the ribbon.", "Maria Lindqvist", "Lindqvist"),
])
def test_a_titled_surname_is_no_full_name(analyze: Analyze, text: str, one: str, other: str) -> None:
    a = analyze(text)
    assert _holder(a, one) is not None and _holder(a, one) is not _holder(a, other), _describe(a)


@pytest.mark.parametrize(("text", "person", "country"), [
    ("Kenyan President Daniel Mwangi flew to Accra. \"The border stays open,\" said Peter Otieno, Mwangi's chief "
     "of staff.", "Peter Otieno", "KEN"),
    ("German Chancellor Petra Lindqvist met the envoy on Monday. Jonas Weber, Lindqvist's security adviser, "
     "said the talks had been useful.", "Jonas Weber", "DEU"),
    ("Brazilian President Carla Nogueira arrived late. \"We want a fair deal,\" said Rafael Souza, Nogueira's "
     "deputy national security adviser.", "Rafael Souza", "BRA"),
])
def test_a_title_possessed_by_a_person_takes_that_persons_country(analyze: Analyze, text: str, person: str,
                                                                   country: str) -> None:
    a = analyze(text)
    holder = _holder(a, person)
    assert holder is not None, _describe(a)
    assert holder.country == country, _describe(a)


@pytest.mark.parametrize(("text", "person", "country"), [
    ("Talks resumed on Monday with Nguyen Van Thanh, Vietnam's top trade negotiator. Thanh said little.",
     "Nguyen Van Thanh", "VNM"),
    ("Japan's chief trade negotiator Kenji Aoyama said the talks were over.", "Kenji Aoyama", "JPN"),
])
def test_a_trade_negotiator_is_a_title(analyze: Analyze, text: str, person: str, country: str) -> None:
    a = analyze(text)
    holder = _holder(a, person)
    assert holder is not None, _describe(a)
    assert holder.country == country, _describe(a)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Names the NER tags as organisations, described by an occupation in apposition.
        ("Anand Sethuraman, a labour historian at the Delft Institute, said the strike was the largest in decades. "
         "“Nobody expected the port to close,” he said.", "Anand Sethuraman"),
        ("Olamide Fashola, a political scientist at the University of Ibadan, said turnout fell. "
         "“Voters stayed home in the north,” he added.", "Fashola"),
    ],
)
def test_a_name_described_by_an_occupation_is_a_person(analyze: Analyze, text: str, name: str) -> None:
    a = analyze(text)
    person = _holder(a, name)
    assert person is not None and person.type == "PERSON", _describe(a)
    # ... so the pronoun of the next quotation finds that person as its speaker.
    assert [s.speaker for s in a.statements][-1] == person.id, _describe(a)


def test_an_organisation_described_as_one_stays_an_organisation(analyze: Analyze) -> None:
    # "producer" is a role noun ("film producer X"), but a name with an organisation word stays an organisation.
    a = analyze("Harvest Gold Foods, a producer of edible oils, said exports had stopped. “We cannot ship "
                "anything,” it said.")
    firm = _holder(a, "Harvest Gold Foods")
    assert firm is not None and firm.type == "ORG", _describe(a)


def test_an_untagged_body_speaking_after_a_live_blog_time_is_a_speaker(analyze: Analyze) -> None:
    text = ("07:40 Reports of a fire at a textile plant near Gazipur. We are checking.\n"
            "08:15 The Textile Labour Rights Network says guards locked the night shift in when the fire began.")
    a = analyze(text)
    body = _holder(a, "Textile Labour Rights Network")
    assert body is not None and body.type == "ORG", _describe(a)
    assert [s.speaker for s in a.statements if "night shift" in s.content.text] == [body.id], _describe(a)


def test_an_index_or_a_title_with_the_is_no_untagged_body(analyze: Analyze) -> None:
    a = analyze("The Nikkei Composite fell 3 percent on Friday. The Deputy Governor told reporters the bank would act.")
    assert not [e for e in a.entities if e.name in ("Nikkei Composite", "Deputy Governor") and e.type == "ORG"], \
        _describe(a)


def test_a_modifier_before_a_name_codes_the_body_and_its_kind_noun_refers_back(analyze: Analyze) -> None:
    # "the opposition X": X is an opposition body, and "the party" after it is X speaking.
    a = analyze("Police searched the offices of the opposition Free Coast Movement overnight in Mombasa. The party "
                "says officers broke the doors and took its computers.")
    body = _holder(a, "Free Coast Movement")
    assert body is not None and body.sector == "OPP", _describe(a)
    assert _holder(a, "The party") is body, _describe(a)
    assert [s.speaker for s in a.statements if "broke the doors" in s.content.text] == [body.id], _describe(a)
def test_a_name_cut_after_its_particle_runs_on_to_the_surname(nlp, lexicon: Lexicon) -> None:
    # The NER sometimes ends a name at its particle ("Jean-Luc Le" | "Gall"); the name never ends there.
    doc = nlp("Far-right deputy Jean-Luc Le Gall spoke in Lyon. Le Gall said the vote was rigged.")
    start = next(t.i for t in doc if t.text == "Jean")
    second = next(t.i for t in doc if t.text == "Le" and t.i > start + 3)
    doc.ents = [Span(doc, start, start + 4, label="PERSON"), Span(doc, second, second + 2, label="ORG")]
    found = entities(doc, lexicon)
    assert [(e.name, len(e.mentions)) for e in found] == [("Jean-Luc Le Gall", 2)], found


def test_a_given_name_two_people_share_is_left_to_neither(analyze: Analyze) -> None:
    a = analyze("Donald Kowalski and Donald Brennan met in Ohio on Monday. Donald said the meeting went well.")
    bare = _holder(a, "Donald#3")
    assert bare is not None and bare is not _holder(a, "Donald Kowalski") \
        and bare is not _holder(a, "Donald Brennan"), _describe(a)


def test_a_count_after_a_name_is_no_part_of_it(nlp, lexicon: Lexicon) -> None:
    # The NER sometimes runs a name over the count after it in a list ("Marta Kowalczyk 412").
    doc = nlp("The delegate count is Marta Kowalczyk 412, Ivo Brandt 300. Kowalczyk said the race was over.")
    start = next(t.i for t in doc if t.text == "Marta")
    bare = next(t.i for t in doc if t.text == "Kowalczyk" and t.i > start + 1)
    doc.ents = [Span(doc, start, start + 3, label="PERSON"), Span(doc, bare, bare + 1, label="PERSON")]
    found = entities(doc, lexicon)
    assert [(e.name, len(e.mentions)) for e in found] == [("Marta Kowalczyk", 2)], found


@pytest.mark.parametrize("text", [
    "At the launch in Apia, the Minister of Public Infrastructure, Losa Tuilagi, said the road would open in May.",
    "Samoa's Minister for Fisheries and Oceans, Losa Tuilagi, said the road would open in May.",
])
def test_an_office_of_a_portfolio_before_a_name_is_her_title(analyze: Analyze, text: str) -> None:
    # The NER tags "Minister of Public Infrastructure" a person: it is the title of the name after it.
    a = analyze(text)
    people = [e for e in a.entities if e.type == "PERSON"]
    assert [e.name for e in people] == ["Losa Tuilagi"], _describe(a)
    assert people[0].sector == "GOV" and people[0].roles, _describe(a)


def test_a_ministry_of_a_portfolio_stays_a_body(analyze: Analyze) -> None:
    a = analyze("The Ministry of Public Infrastructure said the road would open in May.")
    assert [(e.name, e.type) for e in a.entities] == [("Ministry of Public Infrastructure", "ORG")], _describe(a)


def test_a_name_a_business_noun_describes_is_a_body(analyze: Analyze) -> None:
    # The NER tags "Halden Berg" a person; "the company behind the ferry terminal" in apposition says what it is.
    a = analyze("The company behind the ferry terminal, Halden Berg, says it will seek a licence next year.")
    body = _holder(a, "Halden Berg")
    assert body is not None and body.type == "ORG", _describe(a)
