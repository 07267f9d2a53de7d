"""A clause's evidence (extract/claims/context.py, ``clause_span``) keeps the verb's own words after it however long
the words before it run (a time, a counted subject with a participle): the act told is in them. Sentences written
for these tests (invented places and bodies)."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def test_a_long_front_leaves_the_verb_its_words(analyze: Callable[..., Analysis]) -> None:
    text = ("Djibouti's defence ministry says that on Sunday night about two companies of Kelvani infantry, backed by "
            "at least four armoured vehicles, moved onto the high ridge above the springs at Tarbat.")
    acts = [c for c in analyze(text).claims if c.kind == "event" and c.predicate == "act:move"]
    assert acts
    assert all("onto the high ridge above the springs" in c.evidence.text for c in acts)
