"""A definite description used again for the speaker ("the Minister said ... The Minister said ...").

Where the actors stage resolved one use of a description to the person or body it stands for, the same words
later, as a speaker, are the same one, within the window a reader keeps. Texts written for these tests.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from statement_speakers import speaker_of, speakers

DAM = (
    "The Minister of Water and Irrigation, Hon. Joseph Mwangale, today opened the new dam at Kisanga.\n"
    '"The dam will serve 40,000 households in the valley," the Minister said at the ceremony.\n'
    "The Minister said the reservoir would be full by March.\n"
)


def test_the_same_description_again_is_the_same_speaker(nlp: Any) -> None:
    found = speakers(nlp, DAM)
    assert speaker_of(found, "40,000 households") == "Joseph Mwangale"
    assert speaker_of(found, "the reservoir would be full by March") == "Joseph Mwangale"


def test_a_description_never_resolved_before_stays_unresolved(nlp: Any) -> None:
    text = ("Heavy rain closed the road to Kisanga on Monday.\n"
            "The Minister said the reservoir would be full by March.\n")
    found = speakers(nlp, text)
    assert speaker_of(found, "the reservoir would be full by March") is None
