"""Event classes of real news (issue 15, stop 32): an event noun ordered or authorised is the orderer's act (its
source through object control: "prompted X to order ..."); an act set several years before the clause it is told
against ("ten years after ...") or named by a long-past dated noun ("killed in a 2011 strike") is history; an attack
for what someone said or did is criticism, and so is blasting an actor; a verb of failure the parser reads as a
plural noun still says its clause did not happen; goods named after their maker name the party dealt with; a meal
taken with someone is a meeting, one side's own meeting is none; dismay voiced at someone is criticism; a promise to
be a friend or partner to someone is aimed at that one; coordinated verbs of one type share the party acted on; a
simulated attack is none; giving a speech somewhere is no giving in."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis
from newsledger.lexicon import Lexicon
from newsledger.models import Entity, Span

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from event_participants import assert_coded, assert_not_coded
from event_participants import has as _has

PUBLISHED = "2025-08-17"

# (text, type, a name of the source, a name of the target; None: not checked)
CODED = [
    # an event noun ordered: the orderer's act, with object control through "prompted"
    ("The protests prompted NATO at its meeting in Vilnius to order the deployment of two brigades to Moldova.",
     "MOBILIZE", "NATO", "Moldova"),
    ("The defence minister ordered an offensive against the rebels in the north.", "ASSAULT", "minister", "rebels"),
    # attacked for what one said or did: words
    ("The mayor of Quito was attacked by the opposition party for suggesting that the port would close.", "ACCUSE",
     "opposition party", None),
    ("The Peruvian government was attacked by Bolivia for failing to protect its diplomats.", "ACCUSE", "Bolivia",
     "Peruvian"),
    # blasting an actor is criticism
    ("The senator blasted the Kenyan press for being biased.", "ACCUSE", "senator", "Kenyan"),
    # a meal taken with someone is a meeting
    ("Prime Minister Rui Costa had lunch with President Maria Solano of Paraguay on Monday.", "CONSULT", "Rui Costa",
     "Maria Solano"),
    # disappointment or dismay voiced at someone is criticism
    ("Lawmakers in Kenya expressed dismay over Uganda's decision to close the border.", "ACCUSE", "Lawmakers",
     "Uganda"),
    # a promise to hold a role towards someone names that one
    ("Ana Ruiz pledged that, if elected, she would be a loyal friend to Colombia.", "AGREE", None, "Colombia"),
]

# (text, type): not coded (history, a meal with no one, one side's own meeting, a simulated attack, a speech)
NOT_CODED = [
    ("Kaplan toured Quito nine years after her release from an Ecuadorian jail by the government.", "RETREAT"),
    ("Footage shows Omar Zaid, a preacher the French air force killed in a 2011 raid near Gao.", "ASSAULT"),
    ("Mendes returned home two decades after her arrest by the Angolan police.", "COERCE"),
    ("Mendes came back two decades after the Angolan police arrested her.", "COERCE"),
    # a meal with no one named; one side's own gathering
    ("Dinner was served at eight.", "CONSULT"),
    ("The result was a disappointment for the team.", "ACCUSE"),
    ("Senator Vidal skipped the Chilean Bar Association's annual meeting.", "CONSULT"),
    # an attack simulated is an exercise
    ("Russian bombers simulated an attack on the Norwegian island of Vardo.", "ASSAULT"),
    ("The navy rehearsed an invasion of the island last week.", "ASSAULT"),
    # a speech given somewhere gives nothing up
    ("President Ana Vidal of Chile gave a speech in Lima on Monday.", "CONCEDE"),
]

# (text, type): still coded (a span too short for history, a physical attack, a meeting with someone, yielding)
STILL_CODED = [
    ("Kaplan toured Quito two days after her release from an Ecuadorian jail by the government.", "RETREAT"),
    ("Rebels blasted the army post with rockets.", "ASSAULT"),
    ("Gunmen attacked the convoy for hours.", "ASSAULT"),
    ("Peru's talks with Chile resumed on Monday.", "CONSULT"),
    ("Chile gave in to Peru's demands.", "CONCEDE"),
    ("Russian bombers attacked the Norwegian island of Vardo.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "etype", "source", "target"), CODED, ids=[c[0][:40] for c in CODED])
def test_coded(analyze: Callable[..., Analysis], text: str, etype: str, source: str | None,
               target: str | None) -> None:
    assert_coded(analyze(text, PUBLISHED), etype, source, target)


@pytest.mark.parametrize(("text", "etype"), NOT_CODED, ids=[c[0][:40] for c in NOT_CODED])
def test_not_coded(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    assert_not_coded(analyze(text, PUBLISHED), etype)


@pytest.mark.parametrize(("text", "etype"), STILL_CODED, ids=[c[0][:40] for c in STILL_CODED])
def test_still_coded(analyze: Callable[..., Analysis], text: str, etype: str) -> None:
    a = analyze(text, PUBLISHED)
    assert [e for e in a.events if e.type == etype], [(e.type, e.evidence.text) for e in a.events]


def _parsed(nlp, words: list[str], heads: list[int], deps: list[str], pos: list[str], tags: list[str],  # type: ignore[no-untyped-def]
            lemmas: list[str], ents: list[str]):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents)


def test_a_verb_of_failure_read_as_a_plural_noun_negates(nlp, lexicon: Lexicon) -> None:  # type: ignore[no-untyped-def]
    from newsledger.extract.events.factuality import factuality

    # A headline's parse: "Novak avoids criticizing Chile's raid", with "avoids" a plural noun and the gerund
    # hung on it as a clause describing it.
    words = ["Novak", "avoids", "criticizing", "Chile", "'s", "raid", "."]
    heads = [0, 0, 1, 5, 3, 2, 0]
    deps = ["ROOT", "dobj", "acl", "poss", "case", "dobj", "punct"]
    pos = ["NOUN", "NOUN", "VERB", "PROPN", "PART", "NOUN", "PUNCT"]
    tags = ["NN", "NNS", "VBG", "NNP", "POS", "NN", "."]
    lemmas = ["novak", "avoid", "criticize", "Chile", "'s", "raid", "."]
    doc = _parsed(nlp, words, heads, deps, pos, tags, lemmas, ["O", "O", "O", "B-GPE", "O", "O", "O"])
    assert factuality(doc[2], lexicon.events).polarity == "negated"
    # A real plural noun with a describing gerund is no failure: "the talks ending the strike".
    doc = _parsed(nlp, ["Novak", "talks", "criticizing", "Chile", "'s", "raid", "."], heads, deps, pos, tags,
                  ["novak", "talk", "criticize", "Chile", "'s", "raid", "."], ["O", "O", "O", "B-GPE", "O", "O", "O"])
    assert factuality(doc[2], lexicon.events).polarity == "asserted"


def test_goods_named_after_their_maker_name_the_maker(nlp, lexicon: Lexicon) -> None:  # type: ignore[no-untyped-def]
    from newsledger.extract.events.args import ArgumentResolver

    # "bought 30 Acme 400 Falcon jets": the maker hung on the model's name, the model on the goods.
    words = ["Lima", "bought", "30", "Acme", "400", "Falcon", "jets", "."]
    heads = [1, 1, 6, 5, 3, 6, 1, 1]
    deps = ["nsubj", "ROOT", "nummod", "nmod", "nummod", "compound", "dobj", "punct"]
    pos = ["PROPN", "VERB", "NUM", "PROPN", "NUM", "PROPN", "NOUN", "PUNCT"]
    tags = ["NNP", "VBD", "CD", "NNP", "CD", "NNP", "NNS", "."]
    lemmas = ["Lima", "buy", "30", "Acme", "400", "Falcon", "jet", "."]
    doc = _parsed(nlp, words, heads, deps, pos, tags, lemmas, ["B-GPE", "O", "O", "B-ORG", "O", "O", "O", "O"])
    acme = Entity("e1", "Acme", "ORG", (Span(doc[3].idx, doc[3].idx + 4, "Acme"),))
    res = ArgumentResolver(doc, (acme,), (), lexicon.events)
    assert res.resolve(doc[6]) == "e1"
    # A person's name so placed is no maker.
    person = Entity("e1", "Acme", "PERSON", (Span(doc[3].idx, doc[3].idx + 4, "Acme"),))
    assert ArgumentResolver(doc, (person,), (), lexicon.events).resolve(doc[6]) is None



@pytest.mark.parametrize(("text", "etype", "target"), [
    ("Ortega condemned and denounced Peru on Monday.", "ACCUSE", "Peru"),
    ("The junta will lift the curfew against Lima and relax travel restrictions next month.", "CONCEDE", "Lima"),
])
def test_coordinated_verbs_of_one_type_share_their_target(analyze: Callable[..., Analysis], text: str, etype: str,
                                                          target: str) -> None:
    a = analyze(text, PUBLISHED)
    found = [e for e in a.events if e.type == etype]
    assert len(found) == 2, [(e.type, e.evidence.text) for e in a.events]
    assert all(_has(a, e.target, target) and e.target is not None for e in found), [
        (e.evidence.text, e.target) for e in found]
