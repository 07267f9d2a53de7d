"""Working state of the actors stage for one document.

:class:`Actor` is the mutable draft of an :class:`~newsledger.models.Entity`
while the stage codes it; :class:`Context` holds the per-document indexes the
steps share (which actor owns each token, which tokens are inside quotation
marks, sentence numbers). Everything here is linear in the document length.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..models import Entity, EntityType, Span
from .actor_vocab import Place, Vocabulary, form_key

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

    @property
    def first(self) -> int:
        return min(s for s, _ in self.mentions) if self.mentions else 1 << 30

    def add_role(self, role: str) -> None:
        if role and form_key(role) not in {form_key(r) for r in self.roles}:
            self.roles.append(role)

    def absorb(self, other: Actor) -> None:
        """Take over ``other``'s mentions and any codes this actor lacks."""
        self.mentions.extend(other.mentions)
        self.country = self.country or other.country
        self.sector = self.sector or other.sector
        self.affiliation = self.affiliation or other.affiliation
        self.gender = self.gender or other.gender
        for role in other.roles:
            self.add_role(role)


class Context:
    """Per-document indexes shared by the steps of the actors stage."""

    def __init__(self, doc: Doc, vocab: Vocabulary) -> None:
        self.doc = doc
        self.vocab = vocab
        self.title_words = vocab.title_words
        self.starts = {t.idx: t.i for t in doc}
        self.ends = {t.idx + len(t.text): t.i + 1 for t in doc}
        self.owner: list[Actor | None] = [None] * len(doc)
        self.quoted = _quote_mask(doc)
        self.sent_of = [0] * len(doc)
        self.sents: list[tuple[int, int]] = []
        for n, sent in enumerate(doc.sents):
            self.sents.append((sent.start, sent.end))
            for i in range(sent.start, sent.end):
                self.sent_of[i] = n

    def actor_from(self, entity: Entity) -> Actor:
        spans = []
        for m in entity.mentions:
            start, end = self.starts.get(m.start), self.ends.get(m.end)
            if start is None or end is None:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None:
                    continue
                start, end = span.start, span.end
            spans.append((start, end))
        return Actor(entity.name, entity.type, spans)

    def index(self, actors: list[Actor]) -> None:
        """Rebuild the token -> actor map (earlier actors keep contested tokens)."""
        self.owner = [None] * len(self.doc)
        for actor in actors:
            for s, e in actor.mentions:
                for i in range(s, e):
                    if self.owner[i] is None:
                        self.owner[i] = actor

    def add_mention(self, actor: Actor, start: int, end: int) -> None:
        actor.mentions.append((start, end))
        for i in range(start, end):
            self.owner[i] = actor

    def text(self, start: int, end: int) -> str:
        return self.doc[start:end].text if end > start else ""

    def place_at(self, start: int, end: int) -> Place | None:
        """The place a capitalised token span names, if any ("US", "Iranian", "South Korea")."""
        tok = self.doc[start]
        if not (tok.is_title or tok.is_upper) and not tok.text[:1].isupper():
            return None
        return self.vocab.place(self.text(start, end))

    def places_in(self, start: int, end: int, skip_owned: bool = True) -> list[tuple[int, Place]]:
        """Places named by unowned tokens of ``[start, end)``, longest match first at each position."""
        out: list[tuple[int, Place]] = []
        i = start
        while i < end:
            if skip_owned and self.owner[i] is not None:
                i += 1
                continue
            found = None
            for j in range(min(end, i + 4), i, -1):
                place = self.place_at(i, j)
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
        for tok in self.doc[start:end]:
            if not (start <= tok.head.i < end) or tok.head.i == tok.i:
                return tok
        return self.doc[end - 1]

    def record_span(self, start: int, end: int) -> Span:
        s, e = self.doc[start].idx, self.doc[end - 1].idx + len(self.doc[end - 1].text)
        return Span(s, e, self.doc.text[s:e])


def _quote_mask(doc: Doc) -> list[bool]:
    """For each token, whether it stands inside quotation marks (reset at each paragraph)."""
    mask = [False] * len(doc)
    inside = False
    for tok in doc:
        text = tok.text
        if "\n" in text or "\n" in tok.whitespace_:
            mask[tok.i] = inside
            inside = False
            continue
        if text in _OPEN_QUOTES or text == "``":
            inside = True
        elif text in _CLOSE_QUOTES or text == "''":
            mask[tok.i] = True
            inside = False
            continue
        elif text == '"':
            if inside:
                mask[tok.i] = True
                inside = False
                continue
            inside = True
        mask[tok.i] = inside
    return mask
