"""Status claims of issue 14 (helper char39): a status adjective on a noun of a use of a place or its resources
("the voyages were illegal navigation"), a concession held as a paper of standing, and a paper held by a thing's
owner ("the barge belongs to a firm which holds a valid permit") as the thing's standing. Sentences are written for
these tests.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from newsledger import Analysis
from newsledger.pipeline import analyze_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import status_conflicts, statuses

DAY = dt.date(2031, 5, 20)


def _run(text: str) -> Analysis:
    return analyze_text(text, DAY)


@pytest.mark.parametrize(("text", "claim"), [
    # a status adjective on the noun of a use of a place or a resource that the subject is
    ('Malawi\'s lands ministry said the ferry\'s crossings were "illegal navigation in Malawian waters".',
     ("unlawful", "asserted")),
    ('"What the company does on the hill is unlawful quarrying," Zambia\'s mines minister, Chanda Phiri, said.',
     ("unlawful", "asserted")),
    # a concession held, read as a licence held
    ("Zambia's mines ministry said the cooperative holds a valid concession for the northern bank.",
     ("registered", "asserted")),
])
def test_a_status_of_a_use_or_a_held_concession_is_read(text: str, claim: tuple[str, str]) -> None:
    assert claim in statuses(_run(text))


def test_a_status_word_on_a_noun_of_no_use_still_judges_nothing() -> None:
    text = '"This is a legal question for the courts," Zambia\'s mines minister, Chanda Phiri, said.'
    assert [p for p, _ in statuses(_run(text)) if p in ("lawful", "unlawful")] == []


def test_a_use_called_illegal_meets_the_other_sides_lawful() -> None:
    text = ("Malawi's lands ministry said on Monday that the ferry's crossings were \"illegal navigation in Malawian "
            "waters\". Tanzania's transport minister, Neema Mushi, said on Tuesday that the ferry's crossings are "
            "lawful under the 1961 lake agreement.")
    assert status_conflicts(_run(text))


def test_a_permit_held_by_the_owner_is_the_things_standing() -> None:
    text = ("Kenyan officials say a Ugandan barge moored near Sio Port is working without a permit. The county office "
            "said in a statement that the barge \"operates without any authorisation\". Uganda's fisheries ministry "
            "says the barge belongs to a Ugandan cooperative which holds a valid fishing licence for that part of "
            "the lake.")
    assert status_conflicts(_run(text))


def test_a_permit_held_by_one_named_for_no_thing_stays_the_holders() -> None:
    text = ("Kenyan officials say a Ugandan barge moored near Sio Port is working without a permit. The county office "
            "said in a statement that the barge \"operates without any authorisation\". Uganda's fisheries ministry "
            "says a Ugandan cooperative, which holds a valid fishing licence, has asked for talks.")
    assert status_conflicts(_run(text)) == []
