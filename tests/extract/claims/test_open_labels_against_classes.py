"""Characterisation conflicts of issue 14 (helper char39): one side's label of a class of a vocabulary frame ("a
peaceful protest") against another side's label in words of its own ("It is a blockade"), neither naming the thing
it labels: the two sides' words for the one act the story is about. Texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from newsledger import Analysis
from newsledger.pipeline import analyze_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import label_conflicts

DAY = dt.date(2031, 5, 20)

_OPEN = ('08:30 - Romania\'s transport minister, Sorin Vlad, speaking to reporters in Bucharest, was blunt: "It is a '
         '{label} of a European road."')
_CLASS = ('09:45 - Hungary\'s government spokeswoman, Eszter Kiss, has answered at a briefing in Budapest. "What is '
          'happening at Nadlac is a peaceful protest of the kind our law protects," she said.')
_SCENE = ("LIVE: Dairy farmers at the Nadlac crossing - day three\n\n07:10 - About 200 tractors of Hungarian dairy "
          "farmers are parked across the Hungarian side of the Nadlac crossing this morning, according to Hungarian "
          "police.\n\n")


def _run(text: str) -> Analysis:
    return analyze_text(text, DAY)


def test_a_class_label_meets_another_countrys_open_label() -> None:
    text = _SCENE + _OPEN.format(label="blockade") + "\n\n" + _CLASS
    assert label_conflicts(_run(text))


def test_an_open_label_of_the_class_noun_says_nothing_against_it() -> None:
    text = _SCENE + _OPEN.format(label="protest") + "\n\n" + _CLASS
    assert label_conflicts(_run(text)) == []


def test_labels_of_one_country_never_meet() -> None:
    text = _SCENE + _OPEN.format(label="blockade").replace("Romania's", "Hungary's").replace(
        "Bucharest", "Budapest") + "\n\n" + _CLASS
    assert label_conflicts(_run(text)) == []


def test_an_open_label_of_a_named_thing_is_not_read_as_the_storys_act() -> None:
    text = _SCENE + ("08:30 - Romania's transport minister, Sorin Vlad, speaking to reporters in Bucharest, said the "
                     "new Hungarian toll is a tax on Romanian hauliers.") + "\n\n" + _CLASS
    assert label_conflicts(_run(text)) == []


_TAKEOVER = ("HOST: In Honduras, the state has taken over a private hospital in Tegucigalpa.\n"
             "REPORTER: The Ministry of Health calls what happened a change of trusteeship, required by the hospital's "
             "unpaid taxes. The hospital's owner, the Order of Saint Luke, answered from Guatemala City. For its "
             "superior, Sister Ines Paz, this is the confiscation of a hospital that has served the city for forty "
             "years.")


def test_what_happened_labelled_meets_a_class_label_of_a_named_side_of_no_country() -> None:
    assert label_conflicts(_run(_TAKEOVER))


def test_two_speakers_of_no_country_never_meet_so() -> None:
    # a foundation and a religious order, neither of a known country: no side the text places against the other
    text = _TAKEOVER.replace("The Ministry of Health calls", "The Saint Mark Foundation calls")
    text = text.replace("HOST: In Honduras, the state has taken over", "HOST: A foundation has taken over")
    analysis = _run(text)
    assert [c.predicate for c in analysis.claims if c.kind == "characterisation"] == ["label: change", "confiscation"]
    assert label_conflicts(analysis) == []


def test_a_class_label_of_a_thing_it_names_is_not_the_storys_act() -> None:
    # "The toll is a lifeline" labels the toll, not what the story is about
    text = ("Chile's congress passed a port levy on Monday. The transport minister, Ana Soto, calls it \"a modern "
            "fee\". \"The levy is a lifeline for the ports,\" said Diego Ruiz, head of the dockers' union.")
    assert label_conflicts(_run(text)) == []
