"""Light denials of the act told just before (extract/claims/events.py, stop 35): a pronoun with a negated verb of
occurrence ("that never took place", "it did not happen") or a noun that names the act only as something that
happened ("the incident was invented"), in a speaker's words, deny the act another side told."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from newsledger import Analysis
from newsledger.pipeline import analyze_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import existence_conflicts as _existence

DAY = dt.date(2031, 4, 8)


def _run(text: str) -> Analysis:
    return analyze_text(text, DAY)


@pytest.mark.parametrize("text", [
    ("Opposition leader Vera Lind said police raided her party's offices in Tarn on Friday. 'That never took "
     "place,' the interior ministry said."),
    ("Opposition leader Vera Lind said police raided her party's offices in Tarn on Friday. The interior ministry "
     "said the incident was invented."),
    ("Opposition leader Vera Lind said police raided her party's offices in Tarn on Friday. The interior ministry "
     "said the whole episode never happened."),
])
def test_light_denial_answers_the_act_told_before(text: str) -> None:
    assert _existence(_run(text))


@pytest.mark.parametrize("text", [
    # the outlet's own words: no side answers
    ("Opposition leader Vera Lind said police raided her party's offices in Tarn on Friday. That never took place "
     "in Tarn before."),
    # a pronoun with an occurrence verb that is not negated
    ("Opposition leader Vera Lind said police raided her party's offices in Tarn on Friday. The interior ministry "
     "said it happened because of a court order."),
])
def test_no_light_denial(text: str) -> None:
    assert not _existence(_run(text))


def test_light_denial_claim_is_negated_and_typed_as_the_act_before() -> None:
    a = _run("Opposition leader Vera Lind said police raided her party's offices in Tarn on Friday. 'That never "
             "took place,' the interior ministry said.")
    told = [c for c in a.claims if c.kind == "event" and c.polarity == "asserted" and "raided" in c.evidence.text]
    denied = [c for c in a.claims if c.kind == "event" and c.polarity == "negated"
              and "That never took place" in c.evidence.text]
    assert told and denied and denied[0].predicate == told[0].predicate
