"""A figure in a clause conjoined, with a subject of its own, after a negated clause is a claim: the first clause's
"not" is not the figure's (extract/claims/quantity.py). Texts written for these tests (invented towns and ports)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _figures(a: Analysis) -> list[tuple[float | None, str]]:
    return [(c.value.low, c.modality) for c in a.claims if c.kind == "quantity" and c.value is not None]


@pytest.mark.parametrize(("text", "expected"), [
    ("The port authority said the ferry was not damaged and that 40 passengers had been taken to hospital.",
     (40.0, "actual")),
    ("Health officials in Gonder insist the cholera cases in the two towns are not linked and that a vaccination "
     "drive will open on Friday, with 150,000 doses flown in by UNICEF.", (150000.0, "future")),
])
def test_a_figure_after_a_negated_clause_is_claimed(analyze: Callable[..., Analysis], text: str,
                                                     expected: tuple[float, str]) -> None:
    assert expected in _figures(analyze(text))


def test_a_negation_over_the_figures_own_clause_still_gives_nothing(analyze: Callable[..., Analysis]) -> None:
    assert _figures(analyze("The port authority said 40 passengers had not been taken to hospital.")) == []
