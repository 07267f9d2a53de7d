"""Whose words a statement reports (issue 14, stop 37, helper sides37).

"The ministry rejected claims by the rebels that ...", "The company disputes accusations from the union that ...",
"The council dismissed the farmers' allegation that ...": the that-clause is what the holder of the claim says
(the rebels, the union, the farmers), not what the side answering it says. A noun with no holder of its own
("issued a statement that ...") keeps the speaker of the verb it hangs on.

"The Minister told ..." with a capitalised title the parse takes for a name refers back to the one person named
before with that title ("Transport Minister X"); none where two people hold it.

An interview question that reports a body's count after a colon ("Q: The agency published its own count: nine
birds ...") gives the count to that body, not to the turn tag the parse made a second subject.

Texts written for these tests, about made-up bodies and events."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _speakers(analysis: Analysis, words: str) -> list[str | None]:
    names = {e.id: e.name for e in analysis.entities}
    found = [names.get(s.speaker or "") for s in analysis.statements if words in s.content.text]
    assert found, [s.content.text for s in analysis.statements]
    return found


def test_claims_by_a_named_side_are_that_sides_words(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The Ruvania Water Board on Friday rejected remarks by the Eastern Farmers Union that "
                       "nine canals had been shut for a month. The board said every canal was open.")
    assert _speakers(analysis, "nine canals had been shut") == ["Eastern Farmers Union"]


def test_accusations_from_a_firm_are_the_firms_words(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The port authority of Velmar disputed accusations from Tessaly Shipping that its cranes had "
                       "stood idle for six days.")
    assert _speakers(analysis, "its cranes had stood idle") == ["Tessaly Shipping"]


def test_a_noun_with_no_holder_keeps_the_verbs_speaker(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The Velmar harbour office issued a statement on Monday that the cranes were working again.")
    assert _speakers(analysis, "the cranes were working again") == ["Velmar harbour office"]


def test_a_capitalised_title_refers_back_to_the_one_person_who_holds_it(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Minister Ilse Varnhagen restates the plan for the Drosk ferry pier\n"
                       "At a meeting with hauliers in Drosk today, Minister of Transport and Ports Ilse Varnhagen "
                       "restated the plan.\n\"The pier will open in May,\" the Minister told the meeting. The Minister "
                       "noted that the ferry would carry 400 cars a day.")
    assert _speakers(analysis, "The pier will open in May") == ["Ilse Varnhagen"]
    assert _speakers(analysis, "the ferry would carry 400 cars a day") == ["Ilse Varnhagen"]
    # Two people with that title before it: which one is meant is unsaid.
    analysis = analyze("Minister Ilse Varnhagen and Minister Jorg Palm open the Drosk ferry pier\n"
                       "\"The pier will open in May,\" the Minister told the meeting.")
    assert set(_speakers(analysis, "The pier will open in May")) == {None}


def test_a_question_that_reports_a_bodys_count_after_a_colon_gives_it_to_that_body(
        analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("We spoke to the harbour master of Drosk, Ana Pell, on Friday.\n"
                       "Q: Where did the oil come from?\n"
                       "A: From a tanker that ran aground off the point. Our wardens counted 120 dead birds.\n"
                       "Q: The Velmar Coast Agency published its own count on Sunday: nine birds along the whole "
                       "shore. Why the gap?\n"
                       "A: They did not walk the beach.")
    assert _speakers(analysis, "nine birds along the whole shore") == ["Velmar Coast Agency"]
