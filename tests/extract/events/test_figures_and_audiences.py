"""Classes read from the hand verdicts on real news (issue 15, stop 40, helper events40): figures of speech are no acts
("talking the talk", "refused to walk the walk", fighting back against a vice, "we fought the battle", a politician
fighting all her life or going on the offensive); a statement two parties issue together is no complaint; a language
spoken is no talks; an act of words with no party found is no one's act; a question declined, a response offered and
a commitment to a value are no refusal, no offer and no promise; speaking to someone named is a consultation,
speaking to reporters or an assembly none; endorsements one cites "from" others were given to one. Each with a told
act of the same type that stays. Sentences written for these tests, made-up names and places."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from event_participants import assert_coded, assert_not_coded

PUBLISHED = "2023-03-09"

# (text, type): no event of that type is told.
NOT_CODED = [
    # a cognate object: an idiom
    ("The Ostran minister has been talking the talk on graft, Senator Lars Okonjo said.", "CONSULT"),
    ("The Ostran minister refuses to walk the walk on graft, Senator Lars Okonjo said.", "REJECT"),
    # a struggle with no one named as the one fought
    ('"While the governor is fighting back against corruption, the mayor stays silent," Irma Dovic said.', "ASSAULT"),
    ("The Ostran migrants council is fighting back against Vallophobia, its chairman said.", "ASSAULT"),
    ('"We have fought the battle and she was a tough rival," Senator Lars Okonjo said on Monday.', "ASSAULT"),
    ("Senator Mirela Vask has been fighting throughout her whole career, the union leader said.", "ASSAULT"),
    # a person named going on the offensive: words
    ("Senator Lars Okonjo went on the offensive against his rival on Friday.", "ASSAULT"),
    # a statement two parties issued together
    ("Premier Ivo Vardan and President Hana Ostrova issued a statement describing their talks as productive.",
     "ACCUSE"),
    # a language spoken
    ("In ten years we will all find ourselves speaking Ostran, the trader said.", "CONSULT"),
    # an act of words with no party found
    ("They ask the former governor to make it clear that such plans are unacceptable.", "REQUEST"),
    # a question declined, a response offered
    ("Mayor Irma Leska declined a question about whether she would run for governor.", "REJECT"),
    ("Governor Pavel Kessler offered a brief response about the rival who had challenged him.", "AGREE"),
    # a value one is committed to: a stance
    ("The Ostran ministry is committed to transparency, spokesman Ivo Maric said.", "AGREE"),
    # an audience spoken to
    ("Minister Lenka Dorin spoke to reporters in Karsk on Tuesday.", "CONSULT"),
    ("President Ilya Marek spoke to the national assembly of Ostra on Monday.", "CONSULT"),
    # the writer's own interview
    ("We spoke to the Ostran deputy minister, Irma Leska, by phone on Monday.", "CONSULT"),
]

# (text, type, source, target): told acts of the same kinds that stay.
CODED = [
    ("Rebel fighters fought government troops near Karsk on Sunday.", "ASSAULT", "rebel", "troops"),
    ("Government forces fought back against the rebels near Karsk on Sunday.", "ASSAULT", None, "rebels"),
    ("The army went on the offensive against the rebels in the north on Sunday.", "ASSAULT", None, "rebels"),
    ("Ostra offered a loan of $5 million to Vallis on Monday.", "AGREE", "Ostra", "Vallis"),
    ("The Ostran council issued a statement of concern about the border closures.", "ACCUSE", "Ostra", None),
    ("Ostra asked Vallis for more time on Monday.", "REQUEST", "Ostra", "Vallis"),
    ("Mayor Irma Leska rejected the demands of the dockers' union on Monday.", "REJECT", "Leska", None),
    # backing one boasts of was given to one
    ("Senator Lars Okonjo cited his own endorsements from 40 retired generals.", "SUPPORT", None, "Okonjo"),
    # someone named spoken to (or with): talks
    ("Minister Lenka Dorin spoke to Governor Pavel Kessler on Tuesday.", "CONSULT", "Dorin", "Kessler"),
    ("Minister Lenka Dorin said she had spoken to Interior Minister Piet Arnaut about the floods.", "CONSULT",
     "Dorin", "Arnaut"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_CODED, ids=[f"{k}:{t[:40]}" for t, k in NOT_CODED])
def test_not_coded(analyze: Callable[..., Analysis], text: str, kind: str) -> None:
    assert_not_coded(analyze(text, PUBLISHED), kind)


@pytest.mark.parametrize(("text", "kind", "source", "target"), CODED, ids=[f"{k}:{t[:40]}" for t, k, _, _ in CODED])
def test_coded(analyze: Callable[..., Analysis], text: str, kind: str, source: str | None,
               target: str | None) -> None:
    assert_coded(analyze(text, PUBLISHED), kind, source, target)
