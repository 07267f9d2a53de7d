"""A denied agreement label carries its negation as a field (``Label.negated``), from the extractor to the ledger.

The analysis format writes a denied label as ``"not <label>"``; everything else reads the field, so a
label that merely starts with "non", "no" or "never" is not a denial anywhere.
"""

from __future__ import annotations

import dataclasses

import pytest

from ledger_backends import agreement_article
from newsledger.link.conflicts import Claim, characterisation
from newsledger.link.identity import label_class
from newsledger.models import Analysis, Label, Span
from newsledger.store import Ledger
from newsledger.store import queries as q
from newsledger.store.queries import Filters

ACCRA = ("Accra", "Ghana", "GPE", "GHA")
LOME = ("Lome", "Togo", "GPE", "TGO")


def _article(text: str, outlet: str, day: str, speaker: tuple[str, str, str, str], label: str,
             negated: bool = False) -> Analysis:
    a = agreement_article(text, outlet, day, [ACCRA, LOME], speaker, label, subject="border")
    (agreement,) = a.agreements
    labels = tuple(dataclasses.replace(lb, negated=negated) for lb in agreement.labels)
    return dataclasses.replace(a, agreements=(dataclasses.replace(agreement, labels=labels),))


def _pair(first_label: str, second_label: str, second_negated: bool) -> tuple[Analysis, Analysis]:
    first = _article(f"Ghana's foreign minister said Accra and Lome had signed a {first_label} on their border.",
                     "Accra Courier", "2024-05-06", ("Ghana's foreign minister", "Ama Boateng", "PERSON", "GHA"),
                     first_label)
    second = _article(f"Togo's interior ministry said the text agreed in Lome with Accra on the border was a "
                      f"{second_label}.", "Lome Herald", "2024-05-08",
                      ("Togo's interior ministry", "Ministry of Interior of Togo", "ORG", "TGO"), second_label,
                      negated=second_negated)
    return first, second


def _characterisations(ledger: Ledger, first: Analysis, second: Analysis) -> list[dict[str, object]]:
    ledger.add(first)
    ledger.add(second)
    with ledger.read() as conn:
        assert len(q.agreements(conn, Filters())) == 1  # both reports are one agreement
        return q.conflicts(conn, Filters(type="characterisation"))


@pytest.mark.parametrize("label", ["non-aggression pact", "non aggression pact", "non–aggression pact"])
def test_a_non_word_is_not_a_denial_across_sources(ledger: Ledger, label: str) -> None:
    # One side says "pact", the other a "non-aggression pact": both call it an agreement; nothing is denied.
    first, second = _pair("pact", label, second_negated=False)
    assert _characterisations(ledger, first, second) == []


def test_a_denied_label_is_a_conflict_across_sources(ledger: Ledger) -> None:
    # The control: the same pact, denied by the other side, is a disagreement.
    first, second = _pair("pact", "pact", second_negated=True)
    (conflict,) = _characterisations(ledger, first, second)
    assert "'not pact'" in str(conflict["summary"])


def test_a_denied_label_round_trips_through_the_store(ledger: Ledger) -> None:
    _, second = _pair("pact", "security pact", second_negated=True)
    ledger.add(second)
    back = ledger.get(second.document.id)
    assert back is not None
    (label,) = back.agreements[0].labels
    assert (label.label, label.negated) == ("security pact", True)
    assert label.to_dict()["label"] == "not security pact"
    assert back.to_dict()["agreements"] == second.to_dict()["agreements"]
    with ledger.read() as conn:
        (agreement,) = q.agreements(conn, Filters())
    assert "'not security pact' by Ministry of Interior of Togo" in str(agreement["labels"])


def test_the_format_renders_the_negation() -> None:
    evidence = Span(0, 4, "pact")
    assert Label("pact", "e1", evidence, negated=True).to_dict()["label"] == "not pact"
    assert Label("non-aggression pact", "e1", evidence).to_dict()["label"] == "non-aggression pact"
    for label in (Label("pact", "e1", evidence, negated=True), Label("non-aggression pact", None, evidence)):
        assert Label.from_dict(label.to_dict()) == label  # read back from the format


@pytest.mark.parametrize(("label", "negated", "cls"), [
    ("non aggression pact", False, "agreement"),
    ("never-ending accord", False, "agreement"),
    ("no-fly agreement", False, "agreement"),
    ("treaty", True, "not treaty"),
    ("security pact", True, "not agreement"),
])
def test_label_class_reads_the_field(label: str, negated: bool, cls: str) -> None:
    assert label_class(label, negated) == cls


def test_characterisation_reads_the_claims_negation() -> None:
    def claim(doc: int, label: str, actor: int, negated: bool) -> Claim:
        return Claim(doc, label, 0, 1, "x", actor, None, None, "X", negated=negated)

    assert not characterisation([claim(1, "pact", 1, False), claim(2, "non aggression pact", 2, False)])
    sides = characterisation([claim(1, "pact", 1, False), claim(2, "pact", 2, True)])
    assert [c.shown for c in sides] == ["pact", "not pact"]


def test_migration_0004_moves_the_stored_prefix_into_the_column(ledger: Ledger) -> None:
    """Down to 0003 a denial is stored as the format writes it; up again it is the column."""
    from sqlalchemy import select

    from newsledger.store import migrate
    from newsledger.store import schema as t

    _, second = _pair("pact", "security pact", second_negated=True)
    ledger.add(second)
    migrate(ledger._writer, "0003", downgrade=True)
    with ledger.read() as conn:
        assert conn.execute(select(t.agreement_labels.c.label)).scalars().all() == ["not security pact"]
    migrate(ledger._writer)
    back = ledger.get(second.document.id)
    assert back is not None and back.agreements == second.agreements
