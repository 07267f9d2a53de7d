"""Money put into banks and markets, and acts avoided (issue 15, stop 35, h-events35c): "announced an injection of
$N into the lenders", "pumped $N into the banks", "would be infusing the markets with cash" are transfers (AID 071);
"avoids condemning X", "dodged criticising Y" tell no act at all (not even a negated one). Sentences written for these
tests, made-up names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis

PUBLISHED = "2024-05-10"

TRANSFERS = [
    "The Valdorian central bank announced an injection of 30 billion dollars into the country's lenders on Tuesday.",
    "The Ostran government announced the injection of $12 billion into the country's banks.",
    "The Ostran central bank announced a $12 billion injection into the banking system.",
    "The Ostran finance ministry injected fresh capital into three state lenders.",
    "The Merovian treasury said it would be infusing the bond market with fresh cash.",
]


@pytest.mark.parametrize("text", TRANSFERS, ids=[t[:40] for t in TRANSFERS])
def test_money_put_into_banks_is_a_transfer(analyze: Callable[..., Analysis], text: str) -> None:
    a = analyze(text, PUBLISHED)
    assert any(e.type in ("AID", "AGREE") and e.cameo in ("071", "033") and e.source for e in a.events), [
        (e.type, e.cameo, e.evidence.text) for e in a.events]


NO_TRANSFER = [
    "The prisoner was executed by lethal injection into the arm last year.",
    "The upbeat speech infused the markets with optimism.",
]


@pytest.mark.parametrize("text", NO_TRANSFER, ids=[t[:40] for t in NO_TRANSFER])
def test_no_transfer_without_money(analyze: Callable[..., Analysis], text: str) -> None:
    a = analyze(text, PUBLISHED)
    assert not [e for e in a.events if e.type == "AID"], [(e.type, e.evidence.text) for e in a.events]


AVOIDED = [
    "The president avoids condemning Valdoria over its seizure of the islands.",
    "The Ostran minister avoided criticizing Merovia during the visit.",
    "The envoy sidestepped criticizing Ostra's blockade of the port.",
]


@pytest.mark.parametrize("text", AVOIDED, ids=[t[:40] for t in AVOIDED])
def test_an_avoided_act_is_no_event(analyze: Callable[..., Analysis], text: str) -> None:
    a = analyze(text, PUBLISHED)
    assert not [e for e in a.events if e.type == "ACCUSE" and e.evidence.text.lower().endswith("ing")], [
        (e.type, e.polarity, e.evidence.text) for e in a.events]


STILL_NEGATED = [
    "The Ostran minister failed to condemn Merovia over the raid.",
    # an avoidance asked for is left to the request that carries it
    "The Ostran envoy urged Merovia to avoid criticizing Valdoria.",
]


@pytest.mark.parametrize("text", STILL_NEGATED, ids=[t[:40] for t in STILL_NEGATED])
def test_a_failed_act_stays_negated(analyze: Callable[..., Analysis], text: str) -> None:
    a = analyze(text, PUBLISHED)
    got = [(e.type, e.polarity, e.evidence.text) for e in a.events]
    assert any(e.type == "ACCUSE" and e.polarity == "negated" for e in a.events), got
