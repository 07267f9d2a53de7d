"""The statement-pair conflict model (extract/pairs.py): candidates, features and what a fitted model reports.

The shipped weights change whenever the trainer runs, so the behaviour here is shown with a small hand-set model
(raw features, no scaling) that says what the features are for: an answer on the other side raises the
probability, a question, a hypothesis or counts of different dates lower it. The articles are our own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from newsledger import Analysis
from newsledger.extract.conflicts import conflicts, pair_candidates
from newsledger.extract.pairs import FEATURES, Candidates, PairReport, report
from newsledger.lexicon import Lexicon, LexiconError, PairModel
from newsledger.lexicon.pairs import build_pair_model

HAND_WEIGHTS = {
    "reply_signal": 1.0, "negation_one_side": 1.5, "shared_nouns": 1.0, "content_jaccard": 2.0, "cross_context": 1.0,
    "distinct_countries": 1.0, "quantity_apart": 2.0, "question_or_hypothesis": -5.0, "agreement": -3.0,
    "times_apart": -5.0, "common_noun_side": -2.0,
}

DENIED_ENTRY = (
    "Chile's foreign ministry said on Tuesday that a Peruvian fishing fleet had entered Chilean waters and stayed for "
    "two days. Peru's fisheries ministry rejected that version. \"Our fleet never left Peruvian waters,\" "
    "spokeswoman Rosa Quispe said."
)
DENIED_ENTRY_2 = (
    "The Estonian navy says a Russian patrol boat sailed into Estonian waters near the island of Vaindloo overnight. "
    "Moscow dismissed the report. \"No Russian vessel crossed the line,\" a spokesman for Russia's defence ministry "
    "told state television."
)
COUNTS_APART = (
    "Chile's health ministry said that 12 people had died in the floods. "
    "Peru's civil defence office said that 30 people had died in the floods."
)
COUNTS_AT_TWO_DATES = (
    "Chile's health ministry said on Monday that 12 people had died in the floods. "
    "Peru's civil defence office said on Friday that 30 people had died in the floods."
)
ONE_SPEAKER_REVISING = (
    "Chile's health ministry said that 12 people had died in the floods. "
    "The ministry later said that 20 people had died, after rescuers reached two villages."
)
ONE_GOVERNMENT = (
    "Chile's foreign ministry said that a Peruvian fishing fleet had entered Chilean waters. "
    "Chile's defence ministry said that no fleet had entered Chilean waters."
)
QUESTION = (
    "Chile's foreign ministry said on Tuesday that a Peruvian fishing fleet had entered Chilean waters. "
    "Peru's fisheries ministry asked whether the fleet had entered Chilean waters at all, and said it "
    "would not answer until it had seen the ship logs."
)


def hand_model(lexicon: Lexicon) -> PairModel:
    weights = np.array([HAND_WEIGHTS.get(f, 0.0) for f in FEATURES])
    return PairModel(lexicon.pairs.lists, FEATURES, weights, None, None, -3.0, 0.5)


@pytest.fixture(scope="module")
def with_hand_model(lexicon: Lexicon) -> Lexicon:
    return dataclasses.replace(lexicon, pairs=hand_model(lexicon))


def found(nlp: Any, analysis: Analysis, lexicon: Lexicon) -> tuple[Candidates, Any]:
    a = analysis
    return pair_candidates(nlp(a.document.text), a.entities, a.statements, a.claims, a.times, lexicon)


def reported(nlp: Any, analyze: Callable[..., Analysis], text: str, lexicon: Lexicon) -> list[PairReport]:
    analysis = analyze(text)
    cands, parties = found(nlp, analysis, lexicon)
    names = {e.id: e.name for e in analysis.entities}
    return report(cands, lexicon, set(), lambda e: names.get(e or "", "?"), parties.key)


def countries(analysis: Analysis, report_: PairReport) -> set[str | None]:
    by_id = {e.id: e for e in analysis.entities}
    return {by_id[s.actor].country if s.actor in by_id else None for s in report_.sides}


@pytest.mark.parametrize("text", [DENIED_ENTRY, DENIED_ENTRY_2])
def test_an_answer_from_the_other_side_is_reported(nlp: Any, analyze: Callable[..., Analysis], text: str,
                                                   with_hand_model: Lexicon) -> None:
    analysis = analyze(text)
    out = reported(nlp, analyze, text, with_hand_model)
    assert len(out) == 1, out
    (r,) = out
    assert r.kind == "existence"
    assert 0.5 <= r.confidence <= 1.0
    assert len(countries(analysis, r)) == 2 and None not in countries(analysis, r)
    for side in r.sides:  # evidence offsets point into the text
        assert text[side.evidence.start:side.evidence.end] == side.evidence.text


def test_counts_that_cannot_both_hold_are_a_quantity_conflict(nlp: Any, analyze: Callable[..., Analysis],
                                                              with_hand_model: Lexicon) -> None:
    out = reported(nlp, analyze, COUNTS_APART, with_hand_model)
    assert [r.kind for r in out] == ["quantity"]


def test_counts_of_different_dates_are_not_reported(nlp: Any, analyze: Callable[..., Analysis],
                                                    with_hand_model: Lexicon) -> None:
    cands, _ = found(nlp, analyze(COUNTS_AT_TWO_DATES), with_hand_model)
    assert cands.pairs  # a candidate: the gate lets counts of one class through
    assert all(row[FEATURES.index("times_apart")] == 1.0 for row in cands.x)
    assert reported(nlp, analyze, COUNTS_AT_TWO_DATES, with_hand_model) == []


@pytest.mark.parametrize("text", [ONE_SPEAKER_REVISING, ONE_GOVERNMENT])
def test_one_speaker_or_one_camp_gives_no_candidate(nlp: Any, analyze: Callable[..., Analysis], text: str,
                                                    with_hand_model: Lexicon) -> None:
    analysis = analyze(text)
    assert len([s for s in analysis.statements if s.speaker]) >= 2  # two statements were found, and set aside
    cands, _ = found(nlp, analysis, with_hand_model)
    assert cands.pairs == ()
    assert reported(nlp, analyze, text, with_hand_model) == []


def test_a_question_is_not_reported(nlp: Any, analyze: Callable[..., Analysis], with_hand_model: Lexicon) -> None:
    cands, _ = found(nlp, analyze(QUESTION), with_hand_model)
    assert all(row[FEATURES.index("question_or_hypothesis")] == 1.0 for row in cands.x)
    assert reported(nlp, analyze, QUESTION, with_hand_model) == []


def test_the_rules_conflict_wins(nlp: Any, analyze: Callable[..., Analysis], with_hand_model: Lexicon) -> None:
    analysis = analyze(DENIED_ENTRY)
    cands, parties = found(nlp, analysis, with_hand_model)
    keys = {frozenset((parties.key(pa), parties.key(pb))) for _s, _t, pa, pb in cands.pairs}
    assert keys
    assert report(cands, with_hand_model, keys, str, parties.key) == []


def test_the_conflicts_record_carries_the_pair(nlp: Any, analyze: Callable[..., Analysis],
                                               with_hand_model: Lexicon) -> None:
    a = analyze(DENIED_ENTRY)
    _claims, out = conflicts(nlp(a.document.text), a.entities, a.statements, a.events, a.times, a.agreements,
                             a.claims, with_hand_model)
    learned = [c for c in out if c.about in {s.id for s in a.statements}]
    assert len(learned) == 1
    (c,) = learned
    assert c.kind == "existence" and 0.5 <= c.confidence < 1.0
    assert all(s.actor is not None and s.evidence.text for s in c.sides)


def test_an_unfitted_or_switched_off_model_reports_nothing(nlp: Any, analyze: Callable[..., Analysis],
                                                          lexicon: Lexicon) -> None:
    off = dataclasses.replace(hand_model(lexicon), threshold=1.0)
    bare = PairModel(lexicon.pairs.lists)
    for model in (off, bare):
        assert not model.active
        assert reported(nlp, analyze, DENIED_ENTRY, dataclasses.replace(lexicon, pairs=model)) == []


def test_shipped_model_matches_the_features(lexicon: Lexicon) -> None:
    model = lexicon.pairs
    assert model.fitted and model.features == FEATURES
    assert model.weights is not None and model.weights.shape == (len(FEATURES),)


def test_weights_must_match_the_features(lexicon: Lexicon) -> None:
    data: dict[str, object] = {"lists": {}, "model": {"features": ["a", "b"], "weights": [1.0], "bias": 0.0,
                                                      "threshold": 0.5}}
    with pytest.raises(LexiconError):
        build_pair_model(data, "test")
