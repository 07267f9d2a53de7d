"""Initial ledger schema: per-document records, cross-document links, runs, full-text search.

Revision ID: 0001
Revises:
Create Date: 2026-11-29

SQLite gets FTS5 tables over document title + text and statement content,
kept current by triggers (external content: the text is stored once).
PostgreSQL gets generated ``tsvector`` columns with GIN indexes instead.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_SQLITE_FTS = [
    "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='pk', "
    "tokenize='porter unicode61')",
    "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.pk, new.title, new.text); END",
    "CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text); END",
    "CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text); "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.pk, new.title, new.text); END",
    "CREATE VIRTUAL TABLE statements_fts USING fts5(content_text, content='statements', content_rowid='pk', "
    "tokenize='porter unicode61')",
    "CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN "
    "INSERT INTO statements_fts(rowid, content_text) VALUES (new.pk, new.content_text); END",
    "CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN "
    "INSERT INTO statements_fts(statements_fts, rowid, content_text) VALUES ('delete', old.pk, old.content_text); END",
]
# left(): to_tsvector refuses inputs whose vector exceeds 1 MB; articles that long are rare and
# their first half-million characters are plenty to find them by.
_PG_FTS = [
    "ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || left(text, 500000))) STORED",
    "CREATE INDEX ix_documents_tsv ON documents USING gin (tsv)",
    "ALTER TABLE statements ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english'::regconfig, left(content_text, 500000))) STORED",
    "CREATE INDEX ix_statements_tsv ON statements USING gin (tsv)",
]


def upgrade() -> None:
    op.create_table('actors',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('country', sa.String(length=8), nullable=True),
    sa.Column('sector', sa.String(length=16), nullable=True),
    sa.Column('n_documents', sa.Integer(), nullable=False),
    sa.Column('n_mentions', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_index('ix_actors_country', 'actors', ['country'], unique=False)
    op.create_index('ix_actors_n_documents', 'actors', ['n_documents'], unique=False)
    op.create_table('ledger_agreements',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('parties_key', sa.Text(), nullable=False),
    sa.Column('subject', sa.Text(), nullable=True),
    sa.Column('signed_date', sa.Date(), nullable=True),
    sa.Column('first_seen', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('id')
    )
    op.create_index('ix_ledger_agreements_parties', 'ledger_agreements', ['parties_key'], unique=False)
    op.create_index('ix_ledger_agreements_signed', 'ledger_agreements', ['signed_date'], unique=False)
    op.create_table('runs',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.String(length=40), nullable=False),
    sa.Column('finished_at', sa.String(length=40), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('settings', sa.Text(), nullable=False),
    sa.Column('versions', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('pk')
    )
    op.create_table('documents',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('published', sa.String(length=40), nullable=True),
    sa.Column('pub_date', sa.Date(), nullable=True),
    sa.Column('language', sa.String(length=16), nullable=True),
    sa.Column('origin', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('run_pk', sa.Integer(), nullable=True),
    sa.Column('minhash', sa.LargeBinary(), nullable=True),
    sa.Column('copy_of_pk', sa.Integer(), nullable=True),
    sa.Column('copy_similarity', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['copy_of_pk'], ['documents.pk'], ),
    sa.ForeignKeyConstraint(['run_pk'], ['runs.pk'], ),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('id'),
    sa.UniqueConstraint('sha256')
    )
    op.create_index('ix_documents_copy_of_pk', 'documents', ['copy_of_pk'], unique=False)
    op.create_index('ix_documents_pub_date', 'documents', ['pub_date'], unique=False)
    op.create_index('ix_documents_source', 'documents', ['source'], unique=False)
    op.create_table('event_clusters',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('source_actor_pk', sa.Integer(), nullable=True),
    sa.Column('target_actor_pk', sa.Integer(), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['source_actor_pk'], ['actors.pk'], ),
    sa.ForeignKeyConstraint(['target_actor_pk'], ['actors.pk'], ),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_table('agreements',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('doc_pk', sa.Integer(), nullable=False),
    sa.Column('local_id', sa.String(length=40), nullable=False),
    sa.Column('parties', sa.Text(), nullable=False),
    sa.Column('subject', sa.Text(), nullable=True),
    sa.Column('signed', sa.String(length=40), nullable=True),
    sa.Column('builds_on', sa.Text(), nullable=False),
    sa.Column('ledger_pk', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['doc_pk'], ['documents.pk'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['ledger_pk'], ['ledger_agreements.pk'], ),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('doc_pk', 'local_id', name='uq_agreements_doc_local')
    )
    op.create_index('ix_agreements_ledger_pk', 'agreements', ['ledger_pk'], unique=False)
    op.create_table('conflicts',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=40), nullable=False),
    sa.Column('scope', sa.String(length=10), nullable=False),
    sa.Column('doc_pk', sa.Integer(), nullable=True),
    sa.Column('local_id', sa.String(length=40), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('about', sa.String(length=40), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['doc_pk'], ['documents.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('id')
    )
    op.create_index('ix_conflicts_doc_pk', 'conflicts', ['doc_pk'], unique=False)
    op.create_index('ix_conflicts_kind', 'conflicts', ['kind'], unique=False)
    op.create_table('entities',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('doc_pk', sa.Integer(), nullable=False),
    sa.Column('local_id', sa.String(length=40), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('country', sa.String(length=8), nullable=True),
    sa.Column('sector', sa.String(length=16), nullable=True),
    sa.Column('roles', sa.Text(), nullable=False),
    sa.Column('affiliation', sa.String(length=40), nullable=True),
    sa.Column('actor_pk', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['actor_pk'], ['actors.pk'], ),
    sa.ForeignKeyConstraint(['doc_pk'], ['documents.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('doc_pk', 'local_id', name='uq_entities_doc_local')
    )
    op.create_index('ix_entities_actor_pk', 'entities', ['actor_pk'], unique=False)
    op.create_table('events',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('doc_pk', sa.Integer(), nullable=False),
    sa.Column('local_id', sa.String(length=40), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('mode', sa.String(length=80), nullable=True),
    sa.Column('cameo', sa.String(length=16), nullable=True),
    sa.Column('source', sa.String(length=40), nullable=True),
    sa.Column('target', sa.String(length=40), nullable=True),
    sa.Column('date', sa.String(length=40), nullable=True),
    sa.Column('location', sa.String(length=40), nullable=True),
    sa.Column('evidence_start_char', sa.Integer(), nullable=False),
    sa.Column('evidence_end_char', sa.Integer(), nullable=False),
    sa.Column('evidence_text', sa.Text(), nullable=False),
    sa.Column('polarity', sa.String(length=20), nullable=False),
    sa.Column('modality', sa.String(length=20), nullable=False),
    sa.Column('reported_by', sa.String(length=40), nullable=True),
    sa.Column('source_actor_pk', sa.Integer(), nullable=True),
    sa.Column('target_actor_pk', sa.Integer(), nullable=True),
    sa.Column('event_date', sa.Date(), nullable=True),
    sa.Column('cluster_pk', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['cluster_pk'], ['event_clusters.pk'], ),
    sa.ForeignKeyConstraint(['doc_pk'], ['documents.pk'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_actor_pk'], ['actors.pk'], ),
    sa.ForeignKeyConstraint(['target_actor_pk'], ['actors.pk'], ),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('doc_pk', 'local_id', name='uq_events_doc_local')
    )
    op.create_index('ix_events_cluster_pk', 'events', ['cluster_pk'], unique=False)
    op.create_index('ix_events_date', 'events', ['event_date', 'pk'], unique=False)
    op.create_index('ix_events_source_actor', 'events', ['source_actor_pk'], unique=False)
    op.create_index('ix_events_target_actor', 'events', ['target_actor_pk'], unique=False)
    op.create_index('ix_events_type_date', 'events', ['type', 'event_date'], unique=False)
    op.create_table('minhash_bands',
    sa.Column('band', sa.Integer(), nullable=False),
    sa.Column('hash', sa.BigInteger(), nullable=False),
    sa.Column('doc_pk', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['doc_pk'], ['documents.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('band', 'hash', 'doc_pk')
    )
    op.create_table('statements',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('doc_pk', sa.Integer(), nullable=False),
    sa.Column('local_id', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('speaker', sa.String(length=40), nullable=True),
    sa.Column('speaker_text', sa.Text(), nullable=True),
    sa.Column('cue', sa.Text(), nullable=True),
    sa.Column('content_start_char', sa.Integer(), nullable=False),
    sa.Column('content_end_char', sa.Integer(), nullable=False),
    sa.Column('content_text', sa.Text(), nullable=False),
    sa.Column('time', sa.String(length=40), nullable=True),
    sa.Column('actor_pk', sa.Integer(), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['actor_pk'], ['actors.pk'], ),
    sa.ForeignKeyConstraint(['doc_pk'], ['documents.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('doc_pk', 'local_id', name='uq_statements_doc_local')
    )
    op.create_index('ix_statements_actor_date', 'statements', ['actor_pk', 'date'], unique=False)
    op.create_index('ix_statements_date', 'statements', ['date', 'pk'], unique=False)
    op.create_table('times',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('doc_pk', sa.Integer(), nullable=False),
    sa.Column('local_id', sa.String(length=40), nullable=False),
    sa.Column('start_char', sa.Integer(), nullable=False),
    sa.Column('end_char', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('value', sa.String(length=40), nullable=True),
    sa.Column('precision', sa.String(length=20), nullable=False),
    sa.Column('anchor', sa.String(length=20), nullable=False),
    sa.Column('date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['doc_pk'], ['documents.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('doc_pk', 'local_id', name='uq_times_doc_local')
    )
    op.create_table('agreement_labels',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('agreement_pk', sa.Integer(), nullable=False),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('by', sa.String(length=40), nullable=True),
    sa.Column('actor_pk', sa.Integer(), nullable=True),
    sa.Column('evidence_start_char', sa.Integer(), nullable=False),
    sa.Column('evidence_end_char', sa.Integer(), nullable=False),
    sa.Column('evidence_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['actor_pk'], ['actors.pk'], ),
    sa.ForeignKeyConstraint(['agreement_pk'], ['agreements.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    op.create_index('ix_agreement_labels_agreement_pk', 'agreement_labels', ['agreement_pk'], unique=False)
    op.create_table('agreement_stances',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('agreement_pk', sa.Integer(), nullable=False),
    sa.Column('actor', sa.String(length=40), nullable=True),
    sa.Column('actor_pk', sa.Integer(), nullable=True),
    sa.Column('stance', sa.String(length=20), nullable=False),
    sa.Column('evidence_start_char', sa.Integer(), nullable=False),
    sa.Column('evidence_end_char', sa.Integer(), nullable=False),
    sa.Column('evidence_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['actor_pk'], ['actors.pk'], ),
    sa.ForeignKeyConstraint(['agreement_pk'], ['agreements.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    op.create_index('ix_agreement_stances_agreement_pk', 'agreement_stances', ['agreement_pk'], unique=False)
    op.create_table('conflict_sides',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('conflict_pk', sa.Integer(), nullable=False),
    sa.Column('actor', sa.String(length=40), nullable=True),
    sa.Column('actor_pk', sa.Integer(), nullable=True),
    sa.Column('claim', sa.Text(), nullable=False),
    sa.Column('doc_pk', sa.Integer(), nullable=False),
    sa.Column('evidence_start_char', sa.Integer(), nullable=False),
    sa.Column('evidence_end_char', sa.Integer(), nullable=False),
    sa.Column('evidence_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['actor_pk'], ['actors.pk'], ),
    sa.ForeignKeyConstraint(['conflict_pk'], ['conflicts.pk'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['doc_pk'], ['documents.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('conflict_pk', 'doc_pk', 'evidence_start_char', 'evidence_end_char', 'claim',
                        name='uq_conflict_sides')
    )
    op.create_index('ix_conflict_sides_actor_pk', 'conflict_sides', ['actor_pk'], unique=False)
    op.create_table('mentions',
    sa.Column('pk', sa.Integer(), nullable=False),
    sa.Column('entity_pk', sa.Integer(), nullable=False),
    sa.Column('start_char', sa.Integer(), nullable=False),
    sa.Column('end_char', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['entity_pk'], ['entities.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    op.create_index('ix_mentions_entity_pk', 'mentions', ['entity_pk'], unique=False)
    dialect = op.get_bind().dialect.name
    for statement in _SQLITE_FTS if dialect == "sqlite" else _PG_FTS if dialect == "postgresql" else []:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS statements_fts")
        op.execute("DROP TABLE IF EXISTS documents_fts")
    for table in ("conflict_sides", "conflicts", "agreement_stances", "agreement_labels", "agreements",
                  "ledger_agreements", "events", "event_clusters", "statements", "times", "mentions",
                  "entities", "actors", "minhash_bands", "documents", "runs"):
        op.drop_table(table)
