"""What the ledger's queries filter on, and the lookups the filters share (actors, outlets, dates).

Every filter is an indexed lookup or runs on a small table first (the actors, the outlets' distinct
names), so that the queries of :mod:`newsledger.store.queries` and :mod:`newsledger.store.fulltext`
stay fast on a ledger of many thousands of articles.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select, text
from sqlalchemy.engine import Connection

from ..errors import QueryError
from . import schema as t

__all__ = ["ACTOR_KEYS_MAX", "MAX_PATTERN_CHARS", "ActorMatch", "Filters", "actor_pks", "check_filters", "dates",
           "ilike", "is_actor_id", "is_iso3", "like", "matching_actors", "outlet_match"]


@dataclass(frozen=True, slots=True)
class Filters:
    """What the query commands filter on; ``None`` means no filter.

    An actor (``actor``, ``claimant``, ``from_actor``, ``to_actor``) is given by its ledger id (as
    ``actors`` prints it: ``act-...``), by part of its name, or by an ISO 3166 alpha-3 country code.
    """

    actor: str | None = None  # an actor id, part of an actor's name, or an ISO3 country code
    country: str | None = None  # ISO 3166 alpha-3
    type: str | None = None  # statement kind, event type, word of an agreement label, conflict kind, actor type
    since: dt.date | None = None
    until: dt.date | None = None
    outlet: str | None = None  # part of the outlet's name (the publication, not an event's source actor)
    text: str | None = None  # words to find
    limit: int = 50
    claimant: str | None = None  # claims: the claimant (a ledger actor), as ``actor``
    event_type: str | None = None  # claims: a PLOVER type the claim is (event claims) or comes from
    kind: str | None = None  # claims: event, quantity, cause, status, acceptance or characterisation
    from_actor: str | None = None  # events: the source actor (a dyad's first side), as ``actor``
    to_actor: str | None = None  # events: the target actor, as ``actor``
    rank: bool = False  # search: most relevant first (the database's own ranking) instead of newest
    after: tuple[Any, ...] | None = None  # the sort key of the last row of the previous page (store.paging)


# The longest name part, outlet, type or words a filter may give. Real ones are a few dozen
# characters; past some thousands SQLite refuses a LIKE pattern ("pattern too complex", at 50,000)
# and PostgreSQL a tsquery, and a full-text search of a few hundred thousand words ran for minutes.
MAX_PATTERN_CHARS = 1000

_OPTIONS = {"from_actor": "--from", "to_actor": "--to"}


def check_filters(command: str, f: Filters) -> None:
    """Raise :class:`~newsledger.errors.QueryError` when ``command`` cannot be asked with ``f``.

    Every text filter is at most ``MAX_PATTERN_CHARS`` characters without NUL; ``search`` (and a
    ``statements --text``, answered by the same full-text index) needs at least one word of letters
    or digits, since the index ignores everything else and would otherwise match nothing in silence.
    """
    for name in ("actor", "country", "type", "outlet", "text", "claimant", "event_type", "kind", "from_actor",
                 "to_actor"):
        value = getattr(f, name)
        if value is None:
            continue
        option = ("the search words" if command == "search" and name == "text"
                  else _OPTIONS.get(name, f"--{name.replace('_', '-')}"))
        if len(value) > MAX_PATTERN_CHARS:
            raise QueryError(f"{option}: {len(value):,} characters, more than the {MAX_PATTERN_CHARS:,} allowed")
        if "\x00" in value:
            raise QueryError(f"{option}: contains a NUL character, which no ledger text holds")
    if f.after is not None and command == "search" and f.rank:
        raise QueryError("a ranked search has one page: page the newest-first order (without --rank) instead")
    full_text = command == "search" or (command in ("statements", "documents") and f.text is not None)
    if full_text:
        from .fulltext import parse_query

        parse_query(f.text or "", "search" if command == "search" else f"{command} --text")


# Up to this many matching actors the filter is a list of keys; past it, a subquery on the actors.
# A list is read once and reused by every side of the main query (source and target, probe and
# fallback) without scanning the actors again, which keeps the common case (one minister, one
# country's few dozen actors) fast. But each key is a bind parameter, used up to four times in one
# statement, and a statement carries at most 65,535 of them on PostgreSQL and 250,000 on this
# SQLite build: a subquery has no such limit, whatever the filter matches.
ACTOR_KEYS_MAX = 1000

ActorMatch = list[int] | Select[Any]

# The key of no actor (both backends number rows from 1): the list of a filter that matches no actor.
# An empty list would do, but SQLAlchemy writes ``col IN ()`` in a form that SQLite answers by
# reading every row whose column is NULL through the column's index (every event without a target
# for ``--to NOBODY``: 220 ms at 12,750 documents), where ``col IN (0)`` is one seek that finds nothing.
NO_ACTOR = 0


def actor_pks(conn: Connection, f: Filters) -> ActorMatch | None:
    """Actors matching ``--actor`` and ``--country``, or None when neither is given: a list of their
    pks when there are at most ``ACTOR_KEYS_MAX``, else a subquery selecting them."""
    if f.actor is None and f.country is None:
        return None
    return matching_actors(conn, f.actor, f.country)


_ACTOR_ID = re.compile(r"^act-[0-9a-f]{16}$")


def is_actor_id(value: str) -> bool:
    """Whether ``value`` is a ledger actor id, as ``actors`` prints it."""
    return _ACTOR_ID.match(value.strip().lower()) is not None


def matching_actors(conn: Connection, actor: str | None, country: str | None) -> ActorMatch:
    """Actors with the id ``actor``, or whose name holds it, or whose country it is (an ISO3 code); of ``country``."""
    # An alias, so that a query on the actors table itself (``actors --country``) never correlates
    # the subquery with its own rows.
    a = t.actors.alias("matched_actors")
    conds: list[ColumnElement[bool]] = []
    if actor is not None and is_actor_id(actor):
        conds.append(a.c.id == actor.strip().lower())  # the unique index: one row
    elif actor is not None:
        by_name = a.c.name.ilike(f"%{like(actor)}%", escape="\\")
        conds.append(or_(by_name, a.c.country == actor.upper()) if is_iso3(actor) else by_name)
    if country is not None:
        conds.append(a.c.country == country.upper())
    matching = select(a.c.pk).where(*conds)
    pks = list(conn.execute(matching.limit(ACTOR_KEYS_MAX + 1)).scalars())
    if not pks:
        return [NO_ACTOR]
    return pks if len(pks) <= ACTOR_KEYS_MAX else matching


def is_iso3(value: str) -> bool:
    return len(value) == 3 and value.isalpha()


def like(value: str) -> str:
    """``value`` with the LIKE wildcards escaped (escape character ``\\``)."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def ilike(col: ColumnElement[Any], value: str) -> ColumnElement[bool]:
    """``col`` contains ``value``, in any case."""
    return col.ilike(f"%{like(value)}%", escape="\\")


def outlet_match(conn: Connection, part: str) -> ColumnElement[bool]:
    """``documents.source`` is one of the outlets whose name contains ``part`` (any case).

    The outlets are read first, one index seek per distinct name (a "loose index scan": a recursive
    query that asks the index for the next name after the last one), so a ledger of many documents
    from few outlets is never scanned document by document; the filter is then an indexed ``IN``.
    """
    names = text(
        "WITH RECURSIVE outlets(name) AS (SELECT min(source) FROM documents UNION ALL "
        "SELECT (SELECT min(source) FROM documents WHERE source > outlets.name) FROM outlets "
        "WHERE outlets.name IS NOT NULL) SELECT name FROM outlets WHERE name IS NOT NULL")
    wanted = part.casefold()
    return t.documents.c.source.in_([n for n in conn.execute(names).scalars() if wanted in n.casefold()])


def dates(col: Any, f: Filters) -> list[ColumnElement[bool]]:
    """``col`` within ``--since`` and ``--until``."""
    out = []
    if f.since is not None:
        out.append(col >= f.since)
    if f.until is not None:
        out.append(col <= f.until)
    return out
