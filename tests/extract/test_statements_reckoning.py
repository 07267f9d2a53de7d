"""A figure or an account given "by X's count" (cues ``reckoning_nouns``), "in X's version" (``account_nouns``), or a
document that "continues" or "goes on" (cues ``document_verbs``): the clause is X's statement (the document's
author's), as after "according to X". Sentences written for these tests (invented bodies and events).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _said(analysis: Analysis) -> list[tuple[str, str]]:
    names = {e.id: e.name for e in analysis.entities}
    return [(names.get(s.speaker or "", "?"), s.content.text) for s in analysis.statements]


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Thousands marched in Lusaka on Saturday. By the Zambia Congress of Trade Unions' count, some 40,000 people "
     "marched.", "Zambia Congress of Trade Unions", "40,000 people marched"),
    ("The ferry sank off Likoma Island. By the Malawi Red Cross Society's estimate, more than 90 people drowned.",
     "Malawi Red Cross Society", "90 people drowned"),
    ("Floods hit the Shire valley. By Malawi's own tally, 3,000 homes were lost.", "Malawi", "3,000 homes"),
])
def test_by_a_count_is_its_owners_statement(analyze: Callable[..., Analysis], text: str, speaker: str,
                                            words: str) -> None:
    said = _said(analyze(text))
    assert any(speaker in who and words in content for who, content in said), said


@pytest.mark.parametrize("text", [
    "By the end of the day, some 40,000 people had marched through Lusaka.",  # a time, no count
    "The count by the electoral commission ended on Monday.",  # no "by X's count" phrase
    "By a rough count of our reporters, about 5,000 people marched.",  # nobody owns it
])
def test_no_reckoning_statement(analyze: Callable[..., Analysis], text: str) -> None:
    assert _said(analyze(text)) == []


@pytest.mark.parametrize("text", [
    "Eritrea's Ministry of Information issued a statement on Tuesday. The rounds, the statement continues, were "
    "fired by Ethiopian troops.",
    "Eritrea's Ministry of Information issued a statement on Tuesday. The rounds were fired by Ethiopian troops, "
    "the statement continues.",
])
def test_a_document_that_continues_is_its_authors_statement(analyze: Callable[..., Analysis], text: str) -> None:
    """ "..., the statement continues, ...": as "..., it reads, ..." (cues ``document_verbs``)."""
    said = _said(analyze(text))
    assert any("Ministry of Information" in who and "fired by Ethiopian troops" in content for who, content in said)


@pytest.mark.parametrize(("text", "words"), [
    ("The Tongan navy issued a statement on Friday. Its patrol boat stayed in port all week, the statement went on.",
     "patrol boat stayed in port"),
    ("The Tongan navy issued a statement on Friday. The crew, it goes on, had orders to stay in the harbour.",
     "had orders to stay in the harbour"),
    ("The Tongan navy answered in a note. The cracks in the hull were found in March, the note goes on, and were "
     "mended in April.", "were mended in April"),
])
def test_a_document_that_goes_on_is_its_authors_statement(analyze: Callable[..., Analysis], text: str,
                                                          words: str) -> None:
    """ "..., the statement goes on, ...": a document verb with its particle (cues ``document_verbs``)."""
    said = _said(analyze(text))
    assert any("navy" in who and words in content for who, content in said), said


@pytest.mark.parametrize("text", [
    "The Tongan navy issued a statement on Friday. The talks went on until midnight in the harbour office.",
    "The minister read the note aloud. The meeting went on for hours, and the crew waited.",
    "The Tongan navy issued a statement on Friday. The search goes on Monday along the reef.",
])
def test_things_that_go_on_tell_nothing(analyze: Callable[..., Analysis], text: str) -> None:
    """Only a document (or a pronoun for one) that goes on reports: talks and meetings that go on say nothing."""
    said = _said(analyze(text))
    assert not any("went on" in content or "goes on" in content for _, content in said), said


def test_talks_that_continue_tell_nothing(analyze: Callable[..., Analysis]) -> None:
    """A document verb reports only with a document (or a pronoun for one) as its subject."""
    said = _said(analyze("The ministry issued a statement. Talks with the union, the minister continues, were "
                         "useful."))
    assert not any(content.startswith("Talks") and who == "ministry" for who, content in said)


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Honduras's navy released its version on Sunday. In that version the trawler was fishing legally when the "
     "coast guard seized it.", "navy", "the trawler was fishing legally"),
    ("In Mali's account, the rebels opened fire first on the convoy near Gao.", "Mali",
     "the rebels opened fire first"),
    ("The Kenya Ports Authority gave its explanation on Monday. In this explanation, the crane failed because of a "
     "worn cable.", "Kenya Ports Authority", "the crane failed"),
])
def test_in_an_account_is_its_owners_statement(analyze: Callable[..., Analysis], text: str, speaker: str,
                                               words: str) -> None:
    """ "In X's version, ...", "In that version, ..." (cues ``account_nouns``): the owner's account."""
    said = _said(analyze(text))
    assert any(speaker in who and words in content for who, content in said), said


@pytest.mark.parametrize("text", [
    "In the end, the talks with the union failed on Monday.",
    "In that version of the film, the hero dies at the end of the story.",  # no owner named before
])
def test_no_account_statement(analyze: Callable[..., Analysis], text: str) -> None:
    assert _said(analyze(text)) == []
