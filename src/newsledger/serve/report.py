"""A readable report of one analysis, for the terminal (rich).

Everything shown that comes from a document (names, quotes, labels, outlets) goes through
:func:`plain`: rich reads a plain string as console markup, so a quote holding ``[/]`` would stop
the report with a ``MarkupError``, and ``[sic]`` or ``[the minister]`` would vanish as unknown styles.
"""

from __future__ import annotations

import re

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..models import Analysis

__all__ = ["plain", "print_report"]

# Control characters other than tab and newline, shown as their Unicode pictures (U+2400 + code;
# DEL is U+2421) or, for C1, the replacement character: an escape sequence in an article must not
# move the cursor or recolour the terminal it is shown on. rich removes only a few of them itself.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _picture(m: re.Match[str]) -> str:
    code = ord(m.group())
    return chr(0x2400 + code) if code < 0x20 else "\u2421" if code == 0x7F else "\ufffd"


def plain(value: object) -> Text:
    """``value`` as text shown verbatim: no console markup, no ``:emoji:`` codes, no control sequences."""
    return Text(_CONTROLS.sub(_picture, str(value)))


def _table(title: str, columns: list[str], rows: list[list[str]]) -> Table | Text:
    if not rows:
        return Text(f"{title}: none found", style="dim")
    table = Table(title=title, title_justify="left", show_lines=False, expand=True)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(plain(cell) for cell in row))
    return table


def _clip(text: str, n: int = 140) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _speaker(words: str | None, resolved: str | None) -> str:
    """Who spoke: the entity the speaker was resolved to ("Dawit Alemu", not "he"), with the
    article's own words where they say more than a pronoun ("Dawit Alemu (the water minister)")."""
    if not resolved:
        return words or "—"
    if not words or words.lower() == resolved.lower() or words.lower() in _PRONOUNS:
        return resolved
    return f"{resolved} ({words})"


_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "him", "her", "them", "his", "hers", "their"})


def render(analysis: Analysis) -> Group:
    doc = analysis.document
    names = {e.id: e.name for e in analysis.entities}
    times = {t.id: t.value or t.span.text for t in analysis.times}

    def name(eid: str | None) -> str:
        return names.get(eid, "?") if eid else "—"

    head = plain(doc.title or doc.origin)
    head.stylize("bold")
    head.append_text(plain(f"\npublished {doc.published.isoformat() if doc.published else 'unknown'}"
                           f" · language {doc.language or '?'} · {len(doc.text.split()):,} words · {doc.id}"))
    parts: list[Table | Text | Panel] = [Panel(head)]
    parts.append(_table("Entities", ["name", "type", "country", "sector", "roles", "mentions"], [
        [e.name, e.type, e.country or "", e.sector or "", ", ".join(e.roles),
         str(len(e.mentions))] for e in analysis.entities]))
    parts.append(_table("Statements", ["speaker", "kind", "cue", "said", "when"], [
        [_speaker(s.speaker_text, names.get(s.speaker or "")), s.kind, s.cue or "", _clip(s.content.text),
         times.get(s.time or "", "")] for s in analysis.statements]))
    parts.append(_table("Times", ["text", "value", "precision", "anchor"], [
        [t.span.text, t.value or "—", t.precision, t.anchor] for t in analysis.times]))
    parts.append(_table("Events", ["type", "source", "target", "date", "factuality", "evidence"], [
        [ev.type + (f" ({ev.cameo})" if ev.cameo else ""), name(ev.source), name(ev.target),
         times.get(ev.date or "", ""), f"{ev.polarity}/{ev.modality}", _clip(ev.evidence.text, 80)]
        for ev in analysis.events]))
    parts.append(_table("Agreements", ["parties", "labels", "stances"], [
        [", ".join(name(p) for p in a.parties),
         "; ".join(f"{name(lb.by)}: {lb.text}" for lb in a.labels),
         "; ".join(f"{name(s.actor)} {s.stance}s" for s in a.stances)] for a in analysis.agreements]))
    parts.append(_table("Conflicts", ["kind", "summary"], [[c.kind, c.summary] for c in analysis.conflicts]))
    return Group(*parts)


def print_report(analysis: Analysis, console: Console | None = None) -> None:
    (console or Console()).print(render(analysis))
