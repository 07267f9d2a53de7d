"""Two sides' labels in words of their own of one thing (issue 14, stop 35): compared where the thing is named by
a noun of its own (or a name the text gives a noun), the labels say more than that noun, and neither is a word
general enough to hold the other.

Sentences are written for these tests (invented countries' officials, exercises and convoys).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import label_conflicts as _labelled


@pytest.mark.parametrize("text", [
    # one noun names the thing on both sides
    'Kenya said on Monday that Tanzania had parked trucks at the Lunga crossing, describing the deployment as "an '
    'armed show of strength". Tanzania called the deployment "a cholera vaccination convoy".',
    # a name the text gives a noun ("Exercise Blue Anchor") and that noun ("the exercise")
    'The Romanian navy began Exercise Blue Anchor on Monday. The Russian embassy described the exercise as "practice '
    'for a naval blockade". The Romanian defence ministry said Blue Anchor is a search-and-rescue drill.',
    # a name set beside its noun ("Harbour Point, a fishing pier") and "it" for the pier
    "Chile opened Harbour Point, a fishing pier, in March. Peru's foreign ministry called the pier a naval outpost. "
    'Chile\'s fisheries minister said: "It is a shelter for small boats."',
])
def test_two_sides_labels_of_one_thing_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    assert len(_labelled(analyze(text))) == 1


@pytest.mark.parametrize("text", [
    # a label general enough to hold the other ("a facility" may be a naval base)
    "Peru's foreign ministry called the pier a naval outpost. Chile's fisheries minister said the pier was a "
    "facility.",
    # one noun with more words: no other account ("a law" and "a media law")
    "Estonia's culture minister called the bill a media law. Latvia's press council called the bill a harsh law.",
    # the label is the thing's own noun
    'Russia described the exercise as "practice for a naval blockade". Romania said the exercise was an annual '
    'exercise.',
    # a noun that asks for an answer: two answers, not two names of one thing
    "Kenya's trade minister said the problem was the road. Tanzania's trade minister said the problem was the tax.",
    # labels of a person are roles
    "Kenya's president said Omari Juma was a smuggler. Tanzania's foreign minister said Omari Juma was a farmer.",
    # one side's two words
    "Kenya's trade minister said the deployment was an armed show. He later said the deployment was a threat.",
    # two things
    "Peru's foreign ministry called the pier a naval outpost. Chile's fisheries minister said the road was a "
    "lifeline.",
])
def test_no_open_label_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    assert _labelled(analyze(text)) == []
