"""Query rows on a screen: a table where it fits, else a plain layout that any width or pager can read.

A rich table squeezed into 80 columns (a pipe, a narrow terminal) folds every cell into a column of
a few letters. So a table is drawn only on a terminal wide enough for its columns (all of them, or
the command's shorter list in ``queries.TABLE_COLUMNS``); elsewhere each row is printed as
``column: value`` lines, one block per row, as ``psql``'s expanded display does. Text from documents
goes through :func:`~newsledger.serve.report.plain` either way: never read as markup or escape codes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO, Any

from rich.console import Console
from rich.table import Table

from .report import plain

__all__ = ["MIN_COLUMN_WIDTH", "print_rows"]

MIN_COLUMN_WIDTH = 12  # characters a table column needs to stay readable


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def print_rows(command: str, rows: Sequence[dict[str, Any]], stream: IO[str]) -> None:
    """``rows`` of ``command`` as a table on a wide terminal, else in the plain layout."""
    from ..store.queries import COLUMNS, TABLE_COLUMNS

    console = Console(file=stream)
    columns = COLUMNS[command]
    if console.is_terminal and console.width < MIN_COLUMN_WIDTH * len(columns):
        columns = TABLE_COLUMNS[command]
    if not console.is_terminal or console.width < MIN_COLUMN_WIDTH * len(columns):
        print_plain(command, rows, COLUMNS[command], stream)
        return
    table = Table(title=f"{command} ({len(rows)})", show_lines=False)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:  # text from documents, shown verbatim: never read as console markup
        table.add_row(*(plain(_cell(r.get(c))) for c in columns))
    console.print(table)


def print_plain(command: str, rows: Sequence[dict[str, Any]], columns: Sequence[str], stream: IO[str]) -> None:
    """Each row as ``column: value`` lines (a value's further lines indented), empty values left out."""
    stream.write(f"{command} ({len(rows)})\n")
    width = max(map(len, columns), default=0)
    for i, r in enumerate(rows, 1):
        stream.write(f"\n-[ {i} ]-\n")
        for c in columns:
            value = _cell(r.get(c))
            if value == "":
                continue
            shown = plain(value).plain.replace("\n", "\n" + " " * (width + 2))
            stream.write(f"{c.ljust(width)}  {shown}\n")
