"""Status claims of issue 14 (helper status20): an act called an illegal act, conformity with laws joined by "and",
a status word inside a state's phrase, "null", the third person "complies", and a status after a named actor's colon.
Sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from newsledger import Analysis
from newsledger.pipeline import analyze_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import statuses as _status

DAY = dt.date(2031, 5, 20)


def _run(text: str) -> Analysis:
    return analyze_text(text, DAY)


@pytest.mark.parametrize(("text", "claim"), [
    # a status adjective on the noun of an act the subject is, or a caller calls the object
    ('"The boarding of the trawler was an unlawful act of piracy," Ghana\'s fisheries minister, Kofi Mensah, said.',
     ("unlawful", "asserted")),
    ('Togo\'s foreign minister, Afi Amegah, called the raid "an unlawful use of force in Togolese waters".',
     ("unlawful", "asserted")),
    ('"The blockade of the port is a legitimate operation," the navy\'s spokesman, Ama Owusu, said.',
     ("legitimate", "asserted")),
    # conformity with laws joined by "and"
    ('"The boarding was carried out in keeping with Ghanaian and international law," the navy\'s spokesman, '
     'Ama Owusu, said.', ("lawful", "asserted")),
    # a status word inside a state's phrase ("legal" in "without legal effect") is the state's
    ('"The council\'s decree is without legal effect," said the dismissed mayor, Yaw Boateng.',
     ("invalid", "asserted")),
    ('The opposition leader, Efua Sarpong, said: "The result is null."', ("invalid", "asserted")),
    # "complies", which the parser may read as a noun
    ('"The refinery complies fully with the Abidjan Convention," Ghana\'s energy minister, Kofi Mensah, said.',
     ("lawful", "asserted")),
])
def test_a_status_of_an_act_or_a_thing_is_read(text: str, claim: tuple[str, str]) -> None:
    assert claim in _status(_run(text))


@pytest.mark.parametrize("text", [
    '"This is a legal matter for the courts," Ghana\'s fisheries minister, Kofi Mensah, said.',
    '"The dispute raises a legal question about the quota," Ghana\'s fisheries minister, Kofi Mensah, said.',
    '"It was a legitimate concern of the fishermen," Ghana\'s fisheries minister, Kofi Mensah, said.',
])
def test_a_status_word_on_a_noun_of_no_act_judges_nothing(text: str) -> None:
    assert [p for p, _ in _status(_run(text)) if p in ("lawful", "unlawful", "legitimate", "illegitimate")] == []


def test_a_status_after_a_named_actors_colon_is_not_the_outlets() -> None:
    # the commission's position told after a colon: someone's words no statement holds, no claim of the outlet
    a = _run("21:00 Maria Lopez, leaving the hall, was adamant: the ballot is valid.")
    assert [c for c in a.claims if c.kind == "status" and c.claimant is None] == []
    b = _run("Our verdict: the ballot was valid.")  # no actor before the colon: the outlet's own
    assert [(c.predicate, c.claimant) for c in b.claims if c.kind == "status"] == [("valid", None)]


def test_an_illegal_act_against_conformity_with_the_law_is_a_status_conflict() -> None:
    text = ('Togo\'s foreign minister, Afi Amegah, called the boarding of the trawler "an unlawful act of piracy". '
            'Ghana\'s navy said the boarding of the trawler was carried out in keeping with Ghanaian and '
            'international law.')
    a = _run(text)
    assert [c.kind for c in a.conflicts] == ["status"]


def test_a_label_quoted_after_the_tellers_link_verb_is_the_speakers() -> None:
    # an interviewer's line: 'told us it was "..."' is the teller's, the quoted label the spokesman's
    a = _run('Q: A prison spokesman in Arusha told us it was "a routine arrest, not an abduction".\n'
             'A: Words cost them nothing.')
    labels = [(c.predicate, c.polarity) for c in a.claims if c.kind == "characterisation"]
    assert labels == [("arrest", "asserted"), ("abduction", "negated")]
    assert all(c.claimant is not None for c in a.claims if c.kind == "characterisation")


def test_a_quoted_label_of_nobody_named_is_no_claim() -> None:
    a = _run('Q: They say it was "a coup".\nA: Nonsense.')
    assert [c for c in a.claims if c.kind == "characterisation"] == []


def test_a_label_set_against_another_holds_both_in_its_evidence() -> None:
    a = _run('Kenya\'s police spokesman, Paul Otieno, said it was "a lawful arrest, not an abduction".')
    got = {c.predicate: c.evidence.text for c in a.claims if c.kind == "characterisation"}
    assert got["arrest"].endswith("a lawful arrest, not an abduction")
    assert got["abduction"] == "an abduction"


def test_an_act_done_strictly_under_the_law_is_lawful() -> None:
    a = _run('"The evictions were conducted strictly under the law," the city\'s planning director, Omar Said, said.')
    assert _status(a) == [("lawful", "asserted")]


def test_an_answer_of_a_bare_status_meets_the_status_it_answers() -> None:
    # "As illegal from start to finish": the parser hangs the adjective on "As", no noun it could modify
    text = ("The council's director, Moussa Sow, says the eviction was lawful. Amina Diallo, who leads the traders, "
            'disagrees. "As illegal from start to finish," Diallo said.')
    a = _run(text)
    assert ("unlawful", "asserted") in _status(a)
    assert [c.kind for c in a.conflicts] == ["status"]


@pytest.mark.parametrize("text", [
    'The commission\'s chair, Artan Hoxha, said the plebiscite "stands as valid on every count".',
    "The commission's chair, Artan Hoxha, said the vote stands as valid.",
    ('Asked about the petition, the chair, Artan Hoxha, said the count had been done by the book and that the '
     'plebiscite "stands as lawful in all its parts".'),
])
def test_a_status_after_as_on_a_verb_of_being_is_the_subjects(text: str) -> None:
    a = _run(text)
    got = [(c.predicate, c.polarity, c.about.text if c.about else None) for c in a.claims
           if c.kind == "status" and c.predicate in ("valid", "lawful")]
    assert len(got) == 1 and got[0][1] == "asserted" and got[0][2] in ("the plebiscite", "the vote")


@pytest.mark.parametrize(("text", "evidence"), [
    ('"It is a handout, pure and simple," the opposition MP, Rahul Sen, told reporters.',
     "It is a handout, pure and simple"),
    ('"This is a coup and nothing more," the opposition leader, Rahul Sen, said.', "This is a coup and nothing more"),
    ('"It\'s a bailout," the opposition MP, Rahul Sen, told reporters.', "It's a bailout"),
])
def test_words_that_insist_on_a_label_are_its_evidence(text: str, evidence: str) -> None:
    a = _run(text)
    assert [c.evidence.text for c in a.claims if c.kind == "characterisation"] == [evidence]


def test_a_status_in_quoted_words_no_statement_holds_is_not_the_outlets() -> None:
    # the second quotation of a sentence of saying: someone's words, though no statement holds them
    text = ("10:05 Chile's reply came from the head of its mining delegation, Pablo Soto. Speaking through a "
            "translator, he said Chile's exports \"are well within the quota\", and that Chile \"has honoured "
            "the accord in every detail while our own mines shut\".")
    assert [c for c in _run(text).claims if c.kind == "status" and c.claimant is None] == []
    # a label in scare quotes stays the outlet's own word where the outlet judges
    b = _run('The government calls its decree a "reform". The decree is unlawful.')
    assert [(c.predicate, c.claimant) for c in b.claims if c.kind == "status"] == [("unlawful", None)]
