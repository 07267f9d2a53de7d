"""A "convention" that names a gathering (a party's, a national political one) is no agreement; one that
names a document stays a treaty. The words that tell them apart are vocabulary (``lists`` in
``data/agreements.yaml``), so a user's file can extend them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Settings, analyze_text
from newsledger.lexicon.agreements import shipped_agreement_vocabulary
from newsledger.models import Analysis

GATHERINGS = [
    "Delegates cheered as the senator accepted the nomination at the party's convention in Denver on Thursday.",
    "The governor spoke at the Republican National Convention, promising lower taxes.",
    "Thousands of activists gathered for the Labour convention, where the leader attacked the government.",
    "The opposition party will hold its national convention next month to pick a candidate.",
    "Speaking to the convention, the mayor thanked the volunteers who had knocked on doors all summer.",
    "The Conservative convention in the capital ended with a vote on the party's new leader.",
]

DOCUMENTS = [
    ("Kenya and Uganda signed a convention on cross-border fishing on Monday, officials said.", "convention"),
    ("The minister said the strikes on the hospital violated the Geneva Convention.", "Geneva Convention"),
    ("Both countries ratified the convention on migrant workers last year, the ministry said.", "convention"),
]


@pytest.mark.parametrize("text", GATHERINGS)
def test_a_gathering_is_no_agreement(analyze: Callable[..., Analysis], text: str) -> None:
    assert analyze(text).agreements == ()


@pytest.mark.parametrize(("text", "label"), DOCUMENTS)
def test_a_document_called_convention_stays_a_treaty(analyze: Callable[..., Analysis], text: str,
                                                       label: str) -> None:
    (agreement,) = analyze(text).agreements
    assert [lb.label for lb in agreement.labels] == [label]
    assert shipped_agreement_vocabulary().type_of(label) == ("treaty", 6)


def test_the_gathering_words_are_vocabulary(nlp: object, settings: Settings, tmp_path: Path) -> None:
    text = "The Westfield growers convention voted to ask the county for cheaper water."
    assert [lb.label for g in analyze_text(text, dt.date(2024, 5, 1), settings).agreements for lb in g.labels]
    user = tmp_path / "agreements.yaml"
    user.write_text("version: 1\nlists:\n  gathering_words: [growers]\n", encoding="utf-8")
    mine = dataclasses.replace(settings, agreements_file=str(user))
    assert analyze_text(text, dt.date(2024, 5, 1), mine).agreements == ()
    assert "party" in shipped_agreement_vocabulary().lists["gathering_words"]
