"""A count told per a period by its verb is a rate, never compared with a total (issue 14, helper fa39).

"About 1,700 lorries cross on a normal day" gives the lorries of one day, "48,000 lorries crossed since March" those of
the month: the verb's period ("on a normal day", "each week", "daily", "per day", "on average") makes the first a rate
in its own unit ("lorries per day"), as "1,700 lorries a day" already was, so two figures of one traffic told by two
officials are no dispute. Sentences written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

_TOTAL = ("Traffic over the Varenka bridge reached a record in March, officials said on Friday. Transport Minister "
          "Olek Brannis said 48,000 lorries had crossed the bridge since the first of March. ")


def _quantity(a: Analysis) -> list[str]:
    return [c.summary for c in a.conflicts if c.kind == "quantity"]


def test_a_count_per_a_period_of_the_verb_is_no_total(analyze: Callable[..., Analysis]) -> None:
    for period in ("on a normal day", "on an average day", "each day", "every day", "daily", "per day",
                   "on average"):
        a = analyze(_TOTAL + f"The operator's director, Tamsin Ruud, said about 1,700 lorries crossed {period}.")
        assert not _quantity(a), period
        rate = [c for c in a.claims if c.kind == "quantity" and c.value is not None and c.value.low == 1700]
        assert rate and all(c.value is not None and c.value.unit != "lorries" for c in rate), period


def test_two_rates_of_one_period_still_meet(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Officials gave two figures for the Varenka bridge on Friday. The operator's director, Tamsin Ruud, "
                "said about 1,700 lorries crossed on a normal day. The drivers' union said only 300 lorries a day "
                "crossed the bridge.")
    assert _quantity(a)


def test_a_total_with_no_period_still_meets_the_other_total(analyze: Callable[..., Analysis]) -> None:
    a = analyze(_TOTAL + "The operator's director, Tamsin Ruud, said about 1,700 lorries had crossed in that time.")
    assert _quantity(a)
