"""Quantity classes of stop 37 (issue 14, helper quantity37).

- A body that takes note of, or answers, words another side put out ("the ministry notes reports in <capital> that
  ...", "has noted remarks by <body> that ...") does not make those words its own: they are the owner's, named by
  "by"/"from" (an actor) or "in" (a place), also where the parse reads "notes" as a noun and "reports" as the verb
  (statements/indirect.py, cues ``noting_verbs``).
- One passage over a line counted from its two ends ("2,100 wagons crossed the bridge", "900 wagons arrived at the
  terminal"): the verbs of ``count_act_families`` are one act, so the two sides' figures meet; a demonym after the
  counted noun ("wagons of Ostravian grain") makes no count of people (extract/pairing.py).
- A cap after the figure or its noun ("a few hundred people at most"): the figure's high end (quantities
  ``caps_after``).

Invented news text in our own words, with made-up names and places.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from claim_views import quantity_conflicts as _quantity_conflicts
from statement_speakers import speaker_of as _speaker_of
from statement_speakers import speakers as _speakers


def test_noted_remarks_by_a_body_are_that_bodys_words(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "The Ostravian Customs Agency has noted remarks by the Velmar Transport Union that some 900 lorries were "
        "stuck at the Dunn crossing on Monday.",
    )
    assert _speaker_of(found, "some 900 lorries were stuck") == "Velmar Transport Union"


def test_noted_reports_in_a_capital_are_the_capitals_words(nlp: Any) -> None:
    found = _speakers(
        nlp,
        "PRESS RELEASE - Ministry of Railways of Ostravia\n\nThe Ministry notes reports in Velmar City that only "
        "about 300 carriages reached the depot at Dunn during the month.",
    )
    assert _speaker_of(found, "about 300 carriages reached the depot") == "Velmar City"


def test_noted_reports_read_as_the_verb_are_the_capitals_words(nlp: Any) -> None:
    # the parse takes "notes" for the subject and "reports" for the head: still the noted words of the capital
    found = _speakers(
        nlp,
        "The Ministry of Trade notes reports in Korvena that only about 900 lorries arrived at Dunn during the month.",
    )
    assert _speaker_of(found, "about 900 lorries arrived at Dunn") == "Korvena"


def test_issuing_a_statement_keeps_the_issuer(nlp: Any) -> None:
    # guard: a body that puts out its own words in a place stays their speaker
    found = _speakers(
        nlp,
        "The Ostravian Customs Agency issued a statement in Velmar City that 900 lorries were cleared on Monday.",
    )
    assert _speaker_of(found, "900 lorries were cleared") == "Ostravian Customs Agency"


def test_wagons_that_crossed_meet_wagons_that_arrived(analyze: Callable[..., Analysis]) -> None:
    # one passage over a line told from its two ends, the wagons' goods named by a demonym after the noun
    a = analyze("Ostravia's transport ministry said 2,100 freight wagons of Ostravian grain crossed the Lenn bridge "
                "into Velmar in March. Velmar's railway chief, Ando Kesk, said that only about 900 wagons arrived at "
                "Dunn during the month.")
    assert len(_quantity_conflicts(a)) == 1, [c.summary for c in a.conflicts]


def test_wagons_that_crossed_and_wagons_loaded_are_two_counts(analyze: Callable[..., Analysis]) -> None:
    # guard: a verb of no passage counts another thing
    a = analyze("Ostravia's transport ministry said 2,100 freight wagons of Ostravian grain crossed the Lenn bridge "
                "into Velmar in March. Velmar's railway chief, Ando Kesk, said that only about 900 wagons were loaded "
                "at Dunn during the month.")
    assert _quantity_conflicts(a) == []


def test_a_cap_after_the_noun(analyze: Callable[..., Analysis]) -> None:
    a = analyze('A Velmari spokesman said "a few hundred people at most" had crossed into Ostravia. An Ostravian '
                "official said the figure was 300 people at the most.")
    values = sorted((c.value.low, c.value.high) for c in a.claims if c.kind == "quantity" and c.value is not None
                    and c.value.high in (500.0, 300.0))
    assert values == [(None, 300.0), (None, 500.0)], [(c.predicate, c.value) for c in a.claims]
