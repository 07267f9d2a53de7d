"""A denial told with a noun ("no tree was felled", "not a single tree was cut") is also the denial of its verb's
act (pairing34b): with the verb in an act class (felling: fell, cut, chop down), it answers another side's act of
that class told in other words ("loggers chopped down the old stands"). A denial whose verb is in no class, or
another side's act of another class, still answers nothing. Texts written for these tests (invented bodies)."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

TOLD = ("The Ruvu Rangers Union said on Friday that loggers working for Kibo Timber chopped down the old mahogany "
        "stands near the river.\n")


def test_a_noun_denial_answers_an_act_of_its_verbs_class(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(TOLD + "Kibo Timber said in a statement that not a single tree was cut near the river.")
    assert [c.kind for c in analysis.conflicts] == ["existence"]


def test_felled_answers_cut(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(
        "Villagers in Mukono said on Tuesday that a sugar company had cut hundreds of old trees inside the reserve.\n"
        "The company's manager, Peter Okello, said no mahogany was felled inside the reserve during the year.")
    assert [c.kind for c in analysis.conflicts] == ["existence"]


def test_a_denial_of_another_class_answers_nothing(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(TOLD + "Kibo Timber said in a statement that no lorry was loaded near the river.")
    assert analysis.conflicts == ()
