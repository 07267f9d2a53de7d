"""Entities: spaCy's named entities grouped into one record per participant.

Within one document, mentions that name the same participant become one
:class:`~newsledger.models.Entity`:

- the same name, with or without a possessive or article ("Iraq's", "Iraq");
- a later (or earlier) surname or shorter form of a person's full name
  ("Larijani" for "Ali Larijani", "Araji" for "Qassem al-Araji");
- an acronym of an organisation's name ("UN" for "United Nations").

Country, sector and roles are left empty here; the actors stage codes them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..models import Entity, EntityType, Span

__all__ = ["NE_TYPES", "entities", "name_key"]

# spaCy (OntoNotes) labels -> the format's entity types. Numeric labels
# (DATE, TIME, MONEY, PERCENT, QUANTITY, ORDINAL, CARDINAL) are not entities here.
NE_TYPES: dict[str, EntityType] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "NORP",
    "EVENT": "OTHER",
    "LAW": "OTHER",
    "PRODUCT": "OTHER",
    "WORK_OF_ART": "OTHER",
}

_LEADING = {"the", "a", "an"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_PARTICLES = {"al", "el", "ul", "bin", "ibn", "bint", "abu", "de", "da", "di", "du", "del", "della", "van",
              "von", "der", "den", "la", "le", "dos", "das", "ben"}
_ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in", "de", "&"}
_QUOTES = "\"'“”‘’«»"


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("’", "'").lower()


def name_key(text: str) -> str:
    """Normalised form of a name: case, accents, apostrophes and spacing folded."""
    return re.sub(r"\s+", " ", _fold(text)).strip(" .,;:" + _QUOTES)


def _words(key: str) -> list[str]:
    """Name parts, splitting hyphenated particles ("al-araji" -> ["al", "araji"])."""
    return [w for w in re.split(r"[\s\-‐]+", key) if w]


def _core_words(key: str) -> list[str]:
    return [w for w in _words(key) if w not in _PARTICLES]


def _trim(span: SpacySpan) -> tuple[int, int] | None:
    """Token bounds without a leading article, trailing possessive or stray punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in _LEADING or doc[start].is_punct or doc[start].text in _QUOTES):
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct
                           or doc[end - 1].text in _QUOTES):
        end -= 1
    return (start, end) if end > start else None


@dataclass
class _Group:
    type_votes: Counter[EntityType] = field(default_factory=Counter)
    mentions: list[SpacySpan] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)

    @property
    def type(self) -> EntityType:
        # The longest mention's label is the most reliable; votes break ties.
        longest = max(self.mentions, key=lambda m: (len(m), -m.start))
        best = NE_TYPES[longest.label_]
        return best if self.type_votes[best] * 2 >= max(self.type_votes.values()) else self.type_votes.most_common(1)[0][0]

    @property
    def name(self) -> str:
        longest = max(self.mentions, key=lambda m: (len(_core_words(name_key(m.text))), len(m.text), -m.start))
        return longest.text


def _acronym(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in _ACRONYM_SKIP and w[0].isalpha())


def _is_short_form(short: str, full: str) -> bool:
    """``short`` names the same person as ``full``: its core words end (or start) the full name."""
    s, f = _core_words(short), _core_words(full)
    if not s or len(s) >= len(f):
        return False
    return f[-len(s):] == s


def entities(doc: Doc) -> tuple[Entity, ...]:
    """Named entities of ``doc``, one record per participant, each with all its mentions."""
    spans: list[tuple[SpacySpan, str, EntityType]] = []
    for ent in doc.ents:
        etype = NE_TYPES.get(ent.label_)
        if etype is None:
            continue
        bounds = _trim(ent)
        if bounds is None:
            continue
        span = SpacySpan(doc, bounds[0], bounds[1], label=ent.label_)
        key = name_key(span.text)
        if key:
            spans.append((span, key, etype))

    groups: list[_Group] = []
    by_key: dict[str, _Group] = {}
    # Longest names first, so that short forms find their full name wherever it appears.
    order = sorted(range(len(spans)), key=lambda i: (-len(_core_words(spans[i][1])), spans[i][0].start))
    for i in order:
        span, key, etype = spans[i]
        group = by_key.get(key) or _find_full_form(key, etype, span, groups)
        if group is None:
            group = _Group()
            groups.append(group)
        group.mentions.append(span)
        group.type_votes[etype] += 1
        group.keys.add(key)
        by_key.setdefault(key, group)

    _propagate(doc, groups)
    return _records(groups)


def _propagate(doc: Doc, groups: list[_Group]) -> None:
    """Add mentions the NER missed: later occurrences of a name (or a person's surname) already found."""
    taken = {i for g in groups for m in g.mentions for i in range(m.start, m.end)}
    patterns: dict[str, list[tuple[list[str], _Group]]] = {}
    for group in groups:
        forms = {tuple(_words(k)) for k in group.keys}
        if group.type == "PERSON":
            for k in list(group.keys):
                core = _core_words(k)
                if len(core) >= 2 and len(core[-1]) >= 3:
                    forms.add((core[-1],))
        for form in forms:
            if form:
                patterns.setdefault(form[0], []).append((list(form), group))
    # A surname shared by two people is ambiguous: leave it to the NER.
    for first, options in patterns.items():
        if len({id(g) for _, g in options if len(_) == 1}) > 1:
            patterns[first] = [(f, g) for f, g in options if len(f) > 1]
    i = 0
    while i < len(doc):
        tok = doc[i]
        if i in taken or not tok.is_title and not tok.is_upper:
            i += 1
            continue
        matched = None
        for form, group in sorted(patterns.get(_fold(tok.text), []), key=lambda fg: -len(fg[0])):
            words = [_fold(t.text) for t in doc[i:i + len(form) * 3] if t.text not in "-‐"][:len(form)]
            if words == form:
                end = i
                seen = 0
                while seen < len(form):
                    if doc[end].text not in "-‐":
                        seen += 1
                    end += 1
                if not any(j in taken for j in range(i, end)):
                    matched = (end, group)
                    break
        if matched is None:
            i += 1
            continue
        end, group = matched
        group.mentions.append(SpacySpan(doc, i, end, label=group.mentions[0].label_))
        taken.update(range(i, end))
        i = end


def _find_full_form(key: str, etype: EntityType, span: SpacySpan, groups: Iterable[_Group]) -> _Group | None:
    candidates: list[_Group] = []
    for group in groups:
        gtype = group.type
        if gtype == "PERSON" and etype in ("PERSON", "ORG", "GPE", "NORP") and any(
            _is_short_form(key, k) for k in group.keys
        ):
            candidates.append(group)
        elif gtype in ("ORG", "OTHER") and key.isalpha() and 2 <= len(key) <= 6 and span.text.isupper() and any(
            _acronym(k) == key for k in group.keys
        ):
            candidates.append(group)
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    # Two people share the surname: the nearest full mention before this one decides.
    def distance(g: _Group) -> int:
        before = [m.start for m in g.mentions if m.start <= span.start]
        return span.start - max(before) if before else 10**9

    return min(candidates, key=distance)


def _records(groups: list[_Group]) -> tuple[Entity, ...]:
    groups = sorted(groups, key=lambda g: min(m.start for m in g.mentions))
    out = []
    for n, group in enumerate(groups, 1):
        mentions = tuple(
            Span(m.start_char, m.end_char, m.text) for m in sorted(group.mentions, key=lambda m: m.start)
        )
        out.append(Entity(id=f"e{n}", name=group.name, type=group.type, mentions=mentions))
    return tuple(out)
