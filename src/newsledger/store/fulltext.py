"""Full-text search of the ledger: one query syntax, answered by SQLite's FTS5 and PostgreSQL's tsvector.

The syntax (the same on both backends): words are all required; ``"a phrase"`` matches the words in
order; ``OR`` between two items matches either; ``NOT item`` or ``-item`` excludes documents with
it; ``word*`` matches every word starting with ``word``. ``and``, and an ``or``/``not`` with nothing
to join, are not looked for. Words match by stem on both backends (``plans`` finds ``planned``).
The query is parsed here and written out in each database's own syntax
(:func:`fts5_query`, :func:`pg_tsquery`), so no user input reaches either parser unquoted.

Snippets and ranking come from the databases' own functions: FTS5's ``snippet`` and ``bm25`` and
PostgreSQL's ``ts_headline`` and ``ts_rank``; found words are marked ``[so]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, func, literal_column, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.sql.util import ClauseAdapter

from ..errors import QueryError
from . import schema as t
from .filters import Filters, actor_pks, check_filters, dates, outlet_match
from .paging import keyed

if TYPE_CHECKING:
    from .queries import Row

__all__ = ["ParsedQuery", "Term", "fts5_query", "parse_query", "pg_tsquery", "search", "snippet_of", "text_match"]


@dataclass(frozen=True, slots=True)
class Term:
    """One word, or a phrase of several in order; ``prefix``: the last word is a prefix."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """All of ``groups`` (each: any of its terms), and none of ``excluded``."""

    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...] = ()


_TOKEN = re.compile(r'(-?)"([^"]*)"?(\*?)|(\S+)')


def _term(raw: str, prefix: bool) -> Term | None:
    words = tuple(w.lower() for w in re.findall(r"\w+", raw))
    return Term(words, prefix) if words else None


def _items(words: str) -> list[tuple[str, Term | None, bool]]:
    """The query as (operator or "", term, negated) items, in order."""
    out: list[tuple[str, Term | None, bool]] = []
    for m in _TOKEN.finditer(words):
        if m.group(4) is not None:
            raw = m.group(4)
            if raw.upper() in ("OR", "NOT", "AND"):
                out.append((raw.upper(), None, False))
                continue
            negated = raw.startswith("-") and len(raw) > 1
            body = raw[1:] if negated else raw
            out.append(("", _term(body.rstrip("*"), body.endswith("*")), negated))
        else:
            out.append(("", _term(m.group(2), bool(m.group(3))), bool(m.group(1))))
    return out


def parse_query(words: str, what: str = "search") -> ParsedQuery:
    """The search syntax of this module's docstring -> a :class:`ParsedQuery`.

    Raises :class:`~newsledger.errors.QueryError` when nothing is left to look for (no word of
    letters or digits outside an exclusion), since the index would otherwise match nothing in silence.
    """
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    pending_or = negate_next = False
    for op, term, negated in _items(words):
        if op == "OR":
            pending_or = bool(groups)
            continue
        if op == "NOT":
            negate_next = True
            continue
        if op == "AND" or term is None:
            continue
        if negated or negate_next:
            excluded.append(term)
        elif pending_or:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = negate_next = False
    if not groups:
        raise QueryError(f"{what} needs at least one word of letters or digits to look for; got {words!r}")
    return ParsedQuery(tuple(tuple(g) for g in groups), tuple(excluded))


def _fts5_term(term: Term) -> str:
    return '"' + " ".join(term.words) + '"' + ("*" if term.prefix else "")


def fts5_query(q: ParsedQuery) -> str:
    """``q`` in SQLite FTS5's query syntax (every word quoted)."""
    required = " AND ".join("(" + " OR ".join(_fts5_term(x) for x in g) + ")" for g in q.groups)
    if not q.excluded:
        return required
    return f"({required}) NOT (" + " OR ".join(_fts5_term(x) for x in q.excluded) + ")"


def _pg_term(term: Term) -> str:
    words = [f"'{w}'" for w in term.words]
    if term.prefix:
        words[-1] += ":*"
    return "(" + " <-> ".join(words) + ")"


def pg_tsquery(q: ParsedQuery) -> str:
    """``q`` in PostgreSQL's ``to_tsquery`` syntax (every word quoted)."""
    required = " & ".join("(" + " | ".join(_pg_term(x) for x in g) + ")" for g in q.groups)
    if not q.excluded:
        return required
    return f"({required}) & !(" + " | ".join(_pg_term(x) for x in q.excluded) + ")"


def _tsquery(words: str) -> Any:
    return func.to_tsquery(literal_column("'english'::regconfig"), pg_tsquery(parse_query(words)))


def text_match(conn: Connection, table: str, pk_col: ColumnElement[Any], words: str) -> ColumnElement[bool]:
    """Rows of ``table`` (``documents`` or ``statements``) whose full-text index matches ``words``."""
    if conn.dialect.name == "postgresql":
        return pk_col.in_(select(literal_column("m.pk")).select_from(text(f"{table} AS m"))
                          .where(literal_column("m.tsv").op("@@")(_tsquery(words))))
    fts: Select[Any] = select(literal_column("rowid")).select_from(text(f"{table}_fts")).where(
        text(f"{table}_fts MATCH :fts_q").bindparams(fts_q=fts5_query(parse_query(words))))
    return pk_col.in_(fts)


# How many of the newest documents a filtered search checks before it asks the full-text index
# (see queries._newest): matching a document's words costs more than checking a column.
PROBE_DOCUMENTS = 1000
# A ranked search on PostgreSQL ranks the newest this many matches (``_pg_ranked``).
RANK_POOL = 1000
SNIPPET_SCAN = 20000  # characters of an article searched for the place to quote (PostgreSQL)
SNIPPET_WORDS = 16
_HEADLINE = f"StartSel=[, StopSel=], MaxWords={SNIPPET_WORDS}, MinWords=8, ShortWord=2, MaxFragments=1"


def search(conn: Connection, f: Filters) -> list[Row]:
    """Documents matching ``text`` (the syntax of the module docstring), newest stored first.

    With ``f.rank`` the most relevant come first (FTS5 ``bm25``; ``ts_rank``). Each row has a
    ``snippet`` with the found words in brackets and the database's ``score`` (higher: more relevant).
    """
    check_filters("search", f)
    words = f.text or ""  # holds a word: checked
    d = t.documents
    conds: list[ColumnElement[bool]] = []
    sub = actor_pks(conn, f)
    if sub is not None:
        conds.append(d.c.pk.in_(select(t.entities.c.doc_pk).where(t.entities.c.actor_pk.in_(sub))))
    if f.outlet:
        conds.append(outlet_match(conn, f.outlet))
    conds += dates(d.c.pub_date, f)
    if f.after is not None:  # a page of the newest-first order (ranked: one page, see check_filters)
        conds.append(d.c.pk < f.after[-1])
    columns = (d.c.id.label("document"), d.c.pub_date.label("date"), d.c.source.label("outlet"), d.c.title,
               d.c.url)
    if conn.dialect.name == "postgresql":
        rows = _pg_rows(conn, columns, words, conds, f)
    else:
        match = text("documents_fts MATCH :fts_q").bindparams(fts_q=fts5_query(parse_query(words)))
        # Newest stored first: ordering by the FTS rowid (== documents.pk) lets FTS5 stream matches
        # in that order and stop at the limit instead of sorting every match. Ranked: FTS5's own
        # ``rank`` column (bm25 unless configured otherwise: it is not), which FTS5 sorts itself, so
        # SQLite builds snippets for the rows it returns alone; ``ORDER BY bm25(...)`` made it build
        # one per match before sorting (6,000 for a common word at 12,750 documents: 2-5x the time).
        order: Any = literal_column("documents_fts.rank") if f.rank else literal_column("documents_fts.rowid").desc()
        q = (select(*columns, literal_column(f"snippet(documents_fts, 1, '[', ']', '…', {SNIPPET_WORDS})")
                    .label("snippet"), (-literal_column("bm25(documents_fts)")).label("score"), d.c.pk)
             .select_from(text("documents_fts")).join(d, d.c.pk == literal_column("documents_fts.rowid"))
             .where(match, *conds).order_by(order).limit(f.limit))
        rows = [dict(r._mapping) for r in conn.execute(q)]
    copies: dict[int, str] = {}
    if rows:
        orig = t.documents.alias("orig")
        copies = {r.pk: r.id for r in conn.execute(select(d.c.pk, orig.c.id).join(orig, orig.c.pk == d.c.copy_of_pk)
                                                    .where(d.c.pk.in_([r["pk"] for r in rows])))}
    out = []
    for r in rows:
        pk = r.pop("pk")
        r["copy_of"] = copies.get(pk)
        r["score"] = round(float(r["score"]), 6) if r["score"] is not None else None
        out.append(keyed(r, (pk,)))
    return out


def _pg_rows(conn: Connection, columns: tuple[Any, ...], words: str, conds: list[ColumnElement[bool]],
             f: Filters) -> list[Row]:
    """The search's rows on PostgreSQL: the matching keys first, then headline and rank for those alone."""
    d = t.documents
    tsq = _tsquery(words)
    found = _pg_ranked(conn, tsq, conds, f.limit) if f.rank else _pg_newest(conn, tsq, conds, f.limit)
    tsv: Any = literal_column("documents.tsv")
    score = func.ts_rank(tsv, tsq)
    head = func.ts_headline(literal_column("'english'::regconfig"), func.left(d.c.text, SNIPPET_SCAN), tsq,
                            _HEADLINE)
    q = (select(*columns, head.label("snippet"), score.label("score"), d.c.pk, func.left(d.c.text, 200).label("lead"),
                func.right(func.left(d.c.text, SNIPPET_SCAN), 200).label("tail"))
         .where(d.c.pk.in_(found)).order_by(*((score.desc(), d.c.pk.desc()) if f.rank else (d.c.pk.desc(),))))
    rows = [dict(r._mapping) for r in conn.execute(q)]
    for r in rows:
        r["snippet"] = _ellipsis(r.pop("lead"), r.pop("tail"), " ".join((r["snippet"] or "").split()))
    return rows


def _ellipsis(lead: str, tail: str, snippet: str) -> str:
    """``snippet`` with "…" where it cuts the article (before, after), as FTS5's ``snippet`` writes it."""
    bare = snippet.replace("[", "").replace("]", "")
    starts = " ".join(lead.split()).startswith(bare[:30])
    last = bare[-30:]
    ends = last in " ".join(tail.split())[-(len(last) + 3):]  # ts_headline leaves off a final full stop
    return ("" if starts else "…") + snippet + ("" if ends else "…")


def _pg_newest(conn: Connection, tsq: Any, conds: list[ColumnElement[bool]], limit: int,
               probe: int = PROBE_DOCUMENTS) -> list[int]:
    """Keys of the newest ``limit`` documents matching ``tsq`` and ``conds``, on PostgreSQL.

    As in ``queries._newest``: a common word is found among the newest ``probe`` documents; a rarer
    one (fewer than ``limit`` there) from the GIN index, whose matches are read in full (a
    MATERIALIZED CTE, so that the planner cannot turn it back into a walk over every document) and sorted.
    """
    d = t.documents
    recent = (select(d.c.pk, d.c.pub_date, d.c.source, literal_column("documents.tsv").label("tsv"))
              .order_by(d.c.pk.desc()).limit(probe).subquery("recent"))
    adapt = ClauseAdapter(recent).traverse
    first = (select(recent.c.pk).where(recent.c.tsv.op("@@")(tsq), *(adapt(c) for c in conds))
             .order_by(recent.c.pk.desc()).limit(limit))
    pks = list(conn.execute(first).scalars())
    if len(pks) >= limit:
        return pks
    matches = _pg_matches(tsq)
    full = select(d.c.pk).where(d.c.pk.in_(select(matches.c.pk)), *conds).order_by(d.c.pk.desc()).limit(limit)
    return list(conn.execute(full).scalars())


def _pg_matches(tsq: Any) -> Any:
    return (select(literal_column("pk")).select_from(text("documents AS m"))
            .where(literal_column("m.tsv").op("@@")(tsq)).cte("matches").prefix_with("MATERIALIZED"))


def _pg_ranked(conn: Connection, tsq: Any, conds: list[ColumnElement[bool]], limit: int) -> list[int]:
    """Keys of the ``limit`` documents matching ``tsq`` and ``conds`` that ``ts_rank`` ranks highest, among the
    newest ``RANK_POOL`` matches.

    ``ts_rank`` reads each match's whole ``tsvector``: ranking every match of a common word grew with the
    ledger (280 ms for "president", half of 12,750 documents). A word that matches at most
    ``RANK_POOL`` documents is ranked in full, as before.
    """
    d = t.documents
    pool = _pg_newest(conn, tsq, conds, RANK_POOL, probe=4 * RANK_POOL)
    score = func.ts_rank(literal_column("documents.tsv"), tsq)
    q = select(d.c.pk).where(d.c.pk.in_(pool)).order_by(score.desc(), d.c.pk.desc()).limit(limit)
    return list(conn.execute(q).scalars())


def snippet_of(text: str, words: str, width: int = SNIPPET_WORDS) -> str:
    """About ``width`` words of ``text`` around the first searched word, each found word marked ``[so]``.

    For text outside the full-text index (a file, a row already read). Words match by their stem's
    start ("president" finds "presidential", "plans" finds "planned"), as the index does; the text is
    cut at word boundaries, with "…" where it was cut.
    """
    stems = {w[:max(4, len(w) - 3)] if len(w) > 4 else w for w in re.findall(r"\w+", words.lower())
             if w not in {"or", "and", "not"}}
    if not stems:
        return ""
    found = re.compile(r"\b(?:" + "|".join(re.escape(x) for x in sorted(stems, key=len, reverse=True)) + r")\w*",
                       re.IGNORECASE)
    tokens = list(re.finditer(r"\S+", text))
    if not tokens:
        return ""
    first = next((i for i, m in enumerate(tokens) if found.search(m.group())), 0)
    start = max(0, min(first - width // 4, len(tokens) - width))
    shown = tokens[start:start + width]
    body = " ".join(found.sub(lambda m: f"[{m.group()}]", m.group()) for m in shown)
    return ("…" if start > 0 else "") + body + ("…" if start + width < len(tokens) else "")
