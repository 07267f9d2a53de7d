"""Status claims of eligibility (a status of a person) and of accuracy (a status of a report).

"She is eligible", "he is not a natural-born citizen", "her rivals say she is ineligible": the eligibility
status judges a person (``lists.person_statuses``), named or a personal pronoun. "The articles were
accurate" against "the reports are misleading": the accuracy status, its words for the reports meeting
through the publication family of ``lists.act_families``. A verb of calling in a participle takes the
subject of the clause it hangs on ("wrote a letter calling the articles inaccurate"). Sentences are
written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis
from newsledger.models import Claim


def _status(analysis: Analysis, predicate: str) -> list[Claim]:
    return [c for c in analysis.claims if c.kind == "status" and c.predicate == predicate]


def _dump(analysis: Analysis) -> list[dict[str, object]]:
    return [c.to_dict() for c in analysis.claims]


@pytest.mark.parametrize(("text", "predicate", "polarity"), [
    ("Malawi's electoral commission said Joyce Banda was eligible to run for president.", "eligible", "asserted"),
    ("Lawyers for Sierra Leone's opposition said Ernest Sesay is not a natural-born citizen.", "eligible", "negated"),
    ("Her rivals in the Liberal Party insisted that she is ineligible.", "ineligible", "asserted"),
    ("Peru's National Elections Jury said Keiko Vargas was disqualified.", "ineligible", "asserted"),
])
def test_eligibility_judges_a_person(analyze: Callable[..., Analysis], text: str, predicate: str,
                                     polarity: str) -> None:
    analysis = analyze(text)
    found = _status(analysis, predicate)
    assert found and found[0].polarity == polarity, _dump(analysis)


def test_other_statuses_still_judge_no_person(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The Bolivian interior ministry said Rafael Quispe was legitimate.")
    assert not _status(analysis, "legitimate"), _dump(analysis)


def test_a_pronoun_is_no_person_for_other_statuses(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The Romanian bar association said that she was lawful.")
    assert not _status(analysis, "lawful"), _dump(analysis)


def test_eligible_against_ineligible_is_a_status_conflict(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("Malawi's electoral commission said Joyce Banda is eligible. Her rival, Peter Mwale, said "
                       "Joyce Banda is ineligible.")
    assert _status(analysis, "eligible") and _status(analysis, "ineligible"), _dump(analysis)
    assert [c for c in analysis.conflicts if c.kind == "status"], _dump(analysis)


@pytest.mark.parametrize(("text", "predicate", "polarity"), [
    ("Chile's TVN broadcaster said its reports on the floods were accurate.", "accurate", "asserted"),
    ("The mining company Andes Copper said the documentary was misleading.", "inaccurate", "asserted"),
    ("The Nigerian health ministry said the article misrepresents the vaccination figures.", "inaccurate",
     "asserted"),
    ("The editors of the Nairobi Courier said the series was not inaccurate.", "inaccurate", "negated"),
])
def test_accuracy_of_a_report(analyze: Callable[..., Analysis], text: str, predicate: str, polarity: str) -> None:
    analysis = analyze(text)
    found = _status(analysis, predicate)
    assert found and found[0].polarity == polarity, _dump(analysis)


def test_a_participle_of_calling_takes_the_writers_voice(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The Brazilian mining firm Vale Minas wrote a letter to the newspaper, calling its stories "
                       "inaccurate.")
    found = _status(analysis, "inaccurate")
    assert found and found[0].claimant is not None, _dump(analysis)


def test_inaccurate_against_accurate_is_a_status_conflict(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The Brazilian mining firm Vale Minas said the articles about its dam were misleading. "
                       "The Rio Courier said that the reports were accurate and fair.")
    assert _status(analysis, "inaccurate") and _status(analysis, "accurate"), _dump(analysis)
    assert [c for c in analysis.conflicts if c.kind == "status"], _dump(analysis)


def test_two_sides_calling_the_reports_accurate_agree(analyze: Callable[..., Analysis]) -> None:
    analysis = analyze("The Brazilian press council said the articles about the dam were accurate. The Rio Courier "
                       "said that the reports were accurate.")
    assert not [c for c in analysis.conflicts if c.kind == "status"], _dump(analysis)
