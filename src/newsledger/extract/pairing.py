"""Which claims of one article may be set against each other, and whom a claimant stands for (issue 14).

Pure functions the in-article conflict detector (:mod:`.conflicts`) asks before it pairs two claims, each a class
of wrong pairing seen on unseen text:

- a demonym several countries share ("Dominican": the tables leave it undecided) stands, in one document, for the
  one of those countries the document names otherwise (:func:`demonym_parties`);
- an outlet claim and a speaker's claim told in one sentence are one side: the outlet does not answer the
  speaker it reports within the very sentence (:func:`outlet_in_speech`);
- a count over years ("since 2019", "over the past five years") and a count dated to one day count two things
  (:func:`other_windows`);
- a town and a site named as one inside a town (a square, an avenue) do not set two counts apart
  (:func:`places_nest`).

Word lists come from the claims vocabulary (``window_words``, ``site_nouns``), never from code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from spacy.tokens import Doc

from ..models import Claim, Entity, TimeExpr
from ..textutil import form_key

__all__ = ["demonym_parties", "other_windows", "outlet_in_speech", "places_nest"]

_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)*")
_YEAR = re.compile(r"\d{4}")  # a TIMEX3 year
_YEARS = re.compile(r"P\d+Y")  # a TIMEX3 span of years
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # a TIMEX3 day, or a time of it


def demonym_parties(entities: Mapping[str, Entity], demonyms: Mapping[str, frozenset[str]]) -> dict[str, str]:
    """Entities of no country named by a demonym that several countries share (``demonyms``, keyed by
    :func:`form_key`): each mapped to the entity that names the one of those countries the document names
    otherwise (a country or city of it, GPE first), where exactly one is named; no person (a title's demonym is
    the actors stage's)."""
    if not demonyms:
        return {}
    out: dict[str, str] = {}
    for ent in entities.values():
        if ent.country is not None or ent.type == "PERSON":
            continue
        words = f" {form_key(ent.name)} "
        countries = next((c for key, c in demonyms.items() if f" {key} " in words), None)
        if countries is None:
            continue
        named = [e for e in entities.values() if e.country in countries]
        if len({e.country for e in named}) != 1:
            continue
        best = min(named, key=lambda e: (e.type != "GPE", e.type != "NORP", _order(e.id)))
        out[ent.id] = best.id
    return out


def _order(eid: str) -> int:
    """An entity id's number (``e12`` -> 12), for text order among entities."""
    return int(eid[1:]) if eid[1:].isdigit() else 0


def _sentence_at(doc: Doc, char: int) -> int:
    """The start token of the sentence holding the character offset ``char`` (-1 where no token does)."""
    span = doc.char_span(char, min(char + 1, len(doc.text)), alignment_mode="expand")
    return span.sent.start if span is not None and len(span) else -1


def outlet_in_speech(doc: Doc, a: Claim, b: Claim) -> bool:
    """One claim is the outlet's own and the other a speaker's, told in one sentence: the outlet does not answer
    a speaker within the sentence that reports them ("X said ..., even though ... are false"), so the outlet's
    claim there is the speaker's words that attribution missed, and the two are one side."""
    if (a.claimant is None) == (b.claimant is None):
        return False
    return _sentence_at(doc, a.evidence.start) == _sentence_at(doc, b.evidence.start) != -1


def _years_window(claim: Claim, times: Iterable[TimeExpr], window_words: frozenset[str]) -> bool:
    """The count runs over years, as the claim's clause tells: a start that is a year ("killed 3,000 since 2019",
    a word of ``window_words`` before it) or a span of years ("over the past five years")."""
    ev = claim.evidence
    for t in times:
        if t.value is None or not (ev.start <= t.span.start and t.span.end <= ev.end):
            continue
        before = _WORDS.findall(ev.text[:t.span.start - ev.start].lower())
        if _YEARS.fullmatch(t.value) or (_YEAR.fullmatch(t.value) and before and before[-1] in window_words):
            return True
    return False


def _one_day(claim: Claim, times: Mapping[str, TimeExpr]) -> bool:
    """The claim is dated to one day (or a time of it): a count of one incident."""
    t = times.get(claim.time or "")
    return t is not None and bool(_DAY.match(t.value or ""))


def other_windows(a: Claim, b: Claim, times: Mapping[str, TimeExpr], window_words: frozenset[str]) -> bool:
    """One count runs over years and the other is dated to one day: a campaign's toll and one incident's
    ("3,000 killed since 2019" and "12 killed on Sunday") count two things."""
    return any(_years_window(x, times.values(), window_words) and not _years_window(y, times.values(), window_words)
               and _one_day(y, times) for x, y in ((a, b), (b, a)))


def places_nest(a: Entity, b: Entity, site_nouns: frozenset[str]) -> bool:
    """A town (GPE) and a site of no other known country named as one inside a town (a LOC or FAC whose name ends
    in a word of ``site_nouns``: a street, a square): the site may lie within the town ("a rally in the capital",
    "gathered on X Avenue"), so the two places do not tell two incidents apart. A region may lie anywhere: it
    nests in nothing here."""
    town, site = (a, b) if a.type == "GPE" else (b, a)
    words = site.name.lower().split()
    return (town.type == "GPE" and site.type in ("LOC", "FAC") and site.country in (None, town.country)
            and bool(words) and words[-1] in site_nouns)
