"""Progress display for long commands (``ingest``, ``batch``, ``load``): honest about what is known.

On a terminal, a rich bar: with the total known, ``done/total``, the time elapsed and an ETA; without it,
a plain counter and the time elapsed (no invented percentage, no ETA). Off a terminal nothing is drawn
unless ``--progress`` asks for it, and then plain lines (no cursor codes in a log file): one per tenth
of a known total, one per ``PLAIN_EVERY`` items otherwise, and one at the end.
"""

from __future__ import annotations

import datetime as dt
import sys
from types import TracebackType
from typing import IO, Any

__all__ = ["PLAIN_EVERY", "ProgressBar"]

PLAIN_EVERY = 100


def _columns(label: str) -> list[Any]:
    from rich.progress import BarColumn, ProgressColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
    from rich.text import Text

    class Count(ProgressColumn):
        """``12/300`` with a known total, ``12`` without."""

        def render(self, task: Any) -> Text:
            done = int(task.completed)
            return Text(f"{done:,}/{int(task.total):,}" if task.total is not None else f"{done:,}")

    class Eta(ProgressColumn):
        """``eta 0:01:20`` once the total is known and a rate measured; nothing otherwise."""

        def render(self, task: Any) -> Text:
            left = task.time_remaining if task.total is not None else None
            return Text("" if left is None else f"eta {dt.timedelta(seconds=int(left))}")

    return [SpinnerColumn(), TextColumn(f"[bold]{label}[/]"), BarColumn(bar_width=None), Count(),
            TextColumn("{task.fields[counts]}"), TimeElapsedColumn(), Eta()]


class ProgressBar:
    """One task's progress: ``with ProgressBar("ingest", show) as bar: bar.advance(counts="...")``.

    ``show`` None means "on a terminal only" (standard error); True forces it (plain lines off a terminal),
    False turns it off. ``stream`` and ``terminal`` replace standard error and its check (tests).
    """

    def __init__(self, label: str, show: bool | None, total: int | None = None, *,
                 stream: IO[str] | None = None, terminal: bool | None = None, get_time: Any = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.terminal = self.stream.isatty() if terminal is None else terminal
        self.on = self.terminal if show is None else show
        self.total = total
        self.done = 0
        self.counts = ""
        self._rich: Any = None
        self._task: Any = None
        self._printed = 0  # the last tenth (or hundred) a plain line was written for
        self._written: int | None = None  # the count the last plain line showed
        if self.on and self.terminal:
            from rich.console import Console
            from rich.progress import Progress

            extra = {"get_time": get_time} if get_time is not None else {}
            console = Console(file=self.stream, force_terminal=True)
            self._rich = Progress(*_columns(label), console=console, transient=True, **extra)
            self._task = self._rich.add_task(label, total=total, counts="")

    def __enter__(self) -> ProgressBar:
        if self._rich is not None:
            self._rich.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()

    def set_total(self, total: int | None) -> None:
        """The total, once it is known (``batch`` learns it after planning its shards)."""
        self.total = total
        if self._rich is not None:
            self._rich.update(self._task, total=total)

    def advance(self, step: int = 1, counts: str | None = None) -> None:
        """``step`` more items done; ``counts`` replaces the text beside the counter."""
        self.done += step
        if counts is not None:
            self.counts = counts
        if self._rich is not None:
            self._rich.update(self._task, advance=step, counts=self.counts)
        elif self.on:
            mark = self.done * 10 // self.total if self.total else self.done // PLAIN_EVERY
            if mark > self._printed:
                self._printed = mark
                self._line()

    def _line(self) -> None:
        done = f"{self.done:,}/{self.total:,}" if self.total is not None else f"{self.done:,}"
        self._written = self.done
        self.stream.write(f"{self.label}: {done}" + (f" ({self.counts})" if self.counts else "") + "\n")
        self.stream.flush()

    def stop(self) -> None:
        """Take the bar off the screen (or write the last plain line); safe to call twice."""
        if self._rich is not None:
            self._rich.stop()
            self._rich = None
        elif self.on and self._written != self.done:
            self._line()
