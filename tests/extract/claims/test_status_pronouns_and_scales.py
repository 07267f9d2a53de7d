"""Status disputes told with a pronoun or demonstrative subject ("It is entirely lawful", "This is a violation of the
treaty"), a status beyond a law's reach ("go well beyond what regional law permits"), every step of a procedure
followed, and legitimacy judged on the scale of lawfulness ("illegitimate" against "lawful"). Sentences written for
these tests (invented countries, bodies and people).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger import Analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/ is not a package
from claim_views import status_conflicts, statuses

SEIZED = "Norland's coast guard said on Monday that it had detained the cargo ship Solen off Brask Point. "


@pytest.mark.parametrize(("said", "predicate"), [
    ("\"It is entirely lawful,\" the coast guard's commander, Piet Varn, said.", "lawful"),
    ("\"That was legal,\" the coast guard's commander, Piet Varn, said.", "lawful"),
    ("The Vestrian foreign ministry said: \"This is a violation of the maritime treaty.\"", "unlawful"),
    ("The Vestrian foreign ministry said: \"It was illegal.\"", "unlawful"),
    # a status adjective on the noun of a judged act or a thing built
    ("The Vestrian foreign ministry said: \"This is an unlawful blockade and it must end.\"", "unlawful"),
    ("The Vestrian foreign ministry said: \"That is an illegal structure and it has to come down.\"", "unlawful"),
])
def test_a_status_with_a_pronoun_subject_is_the_speaker_s_claim(analyze: Callable[..., Analysis], said: str,
                                                                   predicate: str) -> None:
    assert (predicate, "asserted") in statuses(analyze(SEIZED + said))


def test_pronoun_statuses_of_two_sides_conflict(analyze: Callable[..., Analysis]) -> None:
    got = analyze(SEIZED + "\"It was lawful,\" the coast guard's commander, Piet Varn, said. "
                  "The Vestrian foreign minister, Ada Roos, said: \"That was illegal.\"")
    assert len(status_conflicts(got)) == 1


@pytest.mark.parametrize("text", [
    # no one's words: the outlet's own pronoun names nothing
    SEIZED + "It was lawful.",
    # a person's status is not a pronoun's thing here
    SEIZED + "\"We are entirely legal,\" the coast guard's commander, Piet Varn, said.",
    # a status word that only classes a noun judges nothing
    SEIZED + "\"This is a legal question for the courts,\" the coast guard's commander, Piet Varn, said.",
])
def test_a_pronoun_status_no_speaker_owns_makes_no_claim(analyze: Callable[..., Analysis], text: str) -> None:
    assert ("lawful", "asserted") not in statuses(analyze(text))


@pytest.mark.parametrize("answer", [
    "Vestria's foreign minister, Ada Roos, said the checks \"go well beyond what regional law permits.\"",
    "Vestria's foreign minister, Ada Roos, said the checks go far beyond what the Harbour Convention allows.",
])
def test_beyond_what_the_law_permits_answers_in_line_with_it(analyze: Callable[..., Analysis], answer: str) -> None:
    got = analyze("Norland's interior ministry said the new ferry checks were fully in line with the Harbour "
                  "Convention. " + answer)
    assert ("unlawful", "asserted") in statuses(got)
    assert len(status_conflicts(got)) == 1


@pytest.mark.parametrize("steps", [
    "its officials had followed every step of the procedure in the recount",
    "the recount had followed every step in the electoral code",
    "the recount went through every step of the procedure",
])
def test_every_step_of_the_procedure_followed_is_lawful(analyze: Callable[..., Analysis], steps: str) -> None:
    got = analyze(f"Norland's election board said {steps}. Vestria's opposition leader, Ada Roos, said the recount "
                  "was in breach of the electoral code.")
    assert ("lawful", "asserted") in statuses(got)
    assert len(status_conflicts(got)) == 1


def test_illegitimate_answers_lawful(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Norland's election board said the recount was lawful. Vestria's opposition leader, Ada Roos, "
                  "called the recount illegitimate.")
    assert len(status_conflicts(got)) == 1


def test_legitimate_and_lawful_agree(analyze: Callable[..., Analysis]) -> None:
    got = analyze("Norland's election board said the recount was lawful. Vestria's opposition leader, Ada Roos, "
                  "called the recount legitimate.")
    assert status_conflicts(got) == []
