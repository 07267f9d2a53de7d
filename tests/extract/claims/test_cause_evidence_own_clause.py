"""A cause told by a sign that holds its clause's verb ("bolts had been removed") has as evidence the verb's own
clause, with its objects and circumstances ("... from a joint near the bridge"), even where the parse hangs a long
conjunct and a parenthesis on the verb (extract/claims/causes.py, ``_own_end``): the clause, not the sign alone,
is what the side says. Sentences written for these tests (invented places and bodies)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis

HEAD = ("A freight train derailed near Kestel on Sunday, spilling fuel into a stream. Turkey's transport ministry "
        "has published its own account. ")


@pytest.mark.parametrize(("text", "words"), [
    ("Bolts had been removed at night from a joint near the bridge, it says, and the clamps that fixed the rails "
     "together were discovered lying in the mud, the doing, according to one director, of vandals who wanted to "
     "derail the train.", "from a joint near the bridge"),
])
def test_a_sign_verb_keeps_its_own_clause(analyze: Callable[..., Analysis], text: str, words: str) -> None:
    causes = [c for c in analyze(HEAD + text).claims if c.kind == "cause" and c.predicate == "tampering"]
    assert causes
    assert all(words in c.evidence.text for c in causes), [c.evidence.text for c in causes]


def test_a_doer_named_after_the_verb_is_in_the_evidence(analyze: Callable[..., Analysis]) -> None:
    """ "the bombing had been carried out by X": the doer's name, after the verb, is part of what the side says
    (extract/claims/responsibility.py)."""
    text = ("A grenade exploded in the market of Kavumu on Saturday, killing three people. Police spokesman Jean "
            "Habimana told reporters the bombing had been carried out by the Front for the Liberation of Kivu.")
    causes = [c for c in analyze(text).claims if c.kind == "cause" and c.predicate == "responsible"]
    assert causes
    assert all("by the Front for the Liberation of Kivu" in c.evidence.text for c in causes)
