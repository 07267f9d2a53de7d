"""Working state of the actors stage for one document.

:class:`Actor` is the mutable draft of an :class:`~newsledger.models.Entity`
while the stage codes it; :class:`Context` holds the per-document indexes the
steps share (which actor owns each token, which tokens are inside quotation
marks, sentence numbers) and the run's word lists the steps read. Everything
here is linear in the document length.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import DEP, HEAD, IDX, LENGTH, ORTH, SENT_START, SPACY
from spacy.tokens import Doc, Token

from ...lexicon import Lexicon
from ...lexicon.actors import Place
from ...models import Entity, EntityType, Span
from ...parse.components import DatelineTokens, dateline_tokens
from ...textutil import form_key
from ..walk import among, doc_text, doc_tokens

__all__ = ["Actor", "Context"]

_OPEN_QUOTES = {"“", "«"}  # "‘" is too often an apostrophe
_CLOSE_QUOTES = {"”", "»"}


@dataclass(eq=False)
class Actor:
    """An entity being coded: token-span mentions and the codes found so far."""

    name: str
    type: EntityType
    mentions: list[tuple[int, int]]
    country: str | None = None
    sector: str | None = None
    roles: list[str] = field(default_factory=list)
    affiliation: Actor | None = None
    place: Place | None = None
    gender: str | None = None
    named: bool = True  # its name comes from the NER, not from a common noun phrase
    plural: bool = False
    ref: str | None = None  # the name a people list knows the actor by (:mod:`.known`)

    @property
    def first(self) -> int:
        """Token index of the first mention (a very large number for an actor without one)."""
        return min(s for s, _ in self.mentions) if self.mentions else 1 << 30

    def add_role(self, role: str) -> None:
        """Add ``role`` unless a role of the same folded form is there already."""
        if role and form_key(role) not in {form_key(r) for r in self.roles}:
            self.roles.append(role)

    def absorb(self, other: Actor) -> None:
        """Take over ``other``'s mentions and any codes this actor lacks."""
        self.mentions.extend(other.mentions)
        self.country = self.country or other.country
        self.sector = self.sector or other.sector
        self.affiliation = self.affiliation or other.affiliation
        self.gender = self.gender or other.gender
        self.ref = self.ref or other.ref
        for role in other.roles:
            self.add_role(role)


class Context:
    """Per-document indexes shared by the steps of the actors stage."""

    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.doc = doc
        self.vocab = vocab = lexicon.actors
        self.lists = vocab.lists  # the named word lists of data/actors/lists.yaml
        self.english = lexicon.english
        self.cues = lexicon.cues  # speech verbs, for :func:`.codes.untagged_bodies`
        self.numbers = lexicon.times.numbers  # number words ("three"), for :mod:`.joint`
        self.title_words = vocab.title_words
        self.articles = lexicon.english["articles"]
        self.possessive = lexicon.english["possessive_endings"]
        self.place_modifiers = vocab.lists["place_modifiers"] | vocab.lists["country_body_openers"]
        self.ambiguous = vocab.lists["ambiguous_capitals"]  # capitals that are also common words or names
        self.subdivisions = vocab.lists["subdivision_nouns"]
        self._named: frozenset[str] | None = None  # countries the text names, read once when first asked
        # Words before a title that are no part of the role: "the former", "an outgoing".
        self.role_skip = vocab.lists["role_time_words"] | lexicon.english["articles"]
        # Token data from one array read: creating a Token object for every token (which Doc.text and
        # Doc.sents do) costs more than the rest of the stage.
        raw_arr = doc.to_array([IDX, LENGTH, HEAD, DEP, ORTH, SPACY, SENT_START])
        arr = raw_arr.astype("int64")  # HEAD and SENT_START are signed values stored unsigned
        self.raw = doc_text(doc)
        self.tokens = doc_tokens(doc)  # every Token by index, shared (doc[i] makes a new one on each look)
        n = len(doc)
        self.idx: list[int] = arr[:, 0].tolist()
        self.end_char: list[int] = (arr[:, 0] + arr[:, 1]).tolist()
        self.head_of: list[int] = (arr[:, 2] + np.arange(n)).tolist()  # HEAD is relative
        subj = [doc.vocab.strings["nsubj"], doc.vocab.strings["nsubjpass"]]
        self.is_subject: list[bool] = among(raw_arr[:, 3], np.array(sorted(set(subj)), dtype="uint64")).tolist()
        # The tokens in apposition (dep "appos"), and the tokens one of them hangs on, for a cheap test before
        # reading a token's dependants (:func:`.codes._described_as_org` and ``_described_as_business``, per actor).
        appos = np.flatnonzero(raw_arr[:, 3] == doc.vocab.strings["appos"]).tolist() if n else []
        self.appos: set[int] = set(appos)
        self.appos_heads: set[int] = {self.head_of[k] for k in appos}
        self.owner: list[Actor | None] = [None] * n
        # While the reference pass runs (refs.resolve_references), the sorted positions of the tokens that have an
        # owner (a superset: a position may have lost it since), kept in step by add_mention; None otherwise.
        self.owned: list[int] | None = None
        raw = self.raw
        self.caps: list[bool] = [raw[k:k + 1].isupper() for k in self.idx]  # each token starts with a capital
        self.quoted = _quote_mask(self.raw, self.idx)
        starts = [0, *(np.flatnonzero(arr[1:, 6] == 1) + 1).tolist()] if n else []
        self.sents: list[tuple[int, int]] = list(zip(starts, [*starts[1:], n], strict=True))
        self.sent_of = [0] * n
        for k, (a, b) in enumerate(self.sents):
            self.sent_of[a:b] = [k] * (b - a)
        self.dateline: DatelineTokens | None = dateline_tokens(doc)
        self.offices: dict[int, Token | None] = {}  # :func:`.persons._relative_office`'s, by the name's head
        self._at_form: dict[str, list[int]] | None = None  # :meth:`where_form`'s index, made on first need
        self._places: dict[tuple[int, int], tuple[Place | None, bool, bool]] = {}  # :meth:`place_at`'s, by span

    def where_form(self, key: str) -> list[int]:
        """The indexes of the tokens whose text's :func:`~newsledger.textutil.form_key` is ``key``, in text order:
        one fold per distinct word of the document, made once (a loop testing every token's form costs a Token
        text and a fold per word)."""
        if self._at_form is None:
            at: dict[str, list[int]] = {}
            if len(self.doc):
                strings = self.doc.vocab.strings
                keys: dict[int, str] = {}
                orths: list[int] = self.doc.to_array([ORTH, SPACY])[:, 0].tolist()
                for i, h in enumerate(orths):
                    k = keys.get(h)
                    if k is None:
                        k = keys[h] = form_key(strings[h])
                    at.setdefault(k, []).append(i)
            self._at_form = at
        return self._at_form.get(key, [])

    def in_dateline(self, start: int, end: int) -> bool:
        """The token span lies inside the dateline ("CAIRO, May 3 (Reuters) -"), before the story begins."""
        d = self.dateline
        return d is not None and d.start <= start and end <= d.body

    def actor_from(self, entity: Entity) -> Actor:
        """A draft of ``entity`` with its character-offset mentions as token spans."""
        spans = []
        for m in entity.mentions:
            start = bisect_left(self.idx, m.start)
            end = bisect_left(self.end_char, m.end) + 1
            if start >= len(self.idx) or self.idx[start] != m.start or end > len(self.idx) \
                    or self.end_char[end - 1] != m.end:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                start, end = span.start, span.end
            spans.append((start, end))
        return Actor(entity.name, entity.type, spans)

    def index(self, actors: list[Actor]) -> None:
        """Rebuild the token -> actor map (earlier actors keep contested tokens)."""
        self.owner = [None] * len(self.doc)
        self.owned = None
        for actor in actors:
            for s, e in actor.mentions:
                for i in range(s, e):
                    if self.owner[i] is None:
                        self.owner[i] = actor

    def add_mention(self, actor: Actor, start: int, end: int) -> None:
        """Add the token span as a mention of ``actor``, which owns its tokens from now on."""
        actor.mentions.append((start, end))
        for i in range(start, end):
            self.owner[i] = actor
        owned = self.owned
        if owned is not None and end > start:
            k = bisect_left(owned, start)
            owned[k:bisect_left(owned, end, k)] = range(start, end)

    def owned_positions(self) -> list[int]:
        """The sorted positions of the tokens that have an owner: the kept list while the reference pass keeps one
        (it may hold a position that lost its owner since: read ``owner`` at each), else a fresh one."""
        if self.owned is not None:
            return self.owned
        return [i for i, a in enumerate(self.owner) if a is not None]

    def owned_before(self, before: int, floor: int) -> list[int]:
        """The owned positions in ``[floor, before)``, latest first (see :meth:`owned_positions`)."""
        owned = self.owned_positions()
        hi = bisect_left(owned, before)
        lo = bisect_left(owned, floor, 0, hi)
        return owned[lo:hi][::-1]

    def text(self, start: int, end: int) -> str:
        """The text of the token span ``[start, end)``."""
        return self.raw[self.idx[start]:self.end_char[end - 1]] if end > start else ""

    def capitalised(self, i: int) -> bool:
        """Token ``i`` starts with a capital letter."""
        return self.caps[i]

    def place_at(self, start: int, end: int) -> Place | None:
        """The place a capitalised token span names, if any ("US", "Iranian", "South Korea")."""
        if not self.caps[start]:
            return None
        # What the words alone decide is worked out once per span (the rules ask for the same spans again and
        # again); only the owner of the first word is read at each call.
        found = self._places.get((start, end))
        if found is None:
            found = self._places[(start, end)] = self._place_words(start, end)
        place, first_word, region = found
        if place is None:
            return None
        if first_word and (self.owner[start] is None or self.owner[start].type not in ("GPE", "LOC")):  # type: ignore[union-attr]
            # "Male nurses said": a capital that is also a common word or a given name, capitalised only as the
            # first word of a sentence, names it only where the NER tags it a place
            return None
        if region:
            return None  # "San Jose department" in a story that never names Costa Rica: a region named like it
        return place

    def _place_words(self, start: int, end: int) -> tuple[Place | None, bool, bool]:
        """For :meth:`place_at`: the place the span's words name, whether it is a capital also a common word
        or a given name standing first in its sentence, and whether it is a region named like a capital."""
        text = self.text(start, end)
        if self.raw[self.end_char[end - 1]:self.end_char[end - 1] + 1] == ".":
            text += "."  # an abbreviation's stop the tokenizer split off ("Ky" ".")
        place = self.vocab.place(text)
        if place is None:
            return None, False, False
        first_word = place.kind == "capital" and form_key(self.text(start, end)) in self.ambiguous \
            and (start == 0 or self.sent_of[start - 1] != self.sent_of[start])
        return place, first_word, self.other_region(place, end)

    def other_region(self, place: Place, end: int) -> bool:
        """A capital's name before a subdivision noun in lower case ("<capital> department", "<capital>
        province") in a text that names the capital's country nowhere (by name or demonym): a region that shares
        the capital's name, perhaps of another country, not the capital ("Tehran province" in a story that names
        Iran stays Iran's)."""
        if place.kind != "capital" or end >= len(self.doc) or not self.doc[end].is_lower \
                or self.text(end, end + 1) not in self.subdivisions:
            return False
        if self._named is None:
            found = (self.vocab.place(e.text) for e in self.doc.ents if e.label_ in ("GPE", "NORP", "LOC"))
            self._named = frozenset(p.iso3 for p in found if p is not None and p.kind in ("country", "demonym"))
        return place.iso3 not in self._named

    def places_in(self, start: int, end: int, skip_owned: bool = True) -> list[tuple[int, Place]]:
        """Places named by unowned tokens of ``[start, end)``, longest match first at each position."""
        out: list[tuple[int, Place]] = []
        i = start
        while i < end:
            if skip_owned and self.owner[i] is not None:
                i += 1
                continue
            found = None
            # Not the tail of a longer name: "Jersey" in "New Jersey", "Georgia" in "South Georgia"; a sentence's
            # capitalised "The" starts no name ("The Kenyan Navy").
            # A function word of a heading in capitals ("MINISTRY OF ENERGY OF <COUNTRY>") starts no name either.
            tail = i > 0 and self.capitalised(i - 1) and self.text(i - 1, i).lower() not in self.place_modifiers \
                and not (self.tokens[i - 1].is_upper and self.tokens[i - 1].is_stop) \
                and self.text(i - 1, i).lower() not in self.articles \
                and self.text(i - 1, i).lower() not in self.title_words and self.place_at(i - 1, i) is None \
                and self.sent_of[i - 1] == self.sent_of[i]
            for j in range(min(end, i + 4), i, -1):
                place = None if tail else self.place_at(i, j)
                if place is not None:
                    found = (j, place)
                    break
            if found:
                out.append((i, found[1]))
                i = found[0]
            else:
                i += 1
        return out

    def head(self, start: int, end: int) -> Token:
        """The syntactic head of a token span: the token whose head lies outside it (else the last)."""
        for i in range(start, end):
            h = self.head_of[i]
            if not (start <= h < end) or h == i:
                return self.tokens[i]
        return self.tokens[end - 1]

    def subjects_in(self, start: int, end: int) -> list[int]:
        """Indices of subject tokens in ``[start, end)``."""
        return [i for i in range(start, end) if self.is_subject[i]]

    def record_span(self, start: int, end: int) -> Span:
        """The token span as a record span (character offsets and text)."""
        s, e = self.idx[start], self.end_char[end - 1]
        return Span(s, e, self.raw[s:e])


# Quotation marks, with the doubled apostrophes and backticks some wires and archives print ("''", "``").
_QUOTE_CHARS = re.compile(r"''|``|[“”«»\"\n]")


def _quote_mask(text: str, idx: list[int]) -> list[bool]:
    """For each token, whether it stands inside quotation marks (reset at each paragraph).

    The marks and line breaks are walked once, in text order (far fewer than the tokens); a token takes the state
    after the last of them at or before its first character, and counts as inside where a closing mark stands
    right at it (a closing mark counts as inside). (A walk over the tokens applying the marks before each gives
    the same: the marks do not overlap, so a closing mark at a token's first character is the last mark before
    it.)"""
    events = [(m.start(), m.group()) for m in _QUOTE_CHARS.finditer(text)]
    if not any(ch != "\n" for _, ch in events):
        return [False] * len(idx)
    states = [False]  # the state before any mark, then after each
    closes: list[int] = []  # where the closing marks stand
    inside = False
    for at, ch in events:
        if ch == "\n":
            inside = False
        elif ch in _OPEN_QUOTES or ch == "``":
            inside = True
        elif ch in _CLOSE_QUOTES or (ch in ('"', "''") and inside):
            inside = False
            closes.append(at)
        else:
            inside = True
        states.append(inside)
    starts = np.asarray(idx, dtype="int64")
    marks = np.array([at for at, _ in events], dtype="int64")
    mask = np.array(states, dtype=bool)[np.searchsorted(marks, starts, side="right")]
    if closes:
        ends = np.array(closes, dtype="int64")
        nearest = np.minimum(np.searchsorted(ends, starts), len(ends) - 1)
        mask |= ends[nearest] == starts
    found: list[bool] = mask.tolist()
    return found
