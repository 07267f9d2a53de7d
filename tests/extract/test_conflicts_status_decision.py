"""A status of "the decision" and one of the thing decided, by two sides (issue 14, helper status33).

"the decision was lawfully made" (the body that granted a licence) and "the licence is illegal" (its opponents):
a word of deciding with "the" that its words tie to no act points back, as a pronoun would, to a thing decided,
which another claim names by a word of an act family (``lists.act_families``: licence, permit, ban ...); two sides
of opposed positions on one scale then dispute one thing. A thing of no act family ("the new parking levy") is not
taken for what "the ruling" decided.

Texts written for these tests (invented people, bodies and places).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from claim_views import status_conflicts as _status_conflicts


def test_the_decision_and_the_licence_decided_are_one_thing(analyze: Callable[..., Analysis]) -> None:
    text = ("The Norrby county board approved the quarry's extraction licence in March. Its legal director, Anna "
            "Lind, says the decision was lawfully made. Per Holm, a lawyer for the Norrby Anglers' Club, says the "
            "licence is illegal.")
    assert len(_status_conflicts(analyze(text))) == 1


def test_the_ruling_is_not_read_as_a_levy(analyze: Callable[..., Analysis]) -> None:
    text = ("The Velmar city council's spokesman, Ivo Brandt, said the ruling was lawful. The Velmar Traders' Guild "
            "said the new parking levy was unlawful.")
    assert _status_conflicts(analyze(text)) == []
