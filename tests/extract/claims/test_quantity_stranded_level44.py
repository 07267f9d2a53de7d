"""A figure given as the level of "the number of stranded <things>" counts those present, as "<things> are stuck"
does, not a bare figure label (extract/claims/counted.py ``_present_before``): a body's later level of the stranded
revises its earlier count of those stuck. Texts written for these tests, about made-up closures."""

from __future__ import annotations

import datetime as dt

from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 2, 20)


def test_number_of_stranded_travellers_counts_those_present() -> None:
    claims = analyze_text("Chile's road agency said the Cristo Redentor pass would stay shut until Friday. Later it "
                          "put the number of stranded travellers at 860.", DAY).claims
    predicates = [c.predicate for c in claims if c.kind == "quantity" and c.value is not None and c.value.low == 860]
    assert predicates == ["count:traveller:present"]


def test_later_level_of_the_stranded_revises_the_count_of_the_stuck() -> None:
    claims = analyze_text(
        "LIVE: Snow on the Andes pass\n\n"
        "09:10 - Argentina's road agency says about 500 travellers are stuck at the Horcones checkpoint.\n\n"
        "16:40 - Update from the road agency: after a count at the shelters, it now puts the number of stranded "
        "travellers at 860.\n", DAY).claims
    by_id = {c.id: c for c in claims}
    assert any(c.revises and c.value is not None and c.value.low == 860 and by_id[c.revises].value is not None
               and by_id[c.revises].value.low == 500 for c in claims)
