"""End to end through the real pipeline: two outlets characterise one agreement differently.

The two articles (tests/data/ledger/, written for the project) report one
signing: the first quotes Kenya calling it a water-sharing treaty, the second
quotes Tanzania saying it is a joint declaration and not a treaty.
Ingested with the CLI, they must become one agreement record with both labels
and a cross-source conflict that ``newsledger conflicts`` lists.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package

from ledger_backends import drop_pg_schema, ledger_url, new_url  # noqa: F401
from newsledger.serve.cli import cli

DATA = Path(__file__).resolve().parents[1] / "data" / "ledger"


def _jsonl(runner: CliRunner, *args: str) -> list[dict]:
    result = runner.invoke(cli, [*args, "--format", "jsonl"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def test_two_outlets_one_agreement_one_conflict(ledger_url: str) -> None:  # noqa: F811
    runner = CliRunner()
    files = [str(DATA / "nairobi_outlet.json"), str(DATA / "dodoma_outlet.json")]
    result = runner.invoke(cli, ["ingest", *files, "--db", ledger_url, "--no-progress"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "analysed: 2" in result.output

    agreements = _jsonl(runner, "agreements", "--db", ledger_url)
    assert len(agreements) == 1, agreements
    (agreement,) = agreements
    assert agreement["documents"] == 2
    assert "Nairobi Ledger" in agreement["outlets"] and "Dodoma Courier" in agreement["outlets"]
    assert "'treaty' by Grace Wanjiru" in agreement["labels"]
    assert "'declaration' by Neema Mollel" in agreement["labels"]
    assert set(agreement["parties"].split("; ")) == {"Kenya", "Tanzania"}

    conflicts = _jsonl(runner, "conflicts", "--db", ledger_url, "--type", "characterisation")
    across = [c for c in conflicts if c["documents"] == 2]
    assert across, conflicts
    assert across[0]["about"] == agreement["agreement"]
    assert {"Nairobi Ledger", "Dodoma Courier"} <= set(across[0]["outlets"].split("; "))

    # Re-ingesting the same files adds nothing.
    again = runner.invoke(cli, ["ingest", *files, "--db", ledger_url, "--no-progress"], catch_exceptions=False)
    assert "already present: 2" in again.output
    assert len(_jsonl(runner, "agreements", "--db", ledger_url)) == 1
