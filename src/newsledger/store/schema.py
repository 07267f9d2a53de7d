"""The ledger's tables, as SQLAlchemy Core metadata.

The database itself is created and changed only by the Alembic migrations in
``store/migrations``; this metadata is what the repository code queries, and a
test checks that the migrated database and this metadata agree.

Per-document records (``documents``, ``entities`` + ``mentions``,
``statements``, ``times``, ``events``, ``agreements`` + ``agreement_labels`` +
``agreement_stances``, ``conflicts`` + ``conflict_sides``) keep the analysis
as it was extracted, with the document's local ids. Cross-document records
link them: ``actors`` (the same participant across articles),
``event_clusters`` (the same event reported several times),
``ledger_agreements`` (the same agreement under every party's label),
``claims`` + ``claim_arguments`` + ``claim_links`` (a claim revised or corroborated by one in another
document), ``documents.copy_of_pk`` (near-duplicate copies of one wire story, via
``minhash_bands``) and ledger-scope ``conflicts`` (characterisations that
disagree across articles and outlets, and claims that contradict each other). ``runs`` records every ingest run with
its settings and model versions.

Column names avoid SQL keywords (``start_char`` rather than ``start``) so that
hand-written SQL needs no quoting on either backend.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

__all__ = [
    "actors",
    "agreement_labels",
    "agreement_stances",
    "agreements",
    "claim_arguments",
    "claim_links",
    "claims",
    "conflict_sides",
    "conflicts",
    "documents",
    "entities",
    "event_clusters",
    "events",
    "ledger_agreements",
    "mentions",
    "metadata",
    "minhash_bands",
    "runs",
    "statements",
    "times",
]

metadata = MetaData()


def _span(prefix: str = "") -> list[Column[Any]]:
    """Offsets into the document's text plus the surface text."""
    return [Column(f"{prefix}start_char", Integer, nullable=False),
            Column(f"{prefix}end_char", Integer, nullable=False),
            Column(f"{prefix}text", Text, nullable=False)]


def _doc_fk() -> Column[int]:
    return Column("doc_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False)


runs = Table(
    "runs", metadata,
    Column("pk", Integer, primary_key=True),
    Column("started_at", String(40), nullable=False),
    Column("finished_at", String(40)),
    Column("status", String(20), nullable=False),  # running | finished | interrupted | failed
    Column("settings", Text, nullable=False),  # JSON: the resolved Settings
    Column("versions", Text, nullable=False),  # JSON: newsledger, spaCy, model
    Column("summary", Text),  # JSON: counts at the end (or why the run was marked interrupted)
    # The process that runs it, so that a run whose process died (kill -9, power loss) is marked on
    # the next open instead of staying "running"; pid_start tells a reused pid from the original.
    Column("host", String(255)),
    Column("pid", Integer),
    Column("pid_start", BigInteger),
)

documents = Table(
    "documents", metadata,
    Column("pk", Integer, primary_key=True),
    Column("id", String(40), nullable=False, unique=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("source", Text),
    Column("url", Text),
    Column("title", Text),
    Column("published", String(40)),  # as given: YYYY-MM-DD or full ISO
    Column("pub_date", Date),  # the calendar day, for filters
    Column("language", String(16)),
    Column("origin", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("run_pk", Integer, ForeignKey("runs.pk")),
    Column("minhash", LargeBinary),
    Column("copy_of_pk", Integer, ForeignKey("documents.pk")),
    Column("copy_similarity", Float),
    Index("ix_documents_pub_date", "pub_date"),
    Index("ix_documents_source", "source"),
    Index("ix_documents_copy_of_pk", "copy_of_pk"),
)

minhash_bands = Table(
    "minhash_bands", metadata,
    Column("band", Integer, primary_key=True),
    Column("hash", BigInteger, primary_key=True),
    Column("doc_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), primary_key=True),
)

actors = Table(
    "actors", metadata,
    Column("pk", Integer, primary_key=True),
    Column("id", String(40), nullable=False, unique=True),
    Column("key", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("country", String(8)),
    Column("sector", String(16)),
    Column("n_documents", Integer, nullable=False),
    Column("n_mentions", Integer, nullable=False),
    Index("ix_actors_country", "country"),
    Index("ix_actors_n_documents", "n_documents"),
)

entities = Table(
    "entities", metadata,
    Column("pk", Integer, primary_key=True),
    _doc_fk(),
    Column("local_id", String(40), nullable=False),
    Column("name", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("country", String(8)),
    Column("sector", String(16)),
    Column("roles", Text, nullable=False),  # JSON list
    Column("affiliation", String(40)),
    Column("actor_pk", Integer, ForeignKey("actors.pk"), nullable=False),
    UniqueConstraint("doc_pk", "local_id", name="uq_entities_doc_local"),
    Index("ix_entities_actor_pk", "actor_pk"),
)

mentions = Table(
    "mentions", metadata,
    Column("pk", Integer, primary_key=True),
    Column("entity_pk", Integer, ForeignKey("entities.pk", ondelete="CASCADE"), nullable=False),
    *_span(),
    Index("ix_mentions_entity_pk", "entity_pk"),
)

times = Table(
    "times", metadata,
    Column("pk", Integer, primary_key=True),
    _doc_fk(),
    Column("local_id", String(40), nullable=False),
    *_span(),
    Column("value", String(40)),
    Column("precision", String(20), nullable=False),
    Column("anchor", String(20), nullable=False),
    Column("date", Date),
    UniqueConstraint("doc_pk", "local_id", name="uq_times_doc_local"),
)

statements = Table(
    "statements", metadata,
    Column("pk", Integer, primary_key=True),
    _doc_fk(),
    Column("local_id", String(40), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("speaker", String(40)),
    Column("speaker_text", Text),
    Column("cue", Text),
    *_span("content_"),
    Column("time", String(40)),
    Column("actor_pk", Integer, ForeignKey("actors.pk")),
    Column("date", Date),  # the statement's time where it has one, else the publication day
    UniqueConstraint("doc_pk", "local_id", name="uq_statements_doc_local"),
    Index("ix_statements_date", "date", "pk"),
    Index("ix_statements_actor_date", "actor_pk", "date"),
)

event_clusters = Table(
    "event_clusters", metadata,
    Column("pk", Integer, primary_key=True),
    Column("id", String(40), nullable=False, unique=True),
    Column("key", Text, nullable=False, unique=True),
    Column("type", String(20), nullable=False),
    Column("source_actor_pk", Integer, ForeignKey("actors.pk")),
    Column("target_actor_pk", Integer, ForeignKey("actors.pk")),
    Column("date", Date),
)

events = Table(
    "events", metadata,
    Column("pk", Integer, primary_key=True),
    _doc_fk(),
    Column("local_id", String(40), nullable=False),
    Column("type", String(20), nullable=False),
    Column("mode", String(80)),
    Column("cameo", String(16)),
    Column("source", String(40)),
    Column("target", String(40)),
    Column("date", String(40)),
    Column("location", String(40)),
    *_span("evidence_"),
    Column("polarity", String(20), nullable=False),
    Column("modality", String(20), nullable=False),
    Column("reported_by", String(40)),
    Column("source_actor_pk", Integer, ForeignKey("actors.pk")),
    Column("target_actor_pk", Integer, ForeignKey("actors.pk")),
    Column("event_date", Date),  # the event's own day, else the publication day (filters and order)
    Column("cluster_pk", Integer, ForeignKey("event_clusters.pk")),
    Column("date_source", String(20)),  # event | published: where event_date comes from (migration 0008)
    UniqueConstraint("doc_pk", "local_id", name="uq_events_doc_local"),
    Index("ix_events_date", "event_date", "pk"),
    Index("ix_events_type_date", "type", "event_date"),
    Index("ix_events_source_actor_date", "source_actor_pk", "event_date", "pk"),  # migration 0003
    Index("ix_events_target_actor_date", "target_actor_pk", "event_date", "pk"),
    Index("ix_events_cluster_pk", "cluster_pk"),
)

ledger_agreements = Table(
    "ledger_agreements", metadata,
    Column("pk", Integer, primary_key=True),
    Column("id", String(40), nullable=False, unique=True),
    Column("parties_key", Text, nullable=False),  # sorted actor ids
    Column("subject", Text),
    Column("signed_date", Date),
    Column("first_seen", Date),
    # Roll-ups kept current by the writer (migration 0002), so listing agreements never scans their reports.
    Column("parties", Text, nullable=False, server_default=""),  # display names, from the first report
    Column("labels", Text, nullable=False, server_default="[]"),  # JSON: distinct "'label' by who (outlet)"
    Column("outlets", Text, nullable=False, server_default="[]"),  # JSON: distinct outlets
    Column("n_documents", Integer, nullable=False, server_default="0"),
    Index("ix_ledger_agreements_parties", "parties_key"),
    Index("ix_ledger_agreements_signed", "signed_date"),
)

agreements = Table(
    "agreements", metadata,
    Column("pk", Integer, primary_key=True),
    _doc_fk(),
    Column("local_id", String(40), nullable=False),
    Column("parties", Text, nullable=False),  # JSON list of local entity ids
    Column("subject", Text),
    Column("signed", String(40)),
    Column("builds_on", Text, nullable=False),  # JSON list of local agreement ids
    Column("ledger_pk", Integer, ForeignKey("ledger_agreements.pk"), nullable=False),
    UniqueConstraint("doc_pk", "local_id", name="uq_agreements_doc_local"),
    Index("ix_agreements_ledger_pk", "ledger_pk"),
)

agreement_labels = Table(
    "agreement_labels", metadata,
    Column("pk", Integer, primary_key=True),
    Column("agreement_pk", Integer, ForeignKey("agreements.pk", ondelete="CASCADE"), nullable=False),
    Column("label", Text, nullable=False),  # the words alone; a denial is ``negated`` (migration 0004)
    Column("negated", Boolean, nullable=False, server_default=false()),
    Column("by", String(40)),
    Column("actor_pk", Integer, ForeignKey("actors.pk")),
    *_span("evidence_"),
    Index("ix_agreement_labels_agreement_pk", "agreement_pk"),
)

agreement_stances = Table(
    "agreement_stances", metadata,
    Column("pk", Integer, primary_key=True),
    Column("agreement_pk", Integer, ForeignKey("agreements.pk", ondelete="CASCADE"), nullable=False),
    Column("actor", String(40)),
    Column("actor_pk", Integer, ForeignKey("actors.pk")),
    Column("stance", String(20), nullable=False),
    *_span("evidence_"),
    Index("ix_agreement_stances_agreement_pk", "agreement_pk"),
)

conflicts = Table(
    "conflicts", metadata,
    Column("pk", Integer, primary_key=True),
    Column("id", String(40), nullable=False, unique=True),
    Column("scope", String(10), nullable=False),  # document | ledger
    Column("doc_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE")),  # scope = document
    Column("local_id", String(40)),
    Column("kind", String(20), nullable=False),
    Column("about", String(40)),  # local id (document scope) or ledger id (ledger scope)
    Column("summary", Text, nullable=False),
    Column("outlets", Text, nullable=False, server_default="[]"),  # JSON roll-up (migration 0002)
    Column("n_documents", Integer, nullable=False, server_default="0"),
    # How sure the detector is (migration 0006); conflicts stored before it were all-or-nothing: 1.0.
    Column("confidence", Float, nullable=False, server_default="1.0"),
    Index("ix_conflicts_doc_pk", "doc_pk"),
    Index("ix_conflicts_kind", "kind"),
)

conflict_sides = Table(
    "conflict_sides", metadata,
    Column("pk", Integer, primary_key=True),
    Column("conflict_pk", Integer, ForeignKey("conflicts.pk", ondelete="CASCADE"), nullable=False),
    Column("actor", String(40)),
    Column("actor_pk", Integer, ForeignKey("actors.pk")),
    Column("claim", Text, nullable=False),
    Column("doc_pk", Integer, ForeignKey("documents.pk", ondelete="CASCADE"), nullable=False),
    *_span("evidence_"),
    Column("claim_local_id", String(40)),  # the side's claim in its document (migration 0006), if any
    UniqueConstraint("conflict_pk", "doc_pk", "evidence_start_char", "evidence_end_char", "claim",
                     name="uq_conflict_sides"),
    Index("ix_conflict_sides_actor_pk", "actor_pk"),
    Index("ix_conflict_sides_claim", "doc_pk", "claim_local_id"),  # migration 0006
)

claims = Table(
    "claims", metadata,
    Column("pk", Integer, primary_key=True),
    _doc_fk(),
    Column("local_id", String(40), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("predicate", String(80), nullable=False),
    Column("claimant", String(40)),  # local entity id; NULL: the outlet's own voice
    Column("claimant_text", Text),  # how the document names the claimant (its entity, else the speaker words)
    Column("claimant_actor_pk", Integer, ForeignKey("actors.pk")),
    Column("arguments", Text, nullable=False),  # JSON [[role, local entity id], ...], in order
    # "role=actor id;..." sorted, when every argument names a ledger actor (else NULL): the key under
    # which claims about one proposition are found across documents.
    Column("arguments_key", Text),
    Column("has_value", Boolean, nullable=False, server_default=false()),
    Column("value_low", Float),
    Column("value_high", Float),
    Column("value_unit", String(80)),
    Column("value_hedge", Text),
    Column("polarity", String(20), nullable=False),
    Column("modality", String(20), nullable=False),
    Column("time", String(40)),  # local time id
    Column("time_value", String(40)),  # its TIMEX3 value
    Column("time_date", Date),  # its calendar day, where it has one
    Column("date", Date),  # the claim's time where it has one, else the publication day (for filters)
    Column("place", String(40)),
    Column("place_actor_pk", Integer, ForeignKey("actors.pk")),
    *_span("evidence_"),
    Column("about_start_char", Integer),
    Column("about_end_char", Integer),
    Column("about_text", Text),
    Column("statement", String(40)),
    Column("event", String(40)),
    Column("revises", String(40)),
    Column("corroborates", Text, nullable=False),  # JSON list of local claim ids
    UniqueConstraint("doc_pk", "local_id", name="uq_claims_doc_local"),
    Index("ix_claims_proposition", "kind", "predicate", "arguments_key"),
    Index("ix_claims_claimant_date", "claimant_actor_pk", "date", "pk"),
    Index("ix_claims_date", "date", "pk"),
    Index("ix_claims_kind_date", "kind", "date"),
)

claim_arguments = Table(
    "claim_arguments", metadata,
    Column("pk", Integer, primary_key=True),
    Column("claim_pk", Integer, ForeignKey("claims.pk", ondelete="CASCADE"), nullable=False),
    Column("role", String(40), nullable=False),
    Column("local_id", String(40), nullable=False),
    Column("actor_pk", Integer, ForeignKey("actors.pk")),
    Index("ix_claim_arguments_claim_pk", "claim_pk"),
    Index("ix_claim_arguments_actor_pk", "actor_pk", "claim_pk"),
)

# Migration 0007: what a claim is to a claim of another document when it is no contradiction. ``kind``
# "revision": one camp changed its figure or position (``claim_pk`` is the later claim, ``other_claim_pk``
# the one it revises); "corroboration": two sides said the same (``claim_pk`` is the one stored later).
claim_links = Table(
    "claim_links", metadata,
    Column("pk", Integer, primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("claim_pk", Integer, ForeignKey("claims.pk", ondelete="CASCADE"), nullable=False),
    Column("other_claim_pk", Integer, ForeignKey("claims.pk", ondelete="CASCADE"), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("summary", Text, nullable=False),
    UniqueConstraint("claim_pk", "other_claim_pk", "kind", name="uq_claim_links"),
    Index("ix_claim_links_other", "other_claim_pk"),
)
