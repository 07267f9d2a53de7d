"""Hypothesis: any analysis written to the ledger reads back equal, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledger_backends import BACKENDS, drop_pg_schema, new_url
from newsledger.models import (
    Agreement,
    Analysis,
    Conflict,
    Document,
    Entity,
    Event,
    Label,
    Side,
    Span,
    Stance,
    Statement,
    TimeExpr,
)
from newsledger.store import Ledger

# PostgreSQL text cannot hold NUL; surrogates cannot be encoded. Everything else goes.
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=120)
SHORT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=30)
COUNTRY = st.none() | st.sampled_from(["IRN", "IRQ", "USA", "KEN", "BRA", "JPN", "DEU"])
DATES = st.dates(dt.date(1950, 1, 1), dt.date(2060, 12, 31))


@st.composite
def analyses(draw: st.DrawFn) -> Analysis:
    body = draw(TEXT)
    published = draw(st.none() | DATES | st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2050, 1, 1),
                                                      timezones=st.none() | st.just(dt.UTC)))
    # A unique tail keeps every example a new document, so each one is really written.
    doc = Document(text=body + f" [{uuid.uuid4().hex}]", source=draw(st.none() | SHORT), url=draw(st.none() | SHORT),
                   title=draw(st.none() | TEXT), published=published, language=draw(st.none() | st.just("en")),
                   origin=draw(SHORT))
    n = len(doc.text)

    def span() -> Span:
        a, b = sorted((draw(st.integers(0, n)), draw(st.integers(0, n))))
        return doc.span(a, b)

    ents = tuple(Entity(f"e{i}", draw(SHORT), draw(st.sampled_from(["PERSON", "ORG", "GPE", "LOC", "NORP", "GROUP",
                                                                     "OTHER"])),
                        tuple(span() for _ in range(draw(st.integers(0, 3)))), draw(COUNTRY),
                        draw(st.none() | st.sampled_from(["GOV", "MIL", "NGO"])),
                        tuple(draw(st.lists(SHORT, max_size=2))), None)
                 for i in range(draw(st.integers(0, 4))))
    eids = [e.id for e in ents]
    who = st.none() | st.sampled_from(eids) if eids else st.none()
    tms = tuple(TimeExpr(f"t{i}", span(), draw(st.none() | st.just("2024-05")),
                         draw(st.sampled_from(["day", "month", "unknown"])),
                         draw(st.sampled_from(["published", "explicit", "none"])), draw(st.none() | DATES))
                for i in range(draw(st.integers(0, 2))))
    tid = st.none() | st.sampled_from([t.id for t in tms]) if tms else st.none()
    stmts = tuple(Statement(f"s{i}", draw(st.sampled_from(["direct", "partial", "indirect"])), span(), draw(who),
                            draw(st.none() | SHORT), draw(st.none() | SHORT), draw(tid))
                  for i in range(draw(st.integers(0, 3))))
    evs = tuple(Event(f"v{i}", draw(st.sampled_from(["ASSAULT", "AGREE", "ACCUSE"])), span(), draw(st.none() | SHORT),
                      draw(st.none() | st.just("190")), draw(who), draw(who), draw(tid), draw(who),
                      draw(st.sampled_from(["asserted", "negated"])),
                      draw(st.sampled_from(["actual", "hypothetical", "future"])), None)
                for i in range(draw(st.integers(0, 3))))
    agrs = tuple(Agreement(f"a{i}", tuple(draw(st.lists(st.sampled_from(eids), max_size=3, unique=True)))
                           if eids else (), draw(st.none() | SHORT),
                           tuple(Label(draw(SHORT), draw(who), span(), draw(st.booleans()))
                                 for _ in range(draw(st.integers(0, 2)))),
                           draw(tid), tuple(draw(st.lists(st.just("a0"), max_size=1))),
                           tuple(Stance(draw(who), draw(st.sampled_from(["support", "oppose"])), span())
                                 for _ in range(draw(st.integers(0, 2)))))
                 for i in range(draw(st.integers(0, 2))))
    cons = []
    for i in range(draw(st.integers(0, 2))):
        sides: dict[tuple[int, int, str], Side] = {}
        for _ in range(draw(st.integers(1, 3))):
            s = Side(draw(who), draw(SHORT), span())
            sides.setdefault((s.evidence.start, s.evidence.end, s.claim), s)  # a side is unique per claim + evidence
        cons.append(Conflict(f"c{i}", draw(st.sampled_from(["characterisation", "existence", "stance", "fact"])),
                             draw(st.none() | st.just("a0")), tuple(sides.values()), draw(TEXT)))
    return Analysis(doc, ents, stmts, tms, evs, agrs, tuple(cons))


@pytest.fixture(scope="module", params=BACKENDS)
def shared_ledger(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ledger]:
    url, schema = new_url(request.param, Path(tmp_path_factory.mktemp("hyp")))
    with Ledger(url) as ledger:
        yield ledger
    if schema:
        drop_pg_schema(schema)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(analysis=analyses())
def test_round_trip(shared_ledger: Ledger, analysis: Analysis) -> None:
    assert shared_ledger.add(analysis).status == "added"
    assert shared_ledger.get(analysis.document.id) == analysis
    assert shared_ledger.add(analysis).status == "present"
