"""Answers without content of their own (extract/claims/answers.py): "that is a lie", "the opposite is true",
"none of that is true", a bare "Nonsense." deny the nearest earlier claim of another camp, of whatever kind it
is, when that claim is unambiguous. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger import Analysis
from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 3, 14)


def _run(text: str) -> Analysis:
    return analyze_text(text, DAY)


@pytest.mark.parametrize(("text", "kind"), [
    # a status turned around
    ("The European Commission said the new steel tariffs are a breach of WTO rules. \"The opposite is true,\" "
     "China's commerce ministry said in a statement.", "status"),
    # a cause, answered by a one-word quote
    ("Kenyan police said the fire at the Gikomba market was arson. \"Nonsense,\" said the market's owner, "
     "Ruth Achieng.", "cause"),
    # a status denied by a negative subject
    ("Peru's interior ministry said the strike at the Las Bambas mine was illegal. \"None of that is true,\" said "
     "Hugo Quispe, who leads the miners' union.", "status"),
    # an acceptance called untrue: the acceptance, not the verb inside it, is what is answered
    ("Ghana's finance ministry said the teachers' union had accepted the pay offer. \"That is simply not true,\" "
     "said the union's leader, Kwame Boateng.", "acceptance"),
    # "this is not what happened" of a state
    ("Nepal's home ministry said the Kodari border crossing is closed to traders. \"This is not what happened,\" "
     "said Tashi Dorje, who heads the traders' association in Tatopani.", "status"),
    # "the truth is the opposite" of an act: the act denied
    ("Thailand's army said the Cambodian side broke the ceasefire on Monday. \"The truth is the exact opposite,\" "
     "said Cambodia's defence ministry spokeswoman, Maly Socheata.", "existence"),
    # a two-word quote
    ("Kenyan police said the fire at the Gikomba market was arson. \"Not true,\" said the market's owner, "
     "Ruth Achieng.", "cause"),
])
def test_an_answer_without_content_denies_the_claim_it_answers(text: str, kind: str) -> None:
    a = _run(text)
    assert any(c.kind == kind for c in a.conflicts), [c.summary for c in a.conflicts]
    quote = text.split("\"")[1].strip(",. ")  # the answer's words are the evidence of one claim of the answerer
    assert any(quote.startswith(c.evidence.text) or c.evidence.text in quote for c in a.claims
               if c.claimant is not None and c.evidence.text and c.evidence.text in text.split("\"")[1])


@pytest.mark.parametrize("text", [
    # an answer that agrees
    ("Ghana's finance ministry said the teachers' union had accepted the pay offer. \"That is correct,\" said the "
     "union's leader, Kwame Boateng."),
    # an answer to a hypothetical claims nothing against it
    ("Ghana's finance ministry said the teachers' union might accept the pay offer. \"That is a lie,\" said the "
     "union's leader, Kwame Boateng."),
    # a statement with claims of two propositions: the answer is ambiguous
    ("Kenyan police said the fire at the Gikomba market was arson and that the market's licence had been revoked. "
     "\"Nonsense,\" said the market's owner, Ruth Achieng."),
    # another side spoke in between: the answer may be to its words
    ("Kenyan police said the fire at the Gikomba market was arson. The traders' union said its members would "
     "rebuild the stalls. \"Nonsense,\" said the market's owner, Ruth Achieng."),
])
def test_no_conflict_from_an_answer_that_agrees_or_is_ambiguous(text: str) -> None:
    a = _run(text)
    assert not [c for c in a.claims if c.kind != "event" and c.polarity == "negated"
                and c.evidence.text.lower().strip(".,\"") in ("that is a lie", "nonsense", "that is correct")]
    assert not [c for c in a.conflicts if c.kind in ("status", "cause", "acceptance")]


def test_the_answer_carries_the_answerers_evidence() -> None:
    a = _run("Kenyan police said the fire at the Gikomba market was arson. \"Utter nonsense,\" said the market's "
             "owner, Ruth Achieng.")
    names = {e.id: e.name for e in a.entities}
    denied = [c for c in a.claims if c.kind == "cause" and c.polarity == "negated"]
    assert [(names.get(c.claimant or ""), c.evidence.text) for c in denied] == [("Ruth Achieng", "Utter nonsense")]
