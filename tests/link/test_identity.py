"""Cross-document identity as pure functions: label classes, agreement identity, event keys, MinHash."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.link import minhash
from newsledger.link.conflicts import Claim, characterisation, existence, stance
from newsledger.link.identity import AgreementFacts, actor_key, event_key, label_class, same_agreement, subject_words

D = dt.date.fromisoformat


@pytest.mark.parametrize(("label", "cls"), [
    ("water-sharing treaty", "treaty"),
    ("memorandum of understanding", "memorandum"),
    ("MoU", "memorandum"),
    ("a framework agreement on trade", "agreement"),
    ("the ceasefire deal", "ceasefire"),  # a ranked type beats a generic head
    ("agreement on a framework", "agreement"),  # words after "on" name the subject
    ("security memorandum of understanding", "memorandum"),
    ("truce", "ceasefire"),
    ("joint declaration", "declaration"),
    ("pact", "agreement"),
    ("understanding on grain exports", "generic"),
    ("roadmap", "framework"),
    ("gentlemen's arrangement", "generic"),
    ("charter", "treaty"),
    ("strategic partnership", "partnership"),  # unknown heads stand for themselves
    ("non-aggression pact", "agreement"),  # a "non" word is no denial: denials are the label's field
])
def test_label_class(label: str, cls: str) -> None:
    assert label_class(label) == cls


def test_a_denied_label_is_its_own_class() -> None:
    # A denial differs from the claim it denies (tests/link/test_denied_labels.py has more).
    assert label_class("treaty", negated=True) == "not treaty"
    assert label_class("security pact", negated=True) == "not agreement"


@pytest.mark.parametrize(("a", "b", "same"), [
    # same parties and subject, close dates
    (AgreementFacts(frozenset({"KEN", "ETH"}), frozenset({"border"}), None, D("2024-05-01")),
     AgreementFacts(frozenset({"ETH", "KEN"}), frozenset({"border"}), None, D("2024-05-09")), True),
    # one side names no subject: parties and time decide
    (AgreementFacts(frozenset({"CHL", "ARG"}), frozenset(), None, D("2023-01-10")),
     AgreementFacts(frozenset({"CHL", "ARG"}), frozenset({"lithium"}), None, D("2023-02-01")), True),
    # different subjects
    (AgreementFacts(frozenset({"CHL", "ARG"}), frozenset({"lithium"}), None, D("2023-01-10")),
     AgreementFacts(frozenset({"CHL", "ARG"}), frozenset({"fisheries"}), None, D("2023-01-12")), False),
    # different parties
    (AgreementFacts(frozenset({"IND", "NPL"}), frozenset({"power"}), None, D("2022-06-01")),
     AgreementFacts(frozenset({"IND", "BGD"}), frozenset({"power"}), None, D("2022-06-01")), False),
    # signing dates a year apart: two agreements
    (AgreementFacts(frozenset({"FRA", "DEU"}), frozenset({"defence"}), D("2020-03-01"), D("2020-03-02")),
     AgreementFacts(frozenset({"FRA", "DEU"}), frozenset({"defence"}), D("2021-03-01"), D("2021-03-02")), False),
    # publication dates far apart and no signing date
    (AgreementFacts(frozenset({"FRA", "DEU"}), frozenset({"defence"}), None, D("2020-01-01")),
     AgreementFacts(frozenset({"FRA", "DEU"}), frozenset({"defence"}), None, D("2020-09-01")), False),
    # no parties: never identified
    (AgreementFacts(frozenset(), frozenset({"trade"}), None, D("2020-01-01")),
     AgreementFacts(frozenset(), frozenset({"trade"}), None, D("2020-01-01")), False),
])
def test_same_agreement(a: AgreementFacts, b: AgreementFacts, same: bool) -> None:
    assert same_agreement(a, b) is same
    assert same_agreement(b, a) is same


def test_subject_words_drop_agreement_words() -> None:
    assert subject_words("the water-sharing treaty") == frozenset({"water-sharing"})
    assert subject_words(None) == frozenset()


def test_actor_and_event_keys() -> None:
    assert actor_key("GPE", "Kenya", "KEN") == actor_key("GPE", " kenya ", "KEN")
    assert actor_key("PERSON", "Ana Silva", "BRA") != actor_key("PERSON", "Ana Silva", "PRT")
    assert event_key("ASSAULT", "act-a", "act-b", D("2024-01-02")) == "ASSAULT|act-a|act-b|2024-01-02"
    assert event_key("ASSAULT", None, None, D("2024-01-02")) is None


WIRE = ("Flooding along the river delta forced thousands of families from their homes on Sunday, relief "
        "agencies said, as rescue teams used boats to reach villages cut off by the rising water. Officials "
        "warned that more rain was expected later in the week and urged residents of low-lying districts to "
        "move to shelters set up in schools and mosques across the province.")


@pytest.mark.parametrize(("other", "copy"), [
    (WIRE, True),
    ("By Staff Reporter. " + WIRE + " Reporting by the regional desk.", True),
    (WIRE.replace("Sunday", "Monday"), True),
    ("Parliament approved the annual budget on Tuesday after a long debate over fuel subsidies and the "
     "salaries of public sector workers, with the opposition walking out before the final vote was held.", False),
])
def test_minhash_copies(other: str, copy: bool) -> None:
    sim = minhash.similarity(minhash.signature(WIRE), minhash.signature(other))
    assert (sim >= minhash.COPY_THRESHOLD) is copy, sim


def test_minhash_bytes_round_trip() -> None:
    sig = minhash.signature(WIRE)
    assert minhash.similarity(minhash.from_bytes(minhash.to_bytes(sig)), sig) == 1.0
    assert len(minhash.band_hashes(sig)) == minhash.BANDS


def _claim(doc: int, claim: str, actor: int | None, outlet: str = "X", negated: bool = False) -> Claim:
    return Claim(doc, claim, 0, 1, "x", actor, None, None, outlet, negated)


@pytest.mark.parametrize(("claims", "conflict"), [
    ([_claim(1, "border treaty", 1), _claim(2, "memorandum of understanding", 2)], True),
    ([_claim(1, "border treaty", 1), _claim(2, "treaty", 2)], False),  # same class
    ([_claim(1, "border treaty", 1), _claim(1, "memorandum", 2)], False),  # one document: the extractor's job
    ([_claim(1, "border treaty", 1), _claim(2, "memorandum", 1)], False),  # one actor rewording
    ([_claim(1, "accord", None, "A"), _claim(2, "memorandum", None, "B")], True),  # unattributed: outlets
    ([_claim(1, "deal", None, "A"), _claim(2, "memorandum", None, "B")], False),  # "deal" characterises nothing
    ([_claim(1, "deal", 1), _claim(2, "pact", 2), _claim(3, "truce", 3)], True),  # generic takes no side
    ([_claim(1, "treaty", 1), _claim(2, "treaty", 2, negated=True)], True),  # denied
])
def test_characterisation_conflicts(claims: list[Claim], conflict: bool) -> None:
    assert bool(characterisation(claims)) is conflict


def test_generic_label_is_not_a_side() -> None:
    sides = characterisation([_claim(1, "deal", 1), _claim(2, "pact", 2), _claim(3, "truce", 3)])
    assert [c.claim for c in sides] == ["pact", "truce"]


def test_stance_and_existence_conflicts() -> None:
    assert stance([_claim(1, "support", 1), _claim(2, "oppose", 2)])
    assert not stance([_claim(1, "support", 1), _claim(2, "support", 2)])
    assert existence([_claim(1, "asserted", None, "A"), _claim(2, "negated", None, "B")])
    assert not existence([_claim(1, "asserted", None, "A"), _claim(2, "asserted", None, "B")])
