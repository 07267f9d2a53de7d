"""Ledger commands over whole records: ``show`` (one stored document) and ``export`` (a whole table).

Registered into the main group by :func:`register`, after the query commands.
"""

from __future__ import annotations

import json
import sys

import click

from .ledger_cli import _db_option, _open

__all__ = ["register"]

EXPORT_FORMATS = ["csv", "jsonl", "parquet"]
# The kinds of ``store.export.KINDS`` (a test checks they agree), named here so that `--help` needs no SQLAlchemy.
EXPORT_KINDS = ["documents", "entities", "mentions", "statements", "times", "events", "agreements", "claims",
                "conflicts", "actors"]


def show_command(cli: click.Group) -> None:
    @cli.command()
    @click.argument("doc_id", metavar="DOC_ID")
    @_db_option
    @click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
                  help="text: a readable report, as `analyze --format text`; json: the newsledger.analysis/1 "
                       "document.")
    def show(doc_id: str, db: str | None, fmt: str) -> None:
        """Print a stored document with its records (entities, statements, events, agreements, claims,
        conflicts), as `analyze` printed it when it was ingested.

        DOC_ID is a document id as the query commands print it (doc-...).
        """
        with _open(db, must_exist=True) as ledger:
            analysis = ledger.get(doc_id.strip())
        if analysis is None:
            raise click.ClickException(f"no document {doc_id!r} in the ledger at {ledger.where}; "
                                       "`newsledger search` finds documents by their words")
        if fmt == "json":
            click.echo(json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2))
            return
        from rich.console import Console

        from .report import print_report

        print_report(analysis, Console())


def export_command(cli: click.Group) -> None:
    @cli.command()
    @click.argument("kind", type=click.Choice(EXPORT_KINDS), metavar="KIND")
    @_db_option
    @click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="jsonl", show_default=True,
                  help="csv (lists joined with '; '), jsonl or parquet (lists kept as lists).")
    @click.option("--out", "--output", "-o", "out", type=click.Path(dir_okay=False), metavar="FILE",
                  help="Write to FILE instead of standard output (required for parquet).")
    def export(kind: str, db: str | None, fmt: str, out: str | None) -> None:
        """Write every record of KIND, streamed, with its provenance.

        KIND is documents, entities, mentions, statements, times, events, agreements, claims,
        conflicts (one row per side) or actors. Every row of a per-document kind carries the
        document id, URL, outlet and publication date, and the start and end offsets and text of
        its evidence. The whole table is written, whatever its size, in constant memory. Columns
        and their GDELT equivalents: docs/EXPORT.md.
        """
        from ..errors import QueryError
        from ..store.export import write_export
        from .ledger_cli import _check_output

        _check_output(fmt, out)
        with _open(db, must_exist=True) as ledger, ledger.read() as conn:
            try:
                n = write_export(conn, kind, fmt, out if out is not None else sys.stdout)
            except QueryError as exc:
                raise click.ClickException(str(exc)) from exc
            except OSError as exc:
                if out is None or isinstance(exc, BrokenPipeError):
                    raise
                raise click.ClickException(f"cannot write {out}: {exc.strerror or exc}") from exc
        if out is not None:
            click.echo(f"newsledger: wrote {n:,} {kind} rows to {out}", err=True)


def register(cli: click.Group) -> None:
    """Add ``show`` and ``export`` to the ``newsledger`` group."""
    show_command(cli)
    export_command(cli)
