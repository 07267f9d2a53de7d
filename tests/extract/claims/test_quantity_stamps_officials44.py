"""Figures that are no counts (days of dates, telephone numbers), and two offices of one state agreeing.

A day after a month's name ("SKOPJE, Aug 3 -", a live blog's "Sep 3, 10:05 -") and a telephone number's digit
groups are no figures (extract/claims/figures.py ``_day_of_month``, ``_digit_string``); two bodies of one
government, neither speaking for the other, that give the very same figure of one counted thing corroborate
(extract/conflicts.py ``_agreeing_officials``). Texts written for these tests, about made-up events."""

from __future__ import annotations

import datetime as dt

from newsledger.pipeline import analyze_text

DAY = dt.date(2031, 10, 5)


def _figures(text: str) -> list[float | None]:
    return [c.value.low for c in analyze_text(text, DAY).claims if c.kind == "quantity" and c.value is not None]


def test_dateline_day_is_no_figure() -> None:
    figures = _figures("SKOPJE, Aug 3 - North Macedonia's interior ministry said 27 migrants were found in a lorry.")
    assert 3.0 not in figures
    assert 27.0 in figures


def test_telephone_number_is_no_figure() -> None:
    figures = _figures("Relatives of the passengers may call the emergency line on 0800 00 17 17 at any hour. "
                       "The harbour office said 35 passengers were still missing. The board set a quota of "
                       "120 000 tonnes of sardines.")
    assert not {0.0, 17.0, 800.0} & set(figures)
    assert 120000.0 in figures  # thousands set apart by a space are one figure
    assert 35.0 in figures


def test_live_blog_stamp_is_no_figure() -> None:
    figures = _figures("LIVE: Storm on the coast\n\nSep 3, 10:05 - Honduras's Permanent Commission for Contingencies "
                       "(Copeco) says 26 homes were damaged by the storm.\n")
    assert 3.0 not in figures
    assert 26.0 in figures


def test_two_offices_of_one_state_corroborate() -> None:
    analysis = analyze_text(
        "KINGDOM OF CAMBODIA\nMinistry of Health\nPress release\n\n"
        "A total of 63 confirmed cases of dengue have been recorded in Kampot province as of 3 October 2031. "
        "The Kampot Provincial Health Department said its director, Dr. Sok Pheakdey, told reporters in Kampot "
        "town this morning that 63 cases had been confirmed and that every patient was receiving care.\n", DAY)
    by_id = {c.id: c for c in analysis.claims}
    pairs = [(c, by_id[o]) for c in analysis.claims for o in c.corroborates if o in by_id]
    assert any(a.value is not None and a.value.low == 63 and b.value is not None and b.value.low == 63
               and a.claimant != b.claimant for a, b in pairs)
