"""Factuality: a preposition phrase with "no" ("at no time", "in no way") negates its clause.

Sentences are written for these tests (invented incidents). Each row names the verb whose factuality
is read and the polarity expected; the "in no time" and "with no warning" rows must stay asserted.
"""

from __future__ import annotations

import pytest

from newsledger.extract.events.factuality import factuality
from newsledger.lexicon import Lexicon

# (text, verb, polarity)
CASES = [
    ("At no time did the Nigerian army agree to a ceasefire, the minister said.", "agree", "negated"),
    ("In no way did the ministry interfere with the vote in Lusaka.", "interfere", "negated"),
    ("By no means did the court in Quito approve the merger.", "approve", "negated"),
    ("The ministry said that under no circumstances would it release the Danish sailors.", "release", "negated"),
    ("The army said it had at no time shelled the town of Goma.", "shelled", "negated"),
    # the parser hangs the phrase on the subject when it sits between subject and verb
    ("The general at no stage ordered troops across the Tajik border.", "ordered", "negated"),
    ("Never once did the rebels fire on the convoy near Kidal.", "fire", "negated"),
    # not negations: the act happened
    ("The floods in Sylhet receded in no time.", "receded", "asserted"),
    ("Soldiers fired with no warning on the crowd in Mandalay.", "fired", "asserted"),
    ("At that time the Chilean navy agreed to a search.", "agreed", "asserted"),
]


@pytest.mark.parametrize(("text", "verb", "polarity"), CASES, ids=[row[0][:48] for row in CASES])
def test_negative_adverbials(nlp, lexicon: Lexicon, text: str, verb: str, polarity: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert factuality(tok, lexicon.events).polarity == polarity
