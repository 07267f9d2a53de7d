"""Status claims of issue 14 (helper status20): an act called an illegal act, conformity with laws joined by "and",
a status word inside a state's phrase, "null", the third person "complies", and a status after a named actor's colon.
Sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger import Analysis
from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 5, 20)


def _run(text: str) -> Analysis:
    return analyze_text(text, DAY)


def _status(a: Analysis) -> list[tuple[str, str]]:
    return [(c.predicate, c.polarity) for c in a.claims if c.kind == "status"]


@pytest.mark.parametrize(("text", "claim"), [
    # a status adjective on the noun of an act the subject is, or a caller calls the object
    ('"The boarding of the trawler was an illegal act of force," Ghana\'s fisheries minister, Kofi Mensah, said.',
     ("unlawful", "asserted")),
    ('Togo\'s foreign minister, Afi Amegah, called the raid "an unlawful use of force in Togolese waters".',
     ("unlawful", "asserted")),
    ('"The blockade of the port is a legitimate operation," the navy\'s spokesman, Ama Owusu, said.',
     ("legitimate", "asserted")),
    # conformity with laws joined by "and"
    ('"The boarding was carried out in full accordance with Ghanaian and international law," the navy\'s spokesman, '
     'Ama Owusu, said.', ("lawful", "asserted")),
    # a status word inside a state's phrase ("legal" in "no legal effect") is the state's
    ('"The council\'s decree has no legal effect," said the dismissed mayor, Yaw Boateng.', ("invalid", "asserted")),
    ('The opposition leader, Efua Sarpong, said: "The ballot is null."', ("invalid", "asserted")),
    # "complies", which the parser may read as a noun
    ('"The refinery complies in full with the Abidjan Convention," Ghana\'s energy minister, Kofi Mensah, said.',
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
    a = _run("21:00 Maria Lopez, leaving the hall, is just as firm: the ballot is valid and final.")
    assert [c for c in a.claims if c.kind == "status" and c.claimant is None] == []
    b = _run("Our verdict: the ballot was valid.")  # no actor before the colon: the outlet's own
    assert [(c.predicate, c.claimant) for c in b.claims if c.kind == "status"] == [("valid", None)]


def test_an_illegal_act_against_conformity_with_the_law_is_a_status_conflict() -> None:
    text = ('Togo\'s foreign minister, Afi Amegah, called the boarding of the trawler "an illegal act of force". '
            'Ghana\'s navy said the boarding of the trawler was carried out in full accordance with Ghanaian and '
            'international law.')
    a = _run(text)
    assert [c.kind for c in a.conflicts] == ["status"]


def test_a_label_quoted_after_the_tellers_link_verb_is_the_speakers() -> None:
    # an interviewer's line: 'told us it was "..."' is the teller's, the quoted label the spokesman's
    a = _run('Q: A prison spokesman in Gulu told us it was "a normal arrest, not a kidnapping".\n'
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
    a = _run('"The eviction was carried out strictly under the law," the city\'s planning director, Omar Said, said.')
    assert _status(a) == [("lawful", "asserted")]


def test_an_answer_of_a_bare_status_meets_the_status_it_answers() -> None:
    # "As unlawful from start to finish": the parser hangs the adjective on "As", no noun it could modify
    text = ("The council's director, Moussa Sow, says the eviction was lawful. Asked how the traders see it, their "
            'leader, Amina Diallo, replied: "As unlawful from start to finish."')
    a = _run(text)
    assert ("unlawful", "asserted") in _status(a)
    assert [c.kind for c in a.conflicts] == ["status"]


@pytest.mark.parametrize("text", [
    'The commission\'s chair, Artan Hoxha, said the referendum "stands as valid in every respect".',
    "The commission's chair, Artan Hoxha, said the vote stands as valid.",
    ('Asked about the objection, the chair, Artan Hoxha, said the change had been made within the law and that the '
     'referendum "stands as valid in every respect".'),
])
def test_a_status_after_as_on_a_verb_of_being_is_the_subjects(text: str) -> None:
    a = _run(text)
    got = [(c.predicate, c.polarity, c.about.text if c.about else None) for c in a.claims
           if c.kind == "status" and c.predicate == "valid"]
    assert len(got) == 1 and got[0][:2] == ("valid", "asserted") and got[0][2] in ("the referendum", "the vote")


@pytest.mark.parametrize(("text", "evidence"), [
    ('"It\'s a bailout, plain and simple," the opposition MP, Rahul Sen, told reporters.',
     "It's a bailout, plain and simple"),
    ('"This is a coup and nothing more," the opposition leader, Rahul Sen, said.', "This is a coup and nothing more"),
    ('"It\'s a bailout," the opposition MP, Rahul Sen, told reporters.', "It's a bailout"),
])
def test_words_that_insist_on_a_label_are_its_evidence(text: str, evidence: str) -> None:
    a = _run(text)
    assert [c.evidence.text for c in a.claims if c.kind == "characterisation"] == [evidence]
