"""Labels of an arrangement that are not document types (claims vocabulary ``characterisation``: a deal over a
public asset called a partnership or a surrender of sovereignty, public money in a firm called an investment or a
bailout, an institution taken over called an administration or a confiscation), a label whose last word the
vocabulary leaves out ("a concession partnership"), and the caller of "X called it Y" as the claimant. Texts
written for these tests (invented firms, people and deals).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import label_conflicts as _characterisation_conflicts


def _labels(analysis: Analysis) -> list[tuple[str, str]]:
    names = {e.id: e.name for e in analysis.entities}
    return [(c.predicate, names.get(c.claimant or "", "outlet")) for c in analysis.claims
            if c.kind == "characterisation" and c.argument("frame") is not None]


DISAGREE = [
    "Fiji's trade ministry signed a deal with an Indonesian firm to run the Lautoka sugar terminal for 30 years. The "
    "trade minister, Ratu Savenaca, said the deal was a development partnership that keeps the terminal in Fijian "
    "hands. \"This is a surrender of our sovereignty,\" said the opposition leader, Salote Naivalu of the National "
    "Federation Party.",
    "Kenya's treasury bought a 40 percent stake in the struggling carrier Savanna Airways on Tuesday. The treasury "
    "described the purchase as a sound investment. The Orange Democratic Movement said the purchase was a bailout "
    "paid for by taxpayers.",
    "Bolivia's government took control of the Santa Cruz Agricultural University on Monday. The education ministry "
    "described the move as a temporary administration. The Santa Cruz Farmers Federation said it was an "
    "expropriation.",
    # the label's head word left out by the vocabulary: "a long-term concession partnership"
    "Tonga's infrastructure ministry signed a 40-year agreement with a foreign company to run the Vava'u wharf. The "
    "minister, Sione Vea, said the agreement is a long-term concession partnership. Opposition MP Mele Taufa of the "
    "Democratic Party said it is a sell-off of a national asset.",
]


@pytest.mark.parametrize("text", DISAGREE, ids=[t[:48] for t in DISAGREE])
def test_two_labels_of_one_arrangement_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    analysis = analyze(text)
    assert len(_characterisation_conflicts(analysis)) == 1, _labels(analysis)


AGREE = [
    # two sides, one class
    "Kenya's treasury bought a 40 percent stake in Savanna Airways. The treasury described the purchase as a sound "
    "investment. The Kenya Airline Pilots Association said the purchase was an investment in jobs.",
    # a label in a question claims nothing
    "Fiji's trade ministry said the deal was a development partnership. The National Federation Party asked whether "
    "the deal was a surrender of sovereignty?",
]


@pytest.mark.parametrize("text", AGREE, ids=[t[:48] for t in AGREE])
def test_no_arrangement_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    assert _characterisation_conflicts(analyze(text)) == []


def test_the_caller_is_the_claimant(analyze: Callable[..., Analysis]) -> None:
    """ "X called it Y" inside another speaker's statement is X's label."""
    analysis = analyze("The Orange Democratic Movement said the treasury had called the purchase an investment.")
    assert ("investment", "Orange Democratic Movement") not in _labels(analysis)


def test_a_correspondent_does_not_make_the_label_hers(analyze: Callable[..., Analysis]) -> None:
    """A transcript's speaker label parsed as the subject of "called": the label is the caller's (here the
    minister's), never the correspondent's who tells it."""
    analysis = analyze("PRESENTER: Kenya is putting money into Savanna Airways. Wanjiru Kamau reports from Nairobi.\n"
                       "KAMAU: The minister, speaking this morning, called it \"a sound investment\".")
    assert not [who for _, who in _labels(analysis) if "Kamau" in who]
