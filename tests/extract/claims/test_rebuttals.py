"""Denials whose object names another side's figure or word (extract/claims/rebuttals.py): "rejects the figure of
420 given by X", "dismissed the navy's count as inflated", "rejected the term 'shadow fleet'", "rejected that
description" deny the claim they name, and set the denier against its owner. Texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger import Analysis
from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 6, 12)


def _run(text: str) -> Analysis:
    return analyze_text(text, DAY)


@pytest.mark.parametrize(("text", "kind"), [
    # a figure named by its value and its owner's "by" phrase
    ("Argentina's port authority said on Tuesday that 420 containers were stuck at the Rio Claro terminal. "
     "Paraguay's transport ministry rejected the figure of 420 containers given by the Argentine port authority.",
     "quantity"),
    # a figure named by its owner's possessive, called inflated
    ("Ecuador's navy said its patrol boats counted 60 foreign trawlers near the Galapagos on Sunday. Peru's fisheries "
     "minister, Rosa Quispe, dismissed the navy's count as inflated.", "quantity"),
    # a figure its owner gives only in the denial's words: the owner's claim as reported, and its denial
    ("The Ministry of Energy of Moldova rejects the estimate of 900 tonnes of diesel published on Friday by the "
     "Romanian customs agency.", "quantity"),
    # a figure not accepted: a verb of acceptance, negated
    ("Uganda's health ministry said 75 people had died of cholera in the camps near Koboko. South Sudan's health "
     "ministry said it does not accept the Ugandan figure of 75 deaths.", "quantity"),
    # a figure named by the subject of a relative clause on it
    ("Sudan's army said 40 civilians were killed in the shelling of Kadugli on Monday. South Sudan's information "
     "minister said the numbers the Sudanese army cites are inflated.", "quantity"),
    # a toll disputed, its owner on a participle
    ("Sudan's army said 40 civilians were killed in the shelling of Kadugli on Monday. South Sudan's government "
     "disputes the toll given by the Sudanese army.", "quantity"),
    # a figure called inflated in a link clause, its owner in a "by" phrase
    ("Kenya's interior ministry said 3,000 refugees had crossed at Moyale on Monday. Ethiopia's foreign ministry said "
     "the figure of 3,000 refugees given by Kenya was inflated.", "quantity"),
    # a figure called a fabrication by a verb of calling
    ("Kenya's interior ministry said 3,000 refugees had crossed at Moyale on Monday. Ethiopia's foreign minister, "
     "Abebe Girma, called the Kenyan estimate of 3,000 refugees a fabrication.", "quantity"),
    # a word named in quotation marks, given by the other side in its own words
    ("Finland's coast guard chief, Jukka Lehtinen, called the convoy \"a shadow fleet\" on Tuesday. The Russian "
     "foreign ministry rejected the term \"shadow fleet\" on Wednesday.", "characterisation"),
    # a verb with its preposition: "objects to the term"
    ("Colombia's defence ministry called the crossing by Venezuelan troops an incursion. Venezuela's foreign ministry "
     "objects to the term \"incursion\", saying the soldiers were on a marked road.", "characterisation"),
    # a word that is the other side's status of the thing
    ("Chile's maritime authority said the seizure of the trawler Santa Rita was unlawful. Peru's foreign ministry "
     "rejected the label \"unlawful\" on Friday.", "status"),
    # a label named without its words: the label the other side gave just before
    ("Chile's foreign minister called the naval drill off Punta Arenas a provocation. Argentina rejected that "
     "description on Thursday.", "characterisation"),
    # a version named by its owner: the cause it gave
    ("Morocco's interior ministry said the fire at the Oujda depot was caused by an electrical fault. Algeria's "
     "foreign ministry said it does not support the Moroccan explanation.", "cause"),
    ("Morocco's interior ministry said the fire at the Oujda depot was caused by an electrical fault. Algeria's "
     "foreign ministry rejected Morocco's account of the fire.", "cause"),
    ("Morocco's interior ministry said the fire at the Oujda depot was caused by an electrical fault. Algeria's "
     "foreign ministry said the version put out by Rabat is false.", "cause"),
    # the content clause of a claim denied: the denier does not call the blast sabotage
    ("Ukraine's navy said the blast on the tanker Meridian was sabotage. Russia's foreign ministry contested the "
     "claim that the blast was sabotage.", "cause"),
    # a label refused
    ("Colombia's defence ministry called the crossing by Venezuelan troops an invasion. Venezuela's foreign minister "
     "refused to call it an invasion.", "characterisation"),
])
def test_a_denial_that_names_the_other_sides_figure_or_word_conflicts_with_it(text: str, kind: str) -> None:
    a = _run(text)
    assert any(c.kind == kind for c in a.conflicts), [(c.kind, c.summary) for c in a.conflicts]
    denials = [c for c in a.claims if c.kind == kind and c.claimant is not None
               and c.polarity == "negated"]
    assert denials, [(c.kind, c.polarity, c.predicate, c.evidence.text) for c in a.claims]
    # the denier does not also claim the word it quotes to deny
    assert not [c for c in a.claims if c.claimant == denials[0].claimant and c.kind == kind
                and c.polarity == "asserted" and not c.predicate.startswith("word: ")]


def test_the_figure_denied_is_the_owners_figure_by_value() -> None:
    a = _run("Argentina's port authority said on Tuesday that 420 containers were stuck at the Rio Claro terminal. "
             "Paraguay's transport ministry rejected the figure of 420 containers given by the Argentine port "
             "authority.")
    denied = [c for c in a.claims if c.kind == "quantity" and c.polarity == "negated"]
    assert [c.value.low for c in denied if c.value is not None] == [420], denied
    assert all(c.evidence.text.startswith("Paraguay's transport ministry rejected") for c in denied)


@pytest.mark.parametrize("text", [
    # a figure disputed with neither its value nor its owner: which count is denied is not said
    ("Sudan's army said 40 civilians were killed in the shelling of Kadugli on Monday. South Sudan's government "
     "rejected the figure."),
    # a figure nobody gave: nothing to deny
    ("Uganda's health ministry said 75 people had died of cholera in the camps near Koboko. Rwanda's health "
     "ministry rejected the figure of 40 deaths."),
    # accepted, not denied
    ("Uganda's health ministry said 75 people had died of cholera in the camps near Koboko. South Sudan's health "
     "ministry accepted the Ugandan figure of 75 deaths."),
    # a question over the denial
    ("Uganda's health ministry said 75 people had died of cholera in the camps near Koboko. Will South Sudan's "
     "health ministry reject the Ugandan figure of 75 deaths?"),
    # one side denying its own figure's wording is a revision, never a conflict
    ("Uganda's health ministry said 75 people had died of cholera in the camps near Koboko. Uganda's prime "
     "minister's office later rejected the ministry's figure of 75 deaths."),
    # a version named without its owner: which of the versions told is denied is not said here
    ("Morocco's interior ministry said the fire at the Oujda depot was caused by an electrical fault. Algeria's "
     "foreign ministry rejected the explanation on Friday, in a statement about the border."),
    # a word nobody else used
    ("The Russian foreign ministry rejected the term \"shadow fleet\" on Wednesday, in a statement about tankers "
     "in the Gulf of Finland."),
])
def test_no_conflict_without_another_sides_figure_or_word(text: str) -> None:
    a = _run(text)
    assert not [c for c in a.conflicts if c.kind in ("quantity", "characterisation", "cause", "status")], \
        [(c.kind, c.summary) for c in a.conflicts]


@pytest.mark.parametrize("text", [
    "Senegal's fisheries minister said the two governments held talks in Dakar on Monday. Guinea-Bissau's foreign "
    "ministry said it held no talks with Senegal.",
    "Mali's defence ministry said Niger had sent troops to the Gao road on Friday. Niger's army said it sent no "
    "troops to Mali.",
])
def test_a_verb_whose_object_is_no_thing_denies_the_act(text: str) -> None:
    a = _run(text)
    assert any(e.polarity == "negated" for e in a.events), [(e.type, e.polarity) for e in a.events]
    assert any(c.kind == "existence" for c in a.conflicts), [(c.kind, c.summary) for c in a.conflicts]
    assert not [c for c in a.claims if c.kind == "quantity" and c.value is not None and c.value.low == 0]
