"""The contradiction scorer (newsledger.evaluation.contradictions) on hand-built analyses.

Every analysis here is written by hand for the test (no pipeline run) so that each matching rule is
checked on its own: ISO3 and name parties, the outlet's voice, distinct sides, precision, agreeing
articles, claims with values and evidence, revisions and corroborations, and loading the texts.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsledger.evaluation.contradictions import (
    CorpusError,
    Totals,
    detokenize,
    is_heldout,
    load_articles,
    main,
    score_analysis,
)
from newsledger.models import Amount, Analysis, Claim, Conflict, Document, Entity, EntityType, Side, Span, Statement

TEXT = (
    "The coastal guard of Freedonia said forty boats had landed at Port Vell. "
    "Sylvanian officials said no boats landed at all. "
    "The Harbour Watch group counted at least 35 boats, a spokeswoman, Ida Marsh, said."
)


def _span(words: str) -> Span:
    start = TEXT.index(words)
    return Span(start, start + len(words), words)


def _ent(eid: str, name: str, country: str | None = None, kind: EntityType = "ORG") -> Entity:
    return Entity(eid, name, kind, (_span(name),) if name in TEXT else (), country=country)


ENTITIES = (
    _ent("e1", "coastal guard of Freedonia", "FRE"),
    _ent("e2", "Sylvanian officials", "SYL"),
    _ent("e3", "Harbour Watch", None),
    _ent("e4", "Ida Marsh", None, "PERSON"),
    _ent("e5", "Port Vell", "FRE", "GPE"),
)


def _side(actor: str | None, words: str) -> Side:
    return Side(actor, words, _span(words))


def _conflict(kind: Any, a: str | None, b: str | None, cid: str = "c1") -> Conflict:
    return Conflict(cid, kind, None, (_side(a, "forty boats had landed"), _side(b, "no boats landed at all")),
                    f"{a} vs {b}")


def _analysis(conflicts: tuple[Conflict, ...] = (), claims: tuple[Claim, ...] = ()) -> Analysis:
    return Analysis(Document(TEXT), entities=ENTITIES, conflicts=conflicts, claims=claims)


def _claim(cid: str, claimant: str | None, words: str, kind: Any = "event", **kw: Any) -> Claim:
    return Claim(cid, kind, kw.pop("predicate", "landing"), _span(words), claimant, **kw)


# --- conflicts ---------------------------------------------------------------------------------------


def test_iso3_parties_match_a_conflict_and_count_it_right() -> None:
    expect = {"conflicts": [{"kind": "existence", "between": ["FRE", "SYL"]}]}
    score = score_analysis("a", expect, _analysis((_conflict("existence", "e1", "e2"),)))
    assert (score.conflicts_found, score.conflicts_kind_exact) == (1, 1)
    assert (score.conflicts_reported, score.reported_right, score.reported_right_kind) == (1, 1, 1)
    assert score.misses == ()


def test_sides_in_either_order_match() -> None:
    expect = {"conflicts": [{"kind": "existence", "between": ["SYL", "FRE"]}]}
    assert score_analysis("a", expect, _analysis((_conflict("existence", "e1", "e2"),))).conflicts_found == 1


def test_a_party_of_another_country_does_not_match() -> None:
    expect = {"conflicts": [{"kind": "existence", "between": ["FRE", "ARC"]}]}
    score = score_analysis("a", expect, _analysis((_conflict("existence", "e1", "e2"),)))
    assert score.conflicts_found == 0 and score.reported_right == 0
    assert any("not found" in m for m in score.misses)
    assert any("unexpected conflict" in m for m in score.misses)


def test_one_side_cannot_stand_for_both_parties() -> None:
    # The guard is both "FRE" and "Freedonia"; the other side is neither, so the pair is not there.
    expect = {"conflicts": [{"kind": "quantity", "between": ["FRE", "Freedonia"]}]}
    assert score_analysis("a", expect, _analysis((_conflict("quantity", "e1", "e3"),))).conflicts_found == 0
    assert score_analysis("a", expect, _analysis((_conflict("quantity", "e1", "e5"),))).conflicts_found == 1


def test_names_match_by_mention_containment_and_alias_lists() -> None:
    expect = {"conflicts": [{"kind": "quantity", "between": [["Watch group", "Harbour Watch"], "Freedonia"]}]}
    score = score_analysis("a", expect, _analysis((_conflict("quantity", "e3", "e1"),)))
    assert score.conflicts_found == 1


def test_short_name_aliases_do_not_match_inside_longer_names() -> None:
    expect = {"conflicts": [{"kind": "quantity", "between": ["Har", "FRE"]}]}
    assert score_analysis("a", expect, _analysis((_conflict("quantity", "e3", "e1"),))).conflicts_found == 0


def test_outlet_alias_matches_a_side_without_actor_only() -> None:
    expect = {"conflicts": [{"kind": "existence", "between": ["@outlet", "SYL"]}]}
    assert score_analysis("a", expect, _analysis((_conflict("existence", None, "e2"),))).conflicts_found == 1
    # A named side is not the outlet's voice, and a side without actor is no named party.
    assert score_analysis("a", expect, _analysis((_conflict("existence", "e1", "e2"),))).conflicts_found == 0
    named = {"conflicts": [{"kind": "existence", "between": ["FRE", "SYL"]}]}
    assert score_analysis("a", named, _analysis((_conflict("existence", None, "e2"),))).conflicts_found == 0


def test_another_kind_counts_for_recall_but_not_kind_exact() -> None:
    expect = {"conflicts": [{"kind": "quantity", "between": ["FRE", "SYL"]}]}
    score = score_analysis("a", expect, _analysis((_conflict("fact", "e1", "e2"),)))
    assert (score.conflicts_found, score.conflicts_kind_exact) == (1, 0)
    assert (score.reported_right, score.reported_right_kind) == (1, 0)
    assert score.per_kind == {"quantity": (1, 1, 0)}
    assert any("another kind" in m for m in score.misses)


def test_precision_counts_each_reported_conflict() -> None:
    expect = {"conflicts": [{"kind": "existence", "between": ["FRE", "SYL"]}]}
    conflicts = (_conflict("existence", "e1", "e2"), _conflict("cause", "e3", "e4", "c2"))
    totals = Totals((score_analysis("a", expect, _analysis(conflicts)),))
    summary = totals.summary()
    assert summary["conflicts_reported"] == 2
    assert summary["conflict_precision"] == 0.5
    assert summary["conflict_recall"] == 1.0


def test_conflicts_on_an_article_without_gold_conflicts_are_wrong() -> None:
    score = score_analysis("a", {"claims": []}, _analysis((_conflict("existence", "e1", "e2"),)))
    assert score.reported_right == 0 and not score.false_alarm


def test_agreeing_article_any_conflict_is_a_false_alarm() -> None:
    agreeing = {"no_conflicts": True, "corroborations": [{"between": ["FRE", "Harbour Watch"]}]}
    quiet = score_analysis("quiet", agreeing, _analysis())
    noisy = score_analysis("noisy", agreeing, _analysis((_conflict("existence", "e1", "e2"),)))
    assert not quiet.false_alarm and noisy.false_alarm
    assert noisy.reported_right == 0 and any("false alarm" in m for m in noisy.misses)
    summary = Totals((quiet, noisy)).summary()
    assert summary["agreeing_articles"] == 2
    assert summary["false_alarm_articles"] == 1 and summary["false_alarm_rate"] == 0.5
    assert summary["conflict_precision"] == 0.0


def test_per_kind_recall_sums_over_articles() -> None:
    exist = {"conflicts": [{"kind": "existence", "between": ["FRE", "SYL"]}]}
    qty = {"conflicts": [{"kind": "quantity", "between": ["FRE", "Harbour Watch"]}]}
    scores = (score_analysis("a", exist, _analysis((_conflict("existence", "e1", "e2"),))),
              score_analysis("b", exist, _analysis()),
              score_analysis("c", qty, _analysis()))
    per_kind = Totals(scores).per_kind()
    assert per_kind["existence"] == {"expected": 2, "recall": 0.5, "recall_kind_exact": 0.5}
    assert per_kind["quantity"]["recall"] == 0.0
    assert list(per_kind) == ["existence", "quantity"]


# --- claims, revisions, corroborations -------------------------------------------------------------------


def test_claim_check_needs_claimant_kind_polarity_and_evidence() -> None:
    gold = {"claimant": "SYL", "kind": "event", "polarity": "negated", "evidence_contains": "no boats landed"}
    right = _claim("k1", "e2", "no boats landed at all", polarity="negated")
    assert score_analysis("a", {"claims": [gold]}, _analysis(claims=(right,))).claims_found == 1
    for wrong in (_claim("k1", "e1", "no boats landed at all", polarity="negated"),
                  _claim("k1", "e2", "no boats landed at all"),
                  _claim("k1", "e2", "no boats landed at all", kind="status", polarity="negated"),
                  _claim("k1", "e2", "Sylvanian officials", polarity="negated")):
        assert score_analysis("a", {"claims": [gold]}, _analysis(claims=(wrong,))).claims_found == 0, wrong


def test_a_status_named_by_its_opposite_is_read_in_its_files_spelling(tmp_path: Path) -> None:
    """ "unlawful" asserted and "lawful" denied are one proposition. The gold names no predicate: a file spells a
    status by the claimant's word (the default) or, with ``status_polarity: positive``, by the positive status;
    the record's polarity is read in its file's spelling, and stays strict (stop 36)."""
    gold = {"claimant": "SYL", "kind": "status", "evidence_contains": "no boats landed"}
    named = _claim("k1", "e2", "no boats landed at all", kind="status", predicate="unlawful")
    positive = _claim("k1", "e2", "no boats landed at all", kind="status", predicate="lawful")

    def found(claim: Claim, polarity: str, spelling: str | None) -> int:
        article = {"id": "a", "text": TEXT, "expect": {"claims": [{**gold, "polarity": polarity}]}}
        data: dict[str, Any] = {"version": 1, "articles": [article]}
        if spelling:
            data["status_polarity"] = spelling
        path = tmp_path / "g.yaml"
        path.write_text(json.dumps(data), "utf-8")
        (loaded,) = load_articles([path])
        return score_analysis("a", loaded.expect, _analysis(claims=(claim,))).claims_found

    assert (found(named, "asserted", None), found(named, "negated", None)) == (1, 0)  # the claimant's word
    assert (found(named, "asserted", "positive"), found(named, "negated", "positive")) == (0, 1)
    assert (found(positive, "asserted", "positive"), found(positive, "negated", "positive")) == (1, 0)


def test_claim_evidence_may_be_the_core_of_the_gold_words() -> None:
    gold = {"claimant": "FRE", "kind": "event", "evidence_contains": "forty boats had landed at Port Vell"}
    core = _claim("k1", "e1", "boats had landed at Port")
    far = _claim("k1", "e1", "Port Vell")
    assert score_analysis("a", {"claims": [gold]}, _analysis(claims=(core,))).claims_found == 1
    assert score_analysis("a", {"claims": [gold]}, _analysis(claims=(far,))).claims_found == 0


def test_claim_values_match_the_written_bounds() -> None:
    gold = {"claimant": ["Harbour Watch", "Ida Marsh"], "kind": "quantity", "value": {"low": 35},
            "evidence_contains": "at least 35 boats"}

    def found(value: Amount | None) -> int:
        claim = _claim("k1", "e4", "at least 35 boats", kind="quantity", predicate="boats", value=value)
        return score_analysis("a", {"claims": [gold]}, _analysis(claims=(claim,))).claims_found

    assert found(Amount(35, None, "boats", "at least")) == 1
    assert found(Amount(35, 35, "boats", None)) == 1  # the high bound is not written, so not checked
    assert found(Amount(36, None, "boats", "more than")) == 1  # a hedged bound may be off by one
    assert found(Amount(36, None, "boats", None)) == 0
    assert found(Amount(None, 35, "boats", "at most")) == 0
    assert found(Amount(350, None, "boats", "at least")) == 0
    assert found(None) == 0


def test_outlet_claims_are_those_without_claimant() -> None:
    gold = {"claimant": "@outlet", "kind": "event", "evidence_contains": "forty boats"}
    assert score_analysis("a", {"claims": [gold]}, _analysis(claims=(_claim("k1", None, "forty boats"),))).claims_found
    assert not score_analysis("a", {"claims": [gold]},
                              _analysis(claims=(_claim("k1", "e1", "forty boats"),))).claims_found


def test_revision_needs_a_revising_claim_of_that_claimant_and_kind() -> None:
    expect = {"revisions": [{"claimant": "Harbour Watch", "kind": "quantity"}]}
    first = _claim("k1", "e3", "at least 35 boats", kind="quantity", value=Amount(35, None))
    later = _claim("k2", "e3", "forty boats", kind="quantity", value=Amount(40, 40), revises="k1")
    assert score_analysis("a", expect, _analysis(claims=(first, later))).revisions_found == 1
    other = _claim("k2", "e1", "forty boats", kind="quantity", value=Amount(40, 40), revises="k1")
    assert score_analysis("a", expect, _analysis(claims=(first, other))).revisions_found == 0
    status = _claim("k2", "e3", "forty boats", kind="status", revises="k1")
    assert score_analysis("a", expect, _analysis(claims=(first, status))).revisions_found == 0


def test_corroboration_needs_the_two_claimants() -> None:
    expect = {"corroborations": [{"between": ["FRE", ["Harbour Watch", "Ida Marsh"]]}]}
    guard = _claim("k1", "e1", "forty boats had landed")
    watch = _claim("k2", "e4", "at least 35 boats", corroborates=("k1",))
    assert score_analysis("a", expect, _analysis(claims=(guard, watch))).corroborations_found == 1
    alone = _claim("k2", "e4", "at least 35 boats")
    assert score_analysis("a", expect, _analysis(claims=(guard, alone))).corroborations_found == 0
    sylvania = _claim("k2", "e2", "no boats landed at all", corroborates=("k1",))
    assert score_analysis("a", expect, _analysis(claims=(guard, sylvania))).corroborations_found == 0


def test_analyses_without_claims_score_as_nothing_found() -> None:
    expect = {"claims": [{"claimant": "FRE", "kind": "event", "evidence_contains": "forty boats"}],
              "revisions": [{"claimant": "FRE"}]}
    summary = Totals((score_analysis("a", expect, _analysis()),)).summary()
    assert summary["claim_recall"] == 0.0 and summary["revision_recall"] == 0.0
    assert summary["corroboration_recall"] == 1.0  # nothing expected


def test_detokenize_puts_punctuation_clitics_and_quotes_back() -> None:
    text = ('Ghana \'s envoy said : " We do n\'t accept ( any ) cut of 5 % . "\n'
            '" A second line , " he added , " quoted again . "')
    assert detokenize(text) == ('Ghana\'s envoy said: "We don\'t accept (any) cut of 5%."\n'
                                '"A second line," he added, "quoted again."')
    # a quote left open at the end of a line closes on the next one
    assert detokenize('" Open here .\nClosed there . " Then more .') == '"Open here.\nClosed there." Then more.'
    assert detokenize("Price - $ 12 , up 1-0") == "Price - $12, up 1-0"


# --- loading ---------------------------------------------------------------------------------------


def _write(path: Path, articles: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps({"version": 1, "articles": articles}), "utf-8")  # JSON is YAML
    return path


@pytest.fixture
def eval_folder(tmp_path: Path) -> Path:
    root = tmp_path / "eval"
    (root / "quotes_polnear").mkdir(parents=True)
    (root / "quotes_polnear" / "dev.jsonl").write_text(
        json.dumps({"doc_id": "pn-1", "date": "2016-05-02", "text": "A polnear text."}) + "\n", "utf-8")
    (root / "real_pages").mkdir()
    (root / "real_pages" / "ground-truth.json").write_text(
        json.dumps({"abc": {"articleBody": "A page body.", "url": "http://example.invalid/"}}), "utf-8")
    (root / "meantime_wikinews_en").mkdir()
    (root / "meantime_wikinews_en" / "dev.jsonl").write_text(
        json.dumps({"doc_id": "mt_1", "text": "A wikinews text .", "dct": {"value": "2009-03-01"}}) + "\n", "utf-8")
    (root / "ner_conll2003_test").mkdir()
    (root / "ner_conll2003_test" / "dev.jsonl").write_text(
        json.dumps({"doc_id": "conll-1", "date": "1996-12-09", "text": "Rain falls .\nIt is wet ."}) + "\n", "utf-8")
    return root


def test_load_written_and_real_articles(tmp_path: Path, eval_folder: Path) -> None:
    gold = _write(tmp_path / "g.yaml", [
        {"id": "w", "published": "2024-02-03", "text": "Written here.", "expect": {"no_conflicts": True}},
        {"id": "p", "corpus": "polnear", "doc": "pn-1", "expect": {}},
        {"id": "r", "corpus": "real_pages", "doc": "abc", "expect": {}},
        {"id": "r2", "corpus": "real_pages", "doc": "abc", "published": "2019-11-19", "expect": {}},
        {"id": "m", "corpus": "meantime", "doc": "mt_1", "expect": {}},
        {"id": "c", "corpus": "conll", "doc": "conll-1", "expect": {}},
    ])
    arts = {a.id: a for a in load_articles([gold], eval_folder)}
    assert (arts["c"].text, str(arts["c"].published)) == ("Rain falls.\nIt is wet.", "1996-12-09")
    assert (arts["w"].text, str(arts["w"].published)) == ("Written here.", "2024-02-03")
    assert (arts["p"].text, str(arts["p"].published)) == ("A polnear text.", "2016-05-02")
    assert (arts["r"].text, arts["r"].published) == ("A page body.", None)
    assert str(arts["r2"].published) == "2019-11-19"
    assert (arts["m"].text, str(arts["m"].published)) == ("A wikinews text .", "2009-03-01")
    assert arts["w"].expect == {"no_conflicts": True}


def test_missing_corpus_is_a_clear_error(tmp_path: Path, eval_folder: Path) -> None:
    gold = _write(tmp_path / "g.yaml", [{"id": "p", "corpus": "polnear", "doc": "pn-1", "expect": {}}])
    with pytest.raises(CorpusError, match="NEWSLEDGER_EVAL_DATA"):
        load_articles([gold], None)
    (eval_folder / "quotes_polnear" / "dev.jsonl").unlink()
    with pytest.raises(CorpusError, match="polnear is missing"):
        load_articles([gold], eval_folder)
    unknown = _write(tmp_path / "u.yaml", [{"id": "m", "corpus": "meantime", "doc": "nope", "expect": {}}])
    with pytest.raises(CorpusError, match="'nope' is not in corpus meantime"):
        load_articles([unknown], eval_folder)
    odd = _write(tmp_path / "o.yaml", [{"id": "x", "corpus": "elsewhere", "doc": "1", "expect": {}}])
    with pytest.raises(CorpusError, match="unknown corpus"):
        load_articles([odd], eval_folder)


def test_main_reports_a_missing_corpus_without_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSLEDGER_EVAL_DATA", raising=False)
    gold = _write(tmp_path / "g.yaml", [{"id": "p", "corpus": "polnear", "doc": "pn-1", "expect": {}}])
    assert main([str(gold)]) == 2
    assert "NEWSLEDGER_EVAL_DATA" in capsys.readouterr().err


def test_heldout_files_are_named_so() -> None:
    assert is_heldout("tests/data/contradictions/real_heldout.yaml")
    assert not is_heldout("tests/data/contradictions/written_dev.yaml")


def test_main_runs_the_pipeline_and_hides_heldout_misses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = ("Marenland's interior ministry said on Monday that 30 people died in the flooding. "
            "The Red Crescent of Marenland said at least 80 people had died.")
    art = {"id": "flood", "published": "2024-04-08", "text": text,
           "expect": {"conflicts": [{"kind": "quantity", "between": ["interior ministry", "Red Crescent"]}]}}
    dev = _write(tmp_path / "x_dev.yaml", [art])
    held = _write(tmp_path / "x_heldout.yaml", [{**art, "id": "flood-2"}])
    assert main([str(dev), str(held), "--explain"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report[str(held)]["misses"] == "held-out file: misses are not shown"
    assert isinstance(report[str(dev)]["misses"], dict)
    assert report["all"]["articles"] == 2 and report["all"]["conflicts_expected"] == 2
    assert report[str(dev)]["conflict_recall"] == report[str(held)]["conflict_recall"]


def _statement(sid: str, speaker: str | None, words: str) -> Statement:
    return Statement(sid, "indirect", _span(words), speaker, None, "said")


def _stage(gold: dict[str, Any], claims: tuple[Claim, ...] = (),
           statements: tuple[Statement, ...] = ()) -> dict[str, int]:
    analysis = Analysis(Document(TEXT), entities=ENTITIES, claims=claims, statements=statements)
    return score_analysis("a", {"claims": [gold]}, analysis).claim_misses


def test_a_missed_claim_is_put_at_the_stage_that_lost_it() -> None:
    gold = {"claimant": "SYL", "kind": "event", "polarity": "negated", "evidence_contains": "no boats landed"}
    assert _stage(gold) == {"no statement": 1}
    assert _stage(gold, statements=(_statement("s1", "e1", "no boats landed at all"),)) == {"wrong speaker": 1}
    assert _stage(gold, statements=(_statement("s1", None, "no boats landed at all"),)) == {"wrong speaker": 1}
    said = (_statement("s1", "e2", "no boats landed at all"),)
    assert _stage(gold, statements=said) == {"no claim": 1}
    other = (_claim("k1", "e2", "no boats landed at all"),)  # asserted, not negated
    assert _stage(gold, claims=other, statements=said) == {"other claim": 1}
    right = (_claim("k1", "e2", "no boats landed at all", polarity="negated"),)
    assert _stage(gold, claims=right, statements=said) == {}
    outlet = {"claimant": "@outlet", "kind": "event", "evidence_contains": "forty boats"}
    assert _stage(outlet) == {"outlet voice": 1}
    assert _stage({"claimant": "SYL", "kind": "event"}) == {"no evidence": 1}


def test_claim_misses_add_up_over_articles_in_stage_order() -> None:
    gold = {"claimant": "SYL", "kind": "event", "evidence_contains": "no boats landed"}
    said = Analysis(Document(TEXT), entities=ENTITIES, statements=(_statement("s1", "e2", "no boats landed at all"),))
    scores = (score_analysis("a", {"claims": [gold]}, said), score_analysis("b", {"claims": [gold]}, _analysis()),
              score_analysis("c", {"claims": [gold]}, _analysis()))
    assert list(Totals(scores).summary()["claim_misses"].items()) == [("no statement", 2), ("no claim", 1)]
    assert "(no claim)" in scores[0].misses[0]
