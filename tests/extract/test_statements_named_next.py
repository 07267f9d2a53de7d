"""A lede's speaker described first and named in the next sentence ("..., the aid group said. Harvest Bridge said ...").

Wire stories often open with a description of the source and give its name only in the second sentence. A definite
noun of a kind (group, company, ...) that no body named before as a subject can stand for is the body of a fitting
kind that the next sentence opens with as its main subject. Texts written for these tests.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from statement_speakers import speaker_of, speakers

LEDE = ("A lorry carrying seed for farmers was stopped and robbed near Gao on Monday, the aid group that hired it "
        "said on Wednesday.\n"
        "Harvest Bridge International said the robbers took 30 tonnes of millet.\n")


def test_a_described_lede_speaker_is_the_body_named_next(nlp: Any) -> None:
    found = speakers(nlp, LEDE)
    assert speaker_of(found, "was stopped and robbed near Gao") == "Harvest Bridge International"


def test_a_body_named_before_as_subject_blocks_the_look_ahead(nlp: Any) -> None:
    text = ("Harvest Bridge International has worked in Mali for ten years.\n"
            "A lorry was robbed near Gao on Monday, the aid group said on Wednesday.\n"
            "The World Food Programme said it would send more trucks.\n")
    found = speakers(nlp, text)
    assert speaker_of(found, "A lorry was robbed near Gao") != "World Food Programme"


def test_a_next_subject_of_another_kind_is_not_the_described_speaker(nlp: Any) -> None:
    text = ("Bread prices rose by a third in Bamako last month, the company said on Friday.\n"
            "The World Bank said prices would fall after the harvest.\n")
    found = speakers(nlp, text)
    assert speaker_of(found, "Bread prices rose") != "World Bank"
