"""The that-clause of a noun of saying that the parse took for a relative clause (issue 14, helper fa41, stop 41).

"says in a letter that X agreed, during talks, to drop the levy": the parse may hang "that X agreed" on the noun as a
relative clause with "that" as the verb's object. Where the verb has its own subject and an infinitive with its own
object (under the verb, or hung by the parse on the noun or on the verb of saying past the phrase that cuts the clause),
"that" can be the object of nothing: it opens what the letter says, and the speaker is the one who says it. A true
relative clause leaves its gap ("a statement that X wants to publish") and reports nothing.

Invented news text in our own words, with made-up names and places.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _speaker_of(a: Analysis, words: str) -> str | None:
    names = {e.id: e.name for e in a.entities}
    return next((names.get(s.speaker or "") for s in a.statements if words in s.content.text), None)


def test_what_a_letter_says_after_that_is_its_content(analyze: Callable[..., Analysis]) -> None:
    for text, words in (
            ("Kenya's Ministry of Trade says in a letter that Uganda agreed, during talks in Kampala on 3 June, to "
             "drop the levy.", "Uganda agreed"),
            ("The Kenyan ministry says in a statement that Uganda promised, at the summit, to reopen the border.",
             "Uganda promised"),
            ("Norway's Ministry of Fisheries says in a statement that Iceland agreed, at a meeting in Tromso on 4 May, "
             "to lower the quota.", "Iceland agreed")):
        a = analyze(text)
        assert _speaker_of(a, words) in ("Ministry of Trade", "Kenyan ministry", "Ministry of Fisheries"), text
        # the content runs on to the infinitive that tells what was agreed or promised
        assert any(words in s.content.text and s.content.text.rstrip(".").endswith(("levy", "border", "quota"))
                   for s in a.statements), text


def test_a_true_relative_clause_reports_nothing(analyze: Callable[..., Analysis]) -> None:
    for text in ("Kenya's Ministry of Trade read out a statement that Uganda wants to publish.",
                 "Kenya's Ministry of Trade said it would answer a statement that Uganda issued on Monday."):
        a = analyze(text)
        assert not any(s.content.text.startswith("that Uganda") for s in a.statements), text
