"""Ledger commands: ``ingest`` and the queries (``statements``, ``events``, ``agreements``,
``claims``, ``conflicts``, ``actors``, ``search``). Each parses its options and calls one library function.

Registered into the main group by :func:`register`.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ..errors import ConfigError, NewsledgerError
from .options import EXIT_BAD_INPUT, as_click_error, iso_date, jobs_option, resolve_jobs, run_settings

if TYPE_CHECKING:
    from ..store import Ledger
    from ..store.queries import Filters

# The store (SQLAlchemy), rich and pyarrow are imported inside the commands, so `newsledger --help` stays quick.

__all__ = ["register"]

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = ["table", "jsonl", "csv", "parquet"]
# Shown under every query command's options (the limit is ``queries.MAX_PATTERN_CHARS``).
LIMITS = ("Name parts, codes, types, outlets and words are at most 1,000 characters each; "
          "full-text words (search, statements --text) need at least one letter or digit.")


def _db_option(f: F) -> F:
    return click.option("--db", metavar="PATH|URL", envvar="NEWSLEDGER_DB", show_envvar=True,
                        help="Ledger: an SQLite file (default ./newsledger.db) or a postgresql:// URL.")(f)


def _open(db: str | None, must_exist: bool) -> Ledger:
    """Open the ledger: for ``ingest`` creating or migrating it; for the queries (``must_exist``) read-only.

    A query never creates, migrates or writes: a missing file, another application's database or an
    older ledger is one line and exit status 3, with the database unchanged.
    """
    from ..store import Ledger

    try:
        return Ledger(db, read_only=must_exist)
    except NewsledgerError as exc:
        raise as_click_error(exc) from exc
    except Exception as exc:  # a database that cannot be reached: one line, not a traceback
        if type(exc).__module__.startswith(("sqlalchemy", "psycopg")):
            raise click.ClickException(f"cannot open the ledger: {str(exc).splitlines()[0]}") from exc
        raise


def ingest_command(cli: click.Group) -> None:
    @cli.command()
    @click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
    @_db_option
    @click.option("--published", callback=iso_date, metavar="YYYY-MM-DD",
                  help="Publication date of every input; overrides any date found in them.")
    @click.option("--allow-private", is_flag=True,
                  help="Allow URLs on private, loopback and link-local addresses (refused by default).")
    @click.option("--config", type=click.Path(dir_okay=False), metavar="FILE",
                  help="Settings file (TOML) overriding the shipped defaults.")
    @click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: on a terminal).")
    @jobs_option
    def ingest(sources: tuple[str, ...], db: str | None, published: dt.date | None, allow_private: bool,
               config: str | None, progress: bool | None, jobs: int | None) -> None:
        """Analyse articles and store them, linked, in the ledger.

        SOURCE is a file (plain text, HTML, JSON, JSON Lines, RSS/Atom feed, WARC or
        WARC.gz), a directory or glob of them, or an http(s) URL of an article or feed.
        Content already in the ledger is not analysed again; near-duplicate copies are
        stored and linked to the first version. Inputs that cannot be read are skipped
        with the reason, and the run goes on. Documents are analysed in --jobs worker
        processes and stored by one writer, in input order; each is committed on its own,
        so an interrupted run (Ctrl-C included) can simply be started again.

        Exit status: 0 when every input was stored or already present; 2 when any
        input was skipped (the others are stored, the reasons are on standard
        error), as `analyze`; 3 for a bad settings file or ledger URL.
        """
        from ..ingest.sources import count_records
        from .progress import ProgressBar

        workers = resolve_jobs(jobs)
        # A bad settings or vocabulary file stops here, before the ledger opens; the workers' fork server starts.
        settings = run_settings(config, workers)
        from ..store.load import ingest_sources

        counts = {"analysed": 0, "copy": 0, "present": 0, "skipped": 0}
        bar = ProgressBar("ingest", progress)
        if bar.on:  # the total (files, JSON Lines records) where it is known without parsing: a bar with an ETA
            bar.set_total(count_records(sources))
        with _open(db, must_exist=False) as ledger, bar:

            def note(what: str, origin: str) -> None:
                counts[what] += 1
                bar.advance(counts=(
                    f"{counts['analysed'] + counts['copy']} analysed, {counts['copy']} copies, "
                    f"{counts['present']} present, {counts['skipped']} skipped"))

            try:
                summary = ingest_sources(sources, ledger, settings, published=published,
                                         allow_private=allow_private, progress=note, jobs=workers)
            except ConfigError as exc:  # a model that cannot be loaded: one line and exit status 3
                bar.stop()
                raise as_click_error(exc) from exc
            except KeyboardInterrupt:
                bar.stop()
                click.echo("newsledger: interrupted; documents stored so far are kept, run again to continue",
                           err=True)
                raise
        for s in summary.skipped:
            click.echo(f"newsledger: skipped {s.origin}: {s.reason}", err=True)
        click.echo(f"analysed: {summary.analysed}")
        click.echo(f"linked as copies: {summary.copies}")
        click.echo(f"already present: {summary.present}")
        reasons = ", ".join(f"{k} {v}" for k, v in summary.skipped_by_kind.items())
        click.echo(f"skipped: {len(summary.skipped)}" + (f" ({reasons})" if reasons else ""))
        if summary.skipped:  # a partial failure that scripts can see
            sys.exit(EXIT_BAD_INPUT)


ACTOR_HELP = "an actor id as `actors` prints it (act-...), part of an actor's name, or an ISO 3166 alpha-3 code (IRN)"


def _deprecated_source(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``--source``, the outlet filter's old name: still read for one release, with a warning."""
    if value is not None:
        click.echo("newsledger: warning: --source is deprecated and will be removed; it is the outlet, now "
                   "--outlet (an event's source actor is --from)", err=True)
    return value


def _query_options(f: F) -> F:
    options = [
        click.option("--actor", help=f"The actor: {ACTOR_HELP}."),
        click.option("--country", help="ISO 3166 alpha-3 code of the actor's country."),
        click.option("--since", callback=iso_date, metavar="YYYY-MM-DD", help="On or after this date."),
        click.option("--until", callback=iso_date, metavar="YYYY-MM-DD", help="On or before this date."),
        click.option("--outlet", help="Part of the outlet's name (the publication the article appeared in)."),
        click.option("--source", "old_source", hidden=True, callback=_deprecated_source, expose_value=True,
                     help="Deprecated name of --outlet."),
        click.option("--limit", type=click.IntRange(1, 100_000), default=50, show_default=True,
                     help="At most this many rows, newest first (a warning says when more match; "
                          "`newsledger export` writes them all)."),
        click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                     help="Output: a table, JSON Lines, CSV or Parquet."),
        click.option("--output", "-o", type=click.Path(dir_okay=False), metavar="FILE",
                     help="Write to FILE instead of standard output (required for parquet)."),
        _db_option,
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _filters(old_source: str | None = None, **given: Any) -> Filters:
    """The query's filters from the command's options (``--source`` read as ``--outlet``)."""
    from ..store.queries import Filters

    if old_source is not None and given.get("outlet") is None:
        given["outlet"] = old_source
    return Filters(**given)


def _check_output(fmt: str, output: str | None) -> None:
    """Refuse, before the ledger is read, an output the rows could not be written to."""
    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet needs --output FILE")
    if output is not None:
        folder = Path(output).parent
        if not folder.is_dir():
            raise click.ClickException(f"cannot write {output}: the folder {folder} does not exist")


def _write(command: str, rows: Sequence[dict[str, Any]], fmt: str, output: str | None) -> None:
    try:
        _write_rows(command, rows, fmt, output)
    except OSError as exc:  # unwritable, disk full, removed meanwhile: one line, not a traceback
        if output is None or isinstance(exc, BrokenPipeError):
            raise
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc


def _write_rows(command: str, rows: Sequence[dict[str, Any]], fmt: str, output: str | None) -> None:
    from ..store.queries import COLUMNS, sides_text

    columns = COLUMNS[command]
    rows = [{c: r.get(c) for c in columns} for r in rows]
    if fmt != "jsonl":  # a conflict's sides are a list: one line per side in a cell
        rows = [{c: sides_text(v) if isinstance(v, list) else v for c, v in r.items()} for r in rows]
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist(rows) if rows else pa.table({c: pa.array([], pa.string()) for c in columns})
        pq.write_table(table, output)
        return
    stream = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout  # noqa: SIM115
    try:
        if fmt == "jsonl":
            for r in rows:
                stream.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        elif fmt == "csv":
            writer = csv.DictWriter(stream, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)
        else:
            from .tables import print_rows

            print_rows(command, rows, stream)
    finally:
        if output:
            stream.close()


def _run_query(command: str, db: str | None, filters: Filters, fmt: str, output: str | None) -> None:
    from ..errors import QueryError
    from ..store.queries import COMMANDS, check_filters

    try:
        check_filters(command, filters)
    except QueryError as exc:
        raise as_click_error(exc) from exc
    _check_output(fmt, output)
    # One row more than asked tells whether the limit cut the answer.
    with _open(db, must_exist=True) as ledger, ledger.read() as conn:
        rows = COMMANDS[command](conn, replace(filters, limit=filters.limit + 1))
    if len(rows) > filters.limit:
        rows = rows[:filters.limit]
        click.echo(f"newsledger: warning: showing the first {filters.limit:,} {command} rows; more match "
                   f"(raise --limit, or write them all with `newsledger export`)", err=True)
    _write(command, rows, fmt, output)


_HELP = {
    "statements": ("Who said what: statements, newest first.", "Statement kind: direct, partial or indirect."),
    "events": ("Who did what to whom: PLOVER events with their CAMEO code, QuadClass and intensity, each linked to "
               "the one real-world event it reports; --from and --to select a dyad.",
               "PLOVER event type (ASSAULT, AGREE, ...)."),
    "agreements": ("Agreements across the ledger, with every party's label for each and every source.",
                   "A document type (treaty, agreement, ceasefire, protocol, framework, memorandum, declaration, "
                   "generic) or part of a label."),
    "conflicts": ("Contradictions, within one article and across articles and outlets.",
                  "Conflict kind: characterisation, existence, stance, fact, quantity, cause, status or "
                  "acceptance."),
    "actors": ("Actors across the ledger, most reported first.", "Entity type (PERSON, ORG, GPE, ...)."),
}


def _query_command(cli: click.Group, name: str) -> None:
    summary, type_help = _HELP[name]

    @_query_options
    @click.option("--type", "type_", help=type_help)
    @click.option("--text", help="Words to find (statements: full-text; others: part of the text).")
    def command(type_: str | None, text: str | None, fmt: str, output: str | None, db: str | None,
                **filters: Any) -> None:
        _run_query(name, db, _filters(type=type_, text=text, **filters), fmt, output)

    if name == "events":
        command = click.option("--to", "to_actor", help=f"The target actor (a dyad's second side): {ACTOR_HELP}.")(
            command)
        command = click.option("--from", "from_actor", help=f"The source actor (a dyad's first side): {ACTOR_HELP}.")(
            command)
    command.__doc__ = summary
    if name != "actors":
        cli.command(name=name, help=summary, epilog=LIMITS)(command)
        return

    # `newsledger actors [filters]` queries; `newsledger actors import FILE` adds the user's people list.
    def group(**options: Any) -> None:
        if click.get_current_context().invoked_subcommand is None:
            command(**options)

    group.__click_params__ = command.__click_params__  # type: ignore[attr-defined]
    actors_group = cli.group(name=name, help=summary + " Subcommand: `actors import FILE` (a people list, or a "
                             "PETRARCH dictionary).",
                             epilog=LIMITS, invoke_without_command=True)(group)
    actors_group.add_command(import_people)


@click.command(name="import")
@click.argument("path", metavar="FILE", type=click.Path(dir_okay=False, exists=True))
@click.option("--format", "fmt", type=click.Choice(["auto", "csv", "petrarch"]), default="auto", show_default=True,
              help="csv: a people list; petrarch: a TABARI/PETRARCH actor dictionary; auto: petrarch for a .txt "
                   "file, else csv.")
@click.option("--config", type=click.Path(dir_okay=False), metavar="FILE",
              help="Settings file; its people_file and actors_file (if set) are where the lists are kept.")
def import_people(path: str, fmt: str, config: str | None) -> None:
    """Keep a list of people (and, from a dictionary, bodies) as yours; it is read before the shipped lists.

    A CSV has the columns name, aliases, country, sector, role, start, end: aliases '|'-separated, country an
    ISO 3166-1 alpha-3 code, sector a CAMEO agent code (GOV, MIL, ...), start and end YYYY-MM-DD or empty; one
    row per office, so a person who changed office has several rows. A TABARI/PETRARCH actor dictionary
    ("NAME [CODE]" lines, date-restricted codes, "+" spellings) gives people (dated codes, or a name after a
    title) and bodies and other names of countries (undated codes).

    The people list is kept at the setting people_file, else ~/.config/newsledger/people.csv; a dictionary's
    bodies at actors_file, else ~/.config/newsledger/actors.tsv. Each import replaces the lists it writes. A bad
    row stops the import with its line number; nothing is kept then.
    """
    from ..config import default_actors_file, default_people_file, load_settings
    from ..lexicon.people import read_user_people

    try:
        settings = load_settings(config)
        people_target = Path(settings.people_file).expanduser() if settings.people_file else default_people_file()
        if fmt == "petrarch" or (fmt == "auto" and Path(path).suffix.lower() == ".txt"):
            actors_target = (Path(settings.actors_file).expanduser() if settings.actors_file
                             else default_actors_file())
            _import_dictionary(path, people_target, actors_target)
            return
        rows = read_user_people(path)
    except NewsledgerError as exc:
        raise as_click_error(exc) from exc
    if people_target.resolve() != Path(path).resolve():
        people_target.parent.mkdir(parents=True, exist_ok=True)
        tmp = people_target.with_name(people_target.name + ".tmp")
        shutil.copyfile(path, tmp)
        tmp.replace(people_target)
    people = len({name.casefold() for _, name, _, _ in rows})
    click.echo(f"newsledger: imported {len(rows):,} rows ({people:,} people) into {people_target}", err=True)


def _import_dictionary(path: str, people_target: Path, actors_target: Path) -> None:
    """Write a TABARI/PETRARCH dictionary as the user's people list and actor vocabulary, each checked by its
    reader before it replaces the file it is kept in."""
    from ..lexicon.actors import load_actor_vocabulary
    from ..lexicon.people import read_user_people
    from ..lexicon.tabari import read_actor_dictionary, title_stripper, write_user_files

    vocab = load_actor_vocabulary(None)
    records = read_actor_dictionary(path)
    if not records:
        raise click.ClickException(f"{path}: no entry with a code (NAME [CODE] lines); nothing imported")
    for target in (people_target, actors_target):
        target.parent.mkdir(parents=True, exist_ok=True)
    people_tmp = people_target.with_name(people_target.name + ".tmp")
    actors_tmp = actors_target.with_name(actors_target.name + ".tmp")
    try:
        counts = write_user_files(records, people_tmp, actors_tmp, set(vocab.country_names), title_stripper(vocab))
        read_user_people(people_tmp)
        load_actor_vocabulary(str(actors_tmp))
    except (NewsledgerError, OSError) as exc:
        people_tmp.unlink(missing_ok=True)
        actors_tmp.unlink(missing_ok=True)
        raise click.ClickException(f"{path}: {exc}; nothing imported") from exc
    people_tmp.replace(people_target)
    actors_tmp.replace(actors_target)
    click.echo(f"newsledger: imported {counts.people:,} people ({counts.people_rows:,} rows) into {people_target} "
               f"and {counts.forms:,} names of bodies and countries into {actors_target}; "
               f"{counts.skipped:,} entries without a usable code left out", err=True)


def claims_command(cli: click.Group) -> None:
    @cli.command(epilog=LIMITS)
    @_query_options
    @click.option("--claimant", help=f"The claimant (a ledger actor): {ACTOR_HELP}.")
    @click.option("--event-type", "event_type", help="PLOVER event type the claim is about (ASSAULT, AGREE, ...).")
    @click.option("--kind", help="Claim kind: event, quantity, cause, status, acceptance or characterisation.")
    @click.option("--text", help="Part of the claim's evidence.")
    def claims(fmt: str, output: str | None, db: str | None, **filters: Any) -> None:
        """Who claims what about whom: claims, newest first (--actor: the claimant or an argument)."""
        _run_query("claims", db, _filters(**filters), fmt, output)


def search_command(cli: click.Group) -> None:
    @cli.command(epilog=LIMITS)
    @click.argument("words", nargs=-1, required=True)
    @_query_options
    @click.option("--rank", is_flag=True, help="Most relevant first (the database's own ranking), not newest.")
    def search(words: tuple[str, ...], fmt: str, output: str | None, db: str | None, **filters: Any) -> None:
        """Find documents by their words (full-text), most recently stored first.

        All the WORDS are required; "a phrase" in quotes matches its words in order; OR between
        two words matches either; NOT word (or -word) excludes it; word* matches words starting
        with it. Words match by their stem ("plans" finds "planned"), the same on SQLite and
        PostgreSQL. Each row has a snippet with the found words in [brackets] and a score.
        """
        _run_query("search", db, _filters(text=" ".join(words), **filters), fmt, output)


def register(cli: click.Group) -> None:
    """Add the ledger commands to the ``newsledger`` group."""
    ingest_command(cli)
    for name in _HELP:
        _query_command(cli, name)
    claims_command(cli)
    search_command(cli)
    from .records_cli import register as register_records

    register_records(cli)
