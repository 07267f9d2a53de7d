"""Press releases: an organisation's own text in the first person plural is a statement of that organisation.

A release names its issuer at its start, in one of two ways:

- "We, the Federation of Port Workers, reject ...": "we" with the organisation in apposition;
- a line that opens with the organisation as the subject and speaks of "our" or "we" outside quotation
  marks ("Nordhavn Shipping regrets that two of our vessels ...");
- a line of its own that marks the text as a release ("For immediate release", ``release_markers``, a
  title made of one: "Statement on the explosion in ...", or one before a dateline: "Press statement, Lima,
  4 May 2024", or one with its number: "PRESS RELEASE No. 12/2024") and a name standing alone on one of the
  first lines (with its short form in brackets, if any; before a dateline, "Harbour Watch, Lima, 4 May 2024";
  before a marker, "HARBOUR WATCH: PRESS RELEASE"; with the place it serves, which the NER names apart:
  "Ministry of Transport of Moldova", "Port Authority, Chile"; or joined to the marker on one line by a dash
  or a bar, "Harbour Watch - Press release", even where the NER runs the name into the marker). A
  letterhead in capitals that the NER cut short or left out is the entity named by at least half its words;
  with no name standing alone, the organisation that opens the first sentence as its subject;
- a header line that opens with words that name who issues the text (``release_headers`` of
  ``data/cues.yaml``: "Issued by Harbour & Co, counsel to ...", "Statement from the Federation of ...").
  Such a text (this form or the one before) is the issuer's from end to end: every sentence of it outside
  other statements is a direct statement of the issuer, whether or not it says "we".

- a translator's head line ("[Translated from French. Communique of X ...]", "Unofficial translation from Lao,
  distributed by the press office of X"), opened by ``translation_headers`` and naming a release document or its
  distribution: the text is X's from end to end, where X is a body with a known country named right after "of"
  (else "by"); none where no such body is named (a translated news report, an office of no country).

Inside such a whole text, another party's act told with a cue of ``release_act_cues`` ("the employer agreed to
rehire the dismissed staff") is the issuer's sentence, not a statement of that party.

Only the first lines are read (after a dateline such as "Lima, 4 May 2024"), so a news story that quotes
a release never becomes one. In a release, every sentence that says "we", "our" or "us" outside quotation
marks is a direct statement of the issuer, and a statement whose speaker is "we" is the issuer's. Statements
of others inside it ("We note that the ministry said ...") keep their own speakers: they are inner spans.
"""

from __future__ import annotations

import functools
import re

from ...models import Entity
from ..walk import kids_of, sentence_bounds
from .context import QuoteContext
from .records import Attribution, clean_span

__all__ = ["release_records"]

_SHORT_WORDS = 2  # words of the short name a release gives its issuer ("the Ministry", "the Directorate General")
# Both parties as one speaker ("the two delegations", "both sides", "both the governments"), the issuer among them.
_BOTH_SIDES = re.compile(r"^(?:the\s+two|both(?:\s+the)?)\s+[a-z]+s$", re.IGNORECASE)
_HEAD_LINES = 3  # lines from the start of the text where a release names its issuer
_MARKED_LINES = 4  # lines from the start where a release marked as one ("For immediate release") names it
_ISSUERS = ("ORG", "GROUP")
_OPENERS = ("ORG", "GROUP", "PERSON", "OTHER")  # the NER tags some company names as people or others
_WE_THE = re.compile(r"\bWe,\s+(?:the\s+)?$")
# Before an opening name: nothing, "the", or the number of a numbered paragraph ("1. The Ministry of ...").
_ARTICLE = re.compile(r"^\s*(?:\d{1,2}[.)]\s+)?(?:the\s+)?$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z'’]+")
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’")
_SHORT_FORM = re.compile(r"\s*\([A-Za-z][\w&.-]{0,15}\)$")
_DIGIT = re.compile(r"\d")
_NAME_WORD = re.compile(r"[a-z0-9&]+")
_NUMBERED = re.compile(r"\s+(?:no\.?|#)\s*\d[\d/.-]*$")  # "situation report no. 4", "press release no. 12/2024"
# A place after an organisation's name on its letterhead line: "Ministry of Health of Peru", "Port Authority, Chile".
_OF_PLACE = re.compile(r"^\s*(?:of|,)\s+(?:the\s+)?(?P<place>\S.*?)\s*$", re.IGNORECASE)
_PLACES = ("GPE",)
_TRAILING_OF = re.compile(r"\s+of$", re.IGNORECASE)
_TITLED = re.compile(r"^([a-zé ]+?)(?:\s*:\s*|\s+(?:on|about|regarding|concerning|following)\s+)\S")
# A letterhead line that joins the issuer's name and the marker with a dash or a bar ("Harbour Watch - Press release",
# "PRESS RELEASE | Harbour Watch, Lima, 4 May 2024"); a hyphen inside a word ("Jean-Paul") splits nothing.
_JOINED = re.compile(r"\s+[-–—|]\s+")
# What stands right before a body a translator's head line names as the issuer: "of" or "by", "the" or a country's
# possessive ("Communique of Peru's Ministry of ...", "distributed by the Ministry of ...").
_LED_BY = re.compile(r"\b(of|by)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:'s|’s)\s+)?$", re.IGNORECASE)


def _head_lines(text: str, count: int = _HEAD_LINES) -> list[tuple[int, int]]:
    """Character bounds of the first ``count`` non-empty lines of ``text``."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
            if len(out) == count:
                break
        pos += len(line) + 1
    return out


def _own_words(ctx: QuoteContext, start: int, end: int) -> bool:
    """The characters ``start``..``end`` say "we", "our" or "us" outside quotation marks, not as the outlet's
    staff ("our correspondent")."""
    doc = ctx.doc
    if end <= start:
        return False  # a name that runs past its line: nothing after it on the line
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    plural, staff = ctx.words.first_person_plural, ctx.words.transcript_hosts
    for tok in span:
        if tok.lower_ in plural and not ctx.quoted[tok.i]:
            after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
            if after not in staff and after.rstrip("s") not in staff:
                return True
    return False


@functools.lru_cache(maxsize=8)
def _header_patterns(headers: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    """The header words' patterns, longest words first: compiled once per word set, not per line."""
    return tuple(re.compile(rf"(?:^\s*|[.:]\s+){re.escape(h)}\b") for h in sorted(headers, key=len, reverse=True))


@functools.lru_cache(maxsize=8)
def _any_header(headers: frozenset[str]) -> re.Pattern[str]:
    """One pattern that matches a line where one of :func:`_header_patterns` does, and only there: most lines
    hold no header words, and one search tells so."""
    words = "|".join(re.escape(h) for h in sorted(headers, key=len, reverse=True))
    return re.compile(rf"(?:^\s*|[.:]\s+)(?:{words})\b")


def _header_issuer(ctx: QuoteContext, entities: tuple[Entity, ...],
                   lines: list[tuple[int, int]]) -> tuple[Entity, int] | None:
    """The organisation or person a header line says issues the text ("Issued by X", "Statement from X"):
    the first mention that follows the header words on that line, and where that line ends."""
    text = ctx.text
    for start, end in lines:
        line = text[start:end].lower()
        # the header words open the line or a sentence of it ("Translated from Spanish. Statement by ...")
        found_at = next((m for pattern in _header_patterns(ctx.words.release_headers)
                         if (m := pattern.search(line)) is not None), None) \
            if _any_header(ctx.words.release_headers).search(line) is not None else None
        if found_at is None:
            translated = _translated_issuer(ctx, entities, start, end)
            if translated is not None:
                return translated, end
            continue
        after = start + found_at.end()
        # by where the mention starts only: two entities may open at the same character (entities do not compare)
        found = min(((m.start, ent) for ent in entities if ent.type in _OPENERS
                     for m in ent.mentions if after <= m.start < end), key=lambda f: f[0], default=None)
        if found is not None:
            return found[1], end
    return _marked_issuer(ctx, entities, _head_lines(text, _MARKED_LINES))


def _translated_issuer(ctx: QuoteContext, entities: tuple[Entity, ...], start: int, end: int) -> Entity | None:
    """The body a translator's head line names as the issuer of the text it translates ("[Translated from French.
    Communique of Peru's Ministry of Energy, 4 May.]", "Unofficial translation from Lao, distributed by the press
    office of the Ministry of Agriculture of Laos"): a line opened by one of ``translation_headers`` that names a
    release document or its distribution, and one document only (not "..., followed by an excerpt of ..."); the
    first organisation with a known country named right after "of" on it, else right after "by". None where no
    such body is named (an office of no country, a translated news report): a wrong issuer would give the whole
    text to it."""
    lists = ctx.cues.lists
    line = ctx.text[start:end].lower()
    opened = line.lstrip(" [(")
    if not opened.startswith(tuple(lists.translation_headers)) or "followed by" in line:
        return None
    if not any(re.search(rf"\b{re.escape(w)}\b", line) for w in lists.translated_release_nouns
               | lists.translated_release_verbs):
        return None
    found: dict[str, list[tuple[int, Entity]]] = {"of": [], "by": []}
    for ent in entities:
        if ent.type not in _ISSUERS or ent.country is None:
            continue
        for m in ent.mentions:
            if start <= m.start < end and (lead := _LED_BY.search(ctx.text[start:m.start])) is not None:
                found[lead.group(1).lower()].append((m.start, ent))
    for way in ("of", "by"):
        if found[way]:
            return min(found[way], key=lambda f: f[0])[1]
    return None


def _marked_issuer(ctx: QuoteContext, entities: tuple[Entity, ...],
                   lines: list[tuple[int, int]]) -> tuple[Entity, int] | None:
    """A release marked as one by a line of its own ("For immediate release", "PRESS RELEASE") whose issuer
    is a name standing alone on one of the first lines ("Observatorio Andino\nLima, 12 January 2023\n..."),
    and where the last of those head lines ends."""
    text = ctx.text
    titles = ctx.cues.lists.release_titles
    marked = [(s, e) for s, e in lines if _marker_line(text[s:e], ctx.words.release_markers, titles)]
    if not marked:
        return None
    for start, end in lines:
        for name in _name_parts(text[start:end], ctx.words.release_markers, titles):
            ent = _named_alone(entities, name, start, end)
            if ent is not None:
                return ent, max(end, marked[-1][1])
        ent = _joined_issuer(ctx, entities, start, end)
        if ent is not None:
            return ent, max(end, marked[-1][1])
    opener = _first_subject(ctx, entities, [(s, e) for s, e in lines if s > marked[-1][1]])
    return (opener, marked[-1][1]) if opener is not None else None


def _joined_issuer(ctx: QuoteContext, entities: tuple[Entity, ...], start: int, end: int) -> Entity | None:
    """The issuer named beside a marker on a line joined by dashes ("Harbour Watch - Press release"), where the NER
    ran the name into the marker ("Harbour Watch - Press") or cut it short ("Harbour" of "Harbour Watch Trust
    North"): the entity whose mention opens the name part, cut at the dash, and is at least half of its words. The
    name beside a release marker is its issuer, whatever type the NER gave it, but for a place."""
    text, markers, titles = ctx.text, ctx.words.release_markers, ctx.cues.lists.release_titles
    line = text[start:end]
    parts = _JOINED.split(line)
    if len(parts) < 2 or not any(_marker_part(p, markers, titles) for p in parts):
        return None
    for part in parts:
        if _marker_part(part, markers, titles):
            continue
        name = _SHORT_FORM.sub("", part.strip())
        head, comma, tail = name.partition(",")
        if comma and _DIGIT.search(tail):
            name = head.strip()  # "Harbour Watch, Lima, 4 May 2024"
        at = start + line.find(name)
        words = _NAME_WORD.findall(name.lower())
        for ent in entities:
            if ent.type in _PLACES:
                continue
            for m in ent.mentions:
                if m.start != at:
                    continue
                own = _NAME_WORD.findall(_JOINED.split(m.text)[0].lower())
                if own and 2 * len(own) >= len(words) and words[:len(own)] == own:
                    return ent
    return None


def _first_subject(ctx: QuoteContext, entities: tuple[Entity, ...],
                   lines: list[tuple[int, int]]) -> Entity | None:
    """In a marked release with no name standing alone, the organisation whose name opens its first sentence
    ("PRESS RELEASE / Piraeus, 4 May / Harbour Lines, manager of the ..., wishes to ...")."""
    text = ctx.text
    body = next(((s, e) for s, e in lines if text[s:e].rstrip()[-1:] in _SENTENCE_ENDS), None)
    if body is None:
        return None
    start, end = body
    return next((e for e in entities if e.type in _ISSUERS for m in e.mentions
                 if start <= m.start < end and _ARTICLE.match(text[start:m.start])), None)


def _name_parts(line: str, markers: frozenset[str], titles: frozenset[str]) -> list[str]:
    """The words of a head line that may be the issuer's name standing alone: the whole line ("Anatolia Gas Inc.
    (AnaGaz)": less its short form), the part before a dateline ("Harbour Watch, Lima, 4 May 2024") or before
    a marker or a titled notice ("HARBOUR WATCH: PRESS RELEASE", "Harbour Watch: update on the spill"), and, in
    a letterhead in capitals, the part before its first comma ("MINISTRY OF PORTS, REPUBLIC OF ...")."""
    line = _SHORT_FORM.sub("", line.strip())
    out = [line]
    parts = _JOINED.split(line)
    if len(parts) > 1 and any(_marker_part(p, markers, titles) for p in parts):
        # "Harbour Watch - Press release": the parts that are no marker, each read as a line of its own
        for part in parts:
            if not _marker_part(part, markers, titles):
                out.extend(p for p in _name_parts(part, markers, titles) if p not in out)
    head, colon, tail = line.partition(":")
    if colon and (tail.strip().lower().rstrip(".") in markers or _titled_notice(tail, titles)):
        out.append(head.strip())
    head, comma, tail = line.partition(",")
    # a name before a place and a date ("Harbour Watch, Lima, 4 May 2024"), not a dateline's place ("Lima, 4 May")
    if comma and ((_DIGIT.search(tail) and "," in tail) or line.isupper()):
        out.append(head.strip())
    if line.isupper() and len(parts) > 1 and parts[0] not in out:
        out.append(parts[0])  # "MINISTRY OF PORTS - REPUBLIC OF ...": the name before the state it serves
    return [p for p in out if p]


def _named_alone(entities: tuple[Entity, ...], name: str, start: int, end: int) -> Entity | None:
    """The organisation (or a name the NER typed otherwise) that ``name``, on the line ``start``..``end``, is: one
    with a mention of exactly those words there, or, for a name in capitals that the NER cut or left out, the
    entity with the longest name (in any case) among the name's words that makes up at least half of them
    ("AD HOC GROUP OF ... BONDHOLDERS": "Ad Hoc Group of ...")."""
    for ent in entities:
        if ent.type in _OPENERS and any(start <= m.start < end and m.text.strip() == name for m in ent.mentions):
            return ent
    placed = _named_with_place(entities, name, start, end)
    if placed is not None or not name.isupper():
        return placed
    words = _NAME_WORD.findall(name.lower())
    best: tuple[int, Entity] | None = None
    for ent in entities:
        own = _NAME_WORD.findall(ent.name.lower())
        n = len(own)
        if ent.type not in _OPENERS or not own or 2 * n < len(words) or (best is not None and n <= best[0]):
            continue
        if any(words[k:k + n] == own for k in range(len(words) - n + 1)):
            best = (n, ent)
    return best[1] if best is not None else None


def _named_with_place(entities: tuple[Entity, ...], name: str, start: int, end: int) -> Entity | None:
    """The organisation whose mention opens ``name`` when the rest of it only places the organisation, a place
    the NER named apart ("Ministry of Health of Peru": "Ministry of Health" and "Peru"; "Port Authority, Chile")."""
    places = {m.text.strip() for ent in entities if ent.type in _PLACES for m in ent.mentions if start <= m.start < end}
    if not places:
        return None
    for ent in entities:
        if ent.type not in _ISSUERS:
            continue
        for m in ent.mentions:
            own = _TRAILING_OF.sub("", m.text.strip())  # the NER may take the "of" before the place in
            if start <= m.start < end and name.startswith(own) and len(own) < len(name):
                rest = _OF_PLACE.match(name[len(own):])
                if rest is not None and rest.group("place") in places:
                    return ent
    return None


def _titled_notice(tail: str, titles: frozenset[str]) -> bool:
    """The words after a name's colon title a notice of ``titles`` about something ("update on the spill",
    "statement regarding the strike")."""
    titled = _TITLED.match(tail.strip().lower())
    return titled is not None and titled.group(1).strip() in titles


def _marker_part(part: str, markers: frozenset[str], titles: frozenset[str]) -> bool:
    """One part of a letterhead line joined by dashes is a marker ("Press release", "Statement No. 8/26", "statement
    on water quality ...", "Press release, 2 March 2026")."""
    return _marker_line(part, markers, titles, joined=False)


def _marker_line(line: str, markers: frozenset[str], titles: frozenset[str], joined: bool = True) -> bool:
    """A line that marks the text as a release: a marker alone ("PRESS RELEASE"), one that titles it ("Statement
    on the explosion in ...", "Press release: new routes"), one before a dateline ("Press statement, Lima, 4 May
    2024", "Situation report no. 4, Lima, ..."), one with its number ("PRESS RELEASE No. 12/2024"), one after
    the issuer's name ("HARBOUR WATCH: PRESS RELEASE"), or a notice the issuer's name heads ("Harbour Watch:
    update on the spill at ..."); with ``joined``, also a line whose parts joined by a dash or a bar hold one
    ("Harbour Watch - Press release", "Harbour Watch | statement on the spill")."""
    name, colon, tail = line.partition(":")
    if colon and name.strip() and _titled_notice(tail, titles):
        return True
    low = line.strip().lower().rstrip(":.")
    if low in markers or _NUMBERED.sub("", low).strip() in markers:
        return True
    head = _TITLED.match(low)
    if head is not None and head.group(1) in markers:
        return True
    first, comma, rest = low.partition(",")
    if comma and _DIGIT.search(rest) and _NUMBERED.sub("", first).strip() in markers:
        return True
    if low.rpartition(":")[2].strip() in markers:
        return True
    parts = _JOINED.split(line.strip()) if joined else []
    return len(parts) > 1 and any(_marker_part(p, markers, titles) for p in parts)


def _short_name(phrase: list[str], ent: Entity) -> bool:
    """``phrase`` (lower case) is a short form of the name of ``ent``: fewer words that open it ("the Ministry" of
    "Ministry of Foreign Affairs") or end its head, before any "of" ("the Administration" of "Maritime Safety
    Administration")."""
    own = _NAME_WORD.findall(ent.name.lower())
    head = own[:own.index("of")] if "of" in own else own
    return 0 < len(phrase) < len(own) and (own[:len(phrase)] == phrase or head[-len(phrase):] == phrase)


def _self_reference(ctx: QuoteContext, entities: tuple[Entity, ...], after: int) -> Entity | None:
    """The body that a release speaks of in its own third-person voice, in the present tense ("The Ministry rejects
    the figure ...", "The Embassy regrets ...", "The Directorate General denies ..."): the subject of a sentence's
    main verb after ``after``, "the" and a noun or two, that is a short form of the name of an organisation named
    before it (the one named first), or the name itself on a letterhead before ``after`` ("EMBASSY OF ...")."""
    doc = ctx.doc
    for sent in doc.sents:
        if sent.start_char < after:
            continue
        for tok in sent:
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT" or ctx.quoted[tok.i]:
                continue
            verb = tok.head
            if verb.tag_ != "VBZ" and not any(c.tag_ == "VBZ" and c.dep_ in ("aux", "auxpass") for c in kids_of(verb)):
                continue  # the outlet's past tense ("the ministry said") is no release's own voice
            phrase = list(doc[tok.left_edge.i:tok.right_edge.i + 1])  # "the Ministry", not "the Ministry of ..."
            if not 2 <= len(phrase) <= _SHORT_WORDS + 1 or phrase[0].lower_ != "the" or phrase[-1].i != tok.i \
                    or any(t.pos_ not in ("PROPN", "NOUN") for t in phrase[1:]):
                continue
            words = [t.lower_ for t in phrase[1:]]
            named = sorted((min(m.start for m in e.mentions), n, e) for n, e in enumerate(entities)
                           if e.type in _OPENERS and e.mentions and min(m.start for m in e.mentions) < phrase[0].idx
                           and (_short_name(words, e) or (_NAME_WORD.findall(e.name.lower()) == words
                                                          and min(m.start for m in e.mentions) < after)))
            if named:
                return named[0][2]
    return None


def _issuer(ctx: QuoteContext, entities: tuple[Entity, ...]) -> tuple[Entity | None, int | None]:
    """The organisation that issues the text as a release, or None (see the module docstring), and, when a
    header names it (the whole text is then its voice), where that header line ends."""
    text = ctx.text
    lines = _head_lines(text)
    if not lines:
        return None, None
    header = _header_issuer(ctx, entities, lines)
    if header is None:
        # a marked release whose head names no issuer the NER found: the body it speaks of in the third person
        marks = [e for s, e in _head_lines(text, _MARKED_LINES)
                 if _marker_line(text[s:e], ctx.words.release_markers, ctx.cues.lists.release_titles)]
        own = _self_reference(ctx, entities, marks[-1]) if marks else None
        if own is not None:
            return own, marks[-1]
    if header is not None:
        # the body the release speaks of in the third person is its issuer, where the head gave another name (a
        # dateline's place the NER took for a name)
        issuer, end = header
        own = _self_reference(ctx, entities, end) if issuer.type not in _ISSUERS else None
        if own is not None and own.id != issuer.id:
            return own, end
        return header
    for start, end in lines:
        for ent in entities:
            if ent.type not in _OPENERS:
                continue
            for m in ent.mentions:
                if not start <= m.start < end:
                    continue
                if ent.type in _ISSUERS and _WE_THE.search(text[start:m.start]):
                    return ent, None  # "We, the Federation of ..."
                if _ARTICLE.match(text[start:m.start]) and _own_words(ctx, m.end, end):
                    return ent, None  # "Nordhavn Shipping regrets that two of our vessels ..."
    return None, None


def _issuer_speaks(ctx: QuoteContext, rec: Attribution, issuer: Entity) -> bool:
    """The statement's speaker phrase is the issuer's: "we" or "our delegates" (unresolved, outside quotation
    marks), both parties of which it is one ("the two delegations"), its short name ("the Ministry"), or a phrase
    that holds a mention of the issuer or stands before one that stands before the cue (a dateline "Lima, 4 May"
    parsed as the subject of "Nordhavn Shipping confirms")."""
    if rec.speaker_span is None:
        return False
    s, e = rec.speaker_span
    cue = rec.cue_span[0] if rec.cue_span is not None else e
    if any(s <= m.start and m.end <= max(e, cue) for m in issuer.mentions):
        return True  # the issuer named in the speaker phrase, or between it and the cue (a dateline parsed in)
    words = _WORD.findall(ctx.text[s:e])
    if rec.speaker is None and _BOTH_SIDES.match(ctx.text[s:e].strip()):
        return True  # "the two delegations agreed ...": the issuer's own side is one of them, and tells it
    if 1 < len(words) <= _SHORT_WORDS + 1 and words[0].lower() == "the" \
            and _short_name([w.lower() for w in words[1:]], issuer):
        return True  # the release's own short name for its issuer: "The Ministry", "The Directorate General"
    if rec.speaker is None and _authorless_record(ctx, rec):
        return True  # "according to the depot logbook, the load was 95": the issuer's own records
    return rec.speaker is None and bool(words) and words[0].lower() in ctx.words.first_person_plural


def _authorless_record(ctx: QuoteContext, rec: Attribution) -> bool:
    """``rec`` is sourced by a source phrase ("according to") to a document that names no author and resolved to
    no one ("according to the depot logbook", "according to the manifest"): in a release, the issuer's own."""
    if rec.speaker_head is None or rec.cue_span is None:
        return False
    head = ctx.doc[rec.speaker_head]
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ctx.words.document_nouns \
            or any(c.dep_ in ("poss", "prep") for c in kids_of(head)):
        return False
    cue = ctx.text[rec.cue_span[0]:rec.cue_span[1]].lower().split()
    return any(tuple(cue[:len(p)]) == p for p in ctx.cues.source_phrases)


def _told_act(ctx: QuoteContext, rec: Attribution, issuer: Entity, head_end: int) -> bool:
    """``rec`` is an act of another party that a release tells in its own voice: a cue of ``release_act_cues``
    ("agreed", "undertook") outside quotation marks after the header, whose speaker is not the issuer."""
    if rec.cue_span is None or rec.cue_span[0] < head_end or rec.speaker == issuer.id or rec.kind == "direct":
        return False
    tok = next((t for t in ctx.doc if t.idx == rec.cue_span[0]), None) if rec.cue_span else None
    return tok is not None and not ctx.quoted[tok.i] and tok.lemma_.lower() in ctx.cues.lists.release_act_cues


def release_records(ctx: QuoteContext, entities: tuple[Entity, ...], records: list[Attribution],
                    first_group: int) -> list[Attribution]:
    """``records`` as a release reads them: "we" speakers become the issuer, and each first-person sentence
    outside them is a direct statement of the issuer. Unchanged when the text is no release."""
    issuer, header_end = _issuer(ctx, entities)
    if issuer is None:
        return records
    whole, head_end = header_end is not None, header_end or 0
    if whole:
        # "the employer agreed to rehire the 90 dockers": in the issuer's own text, another party's act of
        # agreeing is told by the issuer, not a statement of that party; the sentence becomes the issuer's below
        records = [r for r in records if not _told_act(ctx, r, issuer, head_end)]
    # (a speaker phrase the parser found in a header, "STATEMENT ... told the press", is nobody's)
    out = [Attribution(kind=r.kind, content=r.content, cue=r.cue, cue_span=r.cue_span, speaker_span=r.speaker_span,
                       speaker_head=r.speaker_head, antecedent=r.antecedent, time=r.time, group=r.group,
                       continues=r.continues, speaker=issuer.id, marks=r.marks)
           if _issuer_speaks(ctx, r, issuer) and not (whole and r.speaker_span and r.speaker_span[0] < head_end)
           else r
           for r in records]
    text = ctx.text
    # a note by its distributor, translator or editor ends the issuer's own text ("Note from the distributing agency:")
    notes = ctx.cues.lists.release_end_notes
    pos, own_end = 0, len(text)
    for line in text.split("\n"):
        if pos > head_end and line.lstrip(" ([").lower().startswith(tuple(notes)):
            own_end = pos
            break
        pos += len(line) + 1
    for _, _, sent_start, sent_end in sentence_bounds(ctx.doc):  # no Span per sentence
        # A sentence the parser ran over a line break is read line by line (a dateline, a heading).
        pos = sent_start
        for part in text[sent_start:sent_end].split("\n"):
            start, end = pos, pos + len(part)
            pos = end + 1
            # the whole text after its header, but for lines that are no sentence (a dateline, a heading)
            sentence = whole and head_end < start < own_end and text[start:end].rstrip()[-1:] in _SENTENCE_ENDS \
                and not any(text[start:end].lower().lstrip().startswith(h) for h in ctx.words.release_headers)
            if not sentence and not _own_words(ctx, start, end):
                continue
            content = clean_span(ctx, start, end)
            if content is None or any(r.content.start <= content.start and content.end <= r.content.end
                                      for r in out):
                continue
            if whole and any(content.start < r.content.end and r.content.start < content.end for r in out):
                continue  # a sentence that reports someone else: their statement, not the issuer's
            first_group += 1
            out.append(Attribution(kind="direct", content=content, cue=None, cue_span=None, speaker_span=None,
                                   speaker_head=None, antecedent=None, time=None, group=first_group,
                                   speaker=issuer.id))
    return sorted(out, key=lambda r: r.content.start)
