"""A directorate, a secretariat or an inspectorate is a body (issue 14, helper sides43, stop 43).

"The Norwegian river police directorate in Oberstadt has posted its figures ... the post says": a state body named
by one of these head nouns is an actor of its own, so that its post, log or statement is its words, not those of
the body that spoke before it. In our own words, with invented places where a country is not needed.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis


def _speakers(a: Analysis) -> list[tuple[str | None, str | None]]:
    ents = {e.id: e for e in a.entities}
    return [(ents[s.speaker].name, ents[s.speaker].country) if s.speaker in ents else (None, None)
            for s in a.statements]


def test_directorate_speaks_through_its_post(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Sweden's interior ministry said on Sunday that 310 people had been handed over at the bridge. "
                "The Norwegian river police directorate in Oberstadt has posted its own figures on its page. Its "
                "officers took in 40 people from their Swedish colleagues over the weekend, the post says.")
    assert _speakers(a)[-1] == ("Norwegian river police directorate", "NOR"), _speakers(a)


def test_secretariat_and_inspectorate_are_bodies(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Finland's labour inspectorate said the two farms had paid their pickers on time. Estonia's "
                "migration secretariat said the pickers had not been paid for a month.")
    assert _speakers(a) == [("Finland's labour inspectorate", "FIN"), ("Estonia's migration secretariat", "EST")]
