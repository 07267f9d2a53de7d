"""Text from articles on the screen: never read as console markup, shown as it was written.

rich reads a plain string as markup: ``[/]`` in a quote stopped ``analyze --format text`` and every
query table with a ``MarkupError``, and bracketed words ("[sic]", "[the minister]") vanished as
unknown styles. Each hostile piece below goes through the analysis report and every query table, and
must come out verbatim (control characters as their visible pictures).
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ is not a package

from ledger_backends import agreement_article, document, entity, find, ledger_url  # noqa: F401
from newsledger.models import Agreement, Analysis, Conflict, Event, Label, Side, Statement, TimeExpr
from newsledger.serve.cli import cli
from newsledger.serve.report import plain, render
from newsledger.store import Ledger

# Each is something rich would otherwise act on: a lone closing tag, unknown and known styles, a
# link, an emoji code, an escaped bracket, and words in brackets as editors write them.
HOSTILE = ["[/]", "[sic]", "[the minister]", "[bold red]loud[/bold red]", "[link=https://example.org]here[/link]",
           ":thumbs_up:", "\\[kept]", "[/bold]", "[#ff0000 on blue]"]
WIDE = {"COLUMNS": "2000"}  # no wrapping, so that every piece is on one line of the output


def _hostile_analysis() -> Analysis:
    body = " ".join(f'"Item {i} {h} stays," the envoy said.' for i, h in enumerate(HOSTILE))
    doc = document(body + " The envoy [/] met officials on 2024-03-01.", "Outlet [/] [sic]", "2024-03-04")
    doc = dataclasses.replace(doc, origin="[/]origin[sic].txt", title="Title [/] [the minister] :thumbs_up:")
    e1 = entity(doc, "e1", "Envoy [/] [sic]", "PERSON", "NOR", "envoy")
    e2 = entity(doc, "e2", "Officials [bold]x[/bold]", "ORG", None, "officials")
    statements = tuple(Statement(f"s{i}", "direct", find(doc, f"Item {i} {h} stays,"), "e1", "the envoy [/]", "said")
                       for i, h in enumerate(HOSTILE))
    times = (TimeExpr("t1", find(doc, "2024-03-01"), "2024-03-01", "day", "published"),)
    events = (Event("v1", "CONSULT", find(doc, "The envoy [/] met officials"), source="e1", target="e2", date="t1"),)
    agreements = (Agreement("a1", ("e1", "e2"), "water [/]", (Label("[sic] deal [/]", "e1", find(doc, "[sic]")),)),)
    conflicts = (Conflict("c1", "characterisation", "a1", (Side("e1", "[/] deal", find(doc, "[sic]")),),
                          "[/] summary [sic] :thumbs_up:"),)
    return Analysis(doc, entities=(e1, e2), statements=statements, times=times, events=events,
                    agreements=agreements, conflicts=conflicts)


def _shown(analysis: Analysis) -> str:
    console = Console(record=True, width=2000, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(render(analysis))
    console.file.close()
    return console.export_text()


def test_report_shows_every_piece_of_document_text_verbatim() -> None:
    shown = _shown(_hostile_analysis())
    for piece in HOSTILE:
        assert piece in shown, piece
    for piece in ("Title [/] [the minister] :thumbs_up:", "Envoy [/] [sic]", "Officials [bold]x[/bold]",
                  "the envoy [/]", "[sic] deal [/]", "[/] summary [sic] :thumbs_up:", "The envoy [/] met officials"):
        assert piece in shown, piece


def test_control_characters_are_shown_not_obeyed() -> None:
    """An escape sequence in an article must not recolour or move the terminal that shows it."""
    text = plain("red \x1b[31mALERT\x1b[0m bell\x07 del\x7f c1\x9b tab\tend")
    assert text.plain == "red \u241b[31mALERT\u241b[0m bell\u2407 del\u2421 c1\ufffd tab\tend"
    assert text.spans == []  # and no style came from it


def test_analyze_format_text_with_hostile_quotes(tmp_path: Path, nlp: object) -> None:
    article = tmp_path / "hostile.txt"
    quotes = " ".join(f'"We will keep item {i} {h} on the table," Norway\'s foreign minister said on Friday.'
                      for i, h in enumerate(HOSTILE))
    article.write_text("Norway and Chile met in Oslo. " + quotes)
    out = CliRunner(env=WIDE).invoke(cli, ["analyze", str(article), "--format", "text", "--published", "2024-06-07"])
    assert out.exit_code == 0, out.output
    assert out.exception is None
    for piece in HOSTILE:
        assert piece in out.stdout, piece


def test_query_tables_show_hostile_text_verbatim(ledger_url: str) -> None:  # noqa: F811  (a fixture)
    with Ledger(ledger_url) as ledger:
        ledger.add(agreement_article(
            "Chile's energy minister said [/] Santiago and Lima signed a [sic] water treaty [the minister] wanted.",
            "Santiago [/] Daily [sic]", "2024-03-04", [("Santiago", "Chile [/]", "GPE", "CHL"),
                                                   ("Lima", "Peru [sic]", "GPE", "PER")],
            ("Chile's energy minister", "Rosa [bold]Fuentes[/bold] [/]", "PERSON", "CHL"),
            "[sic] water treaty [the minister]", subject="water [/]"))
        ledger.add(agreement_article(
            "Peru's water ministry said the text agreed with Chile was a memorandum [/], nothing more.",
            "Lima :thumbs_up: Observer", "2024-03-06", [("Peru's", "Peru [sic]", "GPE", "PER"),
                                                         ("Chile", "Chile [/]", "GPE", "CHL")],
            ("Peru's water ministry", "Ministry [link=x]of[/link] Water", "ORG", "PER"), "memorandum [/]",
            subject=None))  # type: ignore[arg-type]
        db = ["--db", ledger.url.replace("postgresql+psycopg://", "postgresql://").replace("sqlite:///", "")]
    runner = CliRunner(env=WIDE)
    expected = {
        "statements": ["Rosa [bold]Fuentes[/bold] [/]", "[sic] water treaty [the minister]", "Santiago [/] Daily [sic]",
                       "Ministry [link=x]of[/link] Water", "memorandum [/]", "Lima :thumbs_up: Observer"],
        "actors": ["Rosa [bold]Fuentes[/bold] [/]", "Chile [/]", "Peru [sic]", "Ministry [link=x]of[/link] Water"],
        "agreements": ["water [/]", "[sic] water treaty [the minister]", "Santiago [/] Daily [sic]"],
        "conflicts": ["Santiago [/] Daily [sic]"],
        "search": ["Santiago [/] Daily [sic]", "[sic]", "[the minister]"],
    }
    for command, pieces in expected.items():
        args = [command, "water", *db] if command == "search" else [command, *db]
        out = runner.invoke(cli, [*args, "--format", "table"])
        assert out.exit_code == 0 and out.exception is None, (command, out.output)
        for piece in pieces:
            assert piece in out.stdout, (command, piece)


@pytest.mark.parametrize("piece", HOSTILE)
def test_plain_keeps_each_piece(piece: str) -> None:
    console = Console(record=True, width=200, file=open("/dev/null", "w"))  # noqa: SIM115
    console.print(plain(piece))
    console.file.close()
    assert console.export_text().rstrip("\n") == piece
