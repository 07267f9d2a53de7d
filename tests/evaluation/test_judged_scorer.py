"""The real-news judgement scorer (newsledger.evaluation.judged) on a hand-built analysis.

The article, the judgements and the analysis are written here for the test (no pipeline run), so that
each rule is checked on its own: recall by type and sentence, right arguments by name or ISO3, precision
with after-run verdicts, factuality classes, office-holder speaker country and duplicate actors.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.evaluation.judged import (
    JudgedArticle,
    Totals,
    factuality,
    factuality_ok,
    load_judged,
    markdown,
    score_analysis,
)
from newsledger.models import Analysis, Document, Entity, EntityType, Event, Span, Statement

TEXT = (
    "Premier Ada Lund of Norland met the Vestrian foreign minister, Oskar Brenn, in the capital on Monday. "
    "Lund said the two sides would sign a fishing accord next month. "
    "Vestrian border guards detained three Norlander fishermen. "
    "Brenn denied that any boat had been seized. "
    "Ms. Lund later thanked the guards' commander for the release."
)


def span(words: str) -> Span:
    start = TEXT.index(words)
    return Span(start, start + len(words), words)


def entity(eid: str, name: str, country: str | None, *mentions: str, kind: EntityType = "PERSON") -> Entity:
    return Entity(eid, name, kind, tuple(span(m) for m in mentions or (name,)), country=country)


GOLD = JudgedArticle(
    id="fishing-dispute",
    text=TEXT,
    published=None,
    events=(
        {"type": "CONSULT", "source": ["Ada Lund", "NRL"], "target": ["Oskar Brenn", "VST"],
         "factuality": "asserted", "evidence_contains": "met the Vestrian foreign minister"},
        {"type": ["AGREE", "SUPPORT"], "source": ["Ada Lund", "NRL"], "target": ["VST"],
         "factuality": "planned", "evidence_contains": "would sign a fishing accord"},
        {"type": "COERCE", "source": ["border guards", "VST"], "target": "any",
         "factuality": "asserted", "evidence_contains": "detained three"},
        {"type": "REJECT", "source": ["Oskar Brenn"], "target": None,
         "factuality": "asserted", "evidence_contains": "denied that any boat"},
    ),
    speakers=(
        {"speaker": ["Ada Lund", "Lund"], "country": "NRL", "evidence_contains": "the two sides would sign"},
        {"speaker": ["Oskar Brenn", "Brenn"], "country": "VST", "evidence_contains": "any boat had been seized"},
    ),
    actors=(
        {"names": ["Ada Lund", "Lund"], "country": "NRL"},
        {"names": ["Oskar Brenn", "Brenn"], "country": "VST"},
    ),
    verdicts=({"article": "fishing-dispute", "sentence_contains": "thanked the guards", "type": "SUPPORT",
               "verdict": "right", "why": "thanks to the commander"},),
)


def analysis(events: tuple[Event, ...], entities: tuple[Entity, ...] | None = None,
             statements: tuple[Statement, ...] = ()) -> Analysis:
    ents = entities if entities is not None else (
        entity("e1", "Ada Lund", "NRL", "Ada Lund", "Lund"),
        entity("e2", "Oskar Brenn", "VST", "Oskar Brenn", "Brenn"),
        entity("e3", "Vestrian border guards", "VST", kind="ORG"),
    )
    return Analysis(Document(TEXT), entities=ents, statements=statements, events=events)


def test_recall_right_arguments_and_precision() -> None:
    events = (
        Event("v1", "CONSULT", span("met"), source="e1", target="e2"),
        Event("v2", "AGREE", span("sign"), source="e1", modality="future"),  # target missing
        Event("v3", "COERCE", span("detained"), source="e3", target=None),
        Event("v4", "ASSAULT", span("seized"), source=None, target=None),  # matches nothing, judged by nobody
        Event("v5", "SUPPORT", span("thanked"), source="e1"),  # judged right after the run
    )
    score = score_analysis(GOLD, analysis(events))
    assert (score.expected, score.found, score.found_right) == (4, 3, 2)
    assert any(m.startswith("missed REJECT") for m in score.misses)
    assert any(m.startswith("arguments AGREE/SUPPORT") for m in score.misses)
    # right: v1, v3 (target not judged) and v5 (verdict); v2 lacks its target, v4 matches nothing
    assert (score.predicted, score.predicted_right) == (5, 3)
    assert [u.split()[0] for u in score.unjudged] == ["AGREE", "ASSAULT"]
    assert "seized" in score.unjudged[1]
    assert score.factuality_errors == 0


def test_same_sentence_reading_of_coded_right() -> None:
    # a consultation coded on the fishermen's sentence matches the gold meeting of the first sentence only by
    # type and parties: right in the generous reading, not in the strict one
    events = (
        Event("v1", "CONSULT", span("met"), source="e1", target="e2"),
        Event("v2", "CONSULT", span("detained"), source="e1", target="e2"),
        Event("v5", "SUPPORT", span("thanked"), source="e1"),  # a verdict counts in both readings
    )
    score = score_analysis(GOLD, analysis(events))
    assert (score.predicted, score.predicted_right, score.predicted_right_here) == (3, 3, 2)
    summary = Totals((score,)).summary()
    assert summary["coded_right"] == 1.0 and summary["coded_right_same_sentence"] == pytest.approx(2 / 3, abs=1e-3)


def test_a_wrong_verdict_counts_as_wrong_and_is_listed() -> None:
    gold = JudgedArticle(**{**GOLD.__dict__, "verdicts": ({**GOLD.verdicts[0], "verdict": "wrong"},)})
    score = score_analysis(gold, analysis((Event("v5", "SUPPORT", span("thanked"), source="e1"),)))
    assert (score.predicted, score.predicted_right) == (1, 0)
    assert score.wrong and not score.unjudged


def test_factuality_errors() -> None:
    events = (
        Event("v1", "CONSULT", span("met"), source="e1", target="e2", polarity="negated"),  # actual one negated
        Event("v2", "AGREE", span("sign"), source="e1", target="e2"),  # planned one coded as actual
        Event("v3", "COERCE", span("detained"), source="e3", modality="hypothetical"),
    )
    assert score_analysis(GOLD, analysis(events)).factuality_errors == 3


def test_one_predicted_event_is_one_factuality_error() -> None:
    two = JudgedArticle(**{**GOLD.__dict__, "events": (
        GOLD.events[0], {**GOLD.events[0], "evidence_contains": "in the capital on Monday"})})
    negated = Event("v1", "CONSULT", span("met"), source="e1", target="e2", polarity="negated")
    score = score_analysis(two, analysis((negated,)))
    assert (score.found, score.factuality_errors) == (2, 1)


@pytest.mark.parametrize(("got", "want", "ok"), [
    ("asserted", "asserted", True),
    ("claimed", "asserted", True),
    ("asserted", "claimed", False),
    ("planned", "claimed", True),
    ("hypothetical", ["planned"], True),
    ("asserted", ["hypothetical", "planned"], False),
    ("negated", "asserted", False),
    ("negated", ["negated", "hypothetical"], True),
])
def test_factuality_classes(got: str, want: str | list[str], ok: bool) -> None:
    assert factuality_ok(got, want) is ok


def test_factuality_of_a_predicted_event() -> None:
    ev = Event("v", "AGREE", span("sign"))
    assert factuality(ev) == "asserted"
    assert factuality(Event("v", "AGREE", span("sign"), reported_by="s1")) == "claimed"
    assert factuality(Event("v", "AGREE", span("sign"), modality="intention")) == "planned"
    assert factuality(Event("v", "AGREE", span("sign"), modality="obligation")) == "hypothetical"
    assert factuality(Event("v", "AGREE", span("sign"), polarity="negated", modality="future")) == "negated"


def test_speaker_country_and_duplicate_actors() -> None:
    ents = (
        entity("e1", "Ada Lund", "NRL", "Ada Lund"),
        entity("e4", "Lund", None, "Lund", "Ms. Lund"),  # a second actor for the same person
        entity("e2", "Oskar Brenn", None, "Oskar Brenn", "Brenn"),  # no country
    )
    stmts = (
        Statement("s1", "indirect", span("the two sides would sign a fishing accord next month"), speaker="e4"),
        Statement("s2", "indirect", span("any boat had been seized"), speaker="e2"),
    )
    score = score_analysis(GOLD, analysis((), ents, stmts))
    # the first statement's speaker is the duplicate without a country: wrong; the second has none either
    assert (score.speakers_expected, score.speakers_right) == (2, 0)
    assert score.duplicate_actors == 1
    assert (score.actors_expected, score.actors_country_right) == (2, 1)
    fixed = (entity("e1", "Ada Lund", "NRL", "Ada Lund", "Lund", "Ms. Lund"), ents[2])
    stmts_fixed = (stmts[0].__class__("s1", "indirect", stmts[0].content, speaker="e1"), stmts[1])
    score = score_analysis(GOLD, analysis((), fixed, stmts_fixed))
    assert (score.speakers_right, score.duplicate_actors) == (1, 0)


def test_totals_and_table() -> None:
    score = score_analysis(GOLD, analysis((Event("v1", "CONSULT", span("met"), source="e1", target="e2"),)))
    totals = Totals((score,))
    summary = totals.summary()
    assert summary["event_recall"] == 0.25 and summary["coded_right"] == 1.0
    assert summary["factuality_errors_per_five_articles"] == 0.0
    table = markdown(totals)
    assert "| fishing-dispute | 4 | 1 | 1 | 1 | 1 |" in table
    assert "**all 1**" in table


def test_load_inline_text_and_verdicts(tmp_path: Path) -> None:
    path = tmp_path / "judged.yaml"
    path.write_text(
        "version: 1\narticles:\n- id: a\n  text: \"Ada Lund met Oskar Brenn.\"\n  published: '2024-03-01'\n"
        "  events: [{type: CONSULT, source: [Ada Lund], target: [Oskar Brenn], evidence_contains: met}]\n"
        "judged_after_run:\n- {article: a, sentence_contains: met, type: CONSULT, verdict: right, why: x}\n"
        "- {article: b, sentence_contains: met, type: CONSULT, verdict: wrong, why: y}\n", "utf-8")
    (art,) = load_judged(path)
    assert art.text.startswith("Ada Lund") and str(art.published) == "2024-03-01"
    assert len(art.events) == 1 and not art.speakers
    assert [v["verdict"] for v in art.verdicts] == ["right"]
