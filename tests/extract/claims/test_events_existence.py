"""Event claims of existence: moves into another's place coded from the verb, denials by noun, by a
falsity predicate and by a negated verb, and a transcript speaker's label as the claimant."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger import Analysis
from newsledger.pipeline import analyze_text

DAY = dt.date(2030, 3, 4)


def _run(text: str) -> Analysis:
    return analyze_text(text, DAY)


def _events(a: Analysis, polarity: str) -> list[str]:
    return [c.evidence.text for c in a.claims
            if c.kind == "event" and c.polarity == polarity and c.modality == "actual"]


@pytest.mark.parametrize("text, words", [
    ("Chile's navy said two Peruvian trawlers sailed into Chilean waters near Arica on Friday.", "sailed into"),
    ("The ministry said enemy drones had flown into Latvian airspace during the night.", "flown into"),
    ("Police in Lagos said armed men had crossed into the district from the north.", "crossed into"),
])
def test_move_into_territory_is_an_asserted_event(text: str, words: str) -> None:
    assert any(words in ev for ev in _events(_run(text), "asserted"))


@pytest.mark.parametrize("text", [
    "The mayor entered the hall to loud applause.",
    "Shoppers crossed the street to reach the market.",
    "The company entered into a partnership with a Korean carmaker.",
])
def test_move_into_an_ordinary_place_is_no_claim(text: str) -> None:
    a = _run(text)
    assert not [c for c in a.claims if c.kind == "event" and c.predicate == "ASSAULT"]


@pytest.mark.parametrize("text", [
    '"Our soldiers did not cross the frontier at any point," the Thai army spokesman said.',
    '"No vessel entered the zone," a Philippine coast guard officer said.',
])
def test_negated_move_is_a_denied_event(text: str) -> None:
    assert _events(_run(text), "negated")


@pytest.mark.parametrize("text", [
    '"No capture of the depot occurred," the Malian army said.',
    '"That intrusion is a lie," the Eritrean foreign minister said.',
    '"There was no raid on the village," a Colombian police spokeswoman said.',
])
def test_denial_by_noun(text: str) -> None:
    assert _events(_run(text), "negated")


def test_incursion_and_crossing_are_one_act_and_conflict() -> None:
    text = ("Nepal's army said Indian soldiers crossed into Nepali territory on Tuesday.\n"
            '"That incursion never happened," an Indian defence ministry spokesman told reporters.')
    a = _run(text)
    assert [c for c in a.conflicts if c.kind == "existence"]


def test_the_same_side_telling_it_twice_is_no_conflict() -> None:
    text = ("Nepal's army said Indian soldiers crossed into Nepali territory on Tuesday. "
            "The army said the soldiers entered Nepali territory near a river.")
    assert not [c for c in _run(text).conflicts if c.kind == "existence"]


def test_transcript_label_names_the_speaker() -> None:
    text = ("HOST: Our guest is the Moldovan defence minister, Ion Rusu.\n"
            "RUSU: That incursion never took place.\n")
    a = _run(text)
    denied = [c for c in a.claims if c.kind == "event" and c.polarity == "negated"]
    names = {e.id: e.name for e in a.entities}
    assert denied and all(c.claimant is not None and "Rusu" in names[c.claimant] for c in denied)


# ---- judgements of a report: "she made it up", "those claims are false", "there is no truth to the story" ----

def _existence(a: Analysis) -> list[tuple[str, str]]:
    names = {e.id: e.name for e in a.entities}
    return [tuple(sorted(names.get(s.actor or "", "@outlet") for s in c.sides))  # type: ignore[misc]
            for c in a.conflicts if c.kind == "existence"]


@pytest.mark.parametrize("text, teller, judge", [
    ('Opposition leader Maria Santos said riot police had beaten students outside the university in Valencia. '
     '"She simply made it up," Interior Minister Jorge Ruiz told reporters.', "Maria Santos", "Jorge Ruiz"),
    ('Farmer Kwame Mensah said soldiers burned his maize store near Tamale last week. '
     '"That never happened," army spokesman Yaw Boateng said.', "Kwame Mensah", "Yaw Boateng"),
    ('Fisherman Tomas Kallas told the newspaper that a Russian patrol boat rammed his trawler off Saaremaa. '
     'Estonian navy spokesman Peeter Tamm said there was no truth to the story.', "Tomas Kallas", "Peeter Tamm"),
    ('Union leader Ana Costa said police had raided the union office in Porto. '
     '"Those claims are completely false," police chief Rui Matos said.', "Ana Costa", "Rui Matos"),
])
def test_a_judgement_of_the_report_before_is_an_existence_conflict(text: str, teller: str, judge: str) -> None:
    found = _existence(_run(text))
    assert any(any(teller in n for n in pair) and any(judge in n for n in pair) for pair in found)


def test_the_claim_rejected_is_the_telling_not_a_label_quoted_after_it() -> None:
    """ "rejected the claim" judges what was told ("Lima had agreed to ..."), not a bare label of the same side
    quoted between ("called it 'a fresh start'"): that label tells nothing to deny."""
    text = ("Chile's foreign ministry said on Monday that Peru had agreed to open the Tacna crossing to lorries at "
            "night. The foreign minister, Elena Prado, called it \"a fresh start for the border towns\". "
            "Peru's trade ministry rejected the claim on Tuesday.")
    a = _run(text)
    names = {e.id: e.country for e in a.entities}
    pairs = [sorted(names.get(s.actor or "") or "" for s in c.sides) for c in a.conflicts]
    assert ["CHL", "PER"] in pairs, [c.summary for c in a.conflicts]


def test_a_report_noun_names_its_teller() -> None:
    text = ("Senator Paulo Reis dismissed a report from the Lisbon Gazette that said his staff had attacked a "
            "reporter in March.")
    found = _existence(_run(text))
    assert any(any("Reis" in n for n in pair) and any("Gazette" in n for n in pair) for pair in found)


def test_the_narrator_calls_a_telling_wrong() -> None:
    text = "The governor, Luis Pereyra, wrongly claimed that the dam near Mendoza had burst in the night."
    a = _run(text)
    assert [c for c in a.claims if c.kind == "event" and c.polarity == "negated" and c.claimant is None]


@pytest.mark.parametrize("text", [
    # the pronoun stands for a report noun that names no teller the text knows
    'Mayor Ines Duarte said all the rumours of critics about the new stadium share one trait. "They are false," '
    'Duarte said.',
    # agreement, not a judgement of untruth
    'Minister Ana Lopes said the bridge in Braga reopened on Monday. "That is true," mayor Joao Pinto said.',
    # "it is false to say ..." judges its own clause, not a report
    'Minister Ana Lopes said the tax plan would help farmers. "It is false to say we ignored them," opposition '
    'leader Joao Pinto said.',
    # what is called nonsense is a verdict, not an event: no existence dispute
    'Party chairman Li Wei said the vote in Taichung was clean. "This is nonsense," rival candidate Chen Hao said.',
    # a court dismissing a case is no judgement of a report
    'The Kenyan court dismissed the case against the journalist, prosecutor Jane Wanjiru said. Lawyer Peter Otieno '
    'said the decision was fair.',
])
def test_no_existence_conflict_without_a_judged_event(text: str) -> None:
    assert not _existence(_run(text))


def test_an_embedded_post_is_its_authors_word() -> None:
    text = ('The Peruvian minister Rosa Quispe answered on social media.\n'
            '<tweet id="1" author="@RosaQuispeMin">Our troops did not cross into Bolivian territory. '
            '— Rosa Quispe (@RosaQuispeMin)</tweet>\n')
    a = _run(text)
    names = {e.id: e.name for e in a.entities}
    denied = [c for c in a.claims if c.kind == "event" and c.polarity == "negated"]
    assert denied and all(c.claimant is not None and "Quispe" in names[c.claimant] for c in denied)
