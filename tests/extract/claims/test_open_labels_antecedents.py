"""Labels in any words of one thing named two ways (extract/claims/open_labels.py): a label said of "it" where no
label named a thing before takes the thing of a later label of another side whose noun the text gave just before
("Paraguay's senate passed a river law. The minister calls it ..." and "This law is ..."); a noun compounded before
a label says what the thing is even where the label's own noun is the thing's ("the fence is a customs fence"),
not where it is a general one ("a housekeeping measure"). A label of a thing named by a clause of "what" ("what
Ljubljana has built is a wall") is of the one thing the document's other labels name, where they name exactly one.
Sentences written for these tests (invented ministers, unions and towns).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis


def _label_conflicts(analysis: Analysis) -> list[str]:
    return [c.summary for c in analysis.conflicts if c.kind == "characterisation"]


@pytest.mark.parametrize("text", [
    # "it" of the minister's label is the law the first sentence names; the union's label names the law itself
    ("Paraguay's senate passed a river law on Tuesday. The transport minister, Rodrigo Ayala, calls it \"a modern "
     "navigation code\". The leader of the boatmen's union, Rosa Duarte, disagreed. \"This law is not a reform, it "
     "is a toll gate on the river,\" Duarte said."),
    # the thing's own noun with a noun compounded before it names what the fence is
    ("Ecuador's port authority said the new fence at Manta was a customs fence. \"The fence is a prison wall for "
     "fishermen,\" said Lucas Mendoza, head of the Manta fishermen's association."),
])
def test_two_sides_labels_of_one_thing_named_two_ways_conflict(analyze: Callable[..., Analysis], text: str) -> None:
    assert len(_label_conflicts(analyze(text))) == 1


@pytest.mark.parametrize("text", [
    # the noun of the union's thing is not what "it" stood for: the minister labelled the law, the union a bridge
    ("Paraguay's senate passed a river law on Tuesday. The transport minister, Rodrigo Ayala, calls it \"a modern "
     "navigation code\". The leader of the boatmen's union, Rosa Duarte, spoke at Asuncion. \"The new bridge is a "
     "toll gate on the river,\" Duarte said."),
    # a label whose words are the thing's own name says nothing of it
    ("Ecuador's port authority said the customs fence at Manta was a customs fence. \"The fence is a prison wall "
     "for fishermen,\" said Lucas Mendoza, head of the Manta fishermen's association."),
    # one speaker's two words for the law
    ("Paraguay's senate passed a river law on Tuesday. The transport minister, Rodrigo Ayala, calls it \"a modern "
     "navigation code\". \"This law is a lifeline for the river ports,\" Benitez added."),
])
def test_labels_of_other_things_or_of_one_speaker_do_not_conflict(analyze: Callable[..., Analysis],
                                                                   text: str) -> None:
    assert _label_conflicts(analyze(text)) == []


_CHECKS = ("Slovenia has put police back at the Obrezje crossing with Croatia. Croatia's interior minister, Davor "
           "Horvat, chose his words. \"What Ljubljana has built at Obrezje is a wall across the Schengen area,\" he "
           "told parliament. ")


def test_a_label_of_a_clause_of_what_is_of_the_one_thing_labelled(analyze: Callable[..., Analysis]) -> None:
    got = analyze(_CHECKS + "Slovenia's interior ministry describes the measures as \"random spot "
                  "checks, targeted and temporary\".")
    assert len(_label_conflicts(got)) == 1


@pytest.mark.parametrize("text", [
    # two things labelled besides: which one Ljubljana built is not said
    _CHECKS + ("Slovenia's interior ministry describes the measures as \"random spot checks\". Its "
               "state secretary, Marko Zupan, said the new cameras were a traffic survey."),
    # one speaker's two words
    ("Slovenia has put police back at the Obrezje crossing with Croatia. \"What we have built at Obrezje is a "
     "filter, and the measures are spot checks,\" the Slovenian interior minister, Ana Novak, said."),
])
def test_a_label_of_a_clause_of_what_without_one_thing_of_another_side_is_not_compared(
        analyze: Callable[..., Analysis], text: str) -> None:
    assert _label_conflicts(analyze(text)) == []
