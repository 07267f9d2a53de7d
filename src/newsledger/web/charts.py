"""Small bar charts drawn server-side as inline SVG (no script, no external asset).

:func:`bars` computes the geometry; the template ``_chart.html`` writes the SVG elements, so every
label passes through Jinja's escaping like any other text of the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Bar", "Chart", "bars"]

WIDTH, HEIGHT, BOTTOM, LEFT = 640, 160, 24, 36
MAX_BAR = 28  # a bar is never wider than this, however few points there are


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    value: int
    series: int  # which series (0, 1, ...): its colour


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    bars: tuple[Bar, ...]
    ticks: tuple[tuple[float, str], ...]  # (x, label) under the axis
    top: int  # the largest value, written on the axis
    legend: tuple[str, ...]
    title: str


def bars(points: Sequence[tuple[str, Sequence[int]]], legend: Sequence[str], title: str) -> Chart:
    """Grouped bars: one group per ``(label, values)`` point, one bar per series in each group.

    A long axis shows about eight of its labels, evenly spread, so that they never overlap.
    """
    n_series = max(1, len(legend))
    top = max((v for _, values in points for v in values), default=0) or 1
    plot_w, plot_h = WIDTH - LEFT - 4, HEIGHT - BOTTOM - 8
    group = plot_w / max(1, len(points))
    bar_w = min(MAX_BAR, max(1.0, group * 0.8 / n_series))
    out: list[Bar] = []
    ticks: list[tuple[float, str]] = []
    every = max(1, -(-len(points) // 8))
    for i, (label, values) in enumerate(points):
        x0 = LEFT + i * group + group * 0.1
        for j, v in enumerate(values):
            h = plot_h * v / top
            out.append(Bar(round(x0 + j * bar_w, 1), round(8 + plot_h - h, 1), round(bar_w, 1), round(h, 1),
                           label, int(v), j))
        if i % every == 0:
            ticks.append((round(x0, 1), label))
    return Chart(WIDTH, HEIGHT, tuple(out), tuple(ticks), top, tuple(legend), title)
