"""Linking across documents, through the store, on both backends, with hand-built analyses."""

from __future__ import annotations

import dataclasses

from ledger_backends import agreement_article, document, event_article
from newsledger.models import Analysis, Entity
from newsledger.store import Ledger
from newsledger.store import queries as q
from newsledger.store.queries import Filters

TEHRAN_TEXT = ("Iran's energy minister said on Monday that Tehran and Baghdad had signed a water-sharing treaty "
               "covering the rivers that cross their border, calling it a turning point for farmers in both "
               "countries.")
BAGHDAD_TEXT = ("Iraq's water ministry said on Wednesday that the text agreed with Iran was a memorandum of "
                "understanding and not a binding accord, adding that technical committees would meet next month.")

IRAN = ("Tehran", "Iran", "GPE", "IRN")
IRAQ = ("Baghdad", "Iraq", "GPE", "IRQ")


def _two_outlets() -> tuple[Analysis, Analysis]:
    first = agreement_article(TEHRAN_TEXT, "Tehran Daily", "2024-03-04", [IRAN, IRAQ],
                              ("Iran's energy minister", "Mehdi Karimi", "PERSON", "IRN"), "water-sharing treaty",
                              subject="water-sharing")
    second = agreement_article(BAGHDAD_TEXT, "Baghdad Observer", "2024-03-06",
                               [("Iraq's", "Iraq", "GPE", "IRQ"), ("Iran", "Iran", "GPE", "IRN")],
                               ("Iraq's water ministry", "Ministry of Water Resources", "ORG", "IRQ"),
                               "memorandum of understanding", subject=None)  # type: ignore[arg-type]
    return first, second


def test_one_agreement_two_labels_one_conflict(ledger: Ledger) -> None:
    first, second = _two_outlets()
    assert ledger.add(first).status == "added"
    assert ledger.add(second).status == "added"
    with ledger.read() as conn:
        agreements = q.agreements(conn, Filters())
        conflicts = q.conflicts(conn, Filters(type="characterisation"))
    assert len(agreements) == 1
    (agr,) = agreements
    assert "'water-sharing treaty' by Mehdi Karimi (Tehran Daily)" in agr["labels"]
    assert "'memorandum of understanding' by Ministry of Water Resources (Baghdad Observer)" in agr["labels"]
    assert agr["documents"] == 2
    assert agr["parties"] == "Iran; Iraq"
    assert len(conflicts) == 1
    (con,) = conflicts
    assert con["scope"] == "ledger" and con["about"] == agr["agreement"]
    assert set(con["outlets"].split("; ")) == {"Tehran Daily", "Baghdad Observer"}
    assert "water-sharing treaty" in con["summary"] and "memorandum of understanding" in con["summary"]
    # filters reach it from either side
    with ledger.read() as conn:
        assert len(q.conflicts(conn, Filters(actor="IRQ"))) == 1
        assert len(q.conflicts(conn, Filters(outlet="tehran"))) == 1
        assert q.conflicts(conn, Filters(outlet="Lagos Herald")) == []
        assert len(q.agreements(conn, Filters(actor="Iran", type="memorandum"))) == 1


def test_no_conflict_when_outlets_agree(ledger: Ledger) -> None:
    first, _ = _two_outlets()
    text = ("Iraq's government confirmed on Tuesday that Baghdad and Tehran signed a treaty on sharing "
            "river water, the Baghdad Observer reported.")
    again = agreement_article(text, "Baghdad Observer", "2024-03-05", [("Baghdad", "Iraq", "GPE", "IRQ"),
                              ("Tehran", "Iran", "GPE", "IRN")], ("Iraq's government", "Iraq", "GPE", "IRQ"),
                              "treaty", subject="water-sharing")
    ledger.add(first)
    ledger.add(again)
    with ledger.read() as conn:
        assert len(q.agreements(conn, Filters())) == 1
        assert q.conflicts(conn, Filters()) == []


def test_stance_conflict_across_outlets(ledger: Ledger) -> None:
    a = agreement_article("Ghana's president said Accra strongly backs the cocoa pricing pact with Abidjan.",
                          "Accra Times", "2023-10-02", [("Accra", "Ghana", "GPE", "GHA"),
                          ("Abidjan", "Ivory Coast", "GPE", "CIV")], ("Ghana's president", "Ghana", "GPE", "GHA"),
                          "cocoa pricing pact", subject="cocoa pricing", stance="support")
    b = agreement_article("Farmers' unions in Ivory Coast denounced the cocoa pricing pact with Ghana on Friday.",
                          "Abidjan Matin", "2023-10-06", [("Ivory Coast", "Ivory Coast", "GPE", "CIV"),
                          ("Ghana", "Ghana", "GPE", "GHA")], ("Farmers' unions", "Farmers' unions", "ORG", "CIV"),
                          "cocoa pricing pact", subject="cocoa pricing", stance="oppose")
    ledger.add(a)
    ledger.add(b)
    with ledger.read() as conn:
        kinds = sorted(c["kind"] for c in q.conflicts(conn, Filters()))
    assert kinds == ["stance"]  # both call it a pact: no characterisation conflict


def test_same_actor_across_documents(ledger: Ledger) -> None:
    first, second = _two_outlets()
    ledger.add(first)
    ledger.add(second)
    with ledger.read() as conn:
        actors = {a["name"]: a for a in q.actors(conn, Filters(type="GPE"))}
        assert actors["Iran"]["documents"] == 2 and actors["Iraq"]["documents"] == 2
        assert actors["Iran"]["country"] == "IRN"
        assert [a["name"] for a in q.actors(conn, Filters(country="IRQ"))] == ["Iraq", "Ministry of Water Resources"]
    assert ledger.count("actors") == 4
    # every mention kept with its document
    assert ledger.count("entities") == 6


def test_same_event_across_reports_and_existence_conflict(ledger: Ledger) -> None:
    chad, sudan = ("Chadian troops", "Chad", "GPE", "TCD"), ("Sudanese", "Sudan", "GPE", "SDN")
    reports = [
        event_article("Chadian troops shelled Sudanese border posts on Thursday, witnesses said.", "Sahel Wire",
                      "2024-02-09", "ASSAULT", chad, sudan, "shelled", when=("Thursday", "2024-02-08")),
        event_article("Local officials said Chadian troops shelled Sudanese positions near the frontier on "
                      "Thursday.", "Khartoum Post", "2024-02-10", "ASSAULT", chad, sudan, "shelled",
                      when=("Thursday", "2024-02-08")),
        event_article("The army denied that Chadian troops shelled any Sudanese post on Thursday.", "N'Djamena Info",
                      "2024-02-10", "ASSAULT", chad, sudan, "shelled", polarity="negated",
                      when=("Thursday", "2024-02-08")),
        # a different day is a different event
        event_article("Chadian troops shelled Sudanese border posts again on Saturday, witnesses said.",
                      "Sahel Wire", "2024-02-11", "ASSAULT", chad, sudan, "shelled", when=("Saturday", "2024-02-10")),
    ]
    for r in reports:
        assert ledger.add(r).status == "added"
    with ledger.read() as conn:
        rows = q.events(conn, Filters(actor="Chad", type="assault"))
        conflicts = q.conflicts(conn, Filters(type="existence"))
    assert len(rows) == 4
    clusters = {r["event"] for r in rows}
    assert len(clusters) == 2
    thursday = {r["event"] for r in rows if str(r["date"]) == "2024-02-08"}
    assert len(thursday) == 1 and {r["outlet"] for r in rows if str(r["date"]) == "2024-02-08"} == {
        "Sahel Wire", "Khartoum Post", "N'Djamena Info"}
    assert len(conflicts) == 1 and conflicts[0]["about"] in thursday


def test_wire_copies_are_linked_not_dropped(ledger: Ledger) -> None:
    body = ("Negotiators from the two coastal states resumed talks on fishing quotas in the disputed waters, "
            "a spokesperson for the regional fisheries council said, adding that a draft text could be ready "
            "before the end of the season if both delegations accepted the proposed monitoring scheme.")
    original = Analysis(document(body, "Wire Service", "2022-11-01"))
    reprint = Analysis(document("Updated 14:05. " + body + " (Wire Service)", "Coastal Gazette", "2022-11-01"))
    other = Analysis(document("Heavy snow closed mountain passes across the north for a third day, stranding "
                              "lorries and cutting power to hundreds of villages, the roads agency said.",
                              "Mountain News", "2022-11-01"))
    assert ledger.add(original).copy_of is None
    res = ledger.add(reprint)
    assert res.status == "added" and res.copy_of == original.document.id and res.similarity >= 0.8
    assert ledger.add(other).copy_of is None
    # a copy of a copy points at the first version
    third = Analysis(document("Updated 16:30. " + body + " (Wire Service) More to follow.", "Island Times",
                              "2022-11-02"))
    assert ledger.add(third).copy_of == original.document.id
    assert ledger.count() == 4
    with ledger.read() as conn:
        hits = q.search(conn, Filters(text="fishing quotas"))
    assert {h["document"] for h in hits} == {original.document.id, reprint.document.id, third.document.id}
    assert {h["copy_of"] for h in hits} == {None, original.document.id}


def test_unknown_party_is_not_merged(ledger: Ledger) -> None:
    first, second = _two_outlets()
    # the second article's parties lose their countries and become different actors
    ents = tuple(dataclasses.replace(e, country=None, name=e.name + " (unresolved)")
                 if e.id in {"e1", "e2"} else e for e in second.entities)
    assert all(isinstance(e, Entity) for e in ents)
    ledger.add(first)
    ledger.add(dataclasses.replace(second, entities=ents))
    with ledger.read() as conn:
        assert len(q.agreements(conn, Filters())) == 2
        assert q.conflicts(conn, Filters()) == []
