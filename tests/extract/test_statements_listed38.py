"""Reported clauses the parse split off their cue (stop 38, helper speakers38): a second that-clause after a
quote that closes the first ("... the deal," and that ...), and a list of clauses after one cue ("said A, B and
C").

Invented news text in our own words, with made-up names.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package
from statement_speakers import speaker_of, speakers


def test_that_clause_after_a_closing_quote(nlp: Any) -> None:
    found = speakers(nlp, 'The Ghana Cocoa Board said on March 3 that buyers had cut prices "without warning and '
                          'in breach of the deal," and that the fall in exports was the direct result.')
    assert "Cocoa Board" in (speaker_of(found, "the fall in exports was the direct result") or "")


def test_list_of_clauses_after_one_cue(nlp: Any) -> None:
    found = speakers(nlp, "The harbour master, Ines Moreau, told the inquiry on Friday that the dredger was towed "
                          "off. She said the control room in Arica received the call at 18:10, the lifeboat was "
                          "beside the ferry at 18:40 and the last of the nine passengers was landed in Iquique at "
                          "19:15.")
    content = next(c for c in found if "the control room in Arica" in c)
    assert "the last of the nine passengers was landed" in content
    assert "the lifeboat was beside the ferry" in content


def test_comma_splice_is_no_list(nlp: Any) -> None:
    # the second clause has a cue of its own: another voice, not more of the first speaker's words
    found = speakers(nlp, "The Varnian ministry says the road is open, the governor insists it is closed and the "
                          "army is silent.")
    assert not any("the road is open" in c and "the army is silent" in c for c in found)
