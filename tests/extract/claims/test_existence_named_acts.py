"""An act denied by the noun that names it, against an act told by a verb of its family (issue 14, pairing35).

"No chase happened", "no raid was carried out": a noun of an act class (``existence_classes``, ``act_families``)
whose clause only says the act took place (``act_noun_verbs``) denies that act, as ``act:<class>``, so that it meets
another side's act of the class told by its verb ("pursued three barges"), or a telling the event lexicon typed whose
verb is of the class ("police raided a warehouse"). A verb that tells something else of the act ("no raid was
planned") denies nothing of it, and nor does the noun of a thing ("there was no vessel", a class of ``thing_classes``).
Invented sentences with made-up events.
"""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

TOLD = ("Moldova's border police said a Ukrainian customs launch pursued three Moldovan barges along the Dniester on "
        "Saturday. ")


def _acts(analysis: Analysis) -> set[tuple[str, str]]:
    return {(c.predicate, c.polarity) for c in analysis.claims if c.kind == "event" and c.predicate.startswith("act:")}


def test_a_chase_denied_by_its_noun_meets_the_pursuit_told(analyze: Callable[..., Analysis]) -> None:
    a = analyze(TOLD + "Ukraine's customs service said no chase happened on the Dniester.")
    assert {("act:chase", "asserted"), ("act:chase", "negated")} <= _acts(a), _acts(a)
    assert [c.kind for c in a.conflicts] == ["existence"], [c.summary for c in a.conflicts]


def test_a_raid_denied_as_never_carried_out_is_a_denied_raid(analyze: Callable[..., Analysis]) -> None:
    a = analyze("Nepal's interior ministry said Indian police raided a warehouse in Birgunj on Friday. India's home "
                "ministry said no raid was carried out in Birgunj.")
    assert ("act:raid", "negated") in _acts(a), _acts(a)
    # the raid told is typed by the event lexicon (not act:raid): its verb's class joins it to the denial
    assert [c.kind for c in a.conflicts] == ["existence"], [c.summary for c in a.conflicts]


def test_a_noun_of_an_act_with_a_verb_of_its_own_denies_no_act(analyze: Callable[..., Analysis]) -> None:
    # guard: "no raid was planned" says nothing of whether one took place
    a = analyze("Nepal's interior ministry said Indian police raided a warehouse in Birgunj on Friday. India's home "
                "ministry said no raid was planned in Birgunj.")
    assert ("act:raid", "negated") not in _acts(a), _acts(a)


def test_an_act_of_another_class_denied_is_no_answer(analyze: Callable[..., Analysis]) -> None:
    # guard: shelling denied is no answer to a pursuit told
    a = analyze(TOLD + "Ukraine's customs service said there was no shelling on the Dniester.")
    assert a.conflicts == (), [c.summary for c in a.conflicts]


def test_a_thing_denied_by_its_noun_is_no_act(analyze: Callable[..., Analysis]) -> None:
    # guard: a noun of a class of things (``thing_classes``) names no act: "no vessel" denies a vessel, not an act
    a = analyze("Tanzania's coast guard said a Comoran trawler was fishing off Pemba on Tuesday. The Comoran fisheries "
                "minister said there was no vessel off Pemba that day, and no drone flew over the island.")
    assert not {p for p, _ in _acts(a)} & {"act:vessel", "act:aircraft"}, _acts(a)
    assert ("thing:vessel", "negated") in {(c.predicate, c.polarity) for c in a.claims}
