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
  (:func:`places_nest`);
- a people named for a union of states ("the Europeans" where the story names the European Union) is that union
  (:func:`union_peoples`);
- a body named for a group of people ("the students' committee", "the farmers' council") is that group's, not a
  state body of its country, whatever sector the actors stage gave it (:func:`group_body`);
- a body named for a locality the tables place in no country ("the Harbour Council of Vilo") is that
  locality's, not one side with the state bodies of the country it lies in (:func:`local_body`);
- an outlet's words that are no words of its own: an act it names as reported or alleged ("drone strike reported
  in ..."), words that run on into a speaker's statement (the subject of a partly quoted clause the statement cut
  short), or a sentence set in a paragraph after the words of a speaker of another camp than the side it would
  stand against (reported speech that attribution did not carry over): none sets the outlet against a side
  (:func:`outlet_borrowed`);
- an outlet's background: an act it tells in a sentence dated to a year long before the story's latest ("Cyprus has
  been divided since 1974, when Turkey invaded") is history, not its answer to a side's words about the story's
  own days (:func:`outlet_history`);
- a count told as of an act already over when it was told ("said on Saturday that fifty barrels had escaped") is
  a count of one past act, whatever day it is told on (:func:`told_as_done`);
- an open count of people told by a verb of a class of people, or by a verb of the same act family held in the
  passive ("detained 45 traders", "20 drivers were held"), counts that class, so that it meets the other side's
  count of the same people told in the class's own words ("arrested 63 drivers": arrests)
  (:func:`people_count_class`).

Word lists come from the claims vocabulary (``window_words``, ``site_nouns``), never from code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from spacy.tokens import Doc, Token

from ..models import Claim, Entity, Span, Statement, TimeExpr
from ..textutil import form_key
from .walk import doc_text, kids_of

__all__ = ["demonym_parties", "denied_before", "group_body", "local_body", "other_windows", "outlet_borrowed",
           "outlet_history", "outlet_in_speech", "past_year", "people_count_class", "places_nest", "told_as_done",
           "union_peoples", "voyage_end"]

_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)*")
_YEAR = re.compile(r"\d{4}")  # a TIMEX3 year
_YEARS = re.compile(r"P\d+Y")  # a TIMEX3 span of years
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # a TIMEX3 day, or a time of it
# A plural common noun in the possessive ("students'", "workers'"): the group a body is named for.
_GROUP_POSSESSIVE = re.compile(r"(?<![\w'’])[a-z]+s['’](?!\w)")
_UNION_SECTOR = "IGO"


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
    span = doc.char_span(char, min(char + 1, len(doc_text(doc))), alignment_mode="expand")
    return span.sent.start if span is not None and len(span) else -1


def outlet_in_speech(doc: Doc, a: Claim, b: Claim) -> bool:
    """One claim is the outlet's own and the other a speaker's, told in one sentence: the outlet does not answer
    a speaker within the sentence that reports them ("X said ..., even though ... are false"), so the outlet's
    claim there is the speaker's words that attribution missed, and the two are one side."""
    if (a.claimant is None) == (b.claimant is None):
        return False
    return _sentence_at(doc, a.evidence.start) == _sentence_at(doc, b.evidence.start) != -1


def outlet_borrowed(doc: Doc, evidence: Span, against: str | None, statements: Iterable[Statement],
                    same: Callable[[str, str], bool], relay_participles: frozenset[str]) -> bool:
    """The outlet's words at ``evidence`` are not its own voice against the side ``against``:

    - they name the act as reported or alleged by nobody named (a participle of ``relay_participles`` on a word
      of them: "Drone strike reported in ...", "the alleged raid");
    - they run on into a named speaker's statement, which cut them short (the subject before a partly quoted
      clause: X's exports "meet every rule"): the speaker's words that attribution missed;
    - they stand in a paragraph after the words of a named speaker of another camp than ``against``: reported
      speech that runs on past its cue ("The ministry said ... . The unit had ..."), which sets that speaker, not
      the outlet, against the side. The side's own words before them do not count (the outlet may answer the
      side it reports: "X claimed ...; no such video exists")."""
    span = doc.char_span(evidence.start, evidence.end, alignment_mode="expand")
    if span is not None and any(t.lower_ in relay_participles and (t.dep_ in ("amod", "acl") or _bare_passive(t))
                                for w in span for t in (w, *w.children)):
        return True  # (the parse may hang a headline's participle on a word before the words: "LIVE: ...")
    text = doc_text(doc)
    for stmt in statements:
        if stmt.speaker is None:
            continue
        c = stmt.content
        if c.start < evidence.end and evidence.start < c.end:
            return True  # the statement holds part of the words (one holding them all makes them its speaker's)
        if c.end <= evidence.start and "\n" not in text[c.start:evidence.start] and \
                (against is None or not same(stmt.speaker, against)):
            return True
    return False


_HISTORY_YEARS = 2  # years before the story's latest year from which a dated outlet sentence is background
_YEAR_OF = re.compile(r"^(\d{4})")


def outlet_history(doc: Doc, outlet: Span, other: Span, times: Iterable[TimeExpr]) -> bool:
    """The outlet's words at ``outlet`` stand in a sentence dated to a year at least two years before the latest
    year any time of the story names, and the other side's sentence names no time of that year: the outlet tells
    the story's background ("Cyprus has been divided since 1974, when Turkey invaded"), which answers no side's
    words about this week."""
    dated = [(t, int(m.group(1))) for t in times if t.value and (m := _YEAR_OF.match(t.value)) is not None]
    if not dated:
        return False
    latest = max(year for _, year in dated)
    own = _sentence_bounds(doc, outlet.start)
    theirs = _sentence_bounds(doc, other.start)
    if own is None or theirs is None:
        return False
    old = {year for t, year in dated if own[0] <= t.span.start < own[1] and year <= latest - _HISTORY_YEARS}
    return bool(old) and not any(theirs[0] <= t.span.start < theirs[1] and year in old for t, year in dated)


def _sentence_bounds(doc: Doc, char: int) -> tuple[int, int] | None:
    """Character bounds of the sentence holding ``char``."""
    span = doc.char_span(char, min(char + 1, len(doc_text(doc))), alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = span.sent
    return sent.start_char, sent.end_char


def _bare_passive(verb: Token) -> bool:
    """A headline's passive with no auxiliary ("Rocket attack reported near ..."), which the parse may read as a
    past tense with the act as its subject: no auxiliary, and no object or clause it reports ("police reported
    three deaths" is a source's report, not a relay) on its line (the parse may run a headline into the next line)."""
    text = doc_text(verb.doc)
    return verb.tag_ in ("VBN", "VBD") and not any(
        c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp", "attr", "oprd") and
        "\n" not in text[min(verb.idx, c.idx):max(verb.idx, c.idx)] for c in kids_of(verb))


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


def past_year(a: Claim, b: Claim, times: Mapping[str, TimeExpr]) -> bool:
    """One count is dated to a year (or a season of it) at least two years before the latest year the story names,
    and the other carries no time: a past year's tally ("about 150,000 tonnes were smuggled out in the 2019/20
    season") and this story's own count ("14 tonnes were seized") count two things."""
    dated = [int(m.group(1)) for t in times.values() if t.value and (m := _YEAR_OF.match(t.value)) is not None]
    if not dated:
        return False
    latest = max(dated)

    def year(c: Claim) -> int | None:
        t = times.get(c.time or "")
        m = _YEAR_OF.match(t.value or "") if t is not None else None
        return int(m.group(1)) if m is not None else None

    return any(y is not None and y <= latest - _HISTORY_YEARS and x.time is None
               for x, y in ((a, year(b)), (b, year(a))))


def other_windows(a: Claim, b: Claim, times: Mapping[str, TimeExpr], window_words: frozenset[str]) -> bool:
    """One count runs over years and the other is dated to one day: a campaign's toll and one incident's
    ("3,000 killed since 2019" and "12 killed on Sunday") count two things."""
    return any(_years_window(x, times.values(), window_words) and not _years_window(y, times.values(), window_words)
               and _one_day(y, times) for x, y in ((a, b), (b, a)))


def _in_words(claim: Claim, times: Iterable[TimeExpr], pattern: re.Pattern[str]) -> bool:
    ev = claim.evidence
    return any(t.value is not None and pattern.fullmatch(t.value) is not None
               and ev.start <= t.span.start and t.span.end <= ev.end for t in times)


def tally_and_day(a: Claim, b: Claim, times: Mapping[str, TimeExpr]) -> bool:
    """One claim counts its things over a year ("some 5,200 crossings last year": a figure in ``about``, a year in
    its words, no day) and the other is told of one day: a year's tally and one day's act are two things."""
    def tally(c: Claim) -> bool:
        return (c.about is not None and any(ch.isdigit() for ch in c.about.text)
                and _in_words(c, times.values(), _YEAR) and not _in_words(c, times.values(), _DAY))
    return any(tally(x) and not _in_words(y, times.values(), _YEAR) and (
        _one_day(y, times) or _in_words(y, times.values(), _DAY)) for x, y in ((a, b), (b, a)))


def places_nest(a: Entity, b: Entity, site_nouns: frozenset[str]) -> bool:
    """A town (GPE) and a site of no other known country named as one inside a town (a LOC or FAC whose name ends
    in a word of ``site_nouns``: a street, a square): the site may lie within the town ("a rally in the capital",
    "gathered on X Avenue"), so the two places do not tell two incidents apart. A region may lie anywhere: it
    nests in nothing here."""
    town, site = (a, b) if a.type == "GPE" else (b, a)
    words = site.name.lower().split()
    return (town.type == "GPE" and site.type in ("LOC", "FAC") and site.country in (None, town.country)
            and bool(words) and words[-1] in site_nouns)


def union_peoples(entities: Mapping[str, Entity]) -> dict[str, str]:
    """Peoples of no country named in the plural (NORP, "the Europeans") whose demonym opens the name of an
    intergovernmental body the story names ("European Union"): each mapped to that body (the first named where
    several share the word), as a reader takes "the Europeans signed off" for the union's act. A people of a
    country is that country's, not mapped here."""
    bodies = sorted((e for e in entities.values() if e.type == "ORG" and e.sector == _UNION_SECTOR),
                    key=lambda e: _order(e.id))
    out: dict[str, str] = {}
    for ent in entities.values():
        if ent.type != "NORP" or ent.country is not None:
            continue
        words = [w for w in form_key(ent.name).split() if w != "the"]
        if len(words) != 1:
            continue
        word = words[0]
        if not word.endswith("s"):
            continue  # an adjective of origin ("European leaders", "African migrants") names no actor
        stem = word[:-1]
        body = next((b for b in bodies if form_key(b.name).split()[:1] == [stem] and len(b.name.split()) > 1), None)
        if body is not None:
            out[ent.id] = body.id
    return out


def group_body(ent: Entity) -> bool:
    """An organisation named for a group of people by a plural common noun in the possessive ("the students'
    coordination committee", "the dockworkers' council"): the group's own body, which speaks for the group and
    not for the state of its country (a country's own possessive, "Serbia's interior ministry", is a proper
    name and does not count)."""
    return ent.type == "ORG" and _GROUP_POSSESSIVE.search(ent.name) is not None


def told_as_done(doc: Doc, claim: Claim) -> bool:
    """The claim's clause tells its act in the past perfect ("had escaped", "had been spilled"): the act was over
    before it was told, so two tellings on two days count one finished act (a figure told later is no new stage
    of it). Read from the parse: a past participle with a past-tense auxiliary "have"."""
    span = doc.char_span(claim.evidence.start, claim.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD"
                                       for c in kids_of(t)) for t in span)


_VOYAGE_STEPS = 3  # from the counted noun up to the verb that sets it: "people" -> "with" -> "found"


def voyage_end(doc: Doc, claim: Claim, departures: frozenset[str], arrivals: frozenset[str]) -> str | None:
    """The end of a voyage a count of people aboard is told at: "set off" where a verb of ``departures`` sets it
    ("52 people boarded it", "left with 150 people"), "arrived" where one of ``arrivals`` does ("was found with 41
    people on board", "reached the island with 60 aboard"); None otherwise. The verb is the first one up from the
    counted noun (the claim's ``about``), with its particle ("set off", "came ashore")."""
    if claim.kind != "quantity" or claim.about is None:
        return None
    span = doc.char_span(claim.about.start, claim.about.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    for _ in range(_VOYAGE_STEPS):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    lemma = tok.lemma_.lower()
    words = {lemma, *(f"{lemma} {c.lower_}" for c in kids_of(tok) if c.dep_ in ("prt", "advmod"))}
    if words & departures:
        return "set off"
    return "arrived" if words & arrivals else None


def denied_before(doc: Doc, claim: Claim, before_words: frozenset[str]) -> bool:
    """The claim denies its act only up to the telling ("has not previously sent", "had never before closed"): a
    word of ``before_words`` modifies a negated verb of its clause, so it tells the past, not that the act now told
    did not happen. Read from the parse."""
    if claim.polarity != "negated":
        return False
    span = doc.char_span(claim.evidence.start, claim.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.dep_ == "advmod" and t.lower_ in before_words
               and any(c.dep_ == "neg" or c.lower_ == "never" for c in kids_of(t.head)) for t in span)


def local_body(ent: Entity, entities: Iterable[Entity]) -> bool:
    """An organisation whose name holds the name of a town or district of no known country ("the Harbour Council
    of Vilo", "Vilo Residents' Committee"): a locality's own body, which speaks for the locality, not for the state
    of the country the actors stage gave it (a capital or a country in the name, "Tirana", is known and does
    not count)."""
    if ent.type != "ORG":
        return False
    words = f" {form_key(ent.name)} "
    return any(g.type == "GPE" and g.country is None and f" {form_key(g.name)} " in words for g in entities)


_OPEN_COUNT = "count:"


def people_count_class(doc: Doc, claim: Claim, verb_classes: Mapping[str, str], families: Mapping[str, str],
                       people: Callable[[str], bool], demonym: Callable[[str], bool]) -> str | None:
    """The class of people an open count ("count:trader:detain", "count:driver:hold") counts, where its verb tells
    it: the count's noun names people (``people``: a noun of people, or a demonym before it in the claim's thing:
    "Togolese traders"), and its verb is a verb of a class of people (``verb_classes``: "detain" -> arrests) or,
    held in the passive ("20 drivers were held"), a word of the same act family (``families``: "hold" and
    "arrest" are one family) as one, or a verb of being whose "in" names a word of that family ("12 traders are in
    custody"). An active verb of a family only ("the camp holds 900 people") tells no class. None otherwise."""
    parts = claim.predicate.split(":")
    if claim.kind != "quantity" or len(parts) != 3 or not claim.predicate.startswith(_OPEN_COUNT):
        return None
    noun, verb = parts[1], parts[2]
    words = claim.about.text.split() if claim.about is not None else []
    # a demonym before the counted noun names its people ("Togolese traders"); one after it names something else
    # the thing has ("wagons of Uzbek goods")
    at = next((i for i, w in enumerate(words) if w.lower().startswith(noun)), len(words))
    words = words[:at]
    if not (people(noun) or people(noun + "s") or any(w[:1].isupper() and demonym(w) for w in words)):
        return None
    if verb in verb_classes:
        return verb_classes[verb]
    span = doc.char_span(claim.evidence.start, claim.evidence.end, alignment_mode="expand")
    if span is None:
        return None
    for t in span:
        if t.lemma_.lower() != verb:
            continue
        if t.tag_ == "VBN" and (any(c.dep_ == "auxpass" for c in kids_of(t)) or t.dep_ in ("acl", "amod")):
            word = verb  # "20 drivers were held"
        else:  # "12 traders are in custody": the state the family's noun names
            word = next((o.lower_ for p in kids_of(t) if p.dep_ == "prep" and p.lower_ in _STATE_PREPOSITIONS
                         for o in kids_of(p) if o.dep_ == "pobj"), "")
        kin = {cls for v, cls in verb_classes.items() if families.get(v) is not None
               and families.get(v) == families.get(word)}
        if len(kin) == 1:
            return kin.pop()
    return None


_STATE_PREPOSITIONS = frozenset({"in", "under", "behind"})  # "in custody", "under arrest", "behind bars"
