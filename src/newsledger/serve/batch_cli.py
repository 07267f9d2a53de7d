"""Batch commands: ``batch`` (inputs -> Parquet on Ray) and ``load`` (Parquet -> the ledger).

Each parses its options and calls one library function of :mod:`newsledger.batch`. Registered into the
main group by :func:`register`.
"""

from __future__ import annotations

from typing import Any

import click

from ..errors import NewsledgerError
from .options import EXIT_BAD_INPUT, as_click_error, run_settings

__all__ = ["register"]


def _bar(label: str, show: bool | None) -> Any:
    from .progress import ProgressBar

    return ProgressBar(label, show)


def batch_command(cli: click.Group) -> None:
    @cli.command()
    @click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
    @click.option("--out", required=True, type=click.Path(file_okay=False), metavar="DIR",
                  help="Output folder: Parquet per record kind and shard, a completion marker per shard.")
    @click.option("--address", metavar="ADDRESS",
                  help="Ray cluster to run on (ray://head:10001, or auto inside a cluster); default: a local "
                       "Ray instance with --workers CPUs.")
    @click.option("--workers", type=click.IntRange(1, 100_000), metavar="N",
                  help="Ray actors, each holding one model (default: the cluster's CPUs).")
    @click.option("--shard-docs", type=click.IntRange(1, 10_000_000), default=200, show_default=True, metavar="N",
                  help="Records per shard of a JSON Lines or Parquet input (any other file is one shard).")
    @click.option("--config", type=click.Path(dir_okay=False), metavar="FILE",
                  help="Settings file (TOML) overriding the shipped defaults.")
    @click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: on a terminal).")
    def batch(inputs: tuple[str, ...], out: str, address: str | None, workers: int | None, shard_docs: int,
              config: str | None, progress: bool | None) -> None:
        """Analyse many inputs on a Ray cluster and write the records as Parquet, one folder per kind.

        INPUT is what `ingest` reads (JSON Lines, Parquet with a text column, WARC,
        HTML, feeds, text; directories and globs of them). JSON Lines and Parquet
        inputs are cut into shards of --shard-docs records, other files are one
        shard each. Each shard is written as documents, entities, statements,
        times, events, agreements, claims and conflicts tables (with document ids
        and character offsets) and marked done; running the same command again
        does only the shards not yet done. `newsledger load DIR` stores the result
        in the ledger. Needs Ray: pip install 'newsledger[ray]'.

        Exit status: 0 when every input was analysed; 2 when any was skipped (the
        reasons are on standard error and in DIR/skipped); 3 when Ray is missing or
        DIR holds a run over other inputs.
        """
        from ..batch import run_batch

        settings = run_settings(config, vocabularies=False)  # run_batch loads them while Ray starts its workers
        with _bar("batch", progress) as bar:

            def planned(shards: int, todo: int) -> None:
                bar.set_total(todo)
                bar.advance(0, counts=f"{shards - todo} of {shards} shards done before")

            def done(marker: dict[str, Any]) -> None:
                bar.advance(counts=f"{marker['path']}")

            try:
                summary = run_batch(inputs, out, settings, address=address, workers=workers, shard_docs=shard_docs,
                                    progress=done, on_plan=planned)
            except NewsledgerError as exc:
                raise as_click_error(exc) from exc
        for origin, reason, _kind in summary.skips:
            click.echo(f"newsledger: skipped {origin}: {reason}", err=True)
        click.echo(f"shards: {summary.shards} ({summary.already_done} done before, {summary.done} now, "
                   f"on {summary.workers} workers)")
        click.echo(f"documents: {summary.documents}")
        click.echo(f"skipped: {summary.skipped}")
        if summary.skipped:
            raise SystemExit(EXIT_BAD_INPUT)


def load_command(cli: click.Group) -> None:
    from .ledger_cli import _db_option, _open

    @cli.command()
    @click.argument("folder", type=click.Path(exists=True, file_okay=False), metavar="DIR")
    @_db_option
    @click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: on a terminal).")
    def load(folder: str, db: str | None, progress: bool | None) -> None:
        """Store the Parquet of a `newsledger batch` run in the ledger, linked across documents.

        Every completed shard of DIR is loaded in input order, each document in its
        own transaction, with the cross-document linking `ingest` does (copies,
        actors, events, agreements, claims, conflicts across sources). Documents
        already in the ledger are left alone, so loading again adds nothing twice.
        """
        from ..batch import load_batch

        with _open(db, must_exist=False) as ledger, _bar("load", progress) as bar:
            try:
                summary = load_batch(folder, ledger, progress=lambda what, origin: bar.advance())
            except NewsledgerError as exc:
                raise as_click_error(exc) from exc
        click.echo(f"shards: {summary.shards}" + (f" ({summary.unfinished} not finished: not loaded)"
                                                   if summary.unfinished else ""))
        click.echo(f"analysed: {summary.analysed}")
        click.echo(f"linked as copies: {summary.copies}")
        click.echo(f"already present: {summary.present}")
        if summary.refused:
            click.echo(f"refused: {summary.refused}")
            raise SystemExit(EXIT_BAD_INPUT)


def register(cli: click.Group) -> None:
    """Add ``batch`` and ``load`` to the ``newsledger`` group."""
    batch_command(cli)
    load_command(cli)
