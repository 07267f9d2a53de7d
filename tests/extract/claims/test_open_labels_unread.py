"""Labels that no other claim reads are open labels (extract/claims/open_labels.py): a word of praise or blame said
by a speaker who stands as no side (the valence claims are the sides'), and a general noun made a name by a noun
compounded before it ("a work plan"); a label quoted after the narrator's calling verb is the quote's speaker's
(extract/claims/characterisation.py). Texts written for these tests (invented ministers and ports)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import Analysis
from newsledger.extract.claims.open_labels import LABEL


def _labels(a: Analysis) -> list[tuple[str, str | None]]:
    names = {e.id: e.name for e in a.entities}
    return [(c.predicate, names.get(c.claimant or "")) for c in a.claims if c.kind == "characterisation"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Trade secretary Mwila Banda calls the new border timetable a breakthrough for truckers on the trade route.",
     (LABEL + "breakthrough", "Mwila Banda")),
    ('Deputy finance minister Maria Costa told reporters the paper was "a work plan for officials, nothing else".',
     (LABEL + "work plan", "Maria Costa")),
])
def test_a_label_no_other_claim_reads_is_an_open_label(analyze: Callable[..., Analysis], text: str,
                                                       expected: tuple[str, str]) -> None:
    assert expected in _labels(analyze(text))


def test_a_general_noun_alone_is_still_no_label(analyze: Callable[..., Analysis]) -> None:
    found = analyze('Deputy finance minister Maria Costa told reporters the paper was "a plan, nothing else".')
    assert [p for p, _ in _labels(found) if p.startswith(LABEL)] == []


def test_a_label_quoted_after_the_narrators_calling_verb_is_the_quotes_speakers(
        analyze: Callable[..., Analysis]) -> None:
    found = analyze("Samoa's cabinet approved a twenty-year lease with Harbour Holdings, a Dutch firm, in May to "
                    "operate the container port at Apia. At the signing in Apia, the Minister of Ports, Ana Tuilagi, "
                    'called it "an investment partnership under which the harbour stays Samoan". Senator Tavita '
                    "Lemalu has another word for it.")
    assert [who for p, who in _labels(found) if p == "concession"] != []
