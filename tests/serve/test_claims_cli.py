"""``newsledger claims`` and the claims part of ``newsledger conflicts``: filters, formats, escaping, errors."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package

from claims_articles import quantity_article, two_sided_article
from ledger_backends import document, entity, find
from newsledger.compare import Context, Finding
from newsledger.models import Analysis, Claim, Event
from newsledger.serve.cli import cli
from newsledger.store import Ledger


def _disjoint(a: Claim, b: Claim, context: Context) -> Finding | None:
    """Two figures that cannot both be right contradict (enough for the command's plumbing)."""
    if a.value and b.value and a.value.high is not None and b.value.low is not None and a.value.high < b.value.low:
        return Finding("conflict", "quantity", 0.65, f"{context.name(a.claimant)} against {context.name(b.claimant)}")
    return None


def _raid_article() -> Analysis:
    text = "Border guards of Kaldovia said they had not shelled the village of Rusk, contrary to [bold]rumours[/bold]."
    doc = document(text, "Frontier [red]Herald", "2021-09-12")
    ents = (entity(doc, "e1", "Kaldovian Border Guard", "ORG", "KLD", "Border guards of Kaldovia"),
            entity(doc, "e2", "Rusk", "GPE", "KLD"))
    ev = Event("v1", "ASSAULT", find(doc, "shelled the village"), source="e1", target="e2", polarity="negated")
    claim = Claim("c1", "event", "ASSAULT", find(doc, "had not shelled the village of Rusk"), "e1",
                  (("agent", "e1"), ("target", "e2")), polarity="negated", event="v1")
    return Analysis(doc, entities=ents, events=(ev,), claims=(claim,))


@pytest.fixture
def claims_db(tmp_path: Path) -> list[str]:
    db = str(tmp_path / "claims.db")
    with Ledger(db, compare=_disjoint) as ledger:
        ledger.add(two_sided_article())
        ledger.add(_raid_article())
        where = ("the Tamsin quarry", "Tamsin Quarry", "LOC", "FRA")
        ledger.add(quantity_article("Mine rescuers said 4 people died in the rockfall at the Tamsin quarry.",
                                    "Alpine Daily", "2020-01-10", ("Mine rescuers", "Tamsin Mine Rescue", "ORG", "FRA"),
                                    where, "4 people died", 4, 4))
        ledger.add(quantity_article("A miners' guild said 19 people died in the rockfall at the Tamsin quarry.",
                                    "Valley Courier", "2020-01-11", ("A miners' guild", "Quarry Miners Guild", "ORG",
                                                                     None), where, "19 people died", 19, 19))
    return ["--db", db]


def _jsonl(args: list[str]) -> list[dict[str, object]]:
    out = CliRunner().invoke(cli, [*args, "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    return [json.loads(line) for line in out.output.splitlines() if line]


def test_claims_filters(claims_db: list[str]) -> None:
    everything = _jsonl(["claims", *claims_db])
    assert len(everything) == 7
    assert [r["date"] for r in everything] == sorted((r["date"] for r in everything), reverse=True)
    by_guild = _jsonl(["claims", *claims_db, "--claimant", "miners guild"])
    assert [(r["claimant"], r["value"], r["arguments"]) for r in by_guild] == [
        ("Quarry Miners Guild", "19 deaths", "location=Tamsin Quarry")]
    assert {r["claimant"] for r in _jsonl(["claims", *claims_db, "--actor", "Tamsin Quarry"])} == {
        "Quarry Miners Guild", "Tamsin Mine Rescue"}
    raid = _jsonl(["claims", *claims_db, "--event-type", "assault"])
    assert {(r["document"], r["claim"], r["polarity"]) for r in raid} == {
        (_raid_article().document.id, "c1", "negated"), (two_sided_article().document.id, "c4", "negated")}
    causes = _jsonl(["claims", *claims_db, "--kind", "cause"])
    assert sorted(r["predicate"] for r in causes) == ["accident", "sabotage"]
    recent = two_sided_article().document.id
    assert _jsonl(["claims", *claims_db, "--since", "2022-01-01", "--kind", "quantity"]) == [
        r for r in _jsonl(["claims", *claims_db, "--kind", "quantity"]) if r["document"] == recent]
    assert len(_jsonl(["claims", *claims_db, "--until", "2020-01-10"])) == 1


def test_claims_csv_and_escaped_table(claims_db: list[str]) -> None:
    out = CliRunner().invoke(cli, ["claims", *claims_db, "--format", "csv", "--kind", "event"])
    assert out.exit_code == 0, out.output
    rows = list(csv.DictReader(io.StringIO(out.output)))
    assert {r["predicate"] for r in rows} == {"ASSAULT"}
    table = CliRunner(env={"COLUMNS": "2000"}).invoke(cli, ["claims", *claims_db, "--claimant", "Kaldovian"])
    assert table.exit_code == 0, table.output
    assert "Frontier [red]Herald" in table.output  # document text is shown, never read as console markup
    conflicts = CliRunner(env={"COLUMNS": "2000"}).invoke(cli, ["conflicts", *claims_db, "--type", "quantity"])
    assert "Tamsin Mine Rescue: deaths: 4 [doc-" in conflicts.output


def test_conflicts_show_confidence_and_both_sides(claims_db: list[str]) -> None:
    found = {c["kind"]: c for c in _jsonl(["conflicts", *claims_db])}
    inside, across = found["cause"], found["quantity"]
    assert inside["scope"] == "document" and inside["confidence"] == 0.7
    assert [s["claim_id"] for s in inside["sides"]] == ["c1", "c2"]
    assert across["scope"] == "ledger" and across["confidence"] == 0.65 and across["documents"] == 2
    assert [(s["claimant"], s["claim"]) for s in across["sides"]] == [("Tamsin Mine Rescue", "deaths: 4"),
                                                                         ("Quarry Miners Guild", "deaths: 19")]
    for s in across["sides"]:
        assert s["evidence"].endswith("people died") and s["end"] - s["start"] == len(s["evidence"])
    out = CliRunner().invoke(cli, ["conflicts", *claims_db, "--format", "csv", "--type", "quantity"])
    (row,) = list(csv.DictReader(io.StringIO(out.output)))
    assert row["confidence"] == "0.65" and "Quarry Miners Guild: deaths: 19 [doc-" in row["sides"]


@pytest.mark.parametrize("option", ["--claimant", "--event-type", "--kind", "--actor"])
def test_over_long_claims_filter_is_one_line(claims_db: list[str], option: str) -> None:
    out = CliRunner().invoke(cli, ["claims", option, "k" * 1001, *claims_db])
    assert out.exit_code != 0 and isinstance(out.exception, SystemExit), out.output
    assert len(out.output.strip().splitlines()) == 1 and option in out.output and "1,001 characters" in out.output


def test_claims_command_has_help() -> None:
    out = CliRunner().invoke(cli, ["claims", "--help"])
    assert out.exit_code == 0 and "--claimant" in out.output and "--event-type" in out.output
