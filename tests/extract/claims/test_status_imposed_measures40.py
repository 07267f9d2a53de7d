"""A status adjective on the noun of a rule or charge one side imposes, in a link or calling frame ("described the
ban as a lawful precautionary measure", "called the quota an illegal restriction", "the toll is an unlawful levy":
``lists.judged_acts``), and conformity with an instrument named by a word no ``legal_instruments`` entry holds ("was
introduced in full accordance with the accord"): a ``lawful``/``unlawful`` or ``compliant`` status that meets the
other side's opposite (helper status40, stop 40). Texts written for these tests (invented people and situations).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import status_conflicts as _status_conflicts
from claim_views import statuses as _statuses


@pytest.mark.parametrize(("text", "expected"), [
    ('The Andorran trade ministry described its ban on imported cheese as "a lawful temporary measure".',
     ("lawful", "asserted")),
    ("The Liechtenstein economy ministry said the cheese ban was an illegal measure.", ("unlawful", "asserted")),
    ("The Andorran farm ministry called the new quota an illegal restriction.", ("unlawful", "asserted")),
    ("The Andorran road office called the coach toll a legitimate levy.", ("legitimate", "asserted")),
])
def test_status_of_an_imposed_measure(analyze: Callable[..., Analysis], text: str,
                                      expected: tuple[str, str]) -> None:
    assert expected in _statuses(analyze(text))


def test_a_measure_called_lawful_and_one_called_illegal_conflict(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(
        "ANDORRA LA VELLA, May 4 - The Andorran trade ministry described its ban on cheese from Liechtenstein as "
        '"a lawful temporary measure".\n\n'
        "Liechtenstein's economy ministry said the ban was illegal. Its farm office said the new rules were a legal "
        "matter for the courts.")  # "a legal matter" judges nothing
    assert sorted(_statuses(analysis)) == [("lawful", "asserted"), ("unlawful", "asserted")]
    assert len(_status_conflicts(analysis)) == 1


def test_accordance_with_an_accord_meets_a_breach_of_it(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(
        "VADUZ, May 4 - Liechtenstein's transport ministry said on Monday that the new coach toll breaches the "
        "2019 road accord between the two countries.\n\n"
        "Andorra's ministry of roads said the toll was introduced in full accordance with the accord.")
    assert ("compliant", "asserted") in _statuses(analysis)
    assert len(_status_conflicts(analysis)) == 1
