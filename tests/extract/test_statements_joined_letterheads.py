"""Press releases whose letterhead joins the issuer's name and the release marker with a dash or a bar.

"Harbour Watch - Press release", "PRESS RELEASE | Harbour Watch, Lima, 4 May 2024", "Harbour Watch - statement on
the spill": the name beside the marker issues the text, and every sentence of it is the issuer's, even where the NER
runs the name into the marker ("Harbour Watch - Press") or cuts it short. Texts written for these tests.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from statement_speakers import in_no_statement, speaker_of, speakers

BODY = (
    "The number of families sheltering in the school at Tanbalo has reached about 640, our field teams found.\n"
    "Some 60 tents were handed out on Sunday and the well at the school was cleaned.\n"
    "Two more water trucks are needed before the end of the month.\n"
)


@pytest.mark.parametrize("head", [
    "Atlas Rural Development Foundation - Press release\nNiamey, 4 June 2025\n",
    "Atlas Rural Development Foundation \u2013 Press release, Niamey, 4 June 2025\n",
    "Media release \u2014 Atlas Rural Development Foundation\nNiamey, 4 June 2025\n",
    "Atlas Rural Development Foundation | Media statement\nNiamey, 4 June 2025\n",
    "FOR IMMEDIATE RELEASE\nAtlas Rural Development Foundation - statement on the shelter at Tanbalo\n"
    "Niamey, 4 June 2025\n",
])
def test_a_name_joined_to_its_marker_by_a_dash_issues_the_whole_release(nlp: Any, head: str) -> None:
    found = speakers(nlp, head + BODY)
    for words in ("Some 60 tents were handed out", "Two more water trucks are needed"):
        assert "Atlas Rural Development Foundation" in (speaker_of(found, words) or ""), (head, words)


def test_a_headline_with_a_dash_but_no_marker_is_no_release(nlp: Any) -> None:
    for head in ("Atlas Rural Development Foundation - the shelters fill up\nNiamey, 4 June 2025\n",
                 "Floods in Niger - latest\nNiamey, 4 June 2025\n"):
        found = speakers(nlp, head + BODY)
        words = "Two more water trucks are needed"
        assert in_no_statement(found, words) or speaker_of(found, words) is None, head


def test_a_press_service_line_before_a_dateline_marks_the_release(nlp: Any) -> None:
    head = "Atlas Rural Development Foundation\nPress service, Niamey, 4 June 2025\n"
    found = speakers(nlp, head + BODY)
    assert "Atlas Rural Development Foundation" in (speaker_of(found, "Some 60 tents were handed out") or "")
