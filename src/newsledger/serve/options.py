"""What the command-line modules share: option callbacks, exit statuses, and turning errors into exits.

Exit statuses of every command:

- ``0``: done;
- ``2``: bad input or usage (an input that cannot be analysed, a malformed option value);
- ``3``: a configuration error (:class:`~newsledger.errors.ConfigError`): a bad settings file or value,
  a bad vocabulary file, a spaCy model that is not installed, a ledger URL that cannot be used.
  The run stops before the first document, with one message naming the file (and line) at fault.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ..errors import ConfigError, NewsledgerError

if TYPE_CHECKING:
    from ..config import Settings

__all__ = ["EXIT_BAD_INPUT", "EXIT_CONFIG", "ConfigFailure", "as_click_error", "iso_date", "jobs_option",
           "resolve_jobs", "run_settings"]

F = TypeVar("F", bound=Callable[..., Any])

EXIT_BAD_INPUT = 2
EXIT_CONFIG = 3  # click uses 2 for usage errors, and ``analyze`` uses it for inputs it cannot analyse


class ConfigFailure(click.ClickException):
    """A :class:`~newsledger.errors.ConfigError` at the command line: one line, exit status 3."""

    exit_code = EXIT_CONFIG


def as_click_error(exc: NewsledgerError) -> click.ClickException:
    """The command-line error for ``exc``: exit status 3 for a configuration error, else the default."""
    if isinstance(exc, ConfigError):
        return ConfigFailure(str(exc))
    return click.ClickException(str(exc))


def run_settings(config: str | None, jobs: int = 1, *, vocabularies: bool = True) -> Settings:
    """The settings of a run (``--config`` file, environment, defaults), with every vocabulary file checked.

    The vocabularies are loaded here, before any input is read, so a bad user file stops the command once
    with its file and line instead of failing every document; the pipeline reuses what was loaded. With
    ``jobs`` above 1 the workers' fork server is started first, and loads the lexicon and the model for
    the workers on another core meanwhile (:func:`~newsledger.parallel.start_fork_server`). With
    ``vocabularies`` False the caller loads them itself (``batch`` does, once its Ray workers are starting).
    """
    from ..config import load_settings
    from ..lexicon import load_lexicon

    try:
        settings = load_settings(config)
        if jobs > 1:
            from ..parallel import start_fork_server

            start_fork_server(settings)
        if vocabularies:
            load_lexicon(settings)
    except NewsledgerError as exc:
        raise as_click_error(exc) from exc
    return settings


def iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """Click callback: ``YYYY-MM-DD`` -> ``datetime.date`` (None stays None)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def jobs_option(f: F) -> F:
    """``--jobs N``: worker processes for the analysis (default: the cores this process may use)."""
    return click.option("--jobs", "-j", type=click.IntRange(1, 1024), default=None, metavar="N",
                        envvar="NEWSLEDGER_JOBS", show_envvar=True,
                        help="Worker processes that analyse documents (each loads the model once); "
                             "1 analyses in this process. Default: the number of cores.")(f)


def resolve_jobs(jobs: int | None) -> int:
    """The ``--jobs`` value, or the number of cores where it was not given."""
    from ..parallel import default_jobs

    return jobs if jobs is not None else default_jobs()
