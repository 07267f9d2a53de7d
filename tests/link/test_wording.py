"""How the ledger words what it links: conflict summaries and agreement roll-ups (link.conflicts)."""

from __future__ import annotations

import pytest

from newsledger.link.conflicts import Claim, agreement_name, event_name, extend_summary, label_shown, summary


@pytest.mark.parametrize(("subject", "parties", "expected"), [
    ("fisheries", ["Chile", "Peru"], "the fisheries agreement between Chile and Peru"),
    (None, ["Chile", "Peru", "Ecuador"], "the agreement between Chile and Peru and Ecuador"),
    ("transit", [], "the transit agreement"),
    (None, [], "the agreement"),
])
def test_agreement_name(subject: str | None, parties: list[str], expected: str) -> None:
    assert agreement_name(subject, parties) == expected


@pytest.mark.parametrize(("label", "by", "outlet", "expected"), [
    ("framework", "Chile", "Wire A", "'framework' by Chile (Wire A)"),
    ("treaty", None, "Wire A", "'treaty' by unattributed (Wire A)"),
    ("treaty", "Peru", None, "'treaty' by Peru (unknown outlet)"),
])
def test_label_shown(label: str, by: str | None, outlet: str | None, expected: str) -> None:
    assert label_shown(label, by, outlet) == expected


def test_summary_names_each_side_once_and_extends_with_new_ones() -> None:
    sides = [Claim(1, "treaty", 0, 6, "treaty", 7, "e1", "Chile", "Wire A"),
             Claim(2, "memorandum", 0, 10, "memorandum", 8, "e1", "Peru", "Wire B"),
             Claim(3, "treaty", 4, 10, "treaty", 7, "e2", "Chile", "Wire C")]
    text = summary("characterisation", sides[:2], agreement_name("fisheries", ["Chile", "Peru"]))
    assert text == ("the fisheries agreement between Chile and Peru: characterised differently across sources; "
                    "Chile (Wire A): 'treaty'; Peru (Wire B): 'memorandum'")
    assert extend_summary(text, "characterisation", sides[1:2]) == text  # nothing new
    assert extend_summary(text, "characterisation", sides[2:]).endswith("; Chile (Wire C): 'treaty'")
    assert summary("existence", [], event_name("ASSAULT", "evt-1")).startswith(
        "ASSAULT event evt-1: asserted and denied across sources")
