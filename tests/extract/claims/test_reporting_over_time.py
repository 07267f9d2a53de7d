"""Issue 14, stop 24: a body's own figure revised over time, offices tagged as organisations, bodies named by what
they are, and status words of conformity and of a free vote.

Articles and sentences are written for these tests (invented bodies, people and places). Each mechanism has a
case that must be found and, where a wrong reading would be a false alarm, a case that must stay silent.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis
from newsledger.models import Claim

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import entity_name as _name


def _quantities(analysis: Analysis) -> list[Claim]:
    return [c for c in analysis.claims if c.kind == "quantity"]


# ---- a situation report: the issuing body's first figure and its later level of the same count -----------------

BULLETIN = (
    "PROVINCIAL EMERGENCY OFFICE, REPUBLIC OF PALAU\n"
    "Bulletin no. 6, Koror, 14 August 2031\n"
    "Flood damage assessment: revised figures for the southern districts\n"
    "In its bulletin of 9 August, the Provincial Emergency Office estimated that 430 houses had been destroyed or "
    "badly damaged in the southern districts. Survey teams have since reached the outer villages by boat, and the "
    "Office now puts the number at 610.\n"
    "About 2,000 people are staying with relatives. The next bulletin will be issued on 16 August.\n"
)


def test_a_body_raising_its_own_count_is_a_revision_not_a_conflict(analyze: Callable[..., Analysis]) -> None:
    a = analyze(BULLETIN, "2031-08-14")
    assert not a.conflicts, [c.to_dict() for c in a.conflicts]
    homes = [c for c in _quantities(a) if c.value is not None and c.value.low in (430, 610)]
    assert {c.value.low for c in homes if c.value is not None} == {430, 610}, [c.to_dict() for c in a.claims]
    # Both figures are the office's, not the outlet's, and the later one revises the earlier.
    assert all(c.claimant is not None and "emergency office" in (_name(a, c.claimant) or "").lower() for c in homes)
    assert any(c.revises for c in homes)


def test_an_anaphoric_figure_still_answers_another_side_first(analyze: Callable[..., Analysis]) -> None:
    # "the figure" after another side's count answers that count: a dispute between two bodies, not a revision.
    text = ("The Lesotho Textile Workers Union said 9,000 garment jobs had been lost since March. Lesotho's trade "
            "ministry put the figure at 2,000.")
    a = analyze(text)
    counts = _quantities(a)
    assert len({c.claimant for c in counts}) == 2, [c.to_dict() for c in counts]
    assert not any(c.revises for c in counts)


# ---- an office the model tags as an organisation is the person who holds it ------------------------------------

def test_a_minister_tagged_as_an_organisation_speaks_for_the_government(analyze: Callable[..., Analysis]) -> None:
    text = ("PRESS RELEASE\nMinistry of Fisheries and Marine Resources\nWindhoek, 3 March 2031\n"
            "The pilchard catch in Namibian waters fell to 8,200 tonnes in 2030, according to survey data presented "
            "today by the Minister of Fisheries. The Benguela Ocean Trust said last week that the catch was more "
            "than 20,000 tonnes in the same year, an estimate the Ministry has not verified.\n")
    a = analyze(text, "2031-03-03")
    minister = next((e for e in a.entities if e.name.startswith("Minister of Fisheries")), None)
    assert minister is not None and minister.type == "PERSON" and minister.sector == "GOV", \
        [(e.name, e.type, e.sector) for e in a.entities]


def test_a_body_named_for_its_work_stays_an_organisation(analyze: Callable[..., Analysis]) -> None:
    # "Office of the Ombudsman" is headed by a body word, not a title: it stays an organisation.
    a = analyze("The Office of the Ombudsman in Accra said on Monday that the complaint had been received.")
    office = next((e for e in a.entities if "Ombudsman" in e.name), None)
    assert office is None or office.type != "PERSON", (office.name, office.type)


# ---- a body named by what it is refers back to the body named before -------------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("The Malawi Law Society held an emergency meeting on Friday. In a resolution adopted by its members, the "
     "lawyers' body called the new land act unconstitutional.", "Malawi Law Society"),
    ("The Andean Press Freedom Network published its annual report on Tuesday. The watchdog called the closure "
     "of the radio station unlawful.", "Andean Press Freedom Network"),
])
def test_a_body_named_by_what_it_is_is_the_body_before(analyze: Callable[..., Analysis], text: str,
                                                       speaker: str) -> None:
    a = analyze(text)
    status = [c for c in a.claims if c.kind == "status" and c.predicate == "unlawful"]
    assert status, [c.to_dict() for c in a.claims]
    assert speaker in (_name(a, status[0].claimant) or ""), _name(a, status[0].claimant)


# ---- status words: conformity with the law or the constitution, a vote held freely and fairly ------------------

@pytest.mark.parametrize(("text", "predicate", "speaker"), [
    ("Zambia's justice ministry said the electoral code it drafted was in full conformity with the Constitution.",
     "lawful", "justice ministry"),
    ("The Uruguayan interior minister Sofia Bentancur said the search of the union offices was in conformity "
     "with the law.", "lawful", "Sofia Bentancur"),
    ("The chairwoman of the electoral board, Aigerim Sadykova, said the referendum was conducted freely and "
     "fairly.", "free and fair", "Aigerim Sadykova"),
])
def test_status_of_conformity_and_of_a_free_vote(analyze: Callable[..., Analysis], text: str, predicate: str,
                                                 speaker: str) -> None:
    a = analyze(text)
    found = [c for c in a.claims if c.kind == "status" and c.predicate == predicate and c.polarity == "asserted"]
    assert found, [c.to_dict() for c in a.claims]
    assert speaker in (_name(a, found[0].claimant) or ""), _name(a, found[0].claimant)


def test_conformity_against_unconstitutional_is_a_status_conflict(analyze: Callable[..., Analysis]) -> None:
    text = ("The land act, Malawi's government said on Monday, is in full conformity with the Constitution. "
            "The Law Society of Malawi disagrees. In a resolution adopted on Saturday, the lawyers' body called the "
            "land act unconstitutional.")
    a = analyze(text)
    assert [c for c in a.conflicts if c.kind == "status"], [c.to_dict() for c in a.claims]


def test_two_bodies_calling_a_law_constitutional_agree(analyze: Callable[..., Analysis]) -> None:
    text = ("The land act, Malawi's government said on Monday, is in full conformity with the Constitution. "
            "The Law Society of Malawi agreed: the lawyers' body called the land act constitutional.")
    assert not [c for c in analyze(text).conflicts if c.kind == "status"]


# ---- counts: jobs lost however worded, turnout that "came out", people in shelters ------------------------------

@pytest.mark.parametrize(("text", "cls", "low", "high"), [
    ("The Sri Lankan tea planters' union said 6,500 estate jobs had been lost since the spring.", "job_losses",
     6500, 6500),
    ("Kenya's labour ministry says fewer than three thousand jobs have gone at the flower farms.", "job_losses",
     None, 3000),
    ("Thousands of farmers have come out today to block the highway, the organisers in Punjab said.", "protesters",
     None, None),
    ("Samoa's disaster agency said around 4,000 people had spent the night in evacuation centres.", "sheltered",
     4000, 4000),
    ("Tonga's emergency office said 1,300 people had gone to the public shelters in Nuku'alofa.", "sheltered",
     1300, 1300),
])
def test_counts_however_worded(analyze: Callable[..., Analysis], text: str, cls: str, low: float | None,
                               high: float | None) -> None:
    found = [c for c in _quantities(analyze(text)) if c.predicate == cls]
    assert found and found[0].claimant is not None, [c.to_dict() for c in _quantities(analyze(text))]
    value = found[0].value
    assert value is not None
    if low is not None or high is not None:
        assert (value.low, value.high) == (low, high)


@pytest.mark.parametrize("text", [
    "Kenya's labour ministry said 3,000 jobs had been created at the flower farms this year.",
    "The rescuers in Chile said 12 people came out of the collapsed mine alive.",
    "Samoa's disaster agency said 400 volunteers had built new shelters in the villages.",
])
def test_counts_that_are_not_these_classes(analyze: Callable[..., Analysis], text: str) -> None:
    assert not [c for c in _quantities(analyze(text)) if c.predicate in ("job_losses", "protesters", "sheltered")]


def test_shelter_counts_of_two_towns_do_not_conflict(analyze: Callable[..., Analysis]) -> None:
    text = ("Fiji's disaster office said 2,300 people had gone to evacuation centres in Suva. In Lautoka, the Red "
            "Cross said 510 people were staying in evacuation centres.")
    assert not [c for c in analyze(text).conflicts if c.kind == "quantity"]


def test_shelter_counts_of_one_place_by_two_sides_conflict(analyze: Callable[..., Analysis]) -> None:
    text = ("Fiji's disaster office said 2,300 people were staying in evacuation centres in Suva. The Red Cross said "
            "only 510 people were staying in evacuation centres in Suva.")
    assert [c for c in analyze(text).conflicts if c.kind == "quantity"]


# ---- a parenthetical speaker with a title, which the parse takes for the subject of the cue ----------------------

@pytest.mark.parametrize(("text", "speaker", "about"), [
    ("The new mining permit, lawyer Aroha Ngata said, is unlawful.", "Aroha Ngata", "permit"),
    ("The eviction order, its lawyer Tevita Fifita argues, is unlawful.", "Tevita Fifita", "eviction order"),
    ("The concession, opposition deputy Marta Kowalczyk said, was illegal.", "Marta Kowalczyk", "concession"),
])
def test_a_titled_speaker_inside_the_clause_speaks_it(analyze: Callable[..., Analysis], text: str, speaker: str,
                                                       about: str) -> None:
    a = analyze(text)
    found = [c for c in a.claims if c.kind == "status" and c.predicate == "unlawful"]
    assert found, ([c.to_dict() for c in a.claims], [s.to_dict() for s in a.statements])
    assert speaker in (_name(a, found[0].claimant) or ""), _name(a, found[0].claimant)
    assert found[0].about is not None and about in found[0].about.text, found[0].about
    stmt = next(s for s in a.statements if s.speaker == found[0].claimant)
    assert stmt.content.text.startswith("The "), stmt.content.text  # the clause's own subject stays in it


def test_a_parenthetical_speaker_without_a_title_is_unchanged(analyze: Callable[..., Analysis]) -> None:
    a = analyze("The tender, Ines Moreau said, was lawful.")
    found = [c for c in a.claims if c.kind == "status" and c.predicate == "lawful"]
    assert found and _name(a, found[0].claimant) == "Ines Moreau", [c.to_dict() for c in a.claims]


# ---- what the transfer of a public asset is called: a concession or a sell-off ---------------------------------

def test_a_concession_called_a_sell_off_is_a_characterisation_conflict(analyze: Callable[..., Analysis]) -> None:
    text = ("Ghana's ports ministry described the lease of the Tema terminal as a long-term concession. The "
            "opposition leader Kwame Asante called the lease a fire sale.")
    a = analyze(text)
    labels = {c.predicate for c in a.claims if c.kind == "characterisation"}
    assert {"concession", "sell-off"} <= labels, [c.to_dict() for c in a.claims]
    assert [c for c in a.conflicts if c.kind == "characterisation"]


def test_two_sides_calling_it_a_concession_agree(analyze: Callable[..., Analysis]) -> None:
    text = ("Ghana's ports ministry described the lease of the Tema terminal as a long-term concession. The "
            "opposition leader Kwame Asante also called the lease a long-term concession.")
    assert not [c for c in analyze(text).conflicts if c.kind == "characterisation"]
