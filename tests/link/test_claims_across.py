"""Claims compared across documents through the ledger, on both backends.

The comparison engine is written elsewhere; here a small comparator of this module decides, so the
tests exercise the plumbing: which claims are looked up, which pairs are compared, and how a
contradiction becomes a ledger conflict with both sides; the last tests run the default engine.
"""

from __future__ import annotations

import pytest

from claims_articles import quantity_article
from newsledger.compare import Context, Finding
from newsledger.link import claims as link_claims
from newsledger.models import Analysis, Claim
from newsledger.store import Ledger
from newsledger.store import queries as q
from newsledger.store.queries import Filters

MILL = ("Kessin Mill", "Kessin Mill", "LOC", "DEU")
DEPOT = ("the Brava depot", "Brava Depot", "LOC", "PRT")
BRIGADE = ("The Orvale fire brigade", "Orvale Fire Brigade", "ORG", "DEU")
CHARITY = ("A relief charity", "Helping Hands Relief", "ORG", None)
MINISTER = ("The interior minister", "Greta Albers", "PERSON", "DEU")
POLICE = ("State police", "Orvale State Police", "ORG", "DEU")


class Recorder:
    """A comparator: disjoint figures of one quantity contradict; every call is recorded."""

    def __init__(self) -> None:
        self.calls: list[tuple[Claim, Claim]] = []

    def __call__(self, a: Claim, b: Claim, context: Context) -> Finding | None:
        self.calls.append((a, b))
        if a.value is None or b.value is None or a.predicate != b.predicate:
            return None
        a_high = a.value.high if a.value.high is not None else float("inf")
        b_high = b.value.high if b.value.high is not None else float("inf")
        if a_high < (b.value.low or 0) or b_high < (a.value.low or 0):
            return Finding("conflict", "quantity", 0.8,
                           f"{context.name(a.claimant)} and {context.name(b.claimant)} disagree on {a.predicate}")
        return Finding("corroboration", None, 0.9, "the figures agree")


def _fire(outlet: str, published: str, who: tuple[str, str, str, str | None] | None, figure: str,
          low: float | None, high: float | None, hedge: str | None = None, where: tuple[str, str, str, str] = MILL,
          when: tuple[str, str] | None = None, sector: str | None = None) -> Analysis:
    lead = who[0] if who else "Reporters at the scene"
    text = f"{lead} said {figure} in the fire at {where[0]}" + (f" on {when[0]}" if when else "") + "."
    return quantity_article(text, outlet, published, who, where, figure, low, high, hedge=hedge, when=when,
                            sector=sector)


def _open(url: str, comparator: Recorder) -> Ledger:
    return Ledger(url, compare=comparator)


def test_contradicting_figures_from_two_outlets_make_one_ledger_conflict(ledger_url: str) -> None:
    cmp = Recorder()
    with _open(ledger_url, cmp) as ledger:
        first = _fire("Valley Post", "2022-03-04", BRIGADE, "14 people died", 14, 14)
        second = _fire("Relief Wire", "2022-03-05", CHARITY, "at least 60 people died", 60, None, "at least")
        ledger.add(first)
        ledger.add(second)
        with ledger.read() as conn:
            (con,) = q.conflicts(conn, Filters(type="quantity"))
            listed = q.claims(conn, Filters(kind="quantity"))
    ((old, new),) = cmp.calls  # the earlier claim first, both in ledger terms
    assert (old.id, new.id) == (f"{first.document.id}:c1", f"{second.document.id}:c1")
    assert old.arguments == new.arguments and old.arguments[0][1].startswith("act-")
    assert old.claimant != new.claimant and (old.claimant or "").startswith("act-")
    assert con["scope"] == "ledger" and con["confidence"] == 0.8 and con["documents"] == 2
    assert "Orvale Fire Brigade and Helping Hands Relief disagree on deaths" in con["summary"]
    by_doc = {s["document"]: s for s in con["sides"]}
    assert set(by_doc) == {first.document.id, second.document.id}
    side = by_doc[second.document.id]
    ev = second.claims[0].evidence
    assert (side["claim_id"], side["start"], side["end"], side["evidence"]) == ("c1", ev.start, ev.end, ev.text)
    assert side["claimant"] == "Helping Hands Relief" and "60" in side["claim"]
    assert {r["claimant"] for r in listed} == {"Orvale Fire Brigade", "Helping Hands Relief"}


def test_agreeing_figures_are_a_corroboration_not_a_conflict(ledger_url: str) -> None:
    cmp = Recorder()
    with _open(ledger_url, cmp) as ledger:
        first = _fire("Valley Post", "2022-03-04", BRIGADE, "about 20 people died", 15, 25, "about")
        second = _fire("Relief Wire", "2022-03-05", CHARITY, "22 people died", 22, 22)
        ledger.add(first)
        ledger.add(second)
        with ledger.read() as conn:
            assert q.conflicts(conn, Filters()) == []
            links = {r["claimant"]: r["links"] for r in q.claims(conn, Filters(kind="quantity"))}
    assert len(cmp.calls) == 1
    assert links == {"Helping Hands Relief": f"corroborates {first.document.id}:c1",
                     "Orvale Fire Brigade": f"corroborated by {second.document.id}:c1"}


def test_one_camp_is_never_a_contradiction(ledger_url: str) -> None:
    """A minister and the police of one country are one side: whatever the comparison says of their differing
    figures, no conflict is stored (the engine calls that a revision; this comparator calls it a conflict)."""
    cmp = Recorder()
    with _open(ledger_url, cmp) as ledger:
        ledger.add(_fire("Valley Post", "2022-03-04", MINISTER, "9 people died", 9, 9, sector="GOV"))
        ledger.add(_fire("Relief Wire", "2022-03-05", POLICE, "31 people died", 31, 31, sector="COP"))
        ledger.add(_fire("Morning Star", "2022-03-06", MINISTER, "40 people died", 40, 40, sector="GOV"))
        with ledger.read() as conn:
            assert q.conflicts(conn, Filters()) == []
            assert all(r["links"] == "" for r in q.claims(conn, Filters()))
    assert len(cmp.calls) == 3  # compared, for revisions, but never a contradiction


def test_other_place_or_no_argument_is_not_compared(ledger_url: str) -> None:
    cmp = Recorder()
    with _open(ledger_url, cmp) as ledger:
        ledger.add(_fire("Valley Post", "2022-03-04", BRIGADE, "14 people died", 14, 14))
        ledger.add(_fire("Relief Wire", "2022-03-05", CHARITY, "70 people died", 70, 70, where=DEPOT))
    assert cmp.calls == []


def test_dated_quantities_far_apart_are_not_compared(ledger_url: str) -> None:
    cmp = Recorder()
    with _open(ledger_url, cmp) as ledger:
        ledger.add(_fire("Valley Post", "2022-03-04", BRIGADE, "14 people died", 14, 14,
                         when=("2 March", "2022-03-02")))
        ledger.add(_fire("Relief Wire", "2022-06-05", CHARITY, "70 people died", 70, 70,
                         when=("3 June", "2022-06-03")))
        assert cmp.calls == []
        ledger.add(_fire("Lake Times", "2022-03-20", CHARITY, "66 people died", 66, 66,
                         when=("19 March", "2022-03-19")))
    (pair,) = cmp.calls  # near the early-March report, not the June one
    assert [c.time for c in pair] == ["2022-03-02", "2022-03-19"]


def test_later_contradiction_joins_the_conflict(ledger_url: str) -> None:
    cmp = Recorder()
    with _open(ledger_url, cmp) as ledger:
        ledger.add(_fire("Valley Post", "2022-03-04", BRIGADE, "14 people died", 14, 14))
        ledger.add(_fire("Relief Wire", "2022-03-05", CHARITY, "60 people died", 60, 60))
        ledger.add(_fire("Lake Times", "2022-03-06", ("Witnesses", "Mill Witnesses", "GROUP", None),
                         "more than 50 people died", 51, None, "more than"))
        with ledger.read() as conn:
            found = q.conflicts(conn, Filters())
    assert len(found) == 1
    (con,) = found
    assert con["documents"] == 3 and len(con["sides"]) == 3
    assert "Mill Witnesses" in con["summary"]


def test_candidates_are_capped(ledger_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(link_claims, "CANDIDATE_LIMIT", 3)
    cmp = Recorder()
    with _open(ledger_url, cmp) as ledger:
        for i in range(6):
            ledger.add(_fire(f"Outlet {i}", "2022-03-04", (f"Source {i}", f"Source Number {i}", "ORG", None),
                             f"{10 + i} people died", 10 + i, 10 + i))
        cmp.calls.clear()
        ledger.add(_fire("Relief Wire", "2022-03-05", CHARITY, "12 people died", 12, 12))
    assert len(cmp.calls) == 3
    assert sorted(a.value.low for a, _b in cmp.calls if a.value) == [13, 14, 15]  # the most recent three


def test_ledger_context_sides() -> None:
    ctx = link_claims.LedgerContext({
        "act-a": link_claims.Party("act-a", "A", "DEU", "GOV"),
        "act-b": link_claims.Party("act-b", "B", "DEU", "MIL"),
        "act-c": link_claims.Party("act-c", "C", "DEU", "NGO"),
        "act-d": link_claims.Party("act-d", "D", None, None, affiliation="act-c"),
    })
    assert ctx.same_side("act-a", "act-b")  # officials of one state
    assert not ctx.same_side("act-a", "act-c")  # a charity of the same country is not the state
    assert ctx.same_side("act-d", "act-c") and ctx.same_side("act-c", "act-d")
    assert not ctx.same_side("outlet:Valley Post", "outlet:Relief Wire")
    assert ctx.same_actor("act-a", "act-a") and not ctx.same_actor(None, None)
    assert ctx.name(None) == "the outlet" and ctx.name("outlet:Relief Wire") == "Relief Wire"


def test_default_engine_finds_contradicting_death_tolls(ledger_url: str) -> None:
    with Ledger(ledger_url) as ledger:
        ledger.add(_fire("Valley Post", "2022-03-04", BRIGADE, "14 people died", 14, 14))
        ledger.add(_fire("Relief Wire", "2022-03-05", CHARITY, "at least 300 people died", 300, None, "at least"))
        with ledger.read() as conn:
            assert [c["kind"] for c in q.conflicts(conn, Filters())] == ["quantity"]


def test_default_engine_keeps_agreeing_figures_apart(ledger_url: str) -> None:
    with Ledger(ledger_url) as ledger:
        ledger.add(_fire("Valley Post", "2022-03-04", BRIGADE, "about 20 people died", 15, 25, "about"))
        ledger.add(_fire("Relief Wire", "2022-03-05", CHARITY, "at least 300 people died", 300, None, "at least"))
        ledger.add(_fire("Lake Times", "2022-03-06", CHARITY, "21 people died", 21, 21))
        with ledger.read() as conn:
            (con,) = q.conflicts(conn, Filters())
    # The brigade's "about 20" against the charity's "at least 300"; the charity's later "21" agrees with the
    # brigade and is the charity's own revision of its figure: it joins no conflict.
    assert con["documents"] == 2
    assert sorted(con["outlets"].split("; ")) == ["Relief Wire", "Valley Post"]


def test_default_engine_links_a_revision_and_a_corroboration_across_documents(ledger_url: str) -> None:
    """One camp's toll rising from one story to the next is its revision, another side's equal figure a
    corroboration; neither is a conflict, and both are listed with the claims, the later claim first."""
    with Ledger(ledger_url) as ledger:
        early = _fire("Valley Post", "2022-03-04", MINISTER, "9 people died", 9, 9, sector="GOV",
                      when=("Thursday", "2022-03-03"))
        later = _fire("Relief Wire", "2022-03-06", POLICE, "17 people died", 17, 17, sector="COP",
                      when=("Saturday", "2022-03-05"))
        echo = _fire("Lake Times", "2022-03-07", CHARITY, "17 people died", 17, 17, when=("Saturday", "2022-03-05"))
        for a in (later, early, echo):  # stored out of order: the dates decide which revises which
            ledger.add(a)
        with ledger.read() as conn:
            assert q.conflicts(conn, Filters()) == []
            links = {r["document"]: r["links"] for r in q.claims(conn, Filters(kind="quantity"))}
    assert f"revises {early.document.id}:c1" in links[later.document.id]
    assert f"revised by {later.document.id}:c1" in links[early.document.id]
    assert f"corroborates {later.document.id}:c1" in links[echo.document.id]
    assert "revis" not in links[echo.document.id]


def test_open_counts_stay_in_their_article(ledger_url: str) -> None:
    """A count of a thing no class names ("count:permit:issue") meets only the claims of its own article: across
    articles one noun and verb name too many different things to compare."""
    cmp = Recorder()
    with _open(ledger_url, cmp) as ledger:
        first = quantity_article("The Orvale fire brigade said 14 permits were issued at Kessin Mill.", "Valley Post",
                                 "2022-03-04", BRIGADE, MILL, "14 permits were issued", 14, 14,
                                 unit="count:permit:issue")
        second = quantity_article("A relief charity said 60 permits were issued at Kessin Mill.", "Relief Wire",
                                  "2022-03-05", CHARITY, MILL, "60 permits were issued", 60, 60,
                                  unit="count:permit:issue")
        ledger.add(first)
        ledger.add(second)
        with ledger.read() as conn:
            assert q.conflicts(conn, Filters()) == []
            assert len(q.claims(conn, Filters(kind="quantity"))) == 2  # stored, listed, not compared
    assert cmp.calls == []


def test_claim_links_listed_as_the_one_join_lists_them(ledger_url: str) -> None:
    """Each claim's cross-document links (read in two steps, by index then by key) are exactly, and in
    the same order, what one join of the links with the other claims and their documents gives."""
    from sqlalchemy import select

    from newsledger.store import schema as t

    cmp = Recorder()
    with _open(ledger_url, cmp) as ledger:
        for i in range(5):  # every pair agrees: each claim corroborates the earlier ones, and is corroborated by later
            ledger.add(_fire(f"Outlet {i}", f"2022-03-0{i + 1}", (f"Source {i}", f"Source Number {i}", "ORG", None),
                             "30 people died", 30, 30))
        with ledger.read() as conn:
            listed = {(r["document"], r["claim"]): r["links"] for r in q.claims(conn, Filters(kind="quantity"))}
            c, d, cl = t.claims, t.documents, t.claim_links
            mine_doc, other = d.alias("mine_doc"), c.alias("other_claim")
            expected: dict[tuple[str, str], list[str]] = {}
            for mine, theirs, word in ((cl.c.claim_pk, cl.c.other_claim_pk, "corroborates"),
                                       (cl.c.other_claim_pk, cl.c.claim_pk, "corroborated by")):
                me = c.alias("me")
                query = (select(mine_doc.c.id, me.c.local_id, d.c.id.label("document"), other.c.local_id.label("other"))
                         .select_from(cl).join(me, me.c.pk == mine).join(mine_doc, mine_doc.c.pk == me.c.doc_pk)
                         .join(other, other.c.pk == theirs).join(d, d.c.pk == other.c.doc_pk).order_by(cl.c.pk))
                for r in conn.execute(query):
                    expected.setdefault((r[0], r[1]), []).append(f"{word} {r.document}:{r.other}")
    assert len(listed) == 5
    assert sum(len(v) for v in expected.values()) == 2 * 10  # ten pairs, each seen from both claims
    assert listed == {k: "; ".join(expected.get(k, [])) for k in listed}


def test_claim_links_are_written_once_per_pair_in_one_statement(ledger_url: str) -> None:
    """Five agreeing reports make one link per pair; recording a stored pair again, or one pair twice in a
    call, keeps the first finding; a new kind of link between the same claims is added."""
    from sqlalchemy import select

    from newsledger.link.claims import Party, StoredClaim, _record_links
    from newsledger.store import schema as t

    with _open(ledger_url, Recorder()) as ledger:
        for i in range(5):
            ledger.add(_fire(f"Outlet {i}", f"2022-03-0{i + 1}", (f"Source {i}", f"Source Number {i}", "ORG", None),
                             "30 people died", 30, 30))
        cl = t.claim_links
        with ledger.read() as conn:
            before = conn.execute(select(cl.c.kind, cl.c.claim_pk, cl.c.other_claim_pk, cl.c.confidence)).all()
            first, last = conn.execute(select(t.claims.c.pk).order_by(t.claims.c.pk)).scalars().all()[::4]
        assert len(before) == 10 and {r.kind for r in before} == {"corroboration"}
        kept = next(r.confidence for r in before if (r.claim_pk, r.other_claim_pk) == (last, first))

        def stored(pk: int) -> StoredClaim:
            claim = Claim(f"d{pk}:c1", "quantity", "deaths", _fire("X", "2022-03-01", None, "30 died", 30, 30)
                          .claims[0].evidence)
            return StoredClaim(pk, f"d{pk}", "c1", claim, Party("outlet:X", "X"), None, None, "X", None, pk)

        again = [(stored(first), Finding("corroboration", None, 0.71, "again")),
                 (stored(first), Finding("corroboration", None, 0.72, "twice")),
                 (stored(first), Finding("revision", None, 0.73, "a revision"))]
        with ledger.write() as conn:
            _record_links(conn, stored(last), again)
        with ledger.read() as conn:
            after = conn.execute(select(cl.c.kind, cl.c.claim_pk, cl.c.other_claim_pk, cl.c.confidence,
                                        cl.c.summary)).all()
    assert len(after) == 11
    pair = {r.kind: (r.confidence, r.summary) for r in after if (r.claim_pk, r.other_claim_pk) == (last, first)}
    assert pair["corroboration"][0] == kept and pair["revision"] == (0.73, "a revision")


@pytest.mark.parametrize("probe", [1, 2, 5000])
def test_claims_by_actor_are_the_same_through_the_probe_and_the_index(ledger_url: str, probe: int,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """``claims --actor`` (claimant or argument) answered from the newest claims (checked by key) or from the
    actor's arguments (its index) gives the same claims, newest first."""
    monkeypatch.setattr(q, "PROBE_ROWS", probe)
    with _open(ledger_url, Recorder()) as ledger:
        for i, where in enumerate([MILL, DEPOT, MILL, DEPOT, MILL]):
            ledger.add(_fire(f"Outlet {i}", f"2022-03-0{i + 1}", BRIGADE, f"{i + 2} people died", i + 2, i + 2,
                             where=where))
        with ledger.read() as conn:
            mill = [r["outlet"] for r in q.claims(conn, Filters(actor="Kessin"))]
            brigade = [r["outlet"] for r in q.claims(conn, Filters(actor="Orvale", limit=2))]
            nobody = q.claims(conn, Filters(actor="Brava", kind="event"))
    assert mill == ["Outlet 4", "Outlet 2", "Outlet 0"]
    assert brigade == ["Outlet 4", "Outlet 3"]
    assert nobody == []
