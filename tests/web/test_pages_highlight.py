"""The article's highlights: spans from offsets, nested where they overlap, every piece escaped."""

from __future__ import annotations

import html
import re

import pytest

from newsledger.web.highlight import Mark, highlight
from newsledger.web.pages import safe_url, snippet_html


def plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", re.sub(r'<a class="hl-tag"[^>]*>[^<]*</a>', "", markup)))


def test_overlapping_spans_nest_and_keep_the_text() -> None:
    text = "The envoy said talks with Ruritania would resume on Friday."
    quote = Mark(text.index("talks"), text.index("Friday") + len("Friday"), "statement", "statement-s1", "INDIRECT")
    place = Mark(text.index("Ruritania"), text.index("Ruritania") + 9, "entity", "entity-e2", "GPE")
    when = Mark(text.index("on Friday"), text.index("Friday") + 6, "time", "time-t1", "2024-03-01")
    # A span crossing the quote's end (partly inside, partly out) must not break the nesting.
    crossing = Mark(text.index("Friday"), len(text), "event", "event-v1", "MEET")
    out = str(highlight(text, [quote, place, when, crossing]))
    assert plain(out) == text
    inner = re.search(r'<span class="hl hl-statement"[^>]*><span class="hl hl-entity"[^>]*>'
                      r'<a class="hl-link" href="#entity-e2"[^>]*>Ruritania</a>', out)
    assert inner, out
    assert out.count('<span') == out.count('</span>')
    for rec in ("statement-s1", "entity-e2", "time-t1", "event-v1"):
        assert f'href="#{rec}"' in out
    # Each kind's tag follows the span's last piece, once.
    assert out.count(">INDIRECT</a>") == 1 and out.count(">GPE</a>") == 1 and out.count(">MEET</a>") == 1


def test_every_piece_is_escaped() -> None:
    text = 'He said "<script>alert(1)</script>" and <img src=x onerror=alert(2)> & left.'
    start = text.index("<script>")
    out = str(highlight(text, [Mark(start, start + 25, "statement", 'statement-"><b>', "<i>")]))
    assert "<script>" not in out and "<img" not in out and "<b>" not in out and "<i>" not in out
    assert "&lt;script&gt;" in out and "&amp; left" in out
    assert plain(out) == text


@pytest.mark.parametrize("bad", [(-1, 4), (5, 5), (8, 3), (0, 10_000)])
def test_spans_off_the_text_are_left_out(bad: tuple[int, int]) -> None:
    text = "Short text."
    out = str(highlight(text, [Mark(bad[0], bad[1], "entity", "entity-e1", "ORG")]))
    assert out == text


def test_snippet_marks_found_words_and_escapes_the_rest() -> None:
    out = str(snippet_html("…the [treaty] <b>was</b> [signed] [unbalanced"))
    assert out == "…the <mark>treaty</mark> &lt;b&gt;was&lt;/b&gt; <mark>signed</mark> [unbalanced"
    assert str(snippet_html("[<img src=x>]")) == "<mark>&lt;img src=x&gt;</mark>"


@pytest.mark.parametrize(("url", "kept"), [
    ("https://outlet.example/a", True), ("http://outlet.example/a", True), ("javascript:alert(1)", False),
    (" JavaScript:alert(1)", False), ("data:text/html,<script>", False), ("vbscript:x", False), ("//evil", False),
    (None, False), ("http://[::1", False)])
def test_only_http_urls_become_links(url: str | None, kept: bool) -> None:
    assert (safe_url(url) is not None) is kept


def test_direction_controls_are_shown_and_confined() -> None:
    text = "Open invoice\u202egnp.exe\u202c now."
    out = str(highlight(text, []))
    assert '<span class="bidi" data-cp="U+202E">\u202e</span>' in out
    assert '<span class="bidi" data-cp="U+202C">\u202c</span>' in out
    assert plain(out) == text
