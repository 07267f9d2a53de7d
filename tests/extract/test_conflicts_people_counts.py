"""Two sides' counts of the same people told by the verb of one side and the noun of the other (issue 14,
pairing35).

"Police arrested 38 drivers" is a count of arrests (the verb's class); "11 drivers were held" an open count of
drivers told by a word of the same act family in the passive; "9 herders are in custody" one told by the family's
noun. Each counts the people of the class, so the two sides' figures meet. An active verb of the family alone ("the
camp holds 200 herders") tells no class. Invented sentences with made-up events.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from claim_views import quantity_conflicts as _quantity_conflicts


def test_an_arrest_count_meets_a_passive_count_of_the_same_people(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Armenia's foreign ministry said Georgian police arrested 38 Armenian bus drivers near the checkpoint. "
                "Georgia's interior ministry said 11 Armenian drivers were held near the checkpoint.")
    assert len(_quantity_conflicts(a)) == 1, [c.summary for c in a.conflicts]
    # the claims keep their own predicates: the class is only how they are compared
    assert {c.predicate for c in a.claims if c.kind == "quantity"} >= {"arrests", "count:driver:hold"}


def test_a_detention_count_meets_a_count_of_people_in_custody(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Niger's gendarmerie said it detained 52 Malian herders at the wells. Mali's livestock ministry said "
                "9 herders are in custody in Niger.")
    assert len(_quantity_conflicts(a)) == 1, [c.summary for c in a.conflicts]


def test_an_active_verb_of_the_family_alone_counts_no_arrests(analyze: Callable[..., Analysis]) -> None:
    # guard: "holds" of a place is its capacity, not a detention
    a = analyze("Niger's gendarmerie said it detained 52 Malian herders at the wells. Mali's livestock ministry said "
                "the transit camp near Agadez holds 9 herders.")
    assert _quantity_conflicts(a) == []
