"""A readable report of one analysis, for the terminal (rich)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..models import Analysis

__all__ = ["print_report"]


def _table(title: str, columns: list[str], rows: list[list[str]]) -> Table | Text:
    if not rows:
        return Text(f"{title}: none found", style="dim")
    table = Table(title=title, title_justify="left", show_lines=False, expand=True)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


def _clip(text: str, n: int = 140) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def render(analysis: Analysis) -> Group:
    doc = analysis.document
    names = {e.id: e.name for e in analysis.entities}
    times = {t.id: t.value or t.span.text for t in analysis.times}

    def name(eid: str | None) -> str:
        return names.get(eid, "?") if eid else "—"

    head = Text()
    head.append(doc.title or doc.origin, style="bold")
    head.append(f"\npublished {doc.published.isoformat() if doc.published else 'unknown'}"
                f" · language {doc.language or '?'} · {len(doc.text.split()):,} words · {doc.id}")
    parts: list[Table | Text | Panel] = [Panel(head)]
    parts.append(_table("Entities", ["name", "type", "country", "sector", "roles", "mentions"], [
        [e.name, e.type, e.country or "", e.sector or "", ", ".join(e.roles),
         str(len(e.mentions))] for e in analysis.entities]))
    parts.append(_table("Statements", ["speaker", "kind", "cue", "said", "when"], [
        [s.speaker_text or name(s.speaker), s.kind, s.cue or "", _clip(s.content.text),
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
