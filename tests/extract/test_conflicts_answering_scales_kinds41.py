"""Validity, compliance and a licence held each answer lawfulness between two sides (helper kinds41, stop 41): one
side says a permit has no legal standing, a weir breaches a treaty or a trawler fished illegally, the other that it
was issued or built lawfully or held a valid licence; the claims stay in buckets of their own (one scale each) and
meet only where the two sides hold one position each. Two sides that agree, or one side alone, make no conflict.
Texts written for these tests (invented firms, boats and people)."""

from __future__ import annotations

from collections.abc import Callable

from newsledger import Analysis

VOID = ("MASERU, June 3 - Lesotho's ministry of mining said on Monday that the quarry permit held by Kolo Stones was "
        "invalid because no environmental study had been done.\n")


def test_invalid_answers_lawful(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(VOID + "Kolo Stones said in a statement that its permit had been issued lawfully and that the "
                       "quarry operates in full conformity with the law.")
    assert [c.kind for c in analysis.conflicts] == ["status"]


def test_valid_agrees_with_lawful(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("MASERU, June 3 - Lesotho's ministry of mining said on Monday that the quarry permit held by "
                       "Kolo Stones was valid.\nKolo Stones said in a statement that its permit had been issued "
                       "lawfully.")
    assert analysis.conflicts == ()


def test_one_side_alone_makes_no_conflict(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(VOID + "The ministry added that the quarry's water permit had been issued lawfully.")
    assert analysis.conflicts == ()


BREACH = ("LILONGWE, June 3 - Malawi's water ministry said on Monday that the weir Mozambique built on the Shire river "
          "is in breach of the 2004 river basin agreement.\n")


def test_a_breach_answers_lawful(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze(BREACH + "Mozambique's public works ministry said in reply that the weir had been built "
                       "lawfully.")
    assert [c.kind for c in analysis.conflicts] == ["status"]


def test_compliance_agrees_with_lawful(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("LILONGWE, June 3 - Malawi's water ministry said on Monday that the weir Mozambique built on "
                       "the Shire river complies with the 2004 river basin agreement.\nMozambique's public works "
                       "ministry said the weir had been built lawfully.")
    assert analysis.conflicts == ()


def test_licensed_answers_illegal(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("DAR ES SALAAM, June 3 - Tanzania's marine police said on Monday that the Kenyan trawler "
                       "Nyali Star had been fishing illegally off Pemba when it was stopped.\nKenya's fisheries "
                       "department said in reply that the trawler held a valid licence to fish in those waters.")
    assert [c.kind for c in analysis.conflicts] == ["status"]
