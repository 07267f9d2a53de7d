"""Judgements of a telling ("what she said is wrong") and the pronouns that name its teller."""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger import Analysis
from newsledger.pipeline import analyze_text

DAY = dt.date(2030, 3, 4)


def _run(text: str) -> Analysis:
    return analyze_text(text, DAY)


def _existence(a: Analysis) -> list[tuple[str, ...]]:
    names = {e.id: e.name for e in a.entities}
    return [tuple(sorted(names.get(s.actor or "", "@outlet") for s in c.sides))
            for c in a.conflicts if c.kind == "existence"]


def _mentioned_as(a: Analysis, word: str) -> list[str]:
    """Names of the entities that hold a mention reading exactly ``word``."""
    return [e.name for e in a.entities if any(m.text == word for m in e.mentions)]


@pytest.mark.parametrize("text, teller, judge", [
    # the telling is several sentences back: "she" is the one the text calls "she"
    ('Amina Yusuf, a nurse, said she saw militia fighters set fire to the clinic in Bunia on Sunday. '
     'Regional governor Paul Kasongo visited the town on Monday. He met the elders of three villages. '
     'He promised a new road and a market. He spoke for an hour. '
     '"What she said is wrong," Kasongo told reporters.', "Amina Yusuf", "Paul Kasongo"),
    ('Fisherman Rui Teixeira said he watched a coast guard cutter ram his boat near Madeira. '
     'Harbour master Clara Sousa later gave her own account. '
     '"What he told the newspaper is completely false," Sousa said.', "Rui Teixeira", "Clara Sousa"),
])
def test_what_a_teller_said_called_untrue_is_an_existence_conflict(text: str, teller: str, judge: str) -> None:
    found = _existence(_run(text))
    assert any(any(teller in n for n in pair) and any(judge in n for n in pair) for pair in found)


@pytest.mark.parametrize("text", [
    # a deed, not a telling, is called wrong: a moral verdict
    'Amina Yusuf, a nurse, said she saw militia fighters set fire to the clinic in Bunia. '
    '"What she did was wrong," governor Paul Kasongo said.',
    # the pronoun's gender fits no other speaker
    'Amina Yusuf, a nurse, said she saw militia fighters set fire to the clinic in Bunia. '
    '"What he said is wrong," governor Paul Kasongo said.',
    # the telling is called right
    'Amina Yusuf, a nurse, said she saw militia fighters set fire to the clinic in Bunia. '
    '"What she said is correct," governor Paul Kasongo said.',
])
def test_no_conflict_when_no_telling_is_called_untrue(text: str) -> None:
    assert not _existence(_run(text))


def test_a_pronoun_in_what_an_unnamed_person_says_is_theirs() -> None:
    a = _run("President Lars Holm opened the session. A teacher who says she was dismissed by the palace filed a "
             "complaint.")
    assert "Lars Holm" not in _mentioned_as(a, "she")


def test_a_relative_pronoun_subject_stands_for_its_antecedent() -> None:
    a = _run("Judge Marco Silva heard from Lucia Mendes, who told the court that guards beat her.")
    assert _mentioned_as(a, "her") == ["Lucia Mendes"]
