"""The ``newsledger`` command line. Each command parses its arguments and calls one library function."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import click

from .. import __version__
from ..errors import ConfigError, NewsledgerError
from .options import EXIT_BAD_INPUT, EXIT_CONFIG, as_click_error, iso_date, jobs_option, resolve_jobs, run_settings

if TYPE_CHECKING:
    from ..config import Settings
    from ..models import Analysis

__all__ = ["EXIT_BAD_INPUT", "EXIT_CONFIG", "cli", "main", "sample_path"]

# Heavy modules (the pipeline and spaCy, the store, rich) are imported inside the commands that use them,
# so `newsledger --help` and a typo in a command answer at once.


def _settings(config: str | None) -> Settings:
    from ..config import load_settings

    try:
        return load_settings(config)
    except NewsledgerError as exc:
        raise as_click_error(exc) from exc


def sample_path() -> str:
    """Path of the sample article bundled with the package."""
    from importlib import resources  # here, not at the top: `newsledger --help` does not need it

    return str(resources.files("newsledger").joinpath("data/sample_article.json"))


class _Commands(click.Group):
    """The command group, which answers a mistyped command with the closest ones."""

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple[str | None, click.Command | None,
                                                                             list[str]]:
        name = args[0] if args else ""
        if args and self.get_command(ctx, name) is None and not name.startswith("-"):
            import difflib

            close = difflib.get_close_matches(name.lower(), self.list_commands(ctx), n=3, cutoff=0.6)
            if close:
                raise click.UsageError(f"no command {name!r}; did you mean " + " or ".join(
                    f"`{c}`" for c in close) + "? (`newsledger --help` lists them all)", ctx)
        return super().resolve_command(ctx, args)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsledger")
def cli() -> None:
    """newsledger: turn news about international affairs into a sourced ledger.

    Who said what, who did what to whom, when, what was agreed and how each
    party describes it, and where the sources contradict each other; every
    fact points back to the characters of the article it came from.

    Exit status: 0 done; 2 bad input or usage; 3 configuration error (settings,
    vocabulary file, spaCy model, ledger URL), reported before the first document.
    """


@cli.command()
@click.argument("paths", nargs=-1, metavar="PATH...")
@click.option("--published", callback=iso_date, metavar="YYYY-MM-DD",
              help="Publication date of the input(s); overrides any date found in them.")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "text"]), default="json", show_default=True,
              help="json: one object (an array for several documents); jsonl: one object per line; "
                   "text: a readable report.")
@click.option("--sample", is_flag=True, help="Analyse the sample article bundled with newsledger.")
@click.option("--config", type=click.Path(dir_okay=False), metavar="FILE",
              help="Settings file (TOML) overriding the shipped defaults.")
@jobs_option
@click.option("--allow-private", is_flag=True,
              help="Allow URLs on private, loopback and link-local addresses (refused by default).")
def analyze(paths: tuple[str, ...], published: dt.date | None, fmt: str, sample: bool, config: str | None,
            jobs: int | None, allow_private: bool) -> None:
    """Analyse articles and print the newsledger.analysis/1 document of each, in input order.

    PATH is what `ingest` reads: a plain-text, HTML, JSON, JSON Lines, RSS/Atom
    or WARC file, a directory or glob of them, an http(s) URL, or - for standard
    input (the default when no PATH is given and input is piped). The type is
    detected from the content as well as the extension. Inputs that cannot be
    analysed are reported on standard error with the reason; the others are
    still analysed, and the exit status is then 2. A bad settings or vocabulary
    file stops the command before the first input, with exit status 3.
    """
    from contextlib import closing

    from ..models import Skipped

    inputs = list(paths) + ([sample_path()] if sample else [])
    if not inputs:
        if sys.stdin.isatty():
            raise click.UsageError("give at least one PATH, - for standard input, or --sample")
        inputs = ["-"]
    workers = resolve_jobs(jobs)
    settings = run_settings(config, workers)  # starts the workers' fork server before the pipeline is imported
    skipped: list[Skipped] = []

    from ..pipeline import analyze_paths

    render = {"jsonl": json_line, "json": json_block}.get(fmt)  # serialised where analysed (a worker, with --jobs)

    def analyses() -> Iterator[Any]:
        try:
            stream = analyze_paths(inputs, settings, published, jobs=workers, allow_private=allow_private,
                                   render=render)
            with closing(stream):  # Ctrl-C while writing stops the workers at once too
                for item in stream:
                    if isinstance(item, Skipped):
                        skipped.append(item)
                        click.echo(f"newsledger: skipped {item.origin}: {item.reason}", err=True)
                    else:
                        yield item
        except NewsledgerError as exc:
            raise as_click_error(exc) from exc

    _write(analyses(), fmt)
    if skipped:
        n = len(skipped)
        if len(inputs) > 1 or n > 1:
            click.echo(f"newsledger: {n} input(s) skipped", err=True)
        sys.exit(EXIT_BAD_INPUT)


def json_line(analysis: Analysis) -> str:
    """One analysis as a line of JSON Lines (without the newline)."""
    return json.dumps(analysis.to_dict(), ensure_ascii=False)


def json_block(analysis: Analysis) -> str:
    """One analysis as indented JSON."""
    return json.dumps(analysis.to_dict(), ensure_ascii=False, indent=2)


def _write(analyses: Iterator[Any], fmt: str) -> None:
    """Write the analyses: ``Analysis`` records for text, the strings ``json_line`` / ``json_block`` made for
    jsonl / json."""
    out = sys.stdout
    if fmt == "text":
        from rich.console import Console

        from .report import print_report

        console = Console()
        for a in analyses:
            print_report(a, console)
        return
    if fmt == "jsonl":
        for line in analyses:
            out.write(line + "\n")
            out.flush()
        return
    first = next(analyses, None)
    if first is None:
        return
    second = next(analyses, None)
    if second is None:
        out.write(first + "\n")
        return
    out.write("[\n" + first + ",\n" + second)
    for block in analyses:
        out.write(",\n" + block)
    out.write("\n]\n")


@cli.command()
@click.option("--config", type=click.Path(dir_okay=False), metavar="FILE",
              help="Settings file (TOML) overriding the shipped defaults.")
def info(config: str | None) -> None:
    """Print the resolved settings, the vocabulary files in use and the spaCy model's name and version, as JSON.

    Each vocabulary file is listed as shipped (in the package) or user (named by a setting).
    """
    from ..lexicon import files_in_use
    from ..parse import load_model, model_info

    settings = _settings(config)
    try:
        model = model_info(load_model(settings.spacy_model))
    except NewsledgerError as exc:
        raise as_click_error(exc) from exc
    vocabularies = [{"vocabulary": part, "file": path, "origin": origin}
                    for part, path, origin in files_in_use(settings)]
    click.echo(json.dumps({"newsledger": __version__, "settings": settings.to_dict(), "vocabularies": vocabularies,
                           **model}, indent=2))


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the newsledger.analysis/1 format."""
    from ..schema import load_schema

    click.echo(json.dumps(load_schema(), indent=2))


def main() -> None:
    """Entry point: an error is one line on stderr; exit status 3 for a ``ConfigError``, else 2.

    See :mod:`newsledger.serve.options` for the exit statuses.
    """
    try:
        cli.main(prog_name="newsledger", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        click.echo(f"newsledger: error: {exc.format_message()}", err=True)
        sys.exit(EXIT_CONFIG if exc.exit_code == EXIT_CONFIG else EXIT_BAD_INPUT)
    except ConfigError as exc:  # one a command did not turn into a click error: still one line, not a traceback
        click.echo(f"newsledger: error: {exc}", err=True)
        sys.exit(EXIT_CONFIG)
    except BrokenPipeError:
        sys.exit(0)


from .batch_cli import register as register_batch  # noqa: E402  (batch, load)
from .ledger_cli import register  # noqa: E402  (ledger commands: ingest, statements, events, ...)
from .web_cli import register as register_web  # noqa: E402  (serve)

register(cli)
register_batch(cli)
register_web(cli)


if __name__ == "__main__":  # pragma: no cover
    main()

