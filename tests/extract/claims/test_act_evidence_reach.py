"""A clause's evidence (extract/claims/context.py, ``clause_span``) keeps the verb's own words after it however long
the words before it run (a time, a counted subject with a participle): the act told is in them. Sentences written
for these tests (invented places and bodies)."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def test_a_long_front_leaves_the_verb_its_words(analyze: Callable[..., Analysis]) -> None:
    text = ("Djibouti's army said that late on Friday roughly three platoons of Kelvani troops, supported by a dozen "
            "trucks carrying heavy guns, advanced onto the rocky plateau beside the springs at Tarbat.")
    acts = [c for c in analyze(text).claims if c.kind == "event" and c.predicate == "act:advance"]
    assert acts
    assert all("onto the rocky plateau beside the springs" in c.evidence.text for c in acts)
